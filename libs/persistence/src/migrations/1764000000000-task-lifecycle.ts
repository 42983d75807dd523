import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole task lifecycle: the state the workflow decides on, mirrored per task; progress
 * reports and submissions; uploaded attachments; the admin's calendar changes; recurring
 * series whose periods become tasks.
 */
export class TaskLifecycle1764000000000 implements MigrationInterface {
  name = 'TaskLifecycle1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task RENAME COLUMN due_revision TO plan_revision`);
    await q.query(`
      ALTER TABLE task
        ADD COLUMN planned_from timestamptz,
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN percent int CHECK (percent BETWEEN 0 AND 100),
        ADD COLUMN extension jsonb,
        ADD COLUMN policy jsonb,
        ADD COLUMN series_id uuid,
        ADD COLUMN period_index int`);
    await q.query(`UPDATE task SET planned_from = assigned_at`);
    await q.query(
      `UPDATE task t SET policy = d.policy FROM directive d WHERE d.id = t.directive_id`,
    );
    await q.query(`ALTER TABLE task ALTER COLUMN planned_from SET NOT NULL`);
    await q.query(`ALTER TABLE directive ALTER COLUMN policy DROP NOT NULL`);
    await q.query(`ALTER TABLE task ALTER COLUMN policy SET NOT NULL`);

    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES task(id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES app_user(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attachment_task_idx ON attachment (task_id)`);

    await q.query(`
      CREATE TABLE task_report (
        id bigserial PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES task(id),
        kind text NOT NULL CHECK (kind IN ('progress', 'submission')),
        text text NOT NULL,
        percent int CHECK (percent BETWEEN 0 AND 100),
        attachment_ids uuid[] NOT NULL DEFAULT '{}',
        unit_code text NOT NULL REFERENCES org_unit(code),
        actor_user_id uuid,
        reported_at timestamptz NOT NULL,
        transition_id text NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX task_report_task_idx ON task_report (task_id, id)`);

    await q.query(`
      CREATE TABLE calendar_override (
        day date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
        note text NOT NULL,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE task_series (
        id uuid PRIMARY KEY,
        directive_id uuid NOT NULL REFERENCES directive(id),
        template jsonb NOT NULL,
        recurrence jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'ended', 'cancelled')),
        workflow_id text NOT NULL UNIQUE,
        workflow_started_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `ALTER TABLE task ADD CONSTRAINT task_series_fk FOREIGN KEY (series_id) REFERENCES task_series(id)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX task_series_period_idx ON task (series_id, period_index) WHERE series_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX task_series_period_idx`);
    await q.query(`ALTER TABLE task DROP CONSTRAINT task_series_fk`);
    await q.query(`DROP TABLE task_series`);
    await q.query(`DROP TABLE calendar_override`);
    await q.query(`DROP TABLE task_report`);
    await q.query(`DROP TABLE attachment`);
    await q.query(`
      ALTER TABLE task
        DROP COLUMN planned_from, DROP COLUMN submitted_at, DROP COLUMN percent,
        DROP COLUMN extension, DROP COLUMN policy, DROP COLUMN series_id, DROP COLUMN period_index`);
    await q.query(`ALTER TABLE task RENAME COLUMN plan_revision TO due_revision`);
    await q.query(`UPDATE directive SET policy = '{}'::jsonb WHERE policy IS NULL`);
    await q.query(`ALTER TABLE directive ALTER COLUMN policy SET NOT NULL`);
  }
}
