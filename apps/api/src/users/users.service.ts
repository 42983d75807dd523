import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Principal, DomainException, ErrorCode } from '@dondoc/domain';
import {
  AppUserEntity,
  auditEvent,
  AuditEventEntity,
  LoginAttempts,
  UserSessionEntity,
} from '@dondoc/persistence';
import { hashPassword } from '@dondoc/platform';
import { OrgTreeService } from '../org/org-tree.service';
import { CreateUserDto, UpdateUserDto, UserView } from './users.dto';

export function mapUser(u: AppUserEntity, locked = false): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    unitCode: u.unitCode,
    roles: u.roles,
    disabled: u.disabled,
    locked,
  };
}

@Injectable()
export class UsersService {
  private readonly attempts: LoginAttempts;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly org: OrgTreeService,
  ) {
    this.attempts = new LoginAttempts(ds);
  }

  async list(): Promise<UserView[]> {
    const users = await this.ds.getRepository(AppUserEntity).find({ order: { username: 'ASC' } });
    const locked = await this.attempts.locked(users.map((u) => u.username));
    return users.map((u) => mapUser(u, locked.has(u.username)));
  }

  async create(admin: Principal, dto: CreateUserDto): Promise<UserView> {
    await this.checkUnit(dto.unitCode);
    const repo = this.ds.getRepository(AppUserEntity);
    if (await repo.existsBy({ username: dto.username })) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'username', message: 'Tên đăng nhập đã tồn tại.' },
      ]);
    }
    const user = await this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(AppUserEntity, {
          username: dto.username,
          displayName: dto.displayName,
          email: dto.email ?? null,
          unitCode: dto.unitCode,
          roles: [...new Set(dto.roles)],
          passwordHash: await hashPassword(dto.password),
        }),
      );
      await em.insert(AuditEventEntity, this.audit(admin, 'user.created', saved, null));
      return saved;
    });
    return mapUser(user);
  }

  async update(admin: Principal, id: string, dto: UpdateUserDto): Promise<UserView> {
    const repo = this.ds.getRepository(AppUserEntity);
    const before = await repo.findOneBy({ id });
    if (!before) throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy người dùng.');
    if (dto.unitCode) await this.checkUnit(dto.unitCode);
    const changes: Partial<AppUserEntity> = {
      ...(dto.displayName !== undefined && { displayName: dto.displayName }),
      ...(dto.unitCode !== undefined && { unitCode: dto.unitCode }),
      ...(dto.roles !== undefined && { roles: [...new Set(dto.roles)] }),
      ...(dto.disabled !== undefined && { disabled: dto.disabled }),
      ...(dto.password !== undefined && {
        passwordHash: await hashPassword(dto.password),
        passwordChangedAt: new Date(),
      }),
    };
    // Nothing to change is not an error, and not worth an audit event.
    if (Object.keys(changes).length === 0) return mapUser(before);
    const after = await this.ds.transaction(async (em) => {
      await em.update(AppUserEntity, { id }, changes);
      // New roles, unit, password or a disabled account: sessions opened before no longer hold.
      await em.update(
        UserSessionEntity,
        { userId: id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const updated = await em.findOneByOrFail(AppUserEntity, { id });
      await em.insert(AuditEventEntity, this.audit(admin, 'user.updated', updated, before));
      return updated;
    });
    // A new password set by the admin also lifts a lockout.
    if (dto.password !== undefined) await this.attempts.reset(before.username);
    return mapUser(after, (await this.attempts.locked([after.username])).has(after.username));
  }

  private audit(
    admin: Principal,
    action: string,
    after: AppUserEntity,
    before: AppUserEntity | null,
  ) {
    const safe = (u: AppUserEntity | null) =>
      u ? { ...mapUser(u), passwordChangedAt: u.passwordChangedAt } : null;
    return auditEvent({
      source: 'api',
      action,
      actorUserId: admin.userId,
      unitCode: after.unitCode,
      before: safe(before),
      after: safe(after),
    });
  }

  private async checkUnit(code: string): Promise<void> {
    if (!(await this.org.exists(code))) {
      throw new DomainException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', [
        { field: 'unitCode', message: `Không có đơn vị mã "${code}" trong danh bạ.` },
      ]);
    }
  }
}
