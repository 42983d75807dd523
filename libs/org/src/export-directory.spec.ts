import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { Directory, VKSND_DIRECTORY_PATH, exportDirectory, parseDirectory, quoteYaml } from '.';
import { fixtureUnit } from './directory.fixture';

const shippedText = readFileSync(VKSND_DIRECTORY_PATH, 'utf8');
const shipped = parseDirectory(shippedText);

const unit = fixtureUnit;

describe('exportDirectory', () => {
  it('round-trips the shipped directory to an equal directory, in the same order', () => {
    const again = parseDirectory(exportDirectory(shipped));
    expect(again).toEqual(shipped);
    expect(again.units.map((u) => u.code)).toEqual(shipped.units.map((u) => u.code));
    expect(again.groups.map((g) => g.code)).toEqual(shipped.groups.map((g) => g.code));
  });

  it('writes the shipped directory as the shipped file does, less its comments', () => {
    const withoutComments = (text: string) =>
      text
        .split('\n')
        .filter((l) => !/^\s*#/.test(l) && l.trim() !== '')
        .map((l) =>
          l.replace(
            /^(\s*members: )\{ (.*) \}$/,
            (_m, p, body: string) => `${p}${body.split(', ').sort().join(', ')}`,
          ),
        );
    // Rule keys may come in another order; everything else is line for line.
    expect(withoutComments(exportDirectory(shipped))).toEqual(withoutComments(shippedText));
  });

  it('is a fixed point: exporting what it exported gives the same text', () => {
    const once = exportDirectory(shipped, ['Xuất thử']);
    expect(exportDirectory(parseDirectory(once), ['Xuất thử'])).toBe(once);
  });

  it('starts with the comments given, one per line', () => {
    const text = exportDirectory(shipped, ['Danh bạ thử', 'hai dòng\ntrong một', 'ba\r\nbốn']);
    expect(text.split('\n').slice(0, 7)).toEqual([
      '# Danh bạ thử',
      '# hai dòng',
      '# trong một',
      '# ba',
      '# bốn',
      'version: 1',
      'units:',
    ]);
  });

  it('writes active dates and the successor only when a unit has them', () => {
    const dir: Directory = {
      units: [
        unit('ROOT', null),
        unit('NEW', 'ROOT', { active_from: '2025-07-01' }),
        unit('OLD', 'ROOT', { active_to: '2025-07-01', replaced_by: 'NEW' }),
      ],
      groups: [],
    };
    const text = exportDirectory(dir);
    expect(text).toContain('    active_from: "2025-07-01"\n');
    expect(text).toContain('    active_to: "2025-07-01"\n    replaced_by: NEW\n');
    expect(text.match(/active_/g)).toHaveLength(2);
    expect(text.endsWith('groups: []\n')).toBe(true);
    expect(parseDirectory(text)).toEqual(dir);
  });

  it('writes a unit without a head as head: null', () => {
    const dir: Directory = { units: [unit('ROOT', null)], groups: [] };
    expect(exportDirectory(dir)).toContain('    head: null\n');
    expect(parseDirectory(exportDirectory(dir))).toEqual(dir);
  });

  it.each(['NULL', 'TRUE', 'FALSE', '.NAN', '2021', '1E5', '1.5', '.INF', '-1', '.5', '-', '...'])(
    'quotes the code %s, which YAML would not read as text',
    (code) => {
      const dir: Directory = {
        units: [unit('ROOT', null), unit(code, 'ROOT')],
        groups: [
          { code: 'G', name: 'Nhóm', aliases: [], members: { codes: [code], parent: 'ROOT' } },
        ],
      };
      const text = exportDirectory(dir);
      expect(text).toContain(`  - code: "${code}"\n`);
      expect(parseDirectory(text)).toEqual(dir);
    },
  );

  it('keeps ordinary codes plain', () => {
    const dir: Directory = {
      units: [unit('ROOT', null), unit('NAN', 'ROOT'), unit('0X1F', 'ROOT')],
      groups: [],
    };
    expect(exportDirectory(dir)).toContain('  - code: NAN\n');
    expect(exportDirectory(dir)).toContain('  - code: 0X1F\n');
    expect(parseDirectory(exportDirectory(dir))).toEqual(dir);
    const text = exportDirectory(shipped);
    expect(text).toContain('  - code: VKSH.TRA_VINH.TRA_CU\n');
    expect(text).toContain('    parent: VKST.TRA_VINH\n');
    expect(text).toContain('members: { codes: [VKSTC.T2, VKSTC.T3] }');
  });

  it('writes every rule field', () => {
    const dir: Directory = {
      units: [unit('ROOT', null), unit('T', 'ROOT')],
      groups: [
        {
          code: 'ALL',
          name: 'Tất cả',
          aliases: ['Mọi đơn vị', 'Cả "ngành"'],
          members: {
            parent: 'ROOT',
            level: 'tinh',
            level_in: ['tinh', 'huyen'],
            kind: 'vien',
            codes: ['T'],
          },
        },
        { code: 'EVERYONE', name: 'Mọi người', aliases: [], members: {} },
      ],
    };
    const text = exportDirectory(dir);
    expect(text).toContain(
      '    members: { parent: ROOT, level: tinh, level_in: [tinh, huyen], kind: vien, codes: [T] }\n',
    );
    expect(text).toContain('    members: {}\n');
    expect(parseDirectory(text)).toEqual(dir);
  });

  it.each([
    'Vụ "Thực hành" quyền công tố',
    'đường dẫn C:\\thư mục\\tệp',
    'a: b # không phải chú thích',
    '- bắt đầu bằng gạch',
    '  khoảng trắng đầu và cuối  ',
    'xuống\ndòng',
    'tab\tở giữa',
    'CR\rgiữa',
    'NEL\u0085 và LS\u2028 và PS\u2029',
    'BOM\ufeff giữa',
    'điều khiển \u0001\u001f\u007f\u0080\u009f',
    'ngoài BMP 𝒱𝒦𝒮 😀',
    "nháy đơn ' và `backtick`",
    '{ giống: flow }',
    '[1, 2]',
    'null',
    '~',
    '&neo *bí_danh',
    '!thẻ',
    '%chỉ thị',
    '@ và `',
    'ký tự \\u0041 viết tay',
  ])('round-trips the text %j', (s) => {
    expect(parse(quoteYaml(s))).toBe(s);
    const dir: Directory = {
      units: [
        unit('ROOT', null, {
          short_name: s,
          full_name: s,
          aliases: [s],
          head: { title: s, email: 'a@dondoc.test' },
        }),
      ],
      groups: [{ code: 'G', name: s, aliases: [s], members: {} }],
    };
    expect(parseDirectory(exportDirectory(dir))).toEqual(dir);
  });

  // What PostgreSQL text can hold: no NUL, no half of a UTF-16 pair.
  const storable = (s: string) =>
    s.length > 0 &&
    !s.includes('\u0000') &&
    !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

  it('round-trips any text a name can hold', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }).filter(storable),
        fc.string({ unit: 'grapheme', maxLength: 40 }).filter(storable),
        (a, b) => {
          expect(parse(quoteYaml(a))).toBe(a);
          const dir: Directory = {
            units: [
              unit('ROOT', null, { short_name: a, full_name: b, aliases: [a, b] }),
              unit('T', 'ROOT', { short_name: `${a}·`, full_name: a }),
            ],
            groups: [{ code: 'G', name: b, aliases: [a], members: { level: 'tinh' } }],
          };
          expect(parseDirectory(exportDirectory(dir))).toEqual(dir);
        },
      ),
      { numRuns: 300 },
    );
  });
});
