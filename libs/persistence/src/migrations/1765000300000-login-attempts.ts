import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts counted per username in one atomic statement, whether or not the account
 * exists: parallel guesses cannot slip past the lockout, and a lockout tells nobody whether
 * the name is real. The counters on app_user go.
 */
export class LoginAttempts1765000300000 implements MigrationInterface {
  name = 'LoginAttempts1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempt (
        username text PRIMARY KEY,
        attempts int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO login_attempt (username, attempts, locked_until)
      SELECT username, failed_logins, locked_until FROM app_user
       WHERE failed_logins > 0 OR locked_until > now()`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failed_logins, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN failed_logins int NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz`);
    await q.query(`
      UPDATE app_user u SET failed_logins = a.attempts, locked_until = a.locked_until
        FROM login_attempt a WHERE a.username = u.username`);
    await q.query(`DROP TABLE login_attempt`);
  }
}
