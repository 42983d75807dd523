import { DataSource } from 'typeorm';
import type { Directory } from '../../org/src/directory';
import { OrgGroupEntity, OrgUnitEntity } from './entities';

/** Upserts a directory, parents before children, in one transaction. Returns the counts. */
export async function importDirectory(
  ds: DataSource,
  dir: Directory,
): Promise<{ units: number; groups: number }> {
  await ds.transaction(async (em) => {
    for (const u of dir.units) {
      await em.upsert(
        OrgUnitEntity,
        {
          code: u.code,
          shortName: u.short_name,
          fullName: u.full_name,
          level: u.level,
          kind: u.kind,
          parentCode: u.parent,
          aliases: u.aliases,
          emails: u.emails,
          headTitle: u.head?.title ?? null,
          headEmail: u.head?.email ?? null,
        },
        ['code'],
      );
    }
    for (const g of dir.groups) {
      await em.upsert(
        OrgGroupEntity,
        { code: g.code, name: g.name, aliases: g.aliases, members: g.members },
        ['code'],
      );
    }
  });
  return { units: dir.units.length, groups: dir.groups.length };
}
