import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cascade: a task knows who gave it (the directive's issuer, or the unit that sub-assigned
 * it) and its parent task. Group fan-out: which group a task came from. Drafts: a parsed
 * directive kept for review before it is issued.
 */
export class CascadeAndDrafts1764200000000 implements MigrationInterface {
  name = 'CascadeAndDrafts1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE task
        ADD COLUMN issuer_unit_code text REFERENCES org_unit(code),
        ADD COLUMN parent_task_id uuid REFERENCES task(id),
        ADD COLUMN needs_all_subreports boolean NOT NULL DEFAULT false,
        ADD COLUMN source_group text`);
    await q.query(
      `UPDATE task t SET issuer_unit_code = d.issuer_unit_code FROM directive d WHERE d.id = t.directive_id`,
    );
    await q.query(`ALTER TABLE task ALTER COLUMN issuer_unit_code SET NOT NULL`);
    await q.query(
      `CREATE INDEX task_parent_idx ON task (parent_task_id) WHERE parent_task_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE directive ADD COLUMN draft jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE directive DROP COLUMN draft`);
    await q.query(`DROP INDEX task_parent_idx`);
    await q.query(`
      ALTER TABLE task
        DROP COLUMN issuer_unit_code, DROP COLUMN parent_task_id,
        DROP COLUMN needs_all_subreports, DROP COLUMN source_group`);
  }
}
