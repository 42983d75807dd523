import type { Principal } from '../access/access-policy';

/**
 * Whose tasks a user's reports count. Leaders, the secretariat and unit heads: what their
 * unit issued, and the tasks of their unit and every unit below it. Officers: their own
 * unit's tasks and what it issued. Admins hold no report permission.
 */
export interface ReportScope {
  /** Tasks this unit issued (gave by directive or sub-assigned). */
  issuerUnitCode: string;
  /** Tasks of this unit, and of the units below it when `withSubtree`. */
  unitCode: string;
  withSubtree: boolean;
}

export function reportScope(p: Principal): ReportScope {
  const wide = p.roles.some((r) => r === 'leader' || r === 'secretariat' || r === 'unit_head');
  return { issuerUnitCode: p.unitCode, unitCode: p.unitCode, withSubtree: wide };
}

/**
 * A reminder letter chases what one's unit (or a unit below it) gave: leaders and the
 * secretariat of the issuing unit or above.
 */
export function mayDraftLetterFor(p: Principal, issuerUnitAncestry: readonly string[]): boolean {
  return (
    p.roles.some((r) => r === 'leader' || r === 'secretariat') &&
    issuerUnitAncestry.includes(p.unitCode)
  );
}

/** Targets on a directive's items are set by those who may chase what it gave. */
export const mayManageTargetsFor = mayDraftLetterFor;
