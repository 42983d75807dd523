import type { Directory, DirectoryGroup, DirectoryUnit } from './directory-schema';

export interface Change<T> {
  before: T;
  after: T;
}

/** What importing a file into the directory in force does, decided before anything is written. */
export interface DirectoryImportPlan {
  /** The directory afterwards: the file's units in its order, then the units it left out. */
  result: Directory;
  created: DirectoryUnit[];
  updated: Change<DirectoryUnit>[];
  /** Units the file leaves out: never deleted (tasks keep pointing at them), ended instead. */
  ended: Change<DirectoryUnit>[];
  unchanged: string[];
  groupsCreated: DirectoryGroup[];
  groupsUpdated: Change<DirectoryGroup>[];
  /** Groups hold no history: one the file leaves out is gone. */
  groupsRemoved: DirectoryGroup[];
  groupsUnchanged: string[];
}

/** Field by field, in one order, so equal units compare equal however they were built. */
export function sameUnit(a: DirectoryUnit, b: DirectoryUnit): boolean {
  const key = (u: DirectoryUnit) =>
    JSON.stringify([
      u.code,
      u.short_name,
      u.full_name,
      u.level,
      u.kind,
      u.parent,
      u.aliases,
      u.emails,
      u.head ? [u.head.title, u.head.email] : null,
      u.active_from,
      u.active_to,
      u.replaced_by,
    ]);
  return key(a) === key(b);
}

export function sameGroup(a: DirectoryGroup, b: DirectoryGroup): boolean {
  // Rules come back from jsonb with their keys reordered.
  const key = (g: DirectoryGroup) =>
    JSON.stringify([
      g.code,
      g.name,
      g.aliases,
      Object.entries(g.members)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    ]);
  return key(a) === key(b);
}

/**
 * The day a unit left out of an import stops being active: `today`, or an earlier end it
 * already has; a unit that has not started yet ends the day it would have started.
 */
function endOf(u: DirectoryUnit, today: string): string {
  let end = u.active_to !== null && u.active_to < today ? u.active_to : today;
  if (u.active_from !== null && u.active_from > end) end = u.active_from;
  return end;
}

/** Compares a file with the directory in force; pure, so it is decided and tested apart from the database. */
export function planImport(
  current: Directory,
  incoming: Directory,
  today: string,
): DirectoryImportPlan {
  const now = new Map(current.units.map((u) => [u.code, u]));
  const inFile = new Set(incoming.units.map((u) => u.code));
  const plan: DirectoryImportPlan = {
    result: { units: [...incoming.units], groups: [...incoming.groups] },
    created: [],
    updated: [],
    ended: [],
    unchanged: [],
    groupsCreated: [],
    groupsUpdated: [],
    groupsRemoved: [],
    groupsUnchanged: [],
  };
  for (const u of incoming.units) {
    const before = now.get(u.code);
    if (!before) plan.created.push(u);
    else if (sameUnit(before, u)) plan.unchanged.push(u.code);
    else plan.updated.push({ before, after: u });
  }
  for (const u of current.units) {
    if (inFile.has(u.code)) continue;
    const end = endOf(u, today);
    if (end === u.active_to) {
      plan.unchanged.push(u.code);
      plan.result.units.push(u);
    } else {
      const after = { ...u, active_to: end };
      plan.ended.push({ before: u, after });
      plan.result.units.push(after);
    }
  }
  const groupsNow = new Map(current.groups.map((g) => [g.code, g]));
  const groupsInFile = new Set(incoming.groups.map((g) => g.code));
  for (const g of incoming.groups) {
    const before = groupsNow.get(g.code);
    if (!before) plan.groupsCreated.push(g);
    else if (sameGroup(before, g)) plan.groupsUnchanged.push(g.code);
    else plan.groupsUpdated.push({ before, after: g });
  }
  plan.groupsRemoved = current.groups.filter((g) => !groupsInFile.has(g.code));
  return plan;
}

/** True when the import changes anything worth recording. */
export function planChanges(plan: DirectoryImportPlan): boolean {
  return (
    plan.created.length +
      plan.updated.length +
      plan.ended.length +
      plan.groupsCreated.length +
      plan.groupsUpdated.length +
      plan.groupsRemoved.length >
    0
  );
}
