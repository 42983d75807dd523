import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports, targets, letters, explanations and digests.
 *
 * Three facts a report needs that the task row did not keep, kept by the database itself
 * (so every writer, API or workflow activity, keeps them without knowing): when the task
 * was made, the due date it was first given, and the unit it counts for — which a
 * reassignment after the deadline does not move (`accountableUnitAfterReassignment` in
 * libs/domain says why; the trigger mirrors it and a test holds them equal).
 */
export class ReportsTargetsLetters1765200000000 implements MigrationInterface {
  name = 'ReportsTargetsLetters1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE task
        ADD COLUMN created_at timestamptz,
        ADD COLUMN original_due_at timestamptz,
        ADD COLUMN accountable_unit_code text REFERENCES org_unit(code)`);
    // Existing tasks: made when first assigned; first due date from the first approved extension.
    await q.query(`
      UPDATE task t SET
        created_at = COALESCE(
          (SELECT min(a.at) FROM audit_event a WHERE a.task_id = t.id AND a.action = 'task.assigned'),
          t.assigned_at),
        original_due_at = COALESCE(
          (SELECT (a.before->>'dueAt')::timestamptz FROM audit_event a
            WHERE a.task_id = t.id AND a.action = 'task.approve_extension' ORDER BY a.id LIMIT 1),
          t.due_at),
        accountable_unit_code = t.lead_unit_code`);
    await q.query(`ALTER TABLE task ALTER COLUMN created_at SET NOT NULL`);
    await q.query(`ALTER TABLE task ALTER COLUMN accountable_unit_code SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION task_report_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.created_at := COALESCE(NEW.created_at, NEW.assigned_at);
          NEW.original_due_at := COALESCE(NEW.original_due_at, NEW.due_at);
          NEW.accountable_unit_code := COALESCE(NEW.accountable_unit_code, NEW.lead_unit_code);
        ELSIF NEW.lead_unit_code IS DISTINCT FROM OLD.lead_unit_code THEN
          -- Reassigned once overdue: it stays with the unit that had it when it fell due.
          IF OLD.due_at IS NOT NULL AND NEW.assigned_at >= OLD.due_at THEN
            NEW.accountable_unit_code := OLD.accountable_unit_code;
          ELSE
            NEW.accountable_unit_code := NEW.lead_unit_code;
          END IF;
        END IF;
        -- Facts, not settings: no writer may move them afterwards.
        IF TG_OP = 'UPDATE' THEN
          NEW.created_at := OLD.created_at;
          NEW.original_due_at := COALESCE(OLD.original_due_at, NEW.due_at);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER task_report_facts BEFORE INSERT OR UPDATE ON task
      FOR EACH ROW EXECUTE FUNCTION task_report_facts()`);

    // The summary reads only these covering indexes (index-only scans, no row fetched): the
    // tasks due in a period, the open ones, and the ones done after a period's end.
    // Only what the by-unit summary and the scope test read: a narrow index scans fast.
    // Filters by directive or item use task_directive_idx, which is far more selective.
    const covered =
      'accountable_unit_code, lead_unit_code, issuer_unit_code, status, created_at, completed_at, submitted_at';
    await q.query(`
      CREATE INDEX task_report_due_idx ON task (due_at) INCLUDE (${covered})
        WHERE status <> 'cancelled'`);
    await q.query(`
      CREATE INDEX task_report_open_idx ON task (created_at) INCLUDE (due_at, ${covered})
        WHERE status IN ('assigned', 'acknowledged', 'in_progress', 'submitted')`);
    await q.query(`
      CREATE INDEX task_report_done_idx ON task (completed_at) INCLUDE (due_at, ${covered})
        WHERE status = 'done'`);
    await q.query(`CREATE INDEX task_accountable_idx ON task (accountable_unit_code, due_at)`);
    await q.query(`CREATE INDEX task_issuer_idx ON task (issuer_unit_code, due_at)`);

    await q.query(`
      CREATE TABLE task_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        directive_id uuid NOT NULL REFERENCES directive(id),
        item text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('rate', 'count', 'on_time')),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 500),
        threshold numeric NOT NULL CHECK (threshold >= 0),
        aggregation text NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'latest')),
        numerator_label text,
        denominator_label text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'rate' OR threshold <= 100),
        UNIQUE (directive_id, item, label)
      )`);
    await q.query(`
      CREATE TABLE task_figures (
        task_id uuid NOT NULL REFERENCES task(id),
        target_id uuid NOT NULL REFERENCES task_target(id),
        unit_code text NOT NULL REFERENCES org_unit(code),
        numerator numeric NOT NULL CHECK (numerator >= 0),
        denominator numeric CHECK (denominator >= 0),
        note text,
        reported_by uuid REFERENCES app_user(id),
        reported_at timestamptz NOT NULL,
        PRIMARY KEY (task_id, target_id)
      )`);
    await q.query(`CREATE INDEX task_figures_target_idx ON task_figures (target_id)`);
    await q.query(`
      CREATE TABLE task_explanation (
        id bigserial PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES task(id),
        unit_code text NOT NULL REFERENCES org_unit(code),
        reason text NOT NULL,
        remaining text NOT NULL,
        committed_date date NOT NULL,
        committed_at timestamptz NOT NULL,
        author_user_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_explanation_task_idx ON task_explanation (task_id, id)`);
    await q.query(`
      CREATE TABLE reminder_letter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer_unit_code text NOT NULL REFERENCES org_unit(code),
        unit_codes text[] NOT NULL,
        subject text NOT NULL,
        report_by date NOT NULL,
        signer jsonb NOT NULL,
        file_name text NOT NULL,
        content bytea NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE reminder_letter_task (
        letter_id uuid NOT NULL REFERENCES reminder_letter(id),
        task_id uuid NOT NULL REFERENCES task(id),
        PRIMARY KEY (letter_id, task_id)
      )`);
    await q.query(`CREATE INDEX reminder_letter_task_idx ON reminder_letter_task (task_id)`);
    await q.query(`
      CREATE TABLE digest_preference (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        daily boolean NOT NULL DEFAULT true,
        weekly boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The outbox also carries digests: keyed by recipient and period instead of by task.
    await q.query(`
      ALTER TABLE notification
        ALTER COLUMN task_id DROP NOT NULL,
        ADD COLUMN recipient_user_id uuid REFERENCES app_user(id),
        ADD COLUMN period text,
        ADD CONSTRAINT notification_task_or_recipient
          CHECK (task_id IS NOT NULL OR (recipient_user_id IS NOT NULL AND period IS NOT NULL))`);
    await q.query(`
      CREATE UNIQUE INDEX notification_recipient_period_idx
        ON notification (kind, recipient_user_id, period) WHERE recipient_user_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_recipient_period_idx`);
    await q.query(`DELETE FROM notification WHERE task_id IS NULL`);
    await q.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_task_or_recipient,
        DROP COLUMN period,
        DROP COLUMN recipient_user_id,
        ALTER COLUMN task_id SET NOT NULL`);
    for (const t of [
      'digest_preference',
      'reminder_letter_task',
      'reminder_letter',
      'task_explanation',
      'task_figures',
      'task_target',
    ])
      await q.query(`DROP TABLE ${t}`);
    for (const i of [
      'task_issuer_idx',
      'task_accountable_idx',
      'task_report_done_idx',
      'task_report_open_idx',
      'task_report_due_idx',
    ])
      await q.query(`DROP INDEX ${i}`);
    await q.query(`DROP TRIGGER task_report_facts ON task`);
    await q.query(`DROP FUNCTION task_report_facts`);
    await q.query(`
      ALTER TABLE task
        DROP COLUMN accountable_unit_code,
        DROP COLUMN original_due_at,
        DROP COLUMN created_at`);
  }
}
