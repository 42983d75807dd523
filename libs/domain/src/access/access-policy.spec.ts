import {
  Principal,
  TaskReach,
  auditScope,
  canReachDirective,
  canReachTask,
  mayActOnTask,
  mayCascadeTask,
  mayDecideOnTask,
  mayIssueFor,
  roleAllows,
} from './access-policy';
import { ROLES, Role } from './roles';

const as = (unitCode: string, ...roles: Role[]): Principal => ({ userId: 'u', unitCode, roles });

// A district's task, issued by the supreme procuracy, watched by another province.
const task: TaskReach = {
  leadUnitCode: 'VKSH.TRA_VINH.TRA_CU',
  coordinatingUnitCodes: ['VKST.BINH_THUAN'],
  issuerUnitCode: 'VKSTC',
  leadUnitAncestry: ['VKSH.TRA_VINH.TRA_CU', 'VKST.TRA_VINH', 'VKSTC'],
  issuerUnitAncestry: ['VKSTC'],
};

describe('canReachTask', () => {
  it.each<[string, Principal, boolean]>([
    ['an officer of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'unit_officer'), true],
    ['the secretariat of the issuer', as('VKSTC', 'secretariat'), true],
    ['a coordinating unit', as('VKST.BINH_THUAN', 'unit_officer'), true],
    ['a leader of the province above', as('VKST.TRA_VINH', 'leader'), true],
    ['the head of the province above, not a leader', as('VKST.TRA_VINH', 'unit_head'), false],
    ['a sibling district', as('VKSH.TRA_VINH.CAU_KE', 'leader'), false],
    ['an unrelated province', as('VKST.AN_GIANG', 'leader', 'unit_head'), false],
  ])('%s → %s', (_who, p, expected) => {
    expect(canReachTask(p, task)).toBe(expected);
  });

  // A district's task in a plan's tree: Vụ 11 consolidates, the province split it.
  const inTree: TaskReach = {
    ...task,
    issuerUnitCode: 'VKST.TRA_VINH',
    issuerUnitAncestry: ['VKST.TRA_VINH', 'VKSTC'],
    subAssigned: true,
    directiveIssuerUnitCode: 'VKSTC',
    lineageUnitCodes: ['VKST.TRA_VINH', 'VKSTC.V11'],
  };
  it.each<[string, Principal, boolean]>([
    ['the secretariat of the directive’s issuer', as('VKSTC', 'secretariat'), true],
    ['an officer of the consolidating unit', as('VKSTC.V11', 'unit_officer'), true],
    ['the head of the province above', as('VKST.TRA_VINH', 'unit_head'), true],
    ['a department beside the consolidating unit', as('VKSTC.V8', 'unit_head'), false],
    ['another province', as('VKST.AN_GIANG', 'unit_head'), false],
  ])('in a plan’s tree, %s reads it → %s', (_who, p, expected) => {
    expect(canReachTask(p, inTree)).toBe(expected);
  });
});

describe('mayActOnTask', () => {
  it.each<[string, Principal, boolean]>([
    ['an officer of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'unit_officer'), true],
    ['the head of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'unit_head'), true],
    ['a leader of the lead unit without a unit role', as('VKSH.TRA_VINH.TRA_CU', 'leader'), false],
    ['the issuer', as('VKSTC', 'unit_head'), false],
    ['a coordinating unit', as('VKST.BINH_THUAN', 'unit_officer'), false],
  ])('%s → %s', (_who, p, expected) => {
    expect(mayActOnTask(p, task)).toBe(expected);
  });
});

describe('mayDecideOnTask', () => {
  // The same district task, sub-assigned by its province.
  const subTask: TaskReach = {
    ...task,
    issuerUnitCode: 'VKST.TRA_VINH',
    issuerUnitAncestry: ['VKST.TRA_VINH', 'VKSTC'],
  };
  it.each<[string, Principal, TaskReach, boolean]>([
    ['a leader of the issuer', as('VKSTC', 'leader'), task, true],
    ['the secretariat of the issuer', as('VKSTC', 'secretariat'), task, false],
    ['the head of the issuer', as('VKSTC', 'unit_head'), task, false],
    ['a leader of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'leader'), task, false],
    ['a leader of the province between', as('VKST.TRA_VINH', 'leader'), task, false],
    ['a leader of the issuing province', as('VKST.TRA_VINH', 'leader'), subTask, true],
    ['a leader above the issuing province', as('VKSTC', 'leader'), subTask, true],
    ['a leader of another province', as('VKST.AN_GIANG', 'leader'), subTask, false],
    [
      'a leader of the province that sub-assigned it',
      as('VKST.TRA_VINH', 'leader'),
      { ...subTask, subAssigned: true },
      true,
    ],
    [
      'a leader above the province that sub-assigned it: reads, never acts below its level',
      as('VKSTC', 'leader'),
      { ...subTask, subAssigned: true },
      false,
    ],
    [
      'the head of the issuing province, not sub-assigned',
      as('VKST.TRA_VINH', 'unit_head'),
      subTask,
      false,
    ],
    [
      'the head of the province that sub-assigned it',
      as('VKST.TRA_VINH', 'unit_head'),
      { ...subTask, subAssigned: true },
      true,
    ],
    [
      'an officer of the province that sub-assigned it',
      as('VKST.TRA_VINH', 'unit_officer'),
      { ...subTask, subAssigned: true },
      false,
    ],
    [
      'the head of the district itself',
      as('VKSH.TRA_VINH.TRA_CU', 'unit_head'),
      { ...subTask, subAssigned: true },
      false,
    ],
  ])('%s → %s', (_who, p, t, expected) => {
    expect(mayDecideOnTask(p, t)).toBe(expected);
  });
});

describe('mayCascadeTask', () => {
  it.each<[string, Principal, boolean]>([
    ['the head of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'unit_head'), true],
    ['an officer of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'unit_officer'), false],
    ['a leader of the lead unit', as('VKSH.TRA_VINH.TRA_CU', 'leader'), false],
    ['the head of the province above', as('VKST.TRA_VINH', 'unit_head'), false],
  ])('%s → %s', (_who, p, expected) => {
    expect(mayCascadeTask(p, task)).toBe(expected);
  });
});

describe('mayIssueFor', () => {
  it.each<[Role, string, boolean]>([
    ['leader', 'VKSTC', true],
    ['secretariat', 'VKSTC', true],
    ['secretariat', 'VKST.TRA_VINH', false],
    ['unit_head', 'VKSTC', false],
    ['admin', 'VKSTC', false],
  ])('%s of VKSTC issuing for %s → %s', (role, issuer, expected) => {
    expect(mayIssueFor(as('VKSTC', role), issuer)).toBe(expected);
  });
});

describe('canReachDirective', () => {
  const issuer = ['VKST.TRA_VINH', 'VKSTC'];
  it.each<[string, Principal, boolean, boolean]>([
    ['its issuing unit', as('VKST.TRA_VINH', 'secretariat'), false, true],
    ['a leader above the issuer', as('VKSTC', 'leader'), false, true],
    ['a non-leader above the issuer', as('VKSTC', 'secretariat'), false, false],
    ['a unit holding one of its tasks', as('VKSH.TRA_VINH.TRA_CU', 'unit_officer'), true, true],
    ['anyone else', as('VKST.AN_GIANG', 'leader'), false, false],
  ])('%s → %s', (_who, p, reachesTask, expected) => {
    expect(canReachDirective(p, issuer, reachesTask)).toBe(expected);
  });
});

describe('roles', () => {
  it('gives admins the directory, users and audit, and no task work', () => {
    const admin = as('VKSTC.C2', 'admin');
    expect(roleAllows(admin, 'user.admin')).toBe(true);
    expect(roleAllows(admin, 'audit.read')).toBe(true);
    expect(roleAllows(admin, 'task.read')).toBe(false);
    expect(roleAllows(admin, 'task.act')).toBe(false);
    expect(roleAllows(admin, 'task.decide')).toBe(false);
    expect(roleAllows(admin, 'calendar.admin')).toBe(true);
  });

  it.each<[Role, ReturnType<typeof auditScope>]>([
    ['admin', 'all'],
    ['leader', 'subtree'],
    ['secretariat', 'unit'],
    ['unit_head', 'unit'],
    ['unit_officer', 'unit'],
  ])('audit scope of %s is %s', (role, scope) => {
    expect(auditScope(as('VKSTC', role))).toBe(scope);
  });

  it('lets every role manage its own session', () => {
    for (const r of ROLES) expect(roleAllows(as('VKSTC', r), 'session.own')).toBe(true);
  });
});
