import { MigrationInterface, QueryRunner } from 'typeorm';

// Vietnamese letters with their marks, upper and lower case, and the bare letter each stands for.
const MARKED =
  'àÀáÁạẠảẢãÃâÂầẦấẤậẬẩẨẫẪăĂằẰắẮặẶẳẲẵẴèÈéÉẹẸẻẺẽẼêÊềỀếẾệỆểỂễỄìÌíÍịỊỉỈĩĨòÒóÓọỌỏỎõÕôÔồỒốỐộỘổỔỗỖơƠờỜớỚợỢởỞỡỠùÙúÚụỤủỦũŨưƯừỪứỨựỰửỬữỮỳỲýÝỵỴỷỶỹỸđĐ';
const BARE =
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd';

/**
 * Lists of tasks and directives for the web app: an accent-insensitive search text ("bao cao"
 * finds "báo cáo", in composed or decomposed Unicode) kept by PostgreSQL itself as a generated
 * column, trigram indexes to search it, and the indexes the reach rule and the usual sorts need
 * at 100,000 tasks.
 */
export class TaskLists1765100000000 implements MigrationInterface {
  name = 'TaskLists1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Combining marks first (decomposed text), then composed letters, then ASCII case.
    await q.query(`
      CREATE FUNCTION dd_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT lower(translate(regexp_replace(value, '[\\u0300-\\u036f]', '', 'g'),
                                     '${MARKED}', '${BARE}')) $$`);
    await q.query(`
      ALTER TABLE task ADD COLUMN search_text text GENERATED ALWAYS AS
        (dd_fold(item || ' ' || summary || ' ' || coalesce(content, ''))) STORED`);
    await q.query(`
      ALTER TABLE directive ADD COLUMN search_text text GENERATED ALWAYS AS
        (dd_fold(coalesce(number, '') || ' ' || doc_type || ' ' || title)) STORED`);
    await q.query(`CREATE INDEX task_search_idx ON task USING gin (search_text gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX directive_search_idx ON directive USING gin (search_text gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX task_lead_due_idx ON task (lead_unit_code, due_at)`);
    await q.query(`CREATE INDEX task_issuer_due_idx ON task (issuer_unit_code, due_at)`);
    await q.query(`CREATE INDEX task_coordinating_idx ON task USING gin (coordinating_unit_codes)`);
    await q.query(`CREATE INDEX task_due_idx ON task (due_at, id)`);
    await q.query(`CREATE INDEX directive_issuer_idx ON directive (issuer_unit_code, issued_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX directive_issuer_idx`);
    await q.query(`DROP INDEX task_due_idx`);
    await q.query(`DROP INDEX task_coordinating_idx`);
    await q.query(`DROP INDEX task_issuer_due_idx`);
    await q.query(`DROP INDEX task_lead_due_idx`);
    await q.query(`DROP INDEX directive_search_idx`);
    await q.query(`DROP INDEX task_search_idx`);
    await q.query(`ALTER TABLE directive DROP COLUMN search_text`);
    await q.query(`ALTER TABLE task DROP COLUMN search_text`);
    await q.query(`DROP FUNCTION dd_fold(text)`);
  }
}
