import { DataSource } from 'typeorm';
import type { Role } from '@dondoc/domain';
import { AppUserEntity } from './entities';
import { LoginAttempts } from './repositories/login-attempts.repository';

export interface UserSeed {
  username: string;
  displayName: string;
  unitCode: string;
  roles: Role[];
  passwordHash: string;
  email?: string | null;
}

/** Creates or resets an account (demo data, tests): new hash, unlocked, enabled. */
export async function upsertUser(ds: DataSource, u: UserSeed): Promise<AppUserEntity> {
  await ds.getRepository(AppUserEntity).upsert(
    {
      username: u.username,
      displayName: u.displayName,
      unitCode: u.unitCode,
      roles: u.roles,
      passwordHash: u.passwordHash,
      email: u.email ?? null,
      disabled: false,
    },
    ['username'],
  );
  await new LoginAttempts(ds).reset(u.username);
  return ds.getRepository(AppUserEntity).findOneByOrFail({ username: u.username });
}
