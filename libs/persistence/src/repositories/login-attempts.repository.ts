import { DataSource } from 'typeorm';

export interface LoginAttempt {
  /** This attempt's number since the last success, attempts still in flight counted. */
  number: number;
  /** Set while the name is locked out; this attempt is then refused unchecked. */
  lockedUntil: Date | null;
}

/**
 * Sign-in attempts per username (whether or not it is an account), each taken in one
 * statement before the password is checked: ten guesses sent at once get ten numbers, and
 * those past the limit are refused without being tried.
 */
export class LoginAttempts {
  constructor(private readonly ds: DataSource) {}

  async begin(username: string, max: number, lockMinutes: number): Promise<LoginAttempt> {
    const [row] = await this.ds.query(
      `INSERT INTO login_attempt AS a (username, attempts) VALUES ($1, 1)
       ON CONFLICT (username) DO UPDATE SET
         attempts = CASE WHEN a.locked_until <= now() THEN 1 ELSE a.attempts + 1 END,
         locked_until = CASE
           WHEN a.locked_until <= now() THEN NULL
           WHEN a.locked_until IS NULL AND a.attempts + 1 > $2 THEN now() + make_interval(mins => $3)
           ELSE a.locked_until END,
         updated_at = now()
       RETURNING attempts, locked_until`,
      [username, max, lockMinutes],
    );
    const lockedUntil: Date | null = row.locked_until;
    return {
      number: row.attempts,
      lockedUntil: lockedUntil && lockedUntil > new Date() ? lockedUntil : null,
    };
  }

  /** The limit's last wrong password: locked from now, unless a parallel attempt did it. */
  async lock(username: string, lockMinutes: number): Promise<void> {
    await this.ds.query(
      `UPDATE login_attempt SET locked_until = COALESCE(locked_until, now() + make_interval(mins => $2))
        WHERE username = $1`,
      [username, lockMinutes],
    );
  }

  /** A right password: the count starts again. */
  async reset(username: string): Promise<void> {
    await this.ds.query('DELETE FROM login_attempt WHERE username = $1', [username]);
  }

  /** Names locked out now, of those given. */
  async locked(usernames: readonly string[]): Promise<Set<string>> {
    if (usernames.length === 0) return new Set();
    const rows: { username: string }[] = await this.ds.query(
      `SELECT username FROM login_attempt WHERE username = ANY($1) AND locked_until > now()`,
      [usernames],
    );
    return new Set(rows.map((r) => r.username));
  }
}
