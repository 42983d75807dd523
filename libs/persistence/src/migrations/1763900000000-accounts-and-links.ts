import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndLinks1763900000000 implements MigrationInterface {
  name = 'AccountsAndLinks1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE CHECK (username = lower(username) AND length(username) BETWEEN 3 AND 64),
        display_name text NOT NULL,
        email text,
        unit_code text NOT NULL REFERENCES org_unit(code),
        roles text[] NOT NULL CHECK (roles <@ ARRAY['leader', 'secretariat', 'unit_head', 'unit_officer', 'admin']::text[] AND cardinality(roles) > 0),
        password_hash text NOT NULL,
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id),
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await q.query(`
      CREATE TABLE email_link (
        id uuid PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES task(id),
        unit_code text NOT NULL REFERENCES org_unit(code),
        action text NOT NULL CHECK (action IN ('acknowledge', 'open')),
        sent_to text[] NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_link_task_idx ON email_link (task_id)`);
    // Who acted when there is no signed-in user, e.g. "email link sent to vu8@…".
    await q.query(`ALTER TABLE audit_event ADD COLUMN actor_label text`);
    await q.query(`CREATE INDEX audit_event_unit_idx ON audit_event (unit_code, id)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_event_actor_idx`);
    await q.query(`DROP INDEX audit_event_unit_idx`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN actor_label`);
    await q.query(`DROP TABLE email_link`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
