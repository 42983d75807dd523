import { Role } from './roles';

/**
 * Who may do what, in one place. Two questions, asked in this order:
 * 1. may this role take this action at all? (no: 403, whatever the resource)
 * 2. is the resource within the user's reach? (no: 404, so its existence is not revealed)
 * and, for actions on a reachable task, 3. is the user's unit the one that must act? (no: 403).
 */
export interface Principal {
  userId: string;
  unitCode: string;
  roles: readonly Role[];
}

export const PERMISSIONS = {
  'directive.issue': ['leader', 'secretariat'],
  'directive.read': ['leader', 'secretariat', 'unit_head', 'unit_officer'],
  'task.read': ['leader', 'secretariat', 'unit_head', 'unit_officer'],
  'task.act': ['unit_head', 'unit_officer'],
  'task.decide': ['leader', 'unit_head'],
  'task.cascade': ['unit_head'],
  'audit.read': ['leader', 'secretariat', 'unit_head', 'admin'],
  'org.read': ['leader', 'secretariat', 'unit_head', 'unit_officer', 'admin'],
  'org.admin': ['admin'],
  'user.admin': ['admin'],
  'calendar.admin': ['admin'],
  'mail.admin': ['admin'],
  /** Summaries, task lists and their exports, within `reportScope`. */
  'report.read': ['leader', 'secretariat', 'unit_head', 'unit_officer'],
  /** Drafting a reminder letter (công văn đôn đốc) for what one's unit issued. */
  'letter.draft': ['leader', 'secretariat'],
  /** Setting targets (chỉ tiêu) on a directive's items. */
  'target.manage': ['leader', 'secretariat'],
  'session.own': ['leader', 'secretariat', 'unit_head', 'unit_officer', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(p: Principal, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return p.roles.some((r) => allowed.includes(r));
}

/** The facts about a task that decide who reaches it. */
export interface TaskReach {
  leadUnitCode: string;
  coordinatingUnitCodes: readonly string[];
  issuerUnitCode: string;
  /** The lead unit and every unit above it, nearest first. */
  leadUnitAncestry: readonly string[];
  /** The issuing unit and every unit above it, nearest first. */
  issuerUnitAncestry: readonly string[];
  /** Sub-assigned by a unit from its own task, rather than given by a directive. */
  subAssigned?: boolean;
  /** The unit that issued the directive the task belongs to. */
  directiveIssuerUnitCode?: string;
  /** The lead units of the tasks above this one in its plan's tree, parent first. */
  lineageUnitCodes?: readonly string[];
}

/** Leaders reach what lies below their unit; everyone else only what touches their own unit. */
export function reachesUnitsBelow(p: Principal): boolean {
  return p.roles.includes('leader');
}

/**
 * A task is within reach of its own unit, of coordinating units (they watch it), of the unit
 * that issued it, and of leaders of any unit above the lead unit. A plan is read as one tree:
 * the unit that issued the directive, and every unit holding a task above this one (the
 * consolidating unit, the province above a district), read it too — to read, not to act.
 * (Lists ask the same in SQL: `TaskListRepository`, held equal to this by its test.)
 */
export function canReachTask(p: Principal, t: TaskReach): boolean {
  if (t.leadUnitCode === p.unitCode || t.issuerUnitCode === p.unitCode) return true;
  if (t.coordinatingUnitCodes.includes(p.unitCode)) return true;
  if (t.directiveIssuerUnitCode === p.unitCode) return true;
  if (t.lineageUnitCodes?.includes(p.unitCode)) return true;
  return reachesUnitsBelow(p) && t.leadUnitAncestry.includes(p.unitCode);
}

/** Acknowledging, reporting and completing belong to the lead unit's own people. */
export function mayActOnTask(p: Principal, t: TaskReach): boolean {
  return roleAllows(p, 'task.act') && t.leadUnitCode === p.unitCode;
}

/**
 * Deciding on a task (extensions, acceptance, return, reassignment, cancellation) belongs
 * to the leaders of the unit that issued it, or of a unit above that one. A sub-assigned
 * task is decided by the unit that sub-assigned it (its leaders and its head) and nobody
 * above: each level of a plan decides on the level right below it, never further down.
 */
export function mayDecideOnTask(p: Principal, t: TaskReach): boolean {
  if (t.subAssigned) {
    return (
      t.issuerUnitCode === p.unitCode &&
      (p.roles.includes('leader') || p.roles.includes('unit_head'))
    );
  }
  return p.roles.includes('leader') && t.issuerUnitAncestry.includes(p.unitCode);
}

/** Splitting a task to subordinate units: the lead unit's head. */
export function mayCascadeTask(p: Principal, t: TaskReach): boolean {
  return roleAllows(p, 'task.cascade') && t.leadUnitCode === p.unitCode;
}

/** Issuing in the name of one's own unit only. */
export function mayIssueFor(p: Principal, issuerUnitCode: string): boolean {
  return roleAllows(p, 'directive.issue') && p.unitCode === issuerUnitCode;
}

/**
 * A directive is within reach of its issuing unit, of leaders above that unit, and of
 * anyone who reaches one of its tasks (who then sees only those tasks).
 */
export function canReachDirective(
  p: Principal,
  issuerAncestry: readonly string[],
  reachesAnyTask: boolean,
): boolean {
  if (issuerAncestry[0] === p.unitCode || reachesAnyTask) return true;
  return reachesUnitsBelow(p) && issuerAncestry.includes(p.unitCode);
}

/**
 * Whose audit events a user reads: admins all; leaders their unit and every unit below;
 * others their own unit. Events of directives those units issued come with them.
 */
export function auditScope(p: Principal): 'all' | 'subtree' | 'unit' {
  if (p.roles.includes('admin')) return 'all';
  return p.roles.includes('leader') ? 'subtree' : 'unit';
}
