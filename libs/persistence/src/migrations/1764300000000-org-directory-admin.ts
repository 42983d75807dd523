import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units that end: active dates and the unit that took over, so a merged or renamed unit
 * stays for the tasks that point at it. Units and groups keep their place in the directory
 * file for exports.
 */
export class OrgDirectoryAdmin1764300000000 implements MigrationInterface {
  name = 'OrgDirectoryAdmin1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE org_unit
        ADD COLUMN active_from date,
        ADD COLUMN active_to date,
        -- Deferred: an import names a successor before or after the unit itself.
        ADD COLUMN replaced_by text REFERENCES org_unit(code) DEFERRABLE INITIALLY DEFERRED,
        ADD COLUMN ordinal int NOT NULL DEFAULT 0,
        ADD CONSTRAINT org_unit_active_dates
          CHECK (active_from IS NULL OR active_to IS NULL OR active_from <= active_to),
        ADD CONSTRAINT org_unit_replaced_by_other CHECK (replaced_by <> code),
        ADD CONSTRAINT org_unit_replaced_when_ended
          CHECK (replaced_by IS NULL OR active_to IS NOT NULL)`);
    await q.query(`ALTER TABLE org_group ADD COLUMN ordinal int NOT NULL DEFAULT 0`);
    for (const table of ['org_unit', 'org_group']) {
      await q.query(`
        UPDATE ${table} t SET ordinal = o.n
        FROM (SELECT code, (row_number() OVER (ORDER BY code))::int - 1 AS n FROM ${table}) o
        WHERE o.code = t.code`);
    }
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX org_unit_parent_idx`);
    await q.query(`ALTER TABLE org_group DROP COLUMN ordinal`);
    await q.query(`
      ALTER TABLE org_unit
        DROP CONSTRAINT org_unit_replaced_when_ended,
        DROP CONSTRAINT org_unit_replaced_by_other,
        DROP CONSTRAINT org_unit_active_dates,
        DROP COLUMN ordinal,
        DROP COLUMN replaced_by,
        DROP COLUMN active_to,
        DROP COLUMN active_from`);
  }
}
