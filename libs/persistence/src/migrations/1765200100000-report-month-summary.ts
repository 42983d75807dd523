import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A summary of tasks for the summary report by unit over whole months, quarters and years,
 * kept by the database in the same transaction as every write to a task, so it is never
 * behind and never wrong (a test holds it equal to the raw count after transitions).
 *
 * A period made of whole months is judged at a month's end (or now, for the running one),
 * so every date a rule compares to the cut can be kept as its month: the due date, when the
 * task was made, submitted and accepted — each as the month of its "≤" day (the day whose
 * end it falls on or before), 2147483647 for never. Tasks that are still being worked on
 * now, and "due soon", are read from the task table itself: they are few, and need the day.
 */
export class ReportMonthSummary1765200100000 implements MigrationInterface {
  name = 'ReportMonthSummary1765200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION report_month(ts timestamptz) RETURNS int LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN ts IS NULL THEN 2147483647 ELSE
          (extract(year FROM (ts AT TIME ZONE 'UTC') + interval '7 hours' - interval '1 millisecond')::int * 12
           + extract(month FROM (ts AT TIME ZONE 'UTC') + interval '7 hours' - interval '1 millisecond')::int - 1)
        END $$`);
    await q.query(`
      CREATE TABLE task_report_month (
        accountable_unit_code text NOT NULL,
        lead_unit_code text NOT NULL,
        issuer_unit_code text NOT NULL,
        due_month int NOT NULL,
        created_month int NOT NULL,
        submitted_month int NOT NULL,
        completed_month int NOT NULL,
        came_in_on_time boolean NOT NULL,
        status_class text NOT NULL CHECK (status_class IN ('done', 'submitted', 'working')),
        n int NOT NULL,
        PRIMARY KEY (due_month, accountable_unit_code, lead_unit_code, issuer_unit_code,
                     created_month, submitted_month, completed_month, came_in_on_time, status_class)
      )`);
    await q.query(`
      CREATE FUNCTION task_report_month_add(t task, sign int) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF t.status = 'cancelled' OR t.due_at IS NULL THEN RETURN; END IF;
        INSERT INTO task_report_month AS s VALUES (
          t.accountable_unit_code, t.lead_unit_code, t.issuer_unit_code,
          report_month(t.due_at), report_month(t.created_at), report_month(t.submitted_at),
          CASE WHEN t.status = 'done' THEN report_month(t.completed_at) ELSE 2147483647 END,
          COALESCE(COALESCE(t.submitted_at, t.completed_at) < t.due_at, true),
          CASE t.status WHEN 'done' THEN 'done' WHEN 'submitted' THEN 'submitted' ELSE 'working' END,
          sign)
        ON CONFLICT (due_month, accountable_unit_code, lead_unit_code, issuer_unit_code,
                     created_month, submitted_month, completed_month, came_in_on_time, status_class)
        DO UPDATE SET n = s.n + EXCLUDED.n;
      END $$`);
    // Any one total order of summary rows will do, as long as every writer uses it.
    await q.query(`
      CREATE FUNCTION task_report_month_key(t task) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws('|', report_month(t.due_at), t.accountable_unit_code, t.lead_unit_code,
          t.issuer_unit_code, report_month(t.created_at), report_month(t.submitted_at),
          CASE WHEN t.status = 'done' THEN report_month(t.completed_at) ELSE 2147483647 END,
          COALESCE(COALESCE(t.submitted_at, t.completed_at) < t.due_at, true),
          CASE t.status WHEN 'done' THEN 'done' WHEN 'submitted' THEN 'submitted' ELSE 'working' END) $$`);
    await q.query(`
      CREATE FUNCTION task_report_month_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND
           (OLD.status, OLD.due_at, OLD.created_at, OLD.submitted_at, OLD.completed_at,
            OLD.accountable_unit_code, OLD.lead_unit_code, OLD.issuer_unit_code)
           IS NOT DISTINCT FROM
           (NEW.status, NEW.due_at, NEW.created_at, NEW.submitted_at, NEW.completed_at,
            NEW.accountable_unit_code, NEW.lead_unit_code, NEW.issuer_unit_code) THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN PERFORM task_report_month_add(NEW, 1); RETURN NULL; END IF;
        IF TG_OP = 'DELETE' THEN PERFORM task_report_month_add(OLD, -1); RETURN NULL; END IF;
        -- Two summary rows change; taking them in one order keeps two writers from deadlocking.
        IF task_report_month_key(OLD) <= task_report_month_key(NEW) THEN
          PERFORM task_report_month_add(OLD, -1);
          PERFORM task_report_month_add(NEW, 1);
        ELSE
          PERFORM task_report_month_add(NEW, 1);
          PERFORM task_report_month_add(OLD, -1);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER task_report_month_sync AFTER INSERT OR UPDATE OR DELETE ON task
      FOR EACH ROW EXECUTE FUNCTION task_report_month_sync()`);
    await q.query(`SELECT task_report_month_add(t, 1) FROM task t`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER task_report_month_sync ON task`);
    await q.query(`DROP FUNCTION task_report_month_sync`);
    await q.query(`DROP FUNCTION task_report_month_key`);
    await q.query(`DROP FUNCTION task_report_month_add`);
    await q.query(`DROP TABLE task_report_month`);
    await q.query(`DROP FUNCTION report_month`);
  }
}
