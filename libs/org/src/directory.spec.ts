import { readFileSync } from 'node:fs';
import {
  Directory,
  DirectoryError,
  DirectoryUnit,
  MembershipRule,
  VKSND_DIRECTORY_PATH,
  groupMembers,
  parseDirectory,
} from '.';

/** One unit as YAML, with just enough fields to be valid. */
function unitYaml(code: string, parent: string | null, extra: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    code,
    short_name: JSON.stringify(`Đơn vị ${code}`),
    full_name: JSON.stringify(`Đơn vị ${code}`),
    level: parent === null ? 'toi_cao' : 'tinh',
    kind: 'vien',
    parent: parent ?? 'null',
    emails: `["${code.toLowerCase()}@dondoc.test"]`,
    ...extra,
  };
  return `  - { ${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;
}

const doc = (units: string[], groups: string[] = []) =>
  ['version: 1', 'units:', ...units, ...(groups.length ? ['groups:', ...groups] : [])].join('\n');

function problemsOf(yamlText: string): string[] {
  try {
    parseDirectory(yamlText);
  } catch (e) {
    expect(e).toBeInstanceOf(DirectoryError);
    expect((e as Error).message).toMatch(/^Danh bạ đơn vị không hợp lệ: /);
    return (e as DirectoryError).problems;
  }
  throw new Error('parseDirectory accepted an invalid directory');
}

describe('parseDirectory on the shipped VKSND directory', () => {
  let directory: Directory;
  let byName: Map<string, DirectoryUnit>;
  let byCode: Map<string, DirectoryUnit>;

  beforeAll(() => {
    directory = parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8'));
    byName = new Map(directory.units.map((u) => [u.short_name, u]));
    byCode = new Map(directory.units.map((u) => [u.code, u]));
  });

  it('has exactly one root, VKSND tối cao', () => {
    const roots = directory.units.filter((u) => u.parent === null);
    expect(roots.map((u) => [u.code, u.short_name, u.level, u.kind])).toEqual([
      ['VKSTC', 'VKSND tối cao', 'toi_cao', 'vien'],
    ]);
    expect(directory.units[0].code).toBe('VKSTC');
  });

  it('lists every parent before its children', () => {
    const position = new Map(directory.units.map((u, i) => [u.code, i]));
    for (const u of directory.units) {
      if (u.parent === null) continue;
      expect(position.get(u.parent)).toBeLessThan(position.get(u.code)!);
    }
  });

  it('has unique codes and short names', () => {
    expect(byCode.size).toBe(directory.units.length);
    expect(byName.size).toBe(directory.units.length);
  });

  it.each([
    ['Vụ 15', 'VKSTC'],
    ['Vụ 8', 'VKSTC'],
    ['Vụ 7', 'VKSTC'],
    ['Vụ 9', 'VKSTC'],
    ['Vụ 10', 'VKSTC'],
    ['Cục 2', 'VKSTC'],
    ['Cơ quan điều tra VKSND tối cao', 'VKSTC'],
    ['Báo Bảo vệ pháp luật', 'VKSTC'],
    ['VKSND tỉnh Trà Vinh', 'VKSTC'],
    ['VKSND tỉnh Bình Phước', 'VKSTC'],
    ['VKSND huyện Trà Cú', 'VKST.TRA_VINH'],
  ])('names the seed unit "%s" under %s', (shortName, parent) => {
    const unit = byName.get(shortName);
    expect(unit).toBeDefined();
    expect(unit!.parent).toBe(parent);
    expect(unit!.emails.length).toBeGreaterThan(0);
  });

  it.each([
    'Các đơn vị thuộc VKSND tối cao',
    'VKSND các cấp',
    'VKSND các địa phương',
    'VKSND cấp cao',
    'VKSND cấp tỉnh',
    'VKSND cấp huyện',
  ])('has the group "%s" the seed notice addresses', (name) => {
    expect(directory.groups.map((g) => g.name)).toContain(name);
  });

  it('has 63 provincial procuracies and 3 high-level ones, all directly under the root', () => {
    const tinh = directory.units.filter((u) => u.level === 'tinh' && u.kind === 'vien');
    expect(tinh).toHaveLength(63);
    expect(tinh.every((u) => u.parent === 'VKSTC')).toBe(true);
    const capCao = directory.units.filter((u) => u.level === 'cap_cao');
    expect(capCao).toHaveLength(3);
  });

  it('puts every district procuracy under a provincial one', () => {
    for (const u of directory.units.filter((x) => x.level === 'huyen')) {
      expect(byCode.get(u.parent!)!.level).toBe('tinh');
    }
  });

  it('lists the districts of Trà Vinh', () => {
    const districts = directory.units
      .filter((u) => u.parent === 'VKST.TRA_VINH')
      .map((u) => u.short_name);
    expect(districts).toEqual(
      expect.arrayContaining([
        'VKSND huyện Trà Cú',
        'VKSND thành phố Trà Vinh',
        'VKSND huyện Càng Long',
        'VKSND huyện Cầu Kè',
        'VKSND huyện Tiểu Cần',
        'VKSND huyện Châu Thành',
        'VKSND huyện Cầu Ngang',
        'VKSND huyện Duyên Hải',
        'VKSND thị xã Duyên Hải',
      ]),
    );
    expect(districts).toHaveLength(9);
  });

  it.each<[string, number]>([
    ['VKSND_CAP_TINH', 63],
    ['VKSND_CAP_CAO', 3],
    ['VKSH_TRA_VINH', 9],
    ['VKSTC_DON_VI_NGHIEP_VU', 12],
    ['VKSTC_BAO_CHI', 2],
  ])('group %s has %d members, all existing units', (code, count) => {
    const group = directory.groups.find((g) => g.code === code)!;
    const members = groupMembers(group.members, directory.units);
    expect(members).toHaveLength(count);
    expect(new Set(members).size).toBe(count);
    for (const m of members) expect(byCode.has(m)).toBe(true);
  });

  it('"VKSND các cấp" is every procuracy except the root', () => {
    const group = directory.groups.find((g) => g.name === 'VKSND các cấp')!;
    const members = groupMembers(group.members, directory.units);
    const expected = directory.units
      .filter((u) => u.kind === 'vien' && u.parent !== null)
      .map((u) => u.code);
    expect(members).toEqual(expected);
    expect(members).not.toContain('VKSTC');
    expect(members).toContain('VKSH.TRA_VINH.TRA_CU');
  });

  it('"Các đơn vị thuộc VKSND tối cao" holds Vụ 15 and Cục 2 but no procuracy', () => {
    const group = directory.groups.find((g) => g.code === 'VKSTC_DON_VI')!;
    const names = groupMembers(group.members, directory.units).map(
      (c) => byCode.get(c)!.short_name,
    );
    expect(names).toEqual(expect.arrayContaining(['Vụ 15', 'Cục 2', 'Báo Bảo vệ pháp luật']));
    expect(names.some((n) => n.startsWith('VKSND'))).toBe(false);
  });

  it('every unit and head e-mail is under the reserved .test domain', () => {
    for (const u of directory.units) {
      for (const e of u.emails) expect(e).toMatch(/@dondoc\.test$/);
      if (u.head) expect(u.head.email).toMatch(/@dondoc\.test$/);
    }
  });
});

describe('parseDirectory on inline YAML', () => {
  it('returns parents first and fills in defaults', () => {
    const d = parseDirectory(
      doc([
        unitYaml('H1', 'T1', { level: 'huyen' }),
        unitYaml('T1', 'ROOT'),
        unitYaml('H2', 'T1', { level: 'huyen' }),
        unitYaml('ROOT', null),
      ]),
    );
    expect(d.units.map((u) => u.code)).toEqual(['ROOT', 'T1', 'H1', 'H2']);
    expect(d.units[0].aliases).toEqual([]);
    expect(d.groups).toEqual([]);
  });

  it('keeps groups and their rules', () => {
    const d = parseDirectory(
      doc(
        [unitYaml('ROOT', null), unitYaml('T1', 'ROOT')],
        [
          '  - { code: CAP_TINH, name: "Cấp tỉnh", members: { level: tinh } }',
          '  - { code: ONE, name: "Một", aliases: ["Đơn vị một"], members: { codes: [T1] } }',
        ],
      ),
    );
    expect(d.groups).toEqual([
      { code: 'CAP_TINH', name: 'Cấp tỉnh', aliases: [], members: { level: 'tinh' } },
      { code: 'ONE', name: 'Một', aliases: ['Đơn vị một'], members: { codes: ['T1'] } },
    ]);
  });

  it.each<[string, string, RegExp]>([
    [
      'a duplicate code',
      doc([
        unitYaml('ROOT', null),
        unitYaml('T1', 'ROOT'),
        unitYaml('T1', 'ROOT', { short_name: '"Khác"' }),
      ]),
      /^mã đơn vị trùng: T1$/,
    ],
    [
      'a duplicate short name',
      doc([
        unitYaml('ROOT', null),
        unitYaml('T1', 'ROOT', { short_name: '"Vụ 8"' }),
        unitYaml('T2', 'ROOT', { short_name: '"Vụ 8"' }),
      ]),
      /^tên đơn vị trùng: Vụ 8$/,
    ],
    [
      'an unknown parent',
      doc([unitYaml('ROOT', null), unitYaml('T1', 'NOWHERE')]),
      /^T1: không có đơn vị cấp trên NOWHERE$/,
    ],
    [
      'a cycle',
      doc([unitYaml('ROOT', null), unitYaml('A', 'B'), unitYaml('B', 'A')]),
      /^vòng lặp cấp trên tại (A|B)$/,
    ],
    [
      'a unit that is its own parent',
      doc([unitYaml('ROOT', null), unitYaml('A', 'A')]),
      /^vòng lặp cấp trên tại A$/,
    ],
    [
      'a longer cycle',
      doc([unitYaml('ROOT', null), unitYaml('A', 'C'), unitYaml('B', 'A'), unitYaml('C', 'B')]),
      /^vòng lặp cấp trên tại (A|B|C)$/,
    ],
    [
      'an unknown rule field',
      doc([unitYaml('ROOT', null)], ['  - { code: G, name: "Nhóm", members: { region: north } }']),
      /^groups\.0\.members: /,
    ],
    [
      'a group naming an unknown unit',
      doc(
        [unitYaml('ROOT', null)],
        ['  - { code: G, name: "Nhóm", members: { codes: [ROOT, GHOST] } }'],
      ),
      /^nhóm G: không có đơn vị GHOST$/,
    ],
    [
      'a group under an unknown parent',
      doc([unitYaml('ROOT', null)], ['  - { code: G, name: "Nhóm", members: { parent: GHOST } }']),
      /^nhóm G: không có đơn vị GHOST$/,
    ],
    ['an unknown level', doc([unitYaml('ROOT', null, { level: 'xa' })]), /^units\.0\.level: /],
    ['an unknown kind', doc([unitYaml('ROOT', null, { kind: 'toa_an' })]), /^units\.0\.kind: /],
    [
      'a lower-case code',
      doc([unitYaml('ROOT', null, { code: 'root' })]),
      /^units\.0\.code: code: chỉ gồm/,
    ],
    [
      'a bad e-mail',
      doc([unitYaml('ROOT', null, { emails: '["not-an-email"]' })]),
      /^units\.0\.emails\.0: /,
    ],
    ['no e-mail', doc([unitYaml('ROOT', null, { emails: '[]' })]), /^units\.0\.emails: /],
    [
      'a missing full name',
      doc([unitYaml('ROOT', null, { full_name: '""' })]),
      /^units\.0\.full_name: /,
    ],
    ['version 2', doc([unitYaml('ROOT', null)]).replace('version: 1', 'version: 2'), /^version: /],
    ['no units', 'version: 1\nunits: []', /^units: /],
    ['an empty file', '', /^: /],
  ])('rejects %s', (_label, yamlText, problem) => {
    const problems = problemsOf(yamlText);
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });

  it('collects several problems in one error', () => {
    const problems = problemsOf(
      doc([
        unitYaml('ROOT', null),
        unitYaml('T1', 'X'),
        unitYaml('T2', 'Y'),
        unitYaml('T2', 'ROOT'),
      ]),
    );
    expect(problems).toEqual(
      expect.arrayContaining(['mã đơn vị trùng: T2', 'T1: không có đơn vị cấp trên X']),
    );
  });
});

describe('groupMembers', () => {
  type U = Pick<DirectoryUnit, 'code' | 'level' | 'kind' | 'parent'>;
  const units: U[] = [
    { code: 'ROOT', level: 'toi_cao', kind: 'vien', parent: null },
    { code: 'TC.V8', level: 'toi_cao', kind: 'don_vi', parent: 'ROOT' },
    { code: 'TC.C2', level: 'toi_cao', kind: 'don_vi', parent: 'ROOT' },
    { code: 'CC.HN', level: 'cap_cao', kind: 'vien', parent: 'ROOT' },
    { code: 'T.A', level: 'tinh', kind: 'vien', parent: 'ROOT' },
    { code: 'T.B', level: 'tinh', kind: 'vien', parent: 'ROOT' },
    { code: 'T.A.VP', level: 'tinh', kind: 'don_vi', parent: 'T.A' },
    { code: 'H.A1', level: 'huyen', kind: 'vien', parent: 'T.A' },
    { code: 'H.A2', level: 'huyen', kind: 'vien', parent: 'T.A' },
    { code: 'H.B1', level: 'huyen', kind: 'vien', parent: 'T.B' },
  ];

  it.each<[string, MembershipRule, string[]]>([
    ['an empty rule: everyone but the root', {}, units.slice(1).map((u) => u.code)],
    ['level tinh', { level: 'tinh' }, ['T.A', 'T.B', 'T.A.VP']],
    ['level tinh, kind vien', { level: 'tinh', kind: 'vien' }, ['T.A', 'T.B']],
    ['level huyen', { level: 'huyen' }, ['H.A1', 'H.A2', 'H.B1']],
    ['level cap_cao', { level: 'cap_cao' }, ['CC.HN']],
    ['level toi_cao excludes the root', { level: 'toi_cao' }, ['TC.V8', 'TC.C2']],
    ['toi_cao procuracies: the root only, so none', { level: 'toi_cao', kind: 'vien' }, []],
    [
      'kind vien excludes the root',
      { kind: 'vien' },
      ['CC.HN', 'T.A', 'T.B', 'H.A1', 'H.A2', 'H.B1'],
    ],
    ['kind don_vi', { kind: 'don_vi' }, ['TC.V8', 'TC.C2', 'T.A.VP']],
    [
      'level_in tinh, huyen and kind vien',
      { level_in: ['tinh', 'huyen'], kind: 'vien' },
      ['T.A', 'T.B', 'H.A1', 'H.A2', 'H.B1'],
    ],
    [
      'level_in cap_cao, toi_cao',
      { level_in: ['cap_cao', 'toi_cao'] },
      ['TC.V8', 'TC.C2', 'CC.HN'],
    ],
    ['level_in empty', { level_in: [] }, []],
    ['level and level_in both apply', { level: 'tinh', level_in: ['huyen'] }, []],
    ['parent T.A', { parent: 'T.A' }, ['T.A.VP', 'H.A1', 'H.A2']],
    ['parent T.A, level huyen', { parent: 'T.A', level: 'huyen' }, ['H.A1', 'H.A2']],
    ['parent ROOT, kind don_vi', { parent: 'ROOT', kind: 'don_vi' }, ['TC.V8', 'TC.C2']],
    ['parent of nobody', { parent: 'H.B1' }, []],
    ['codes, in directory order', { codes: ['H.B1', 'TC.V8'] }, ['TC.V8', 'H.B1']],
    ['codes and other fields both apply', { codes: ['T.A', 'H.A1'], level: 'huyen' }, ['H.A1']],
    ['codes naming the root or nobody', { codes: ['ROOT', 'NOPE', 'T.B'] }, ['T.B']],
    ['empty codes', { codes: [] }, []],
  ])('%s', (_label, rule, expected) => {
    expect(groupMembers(rule, units)).toEqual(expected);
  });

  it('returns a copy of a codes list', () => {
    const rule: MembershipRule = { codes: ['T.A'] };
    groupMembers(rule, units).push('T.B');
    expect(rule.codes).toEqual(['T.A']);
  });

  it('never includes a root, whatever the rule', () => {
    const rules: MembershipRule[] = [
      {},
      { level: 'toi_cao' },
      { kind: 'vien' },
      { level_in: ['toi_cao', 'cap_cao', 'tinh', 'huyen'] },
      { codes: ['ROOT'] },
    ];
    for (const rule of rules) expect(groupMembers(rule, units)).not.toContain('ROOT');
  });
});
