import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763850000000 implements MigrationInterface {
  name = 'InitialSchema1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_unit (
        code text PRIMARY KEY,
        short_name text NOT NULL UNIQUE,
        full_name text NOT NULL,
        level text NOT NULL CHECK (level IN ('toi_cao', 'cap_cao', 'tinh', 'huyen')),
        kind text NOT NULL CHECK (kind IN ('vien', 'don_vi')),
        parent_code text REFERENCES org_unit(code),
        aliases text[] NOT NULL DEFAULT '{}',
        emails text[] NOT NULL DEFAULT '{}',
        head_title text,
        head_email text
      )`);
    await q.query(`
      CREATE TABLE org_group (
        code text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        aliases text[] NOT NULL DEFAULT '{}',
        members jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE directive (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text,
        doc_type text NOT NULL,
        title text NOT NULL,
        issued_on date NOT NULL,
        issued_place text,
        issuer_unit_code text NOT NULL REFERENCES org_unit(code),
        signer jsonb,
        body text,
        status text NOT NULL CHECK (status IN ('draft', 'issued', 'closed', 'cancelled')),
        policy jsonb NOT NULL,
        idempotency_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        directive_id uuid NOT NULL REFERENCES directive(id),
        item text NOT NULL,
        summary text NOT NULL,
        content text,
        lead_unit_code text NOT NULL REFERENCES org_unit(code),
        coordinating_unit_codes text[] NOT NULL DEFAULT '{}',
        due_at timestamptz,
        due_date date,
        due_phrase text,
        due_revision int NOT NULL DEFAULT 0,
        priority text NOT NULL CHECK (priority IN ('thuong', 'khan', 'hoa_toc')),
        status text NOT NULL CHECK (status IN ('assigned', 'acknowledged', 'in_progress', 'submitted', 'done', 'cancelled')),
        outcome text CHECK (outcome IN ('on_time', 'late')),
        assigned_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        completed_at timestamptz,
        result text,
        workflow_id text NOT NULL UNIQUE,
        workflow_started_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_directive_idx ON task (directive_id)`);
    await q.query(`CREATE INDEX task_unit_status_idx ON task (lead_unit_code, status)`);
    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id text,
        source text NOT NULL CHECK (source IN ('api', 'web', 'email_link', 'workflow', 'system')),
        action text NOT NULL,
        directive_id uuid,
        task_id uuid,
        unit_code text,
        before jsonb,
        after jsonb,
        idempotency_key text UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_event_task_idx ON audit_event (task_id, id)`);
    await q.query(`CREATE INDEX audit_event_directive_idx ON audit_event (directive_id, id)`);
    // The trail is evidence: the database itself refuses to rewrite it.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TABLE notification (
        key text PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES task(id),
        kind text NOT NULL,
        recipients text[] NOT NULL,
        subject text NOT NULL,
        message_id text NOT NULL UNIQUE,
        sent_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notification_task_idx ON notification (task_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only`);
    await q.query(`DROP TABLE task`);
    await q.query(`DROP TABLE directive`);
    await q.query(`DROP TABLE org_group`);
    await q.query(`DROP TABLE org_unit`);
  }
}
