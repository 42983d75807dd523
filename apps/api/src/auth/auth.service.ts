import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { Principal } from '../../../../libs/domain/src';
import {
  AppUserEntity,
  auditEvent,
  AuditEventEntity,
  UserSessionEntity,
} from '../../../../libs/persistence/src';
import { RuntimeConfig, hashPassword, verifyPassword } from '../../../../libs/platform/src';
import { ApiException, ErrorCode } from '../common/api-error';

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
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly config: RuntimeConfig,
  ) {}

  async login(
    username: string,
    password: string,
  ): Promise<{ token: string; session: SessionInfo; user: AppUserEntity }> {
    const users = this.ds.getRepository(AppUserEntity);
    const user = await users.findOneBy({ username: username.trim().toLowerCase() });
    const now = new Date();
    if (user?.lockedUntil && user.lockedUntil > now) {
      throw new ApiException(
        ErrorCode.AccountLocked,
        `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${minutesLeft(user.lockedUntil, now)} phút.`,
      );
    }
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || user.disabled) {
      if (user && !ok) await this.recordFailure(user, now);
      throw new ApiException(
        ErrorCode.InvalidCredentials,
        'Tên đăng nhập hoặc mật khẩu không đúng.',
      );
    }
    await users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
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
    const session = await this.ds.getRepository(UserSessionEntity).findOneBy({
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
    if (!session) return null;
    const user = await this.ds.getRepository(AppUserEntity).findOneBy({ id: session.userId });
    if (!user || user.disabled) return null;
    return { principal: principalOf(user), sessionId: session.id, csrfToken: session.csrfToken };
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
      throw new ApiException(ErrorCode.InvalidCredentials, 'Mật khẩu hiện tại không đúng.', [
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

  private async recordFailure(user: AppUserEntity, now: Date): Promise<void> {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await this.ds.getRepository(AppUserEntity).update(
      { id: user.id },
      {
        failedLogins: lock ? 0 : failed,
        lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
      },
    );
    await this.audit(user, lock ? 'auth.locked' : 'auth.login_failed', { failedLogins: failed });
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
