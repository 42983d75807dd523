import { tokenize } from './tokens';
import { UnitResolver, nameKey } from './unit-resolver';
import { directory, resolver } from './test-directory';

describe('UnitResolver.resolve on the shipped directory', () => {
  it.each<[string, string, string]>([
    // short names, aliases, "VKSND tối cao" suffixes in every spelling
    ['Vụ 15', 'unit', 'Vụ 15'],
    ['Vụ 8 VKSND tối cao', 'unit', 'Vụ 8'],
    ['Vụ 8, Viện kiểm sát nhân dân tối cao', 'unit', 'Vụ 8'],
    ['Vụ 8 của VKSND tối cao', 'unit', 'Vụ 8'],
    ['Vụ 10 VKSTC', 'unit', 'Vụ 10'],
    ['Cục 2 Viện KSND tối cao', 'unit', 'Cục 2'],
    ['Vụ Tổ chức cán bộ', 'unit', 'Vụ 15'],
    ['Cơ quan điều tra VKSND tối cao', 'unit', 'Cơ quan điều tra VKSND tối cao'],
    ['CQĐT VKSNDTC', 'unit', 'Cơ quan điều tra VKSND tối cao'],
    ['Báo Bảo vệ pháp luật', 'unit', 'Báo Bảo vệ pháp luật'],
    ['Cục Kế hoạch – Tài chính', 'unit', 'Cục Kế hoạch - Tài chính'],
    ['Viện kiểm sát nhân dân tối cao', 'unit', 'VKSND tối cao'],
    // missing diacritics, odd case and spacing
    ['Vu 8 VKSND toi cao', 'unit', 'Vụ 8'],
    ['vụ   15', 'unit', 'Vụ 15'],
    ['VỤ 15', 'unit', 'Vụ 15'],
    ['Co quan dieu tra Vien kiem sat nhan dan toi cao', 'unit', 'Cơ quan điều tra VKSND tối cao'],
    ['VIỆN KIỂM SÁT NHÂN DÂN TỈNH TRÀ VINH', 'unit', 'VKSND tỉnh Trà Vinh'],
    ['VKSND tinh Tra Vinh', 'unit', 'VKSND tỉnh Trà Vinh'],
    ['Viện KSND huyện Trà Cú', 'unit', 'VKSND huyện Trà Cú'],
    ['VKSND huyện Trà Cú, tỉnh Trà Vinh', 'unit', 'VKSND huyện Trà Cú'],
    ['VKSND TP. Hồ Chí Minh', 'unit', 'VKSND Thành phố Hồ Chí Minh'],
    ['VKSND tỉnh Thanh Hoá', 'unit', 'VKSND tỉnh Thanh Hóa'],
    // groups, with or without "các" and a head's title
    ['VKSND các cấp', 'group', 'VKSND các cấp'],
    ['Viện kiểm sát các cấp', 'group', 'VKSND các cấp'],
    ['Viện trưởng VKSND các cấp', 'group', 'VKSND các cấp'],
    ['các VKSND cấp cao', 'group', 'VKSND cấp cao'],
    ['Viện trưởng VKSND cấp tỉnh', 'group', 'VKSND cấp tỉnh'],
    ['Thủ trưởng các đơn vị thuộc VKSND tối cao', 'group', 'Các đơn vị thuộc VKSND tối cao'],
    ['đơn vị thuộc VKSND tối cao', 'group', 'Các đơn vị thuộc VKSND tối cao'],
    ['Viện kiểm sát nhân dân các địa phương', 'group', 'VKSND các địa phương'],
    ['các đơn vị nghiệp vụ của VKSND tối cao', 'group', 'Các đơn vị nghiệp vụ'],
    [
      'VKSND các huyện, thị xã, thành phố thuộc tỉnh Trà Vinh',
      'group',
      'VKSND cấp huyện thuộc tỉnh Trà Vinh',
    ],
    // bodies outside the procuracy, in their official spelling
    ['Bộ Thông tin và truyền thông', 'external', 'Bộ Thông tin và Truyền thông'],
    ['Đài truyền hình Việt Nam', 'external', 'Đài Truyền hình Việt Nam'],
    ['Bo Cong an', 'external', 'Bộ Công an'],
  ])('%s → %s %s', (written, kind, name) => {
    const ref = resolver.resolve(written);
    expect([ref?.kind, ref?.name]).toEqual([kind, name]);
  });

  it.each([
    ['an unknown body', 'Ban Tuyên giáo các cấp'],
    ['a procuracy the directory lacks', 'VKSND quận Ba Đình'],
    ['a bare "Viện kiểm sát" (the parser reads it in context)', 'Viện kiểm sát'],
    ['a role', 'Phó Viện trưởng VKSND tối cao'],
    ['a longer name', 'Vụ 8 Bộ Công an'],
    ['nothing', ''],
  ])('%s stays unresolved: "%s"', (_label, written) => {
    expect(resolver.resolve(written)).toBeNull();
  });

  it('finds names in running text, longest first', () => {
    const text = 'Vụ 7, Vụ 9, Vụ 10 VKSND tối cao phối hợp chặt chẽ với các VKSND cấp cao';
    const tokens = tokenize(text);
    const found = resolver
      .mentions(tokens)
      .map((m) => [text.slice(tokens[m.from].start, tokens[m.to - 1].end), m.ref.name]);
    expect(found).toEqual([
      ['Vụ 7', 'Vụ 7'],
      ['Vụ 9', 'Vụ 9'],
      ['Vụ 10 VKSND tối cao', 'Vụ 10'],
      ['các VKSND cấp cao', 'VKSND cấp cao'], // "Các VKSND cấp cao" is an alias
    ]);
  });

  it('does not take the start of a longer, unknown name for a unit', () => {
    const tokens = tokenize('Văn phòng Bộ Tư pháp phối hợp');
    expect(resolver.mentions(tokens).map((m) => m.ref.name)).toEqual(['Bộ Tư pháp']);
  });

  it('knows the root and the system-wide group', () => {
    expect(resolver.rootUnit).toMatchObject({ kind: 'unit', name: 'VKSND tối cao', root: true });
    expect(resolver.systemGroup).toMatchObject({ kind: 'group', name: 'VKSND các cấp' });
  });

  it('works on any directory, outside bodies optional', () => {
    const tiny = new UnitResolver(
      {
        units: [
          { code: 'R', short_name: 'Sở X', full_name: 'Sở X', aliases: [], parent: null },
          {
            code: 'P',
            short_name: 'Phòng 1',
            full_name: 'Phòng Một',
            aliases: ['P1'],
            parent: 'R',
          },
        ],
        groups: [],
      },
      [],
    );
    expect(tiny.resolve('phong mot')?.name).toBe('Phòng 1');
    expect(tiny.resolve('Phòng 1 Sở X')?.name).toBe('Phòng 1');
    expect(tiny.resolve('Bộ Công an')).toBeNull();
    expect(tiny.systemGroup).toBeNull();
    expect(directory.units.length).toBeGreaterThan(100);
  });
});

describe('nameKey', () => {
  it.each([
    ['Viện kiểm sát nhân dân tối cao', 'vksnd toi cao'],
    ['VKSTC', 'vksnd toi cao'],
    ['Viện KSND tỉnh Bà Rịa – Vũng Tàu', 'vksnd tinh ba ria vung tau'],
    ['VKSND TP.HCM', 'vksnd thanh pho ho chi minh'],
    ['Cục THADS', 'cuc thi hanh an dan su'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});
