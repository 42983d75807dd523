import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal, DomainException, ErrorCode, Role } from '@dondoc/domain';
import {
  AppUserEntity,
  auditEvent,
  AuditEventEntity,
  LoginAttempts,
  UserSessionEntity,
} from '@dondoc/persistence';
import { RuntimeConfig, hashPassword, verifyPassword } from '@dondoc/platform';

/** After this many wrong passwords in a row the account waits LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

// Compared against when the user does not exist, so both paths cost one argon2 verification.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$lyIocJWzHDfkUYcTyo3dSA$zDVSmJLbNS3JXqEo86vw87Z4gQwUT0mE3e13kPuwlq0';

export interface SessionInfo {
  principal: Principal;
  sessionId: string;
  csrfToken: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly attempts: LoginAttempts;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly config: RuntimeConfig,
  ) {
    this.attempts = new LoginAttempts(ds);
  }

  async login(
    username: string,
    password: string,
  ): Promise<{ token: string; session: SessionInfo; user: AppUserEntity }> {
    const name = username.trim().toLowerCase();
    const now = new Date();
    // Counted before the password is checked, in one statement: parallel guesses each take
    // a number, and those past the limit are refused untried. Names that are no account are
    // counted alike, so a lockout says nothing about whether a name exists.
    const attempt = await this.attempts.begin(name, MAX_FAILED_LOGINS, LOCK_MINUTES);
    if (attempt.lockedUntil) {
      throw new DomainException(
        ErrorCode.AccountLocked,
        `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${minutesLeft(attempt.lockedUntil, now)} phút.`,
      );
    }
    const user = await this.ds.getRepository(AppUserEntity).findOneBy({ username: name });
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || user.disabled) {
      const lock = attempt.number >= MAX_FAILED_LOGINS;
      if (lock) await this.attempts.lock(name, LOCK_MINUTES);
      if (user && !ok) {
        await this.audit(user, lock ? 'auth.locked' : 'auth.login_failed', {
          failedLogins: attempt.number,
        });
      }
      throw new DomainException(
        ErrorCode.InvalidCredentials,
        'Tên đăng nhập hoặc mật khẩu không đúng.',
      );
    }
    await this.attempts.reset(name);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.config.values.SESSION_TTL_HOURS * 3600_000);
    const saved = await this.ds.getRepository(UserSessionEntity).save({
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt,
      revokedAt: null,
    });
    await this.audit(user, 'auth.login', null);
    return {
      token,
      user,
      session: { principal: principalOf(user), sessionId: saved.id, csrfToken },
    };
  }

  /** The live session behind a cookie token, or null. */
  async resolve(token: string | undefined): Promise<SessionInfo | null> {
    if (!token) return null;
    // Every request asks this first: the session and its user in one round trip.
    const [row] = (await this.ds.query(
      `SELECT s.id, s.csrf_token AS "csrfToken", u.id AS "userId", u.unit_code AS "unitCode",
              u.roles
         FROM user_session s JOIN app_user u ON u.id = s.user_id AND NOT u.disabled
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    )) as { id: string; csrfToken: string; userId: string; unitCode: string; roles: Role[] }[];
    if (!row) return null;
    return {
      principal: { userId: row.userId, unitCode: row.unitCode, roles: row.roles },
      sessionId: row.id,
      csrfToken: row.csrfToken,
    };
  }

  async logout(sessionId: string, principal: Principal): Promise<void> {
    await this.ds
      .getRepository(UserSessionEntity)
      .update({ id: sessionId }, { revokedAt: new Date() });
    await this.audit({ id: principal.userId, unitCode: principal.unitCode }, 'auth.logout', null);
  }

  /** A new password ends every other session of the user. */
  async changePassword(
    sessionId: string,
    principal: Principal,
    current: string,
    next: string,
  ): Promise<void> {
    const users = this.ds.getRepository(AppUserEntity);
    const user = await users.findOneByOrFail({ id: principal.userId });
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new DomainException(ErrorCode.InvalidCredentials, 'Mật khẩu hiện tại không đúng.', [
        { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
      ]);
    }
    await this.ds.transaction(async (em) => {
      await em.update(
        AppUserEntity,
        { id: user.id },
        { passwordHash: await hashPassword(next), passwordChangedAt: new Date() },
      );
      await em
        .createQueryBuilder()
        .update(UserSessionEntity)
        .set({ revokedAt: new Date() })
        .where('user_id = :id AND id <> :sid AND revoked_at IS NULL', {
          id: user.id,
          sid: sessionId,
        })
        .execute();
    });
    await this.audit(user, 'auth.password_changed', null);
  }

  private async audit(
    user: Pick<AppUserEntity, 'id' | 'unitCode'>,
    action: string,
    after: object | null,
  ): Promise<void> {
    await this.ds
      .getRepository(AuditEventEntity)
      .insert(
        auditEvent({ source: 'api', action, actorUserId: user.id, unitCode: user.unitCode, after }),
      );
  }
}

export function principalOf(user: AppUserEntity): Principal {
  return { userId: user.id, unitCode: user.unitCode, roles: user.roles };
}

function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
