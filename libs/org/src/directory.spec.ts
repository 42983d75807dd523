import { readFileSync } from 'node:fs';
import {
  Directory,
  DirectoryError,
  DirectoryProblem,
  DirectoryUnit,
  MembershipRule,
  VKSND_DIRECTORY_PATH,
  checkUnit,
  describeProblem,
  formatPath,
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

function problemsOf(yamlText: string): DirectoryProblem[] {
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

  it('has every unit active, with no successor', () => {
    for (const u of directory.units) {
      expect([u.active_from, u.active_to, u.replaced_by]).toEqual([null, null, null]);
    }
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
    expect(d.units[0]).toEqual({
      code: 'ROOT',
      short_name: 'Đơn vị ROOT',
      full_name: 'Đơn vị ROOT',
      level: 'toi_cao',
      kind: 'vien',
      parent: null,
      aliases: [],
      emails: ['root@dondoc.test'],
      head: null,
      active_from: null,
      active_to: null,
      replaced_by: null,
    });
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

  it('reads active dates, quoted or not, and the unit that took over', () => {
    const d = parseDirectory(
      doc([
        unitYaml('ROOT', null),
        unitYaml('NEW', 'ROOT', { active_from: '2025-07-01' }),
        unitYaml('OLD', 'ROOT', { active_to: '"2025-07-01"', replaced_by: 'NEW' }),
      ]),
    );
    const byCode = new Map(d.units.map((u) => [u.code, u]));
    expect(byCode.get('NEW')).toMatchObject({ active_from: '2025-07-01', active_to: null });
    expect(byCode.get('OLD')).toMatchObject({
      active_from: null,
      active_to: '2025-07-01',
      replaced_by: 'NEW',
    });
  });

  it('reads a date a YAML 1.1 file turns into a timestamp as the day written', () => {
    const d = parseDirectory(
      `%YAML 1.1\n---\n${doc([unitYaml('ROOT', null), unitYaml('A', 'ROOT', { active_from: '2025-07-01' })])}`,
    );
    expect(d.units[1].active_from).toBe('2025-07-01');
  });

  it('accepts a unit that ends the day it starts (it never was active)', () => {
    const d = parseDirectory(
      doc([
        unitYaml('ROOT', null),
        unitYaml('A', 'ROOT', { active_from: '2025-07-01', active_to: '2025-07-01' }),
      ]),
    );
    expect(d.units[1]).toMatchObject({ active_from: '2025-07-01', active_to: '2025-07-01' });
  });

  it('accepts units of an ended parent that end with it or before', () => {
    expect(() =>
      parseDirectory(
        doc([
          unitYaml('ROOT', null),
          unitYaml('T', 'ROOT', { active_to: '2025-07-01' }),
          unitYaml('H1', 'T', { level: 'huyen', active_to: '2025-07-01' }),
          unitYaml('H2', 'T', { level: 'huyen', active_to: '2024-01-01' }),
        ]),
      ),
    ).not.toThrow();
  });

  // Units sit on lines 3, 4, 5, … (after "version: 1" and "units:").
  it.each<[string, string, string, number | null, RegExp]>([
    [
      'a duplicate code',
      doc([
        unitYaml('ROOT', null),
        unitYaml('T1', 'ROOT'),
        unitYaml('T1', 'ROOT', { short_name: '"Khác"' }),
      ]),
      'units[2].code',
      5,
      /^dòng 5, đơn vị T1: mã đơn vị trùng: T1$/,
    ],
    [
      'a duplicate short name',
      doc([
        unitYaml('ROOT', null),
        unitYaml('T1', 'ROOT', { short_name: '"Vụ 8"' }),
        unitYaml('T2', 'ROOT', { short_name: '"Vụ 8"' }),
      ]),
      'units[2].short_name',
      5,
      /^dòng 5, đơn vị T2: tên đơn vị trùng: Vụ 8 \(đã dùng cho T1\)$/,
    ],
    [
      'an unknown parent',
      doc([unitYaml('ROOT', null), unitYaml('T1', 'NOWHERE')]),
      'units[1].parent',
      4,
      /^dòng 4, đơn vị T1: không có đơn vị cấp trên "NOWHERE" trong danh bạ$/,
    ],
    [
      'a cycle',
      doc([unitYaml('ROOT', null), unitYaml('A', 'B'), unitYaml('B', 'A')]),
      'units[1].parent',
      4,
      /^dòng 4, đơn vị A: vòng lặp cấp trên: A → B → A$/,
    ],
    [
      'a unit that is its own parent',
      doc([unitYaml('ROOT', null), unitYaml('A', 'A')]),
      'units[1].parent',
      4,
      /^dòng 4, đơn vị A: vòng lặp cấp trên: A → A$/,
    ],
    [
      'a longer cycle',
      doc([unitYaml('ROOT', null), unitYaml('A', 'C'), unitYaml('B', 'A'), unitYaml('C', 'B')]),
      'units[1].parent',
      4,
      /^dòng 4, đơn vị A: vòng lặp cấp trên: A → C → B → A$/,
    ],
    [
      'a second root',
      doc([unitYaml('ROOT', null), unitYaml('OTHER', null)]),
      'units[1].parent',
      4,
      /^dòng 4, đơn vị OTHER: chỉ được có một đơn vị gốc \(parent: null\); đã có ROOT$/,
    ],
    [
      'no root at all',
      doc([unitYaml('A', 'B'), unitYaml('B', 'A')]),
      'units',
      3,
      /^dòng 3: không có đơn vị gốc \(parent: null\)$/,
    ],
    [
      'an unknown rule field',
      doc([unitYaml('ROOT', null)], ['  - { code: G, name: "Nhóm", members: { region: north } }']),
      'groups[0].members.region',
      5,
      /^dòng 5, nhóm G: trường không được hỗ trợ: region$/,
    ],
    [
      'a group naming an unknown unit',
      doc(
        [unitYaml('ROOT', null)],
        ['  - { code: G, name: "Nhóm", members: { codes: [ROOT, GHOST] } }'],
      ),
      'groups[0].members.codes[1]',
      5,
      /^dòng 5, nhóm G: không có đơn vị "GHOST" trong danh bạ$/,
    ],
    [
      'a group under an unknown parent',
      doc([unitYaml('ROOT', null)], ['  - { code: G, name: "Nhóm", members: { parent: GHOST } }']),
      'groups[0].members.parent',
      5,
      /^dòng 5, nhóm G: không có đơn vị "GHOST" trong danh bạ$/,
    ],
    [
      'a group with an unknown level',
      doc([unitYaml('ROOT', null)], ['  - { code: G, name: "Nhóm", members: { level: xa } }']),
      'groups[0].members.level',
      5,
      /^dòng 5, nhóm G: cấp \(level\) "xa" không hợp lệ; phải là một trong: toi_cao, cap_cao, tinh, huyen$/,
    ],
    [
      'a duplicate group code',
      doc(
        [unitYaml('ROOT', null)],
        [
          '  - { code: G, name: "Nhóm 1", members: {} }',
          '  - { code: G, name: "Nhóm 2", members: {} }',
        ],
      ),
      'groups[1].code',
      6,
      /^dòng 6, nhóm G: mã nhóm trùng: G$/,
    ],
    [
      'a duplicate group name',
      doc(
        [unitYaml('ROOT', null)],
        [
          '  - { code: G1, name: "Nhóm", members: {} }',
          '  - { code: G2, name: "Nhóm", members: {} }',
        ],
      ),
      'groups[1].name',
      6,
      /^dòng 6, nhóm G2: tên nhóm trùng: Nhóm$/,
    ],
    [
      'a group code that is a unit code',
      doc([unitYaml('ROOT', null)], ['  - { code: ROOT, name: "Nhóm", members: {} }']),
      'groups[0].code',
      5,
      /^dòng 5, nhóm ROOT: mã nhóm trùng với mã đơn vị ROOT$/,
    ],
    [
      'an unknown level',
      doc([unitYaml('ROOT', null, { level: 'xa' })]),
      'units[0].level',
      3,
      /^dòng 3, đơn vị ROOT: cấp \(level\) "xa" không hợp lệ; phải là một trong: toi_cao, cap_cao, tinh, huyen$/,
    ],
    [
      'an unknown kind',
      doc([unitYaml('ROOT', null, { kind: 'toa_an' })]),
      'units[0].kind',
      3,
      /^dòng 3, đơn vị ROOT: loại \(kind\) "toa_an" không hợp lệ; phải là một trong: vien, don_vi$/,
    ],
    [
      'a lower-case code',
      doc([unitYaml('ROOT', null, { code: 'root' })]),
      'units[0].code',
      3,
      /^dòng 3, đơn vị root: mã \(code\) "root": mã chỉ gồm chữ in hoa ASCII/,
    ],
    [
      'a code YAML reads as a number',
      doc([unitYaml('ROOT', null), unitYaml('2021', 'ROOT')]),
      'units[1].code',
      4,
      /^dòng 4, đơn vị thứ 2: mã \(code\) phải là chuỗi ký tự, không phải "2021"$/,
    ],
    [
      'a bad e-mail',
      doc([unitYaml('ROOT', null, { emails: '["not-an-email"]' })]),
      'units[0].emails[0]',
      3,
      /^dòng 3, đơn vị ROOT: phần tử 1 của email \(emails\) "not-an-email" không phải địa chỉ email hợp lệ$/,
    ],
    [
      'no e-mail',
      doc([unitYaml('ROOT', null, { emails: '[]' })]),
      'units[0].emails',
      3,
      /^dòng 3, đơn vị ROOT: email \(emails\) phải có ít nhất 1 phần tử$/,
    ],
    [
      'an empty full name',
      doc([unitYaml('ROOT', null, { full_name: '""' })]),
      'units[0].full_name',
      3,
      /^dòng 3, đơn vị ROOT: tên đầy đủ \(full_name\) không được để trống$/,
    ],
    [
      'a missing full name',
      'version: 1\nunits:\n  - code: ROOT\n    short_name: "Gốc"\n    level: toi_cao\n    kind: vien\n    parent: null\n    emails: ["a@dondoc.test"]',
      'units[0].full_name',
      3,
      /^dòng 3, đơn vị ROOT: thiếu tên đầy đủ \(full_name\)$/,
    ],
    [
      'a missing parent',
      'version: 1\nunits:\n  - code: ROOT\n    short_name: "Gốc"\n    full_name: "Gốc"\n    level: toi_cao\n    kind: vien\n    emails: ["a@dondoc.test"]',
      'units[0].parent',
      3,
      /^dòng 3, đơn vị ROOT: thiếu đơn vị cấp trên \(parent\)$/,
    ],
    [
      'a null short name',
      doc([unitYaml('ROOT', null, { short_name: 'null' })]),
      'units[0].short_name',
      3,
      /^dòng 3, đơn vị ROOT: tên ngắn \(short_name\) không được để trống \(null\)$/,
    ],
    [
      'a field the format does not have',
      'version: 1\nunits:\n  - code: ROOT\n    short_name: "Gốc"\n    full_name: "Gốc"\n    level: toi_cao\n    kind: vien\n    parent: null\n    emails: ["a@dondoc.test"]\n    alias: ["typo"]',
      'units[0].alias',
      10,
      /^dòng 10, đơn vị ROOT: trường không được hỗ trợ: alias$/,
    ],
    [
      'aliases that are not a list',
      doc([unitYaml('ROOT', null, { aliases: '"Gốc"' })]),
      'units[0].aliases',
      3,
      /^dòng 3, đơn vị ROOT: tên gọi khác \(aliases\) phải là danh sách \[\.\.\.\], không phải "Gốc"$/,
    ],
    [
      'a head without an e-mail',
      doc([unitYaml('ROOT', null, { head: '{ title: "Viện trưởng" }' })]),
      'units[0].head.email',
      3,
      /^dòng 3, đơn vị ROOT: thiếu email \(email\)$/,
    ],
    [
      'a name holding NUL',
      doc([unitYaml('ROOT', null, { short_name: '"Gốc\\0"' })]),
      'units[0].short_name',
      3,
      /^dòng 3, đơn vị ROOT: tên ngắn \(short_name\) "Gốc.": chứa ký tự không lưu được/,
    ],
    [
      'a name too long',
      doc([unitYaml('ROOT', null, { full_name: `"${'x'.repeat(301)}"` })]),
      'units[0].full_name',
      3,
      /^dòng 3, đơn vị ROOT: tên đầy đủ \(full_name\) dài quá 300 ký tự$/,
    ],
    [
      'a date that is not a date',
      doc([unitYaml('ROOT', null), unitYaml('A', 'ROOT', { active_from: '1/7/2025' })]),
      'units[1].active_from',
      4,
      /^dòng 4, đơn vị A: ngày bắt đầu hoạt động \(active_from\) "1\/7\/2025": phải là ngày dạng YYYY-MM-DD/,
    ],
    [
      'a day that does not exist',
      doc([unitYaml('ROOT', null), unitYaml('A', 'ROOT', { active_to: '2025-02-30' })]),
      'units[1].active_to',
      4,
      /^dòng 4, đơn vị A: ngày ngừng hoạt động \(active_to\) "2025-02-30": phải là ngày/,
    ],
    [
      'an end before the start',
      doc([
        unitYaml('ROOT', null),
        unitYaml('A', 'ROOT', { active_from: '2025-07-01', active_to: '2025-06-30' }),
      ]),
      'units[1].active_to',
      4,
      /^dòng 4, đơn vị A: ngày ngừng hoạt động \(active_to\) 2025-06-30 trước ngày bắt đầu hoạt động \(active_from\) 2025-07-01$/,
    ],
    [
      'a successor that is not in the file',
      doc([
        unitYaml('ROOT', null),
        unitYaml('A', 'ROOT', { active_to: '2025-07-01', replaced_by: 'GHOST' }),
      ]),
      'units[1].replaced_by',
      4,
      /^dòng 4, đơn vị A: không có đơn vị thay thế "GHOST" trong danh bạ$/,
    ],
    [
      'a unit replaced by itself',
      doc([
        unitYaml('ROOT', null),
        unitYaml('A', 'ROOT', { active_to: '2025-07-01', replaced_by: 'A' }),
      ]),
      'units[1].replaced_by',
      4,
      /^dòng 4, đơn vị A: đơn vị không thể được thay thế bởi chính nó$/,
    ],
    [
      'a successor for a unit still active',
      doc([unitYaml('ROOT', null), unitYaml('A', 'ROOT', { replaced_by: 'ROOT' })]),
      'units[1].replaced_by',
      4,
      /^dòng 4, đơn vị A: đơn vị đã có đơn vị thay thế \(replaced_by\) phải có ngày ngừng hoạt động \(active_to\)$/,
    ],
    [
      'successors going round',
      doc([
        unitYaml('ROOT', null),
        unitYaml('A', 'ROOT', { active_to: '2025-07-01', replaced_by: 'B' }),
        unitYaml('B', 'ROOT', { active_to: '2025-07-01', replaced_by: 'A' }),
      ]),
      'units[1].replaced_by',
      4,
      /^dòng 4, đơn vị A: vòng lặp thay thế: A → B → A$/,
    ],
    [
      'a unit still active under an ended parent',
      doc([
        unitYaml('ROOT', null),
        unitYaml('T', 'ROOT', { active_to: '2025-07-01' }),
        unitYaml('H', 'T', { level: 'huyen' }),
      ]),
      'units[2].active_to',
      5,
      /^dòng 5, đơn vị H: đơn vị cấp trên T ngừng hoạt động từ ngày 2025-07-01, đơn vị này phải ngừng hoạt động cùng ngày hoặc sớm hơn$/,
    ],
    [
      'version 2',
      doc([unitYaml('ROOT', null)]).replace('version: 1', 'version: 2'),
      'version',
      1,
      /^dòng 1: phiên bản \(version\) phải là 1$/,
    ],
    [
      'no units',
      'version: 1\nunits: []',
      'units',
      2,
      /^dòng 2: danh sách đơn vị \(units\) phải có ít nhất 1 phần tử$/,
    ],
    ['an empty file', '', '', null, /^tệp trống hoặc không phải một khối "khóa: giá trị"$/],
    [
      'a list instead of a directory',
      '- a\n- b',
      '',
      1,
      /^dòng 1: tệp trống hoặc không phải một khối/,
    ],
    [
      'broken YAML',
      'version: 1\nunits:\n  - { code: ROOT, short_name: "Gốc"\n',
      '',
      4,
      /^dòng 4: thụt lề không đúng hoặc thiếu dấu đóng \] hay \} \(Flow map/,
    ],
    [
      'a key written twice',
      'version: 1\nversion: 1\nunits: []',
      '',
      2,
      /^dòng 2: một khóa xuất hiện hai lần trong cùng một khối \(Map keys must be unique\)$/,
    ],
  ])('rejects %s, naming the line and the unit', (_label, yamlText, path, line, message) => {
    const problems = problemsOf(yamlText);
    const described = problems.map(describeProblem);
    expect(described).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    const problem = problems[described.findIndex((d) => message.test(d))];
    expect(formatPath(problem.path)).toBe(path);
    expect(problem.line).toBe(line);
  });

  it('points at the line inside a block mapping', () => {
    const text = [
      'version: 1',
      'units:',
      '  - code: ROOT',
      '    short_name: "Gốc"',
      '    full_name: "Gốc"',
      '    level: toi_cao',
      '    kind: vien',
      '    parent: null',
      '    emails: ["root@dondoc.test"]',
      '  - code: T1',
      '    short_name: "Tỉnh"',
      '    full_name: "Tỉnh"',
      '    level: tinh',
      '    kind: toa_an',
      '    parent: NOWHERE',
      '    emails: ["t1@dondoc.test"]',
    ].join('\n');
    expect(problemsOf(text).map(describeProblem)).toEqual([
      'dòng 14, đơn vị T1: loại (kind) "toa_an" không hợp lệ; phải là một trong: vien, don_vi',
    ]);
    expect(problemsOf(text.replace('toa_an', 'vien')).map(describeProblem)).toEqual([
      'dòng 15, đơn vị T1: không có đơn vị cấp trên "NOWHERE" trong danh bạ',
    ]);
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
    expect(problems.map(describeProblem)).toEqual(
      expect.arrayContaining([
        'dòng 6, đơn vị T2: mã đơn vị trùng: T2',
        'dòng 4, đơn vị T1: không có đơn vị cấp trên "X" trong danh bạ',
        'dòng 5, đơn vị T2: không có đơn vị cấp trên "Y" trong danh bạ',
      ]),
    );
  });

  it('says how many problems it did not spell out', () => {
    const units = [unitYaml('ROOT', null)];
    for (let i = 0; i < 8; i++) units.push(unitYaml(`T${i}`, 'NOWHERE'));
    try {
      parseDirectory(doc(units));
      throw new Error('accepted');
    } catch (e) {
      expect((e as DirectoryError).problems).toHaveLength(8);
      expect((e as Error).message).toMatch(/; và 3 lỗi khác$/);
      expect((e as Error).message.split('không có đơn vị cấp trên')).toHaveLength(6);
    }
  });
});

describe('checkUnit', () => {
  const valid = {
    code: 'T1',
    short_name: 'Tỉnh 1',
    full_name: 'Tỉnh 1',
    level: 'tinh',
    kind: 'vien',
    parent: 'ROOT',
    emails: ['t1@dondoc.test'],
  };

  it('fills in defaults for a valid unit', () => {
    expect(checkUnit(valid)).toEqual({
      unit: {
        ...valid,
        aliases: [],
        head: null,
        active_from: null,
        active_to: null,
        replaced_by: null,
      },
      problems: [],
    });
  });

  it('names each field at fault, within the unit', () => {
    const { unit, problems } = checkUnit({
      ...valid,
      code: 'bad code',
      head: { title: '', email: 'x' },
    });
    expect(unit).toBeNull();
    expect(problems.map((p) => [formatPath(p.path), describeProblem(p)])).toEqual([
      ['code', expect.stringMatching(/^đơn vị bad code: mã \(code\) "bad code": mã chỉ gồm/)],
      ['head.title', 'đơn vị bad code: chức danh (title) không được để trống'],
      ['head.email', 'đơn vị bad code: email (email) "x" không phải địa chỉ email hợp lệ'],
    ]);
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

  it.each<[string, string[]]>([
    ['2025-06-30', ['T.A', 'T.B']],
    ['2025-07-01', ['T.A', 'T.NEW']],
    ['2030-01-01', ['T.A', 'T.NEW']],
  ])('on %s, only the units active that day', (day, expected) => {
    const dated = [
      ...units,
      { code: 'T.NEW', level: 'tinh', kind: 'vien', parent: 'ROOT', active_from: '2025-07-01' },
    ].map((u) =>
      u.code === 'T.B' ? { ...u, active_to: '2025-07-01', active_from: null } : u,
    ) as Parameters<typeof groupMembers>[1];
    expect(groupMembers({ level: 'tinh', kind: 'vien' }, dated, day)).toEqual(expected);
    // Without a day, dates do not matter.
    expect(groupMembers({ level: 'tinh', kind: 'vien' }, dated)).toEqual(['T.A', 'T.B', 'T.NEW']);
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
