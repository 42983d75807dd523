import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What request issued a directive (a hash of its body), so a repeat with the same
 * Idempotency-Key but another body is told apart from a true retry. Drafts keep a task's
 * recurrence whole ({ frequency, everySeconds, until }) instead of the bare frequency.
 */
export class IssueRequests1765000000000 implements MigrationInterface {
  name = 'IssueRequests1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE directive ADD COLUMN request_hash text`);
    // The sweep that starts pending workflows looks for exactly these rows.
    await q.query(
      `CREATE INDEX task_pending_start_idx ON task (assigned_at) WHERE workflow_started_at IS NULL`,
    );
    await q.query(`
      UPDATE directive SET draft = jsonb_set(draft, '{tasks}', (
        SELECT jsonb_agg(
                 CASE WHEN jsonb_typeof(t->'recurrence') = 'string'
                      THEN jsonb_set(t, '{recurrence}', jsonb_build_object('frequency', t->'recurrence'))
                      ELSE t END
                 ORDER BY n)
          FROM jsonb_array_elements(draft->'tasks') WITH ORDINALITY AS x(t, n)))
       WHERE draft IS NOT NULL AND jsonb_array_length(draft->'tasks') > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE directive SET draft = jsonb_set(draft, '{tasks}', (
        SELECT jsonb_agg(
                 CASE WHEN jsonb_typeof(t->'recurrence') = 'object'
                      THEN jsonb_set(t, '{recurrence}', coalesce(t->'recurrence'->'frequency', 'null'))
                      ELSE t END
                 ORDER BY n)
          FROM jsonb_array_elements(draft->'tasks') WITH ORDINALITY AS x(t, n)))
       WHERE draft IS NOT NULL AND jsonb_array_length(draft->'tasks') > 0`);
    await q.query(`DROP INDEX task_pending_start_idx`);
    await q.query(`ALTER TABLE directive DROP COLUMN request_hash`);
  }
}
