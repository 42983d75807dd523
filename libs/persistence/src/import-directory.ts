import { DataSource, EntityManager } from 'typeorm';
import { localDateOf } from '@dondoc/domain/calendar/local-date.util';
import { checkDirectory, DirectoryError, parentsFirst } from '@dondoc/org/directory';
import type {
  Directory,
  DirectoryGroup,
  DirectoryUnit,
  MembershipRule,
  UnitKind,
  UnitLevel,
} from '@dondoc/org/directory';
import { DirectoryImportPlan, planImport } from '@dondoc/org/plan-import';
import { OrgGroupEntity, OrgUnitEntity } from './entities';

// Every write to the directory takes this lock, so checks and writes see one version.
const DIRECTORY_LOCK_ID = 7_263_002;

/** Serializes directory writers until the transaction ends. */
export async function lockDirectory(em: EntityManager): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1)', [DIRECTORY_LOCK_ID]);
}

export function unitOfEntity(e: OrgUnitEntity): DirectoryUnit {
  return {
    code: e.code,
    short_name: e.shortName,
    full_name: e.fullName,
    level: e.level as UnitLevel,
    kind: e.kind as UnitKind,
    parent: e.parentCode,
    aliases: e.aliases,
    emails: e.emails,
    head:
      e.headTitle !== null && e.headEmail !== null
        ? { title: e.headTitle, email: e.headEmail }
        : null,
    active_from: e.activeFrom,
    active_to: e.activeTo,
    replaced_by: e.replacedBy,
  };
}

/** The row for a unit; its place in the file is written apart. */
export function unitRow(u: DirectoryUnit): Omit<OrgUnitEntity, 'ordinal'> {
  return {
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
    activeFrom: u.active_from,
    activeTo: u.active_to,
    replacedBy: u.replaced_by,
  };
}

function groupOfEntity(e: OrgGroupEntity): DirectoryGroup {
  return { code: e.code, name: e.name, aliases: e.aliases, members: e.members as MembershipRule };
}

/** The directory in force, in file order. */
export async function loadDirectory(em: EntityManager): Promise<Directory> {
  const [units, groups] = await Promise.all([
    em.find(OrgUnitEntity, { order: { ordinal: 'ASC', code: 'ASC' } }),
    em.find(OrgGroupEntity, { order: { ordinal: 'ASC', code: 'ASC' } }),
  ]);
  return { units: units.map(unitOfEntity), groups: groups.map(groupOfEntity) };
}

/** The place after the last unit, for a unit the admin adds. */
export async function nextUnitOrdinal(em: EntityManager): Promise<number> {
  const [row] = await em.query('SELECT coalesce(max(ordinal) + 1, 0) AS n FROM org_unit');
  return Number(row.n);
}

async function writeOrdinals(em: EntityManager, table: 'org_unit' | 'org_group', codes: string[]) {
  await em.query(
    `UPDATE ${table} t SET ordinal = v.n - 1
     FROM unnest($1::text[]) WITH ORDINALITY AS v(code, n)
     WHERE t.code = v.code AND t.ordinal <> v.n - 1`,
    [codes],
  );
}

/**
 * Brings the directory to what `dir` says, inside the caller's transaction (or one of its
 * own when given a DataSource): units created or updated, units the file leaves out ended
 * on `today` rather than deleted, groups replaced. Throws `DirectoryError`, writing nothing,
 * when the outcome would be inconsistent (a unit left out, and so ended, whose children the
 * file keeps active).
 */
export async function importDirectory(
  target: DataSource | EntityManager,
  dir: Directory,
  options: { today?: string } = {},
): Promise<DirectoryImportPlan> {
  if (target instanceof DataSource) {
    return target.transaction((em) => importDirectory(em, dir, options));
  }
  const em = target;
  await lockDirectory(em);
  const plan = planImport(await loadDirectory(em), dir, options.today ?? localDateOf(new Date()));
  const problems = checkDirectory(plan.result);
  if (problems.length) throw new DirectoryError(problems);

  const changed = new Set([
    ...plan.created.map((u) => u.code),
    ...plan.updated.map((c) => c.after.code),
    ...plan.ended.map((c) => c.after.code),
  ]);
  // Parents first: a unit's parent must exist when the unit is written.
  for (const u of parentsFirst(plan.result.units)) {
    if (changed.has(u.code)) await em.upsert(OrgUnitEntity, unitRow(u), ['code']);
  }
  await writeOrdinals(
    em,
    'org_unit',
    plan.result.units.map((u) => u.code),
  );

  if (plan.groupsRemoved.length) {
    await em.delete(
      OrgGroupEntity,
      plan.groupsRemoved.map((g) => g.code),
    );
  }
  for (const g of [...plan.groupsCreated, ...plan.groupsUpdated.map((c) => c.after)]) {
    await em.upsert(
      OrgGroupEntity,
      { code: g.code, name: g.name, aliases: g.aliases, members: g.members },
      ['code'],
    );
  }
  await writeOrdinals(
    em,
    'org_group',
    plan.result.groups.map((g) => g.code),
  );
  return plan;
}

/**
 * Adds the units and groups of `dir` the database does not have yet, and touches nothing
 * else: what `npm start` does with the shipped directory, so the admin's edits survive a
 * restart. Returns how many were added.
 */
export async function seedDirectory(
  ds: DataSource,
  dir: Directory,
): Promise<{ units: number; groups: number }> {
  return ds.transaction(async (em) => {
    await lockDirectory(em);
    const have = await loadDirectory(em);
    const units = new Set(have.units.map((u) => u.code));
    const groups = new Set(have.groups.map((g) => g.code));
    const newUnits = parentsFirst(dir.units).filter((u) => !units.has(u.code));
    const newGroups = dir.groups.filter((g) => !groups.has(g.code));
    let ordinal = await nextUnitOrdinal(em);
    for (const u of newUnits) {
      await em
        .createQueryBuilder()
        .insert()
        .into(OrgUnitEntity)
        .values({ ...unitRow(u), ordinal: ordinal++ })
        .orIgnore()
        .execute();
    }
    let groupOrdinal = have.groups.length;
    for (const g of newGroups) {
      await em
        .createQueryBuilder()
        .insert()
        .into(OrgGroupEntity)
        .values({
          code: g.code,
          name: g.name,
          aliases: g.aliases,
          members: g.members,
          ordinal: groupOrdinal++,
        })
        .orIgnore()
        .execute();
    }
    return { units: newUnits.length, groups: newGroups.length };
  });
}
