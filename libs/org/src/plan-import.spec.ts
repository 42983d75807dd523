import { readFileSync } from 'node:fs';
import {
  Directory,
  DirectoryGroup,
  DirectoryUnit,
  VKSND_DIRECTORY_PATH,
  checkDirectory,
  parseDirectory,
  planChanges,
  planImport,
  sameGroup,
  sameUnit,
} from '.';
import { fixtureUnit } from './directory.fixture';

const TODAY = '2026-03-02';

const unit = fixtureUnit;

const group = (code: string, members: DirectoryGroup['members'] = {}): DirectoryGroup => ({
  code,
  name: `Nhóm ${code}`,
  aliases: [],
  members,
});

const current: Directory = {
  units: [
    unit('ROOT', null),
    unit('A', 'ROOT'),
    unit('B', 'ROOT'),
    unit('B1', 'B', { level: 'huyen' }),
  ],
  groups: [group('G1', { level: 'tinh' }), group('G2', { codes: ['A'] })],
};

describe('planImport', () => {
  it('changes nothing when the file is the directory in force', () => {
    const plan = planImport(current, current, TODAY);
    expect(plan.unchanged).toEqual(['ROOT', 'A', 'B', 'B1']);
    expect(plan.groupsUnchanged).toEqual(['G1', 'G2']);
    expect(planChanges(plan)).toBe(false);
    expect(plan.result).toEqual(current);
  });

  it('sorts the file into created, updated and unchanged units', () => {
    const incoming: Directory = {
      units: [
        unit('ROOT', null),
        unit('A', 'ROOT', { full_name: 'Tên mới' }),
        unit('B', 'ROOT'),
        unit('B1', 'B', { level: 'huyen' }),
        unit('C', 'ROOT'),
      ],
      groups: current.groups,
    };
    const plan = planImport(current, incoming, TODAY);
    expect(plan.created.map((u) => u.code)).toEqual(['C']);
    expect(plan.updated).toEqual([{ before: current.units[1], after: incoming.units[1] }]);
    expect(plan.unchanged).toEqual(['ROOT', 'B', 'B1']);
    expect(plan.ended).toEqual([]);
    expect(planChanges(plan)).toBe(true);
  });

  it('ends the units the file leaves out, today, and keeps them', () => {
    const incoming: Directory = {
      units: [unit('ROOT', null), unit('A', 'ROOT')],
      groups: current.groups,
    };
    const plan = planImport(current, incoming, TODAY);
    expect(plan.ended.map((c) => [c.after.code, c.before.active_to, c.after.active_to])).toEqual([
      ['B', null, TODAY],
      ['B1', null, TODAY],
    ]);
    expect(plan.result.units.map((u) => u.code)).toEqual(['ROOT', 'A', 'B', 'B1']);
    expect(checkDirectory(plan.result)).toEqual([]);
  });

  it.each<[string, Partial<DirectoryUnit>, string | null]>([
    ['still active', {}, TODAY],
    ['due to end later', { active_to: '2027-01-01' }, TODAY],
    ['ending today already', { active_to: TODAY }, null],
    ['ended before', { active_to: '2025-07-01' }, null],
    ['not started yet', { active_from: '2026-06-01' }, '2026-06-01'],
    ['started today', { active_from: TODAY }, TODAY],
  ])('a left-out unit %s ends on %s', (_label, dates, end) => {
    const before = { ...current, units: [...current.units, unit('X', 'ROOT', dates)] };
    const plan = planImport(before, current, TODAY);
    if (end === null) {
      expect(plan.ended).toEqual([]);
      expect(plan.unchanged).toContain('X');
    } else {
      expect(plan.ended.map((c) => c.after)).toEqual([{ ...before.units[4], active_to: end }]);
    }
    expect(checkDirectory(plan.result)).toEqual([]);
  });

  it('brings back a unit the file lists as active again', () => {
    const before = {
      ...current,
      units: current.units.map((u) => (u.code === 'A' ? { ...u, active_to: '2025-07-01' } : u)),
    };
    const plan = planImport(before, current, TODAY);
    expect(plan.updated.map((c) => [c.after.code, c.before.active_to, c.after.active_to])).toEqual([
      ['A', '2025-07-01', null],
    ]);
  });

  it('keeps the file order, then the units left out in their order', () => {
    const incoming: Directory = {
      units: [unit('ROOT', null), unit('C', 'ROOT'), unit('A', 'ROOT')],
      groups: [],
    };
    const plan = planImport(current, incoming, TODAY);
    expect(plan.result.units.map((u) => u.code)).toEqual(['ROOT', 'C', 'A', 'B', 'B1']);
  });

  it('replaces the groups: created, updated, removed, unchanged', () => {
    const incoming: Directory = {
      units: current.units,
      groups: [group('G2', { codes: ['A', 'B'] }), group('G3', { kind: 'vien' })],
    };
    const plan = planImport(current, incoming, TODAY);
    expect(plan.groupsCreated.map((g) => g.code)).toEqual(['G3']);
    expect(plan.groupsUpdated.map((c) => [c.before.members, c.after.members])).toEqual([
      [{ codes: ['A'] }, { codes: ['A', 'B'] }],
    ]);
    expect(plan.groupsRemoved.map((g) => g.code)).toEqual(['G1']);
    expect(plan.groupsUnchanged).toEqual([]);
    expect(plan.result.groups).toEqual(incoming.groups);
  });

  it('leaves the shipped directory unchanged on a second import', () => {
    const shipped = parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8'));
    const first = planImport({ units: [], groups: [] }, shipped, TODAY);
    expect(first.created).toHaveLength(shipped.units.length);
    expect(first.groupsCreated).toHaveLength(shipped.groups.length);
    const second = planImport(first.result, shipped, TODAY);
    expect(planChanges(second)).toBe(false);
  });
});

describe('sameUnit and sameGroup', () => {
  it.each<[string, Partial<DirectoryUnit>]>([
    ['short name', { short_name: 'Khác' }],
    ['full name', { full_name: 'Khác' }],
    ['level', { level: 'huyen' }],
    ['kind', { kind: 'don_vi' }],
    ['parent', { parent: 'B' }],
    ['aliases', { aliases: ['Khác'] }],
    ['emails', { emails: ['khac@dondoc.test'] }],
    ['head', { head: { title: 'Viện trưởng', email: 'vt@dondoc.test' } }],
    ['active from', { active_from: '2025-07-01' }],
    ['active to', { active_to: '2025-07-01' }],
    ['successor', { replaced_by: 'B' }],
  ])('tells units apart by %s', (_label, change) => {
    const a = unit('A', 'ROOT');
    expect(sameUnit(a, { ...a, ...change })).toBe(false);
    expect(sameUnit(a, { ...a })).toBe(true);
  });

  it('tells alias order apart: the file order is what the admin wrote', () => {
    const a = unit('A', 'ROOT', { aliases: ['x', 'y'] });
    expect(sameUnit(a, { ...a, aliases: ['y', 'x'] })).toBe(false);
  });

  it('compares rules whatever order their keys come back in', () => {
    expect(
      sameGroup(
        group('G', { parent: 'ROOT', kind: 'vien' }),
        group('G', { kind: 'vien', parent: 'ROOT' }),
      ),
    ).toBe(true);
    expect(sameGroup(group('G', { kind: 'vien' }), group('G', { kind: 'don_vi' }))).toBe(false);
    expect(sameGroup(group('G'), { ...group('G'), aliases: ['Nhóm'] })).toBe(false);
  });
});
