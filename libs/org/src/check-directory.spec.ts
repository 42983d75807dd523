import {
  Directory,
  DirectoryUnit,
  checkDirectory,
  describeProblem,
  formatPath,
  isActiveOn,
  parentsFirst,
} from '.';
import { fixtureUnit } from './directory.fixture';

const unit = fixtureUnit;

const problems = (dir: Directory) =>
  checkDirectory(dir).map((p) => [formatPath(p.path), p.line, describeProblem(p)]);

describe('isActiveOn', () => {
  it.each<[string | null, string | null, string, boolean]>([
    [null, null, '1990-01-01', true],
    ['2025-07-01', null, '2025-06-30', false],
    ['2025-07-01', null, '2025-07-01', true],
    [null, '2025-07-01', '2025-06-30', true],
    [null, '2025-07-01', '2025-07-01', false],
    ['2025-01-01', '2025-07-01', '2025-03-15', true],
    ['2025-07-01', '2025-07-01', '2025-07-01', false],
  ])('from %s to %s, on %s: %s', (from, to, day, active) => {
    expect(isActiveOn({ active_from: from, active_to: to }, day)).toBe(active);
  });

  it('takes a unit without dates as always active', () => {
    expect(isActiveOn({}, '2025-07-01')).toBe(true);
  });
});

describe('checkDirectory on a directory held in memory', () => {
  it('finds nothing wrong with a sound one', () => {
    expect(
      checkDirectory({
        units: [
          unit('ROOT', null),
          unit('A', 'ROOT', { active_to: '2025-07-01', replaced_by: 'B' }),
          unit('B', 'ROOT', { active_from: '2025-07-01' }),
          unit('A1', 'A', { level: 'huyen', active_to: '2025-07-01', replaced_by: 'B' }),
        ],
        groups: [{ code: 'G', name: 'Nhóm', aliases: [], members: { parent: 'A', codes: ['A1'] } }],
      }),
    ).toEqual([]);
  });

  it('names units by code and never by line', () => {
    expect(
      problems({
        units: [
          unit('ROOT', null),
          unit('A', 'GHOST'),
          unit('B', 'ROOT', { short_name: 'Đơn vị A' }),
        ],
        groups: [],
      }),
    ).toEqual([
      ['units[2].short_name', null, 'đơn vị B: tên đơn vị trùng: Đơn vị A (đã dùng cho A)'],
      ['units[1].parent', null, 'đơn vị A: không có đơn vị cấp trên "GHOST" trong danh bạ'],
    ]);
  });

  it('gives the same messages whatever the order of the units', () => {
    const units = [
      unit('ROOT', null),
      unit('A', 'C'),
      unit('B', 'A'),
      unit('C', 'B'),
      unit('D', 'NOWHERE'),
    ];
    const messages = (list: DirectoryUnit[]) =>
      checkDirectory({ units: list, groups: [] }).map(describeProblem).sort();
    expect(messages([...units].reverse())).toEqual(messages(units));
  });

  it('reports each parent cycle once, told from its smallest code', () => {
    const found = checkDirectory({
      units: [unit('ROOT', null), unit('D', 'C'), unit('C', 'B'), unit('B', 'C')],
      groups: [],
    });
    expect(found.map(describeProblem)).toEqual(['đơn vị B: vòng lặp cấp trên: B → C → B']);
  });

  it('refuses a unit that outlives its parent, even by a day', () => {
    expect(
      problems({
        units: [
          unit('ROOT', null),
          unit('T', 'ROOT', { active_to: '2025-07-01' }),
          unit('H', 'T', { level: 'huyen', active_to: '2025-07-02' }),
        ],
        groups: [],
      }),
    ).toEqual([
      [
        'units[2].active_to',
        null,
        'đơn vị H: đơn vị cấp trên T ngừng hoạt động từ ngày 2025-07-01, đơn vị này phải ngừng hoạt động cùng ngày hoặc sớm hơn',
      ],
    ]);
  });
});

describe('parentsFirst', () => {
  it('moves parents before their children and keeps the rest in order', () => {
    const units = [unit('H', 'T'), unit('X', 'ROOT'), unit('T', 'ROOT'), unit('ROOT', null)];
    expect(parentsFirst(units).map((u) => u.code)).toEqual(['ROOT', 'T', 'H', 'X']);
  });

  it('terminates on a cycle', () => {
    expect(parentsFirst([unit('A', 'B'), unit('B', 'A')]).map((u) => u.code)).toEqual(['B', 'A']);
  });
});
