import { labelItems, markerOf } from './items';
import { MappedText } from './mapped-text';

describe('markerOf: every bullet style', () => {
  it.each<[string, string, string, string]>([
    ['1. Vụ 15 chủ trì', 'number', '1', 'Vụ 15 chủ trì'],
    ['1.Vụ 15 chủ trì', 'number', '1', 'Vụ 15 chủ trì'],
    ['12) Vụ 15 chủ trì', 'number', '12', 'Vụ 15 chủ trì'],
    ['4.2. Vụ 8 theo dõi', 'number', '4.2', 'Vụ 8 theo dõi'],
    ['4.2 Vụ 8 theo dõi', 'number', '4.2', 'Vụ 8 theo dõi'],
    ['2.1.3. Cục 2 thống kê', 'number', '2.1.3', 'Cục 2 thống kê'],
    ['II. NHIỆM VỤ', 'section', 'II', 'NHIỆM VỤ'],
    ['IV- TỔ CHỨC THỰC HIỆN', 'section', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['a) Vụ 7 tổng hợp', 'letter', 'a', 'Vụ 7 tổng hợp'],
    ['đ) Vụ 7 tổng hợp', 'letter', 'đ', 'Vụ 7 tổng hợp'],
    ['b. Vụ 9 tổng hợp', 'letter', 'b', 'Vụ 9 tổng hợp'],
    ['Điều 3. Chánh Văn phòng', 'article', '3', 'Chánh Văn phòng'],
    ['- Viện kiểm sát các cấp', 'bullet', '', 'Viện kiểm sát các cấp'],
    ['– Viện kiểm sát các cấp', 'bullet', '', 'Viện kiểm sát các cấp'],
    ['+ Vụ 7 tổng hợp', 'bullet', '', 'Vụ 7 tổng hợp'],
    ['• Vụ 7 tổng hợp', 'bullet', '', 'Vụ 7 tổng hợp'],
    ['* Vụ 7 tổng hợp', 'bullet', '', 'Vụ 7 tổng hợp'],
    ['-Vụ 7 tổng hợp', 'bullet', '', 'Vụ 7 tổng hợp'],
  ])('%s → %s %s', (text, kind, value, rest) => {
    const m = markerOf(text);
    expect([m.kind, m.value, text.slice(m.length)]).toEqual([kind, value, rest]);
  });

  it.each([
    ['a count', '10.967 việc đã thi hành xong'],
    ['a date', '20/7/2021 Hội nghị'],
    ['a date with dots', '20.7.2021 Hội nghị'],
    ['a year', '2021 là năm bản lề'],
    ['a negative number', '-19 độ'],
    ['a word', 'Viện kiểm sát các cấp'],
  ])('%s is no marker: "%s"', (_label, text) => {
    expect(markerOf(text).kind).toBe('none');
  });
});

describe('labelItems', () => {
  const label = (texts: string[]) => {
    const { paragraphs, numbered } = labelItems(texts.map((t) => MappedText.identity(t)));
    return { numbered, items: paragraphs.map((p) => [p.item, p.marker, p.closing]) };
  };

  it('numbers items, sub-items, letters and bullets under them', () => {
    expect(
      label([
        'Căn cứ ...',
        '1. Một',
        'Đoạn tiếp của mục 1.',
        '- gạch đầu dòng',
        '+ dấu cộng',
        '• chấm tròn',
        '2. Hai',
        'a) điểm a',
        '- gạch dưới điểm a',
        'b) điểm b',
        '4.2. Bốn hai',
        'Trên đây là Kế hoạch ...',
      ]).items,
    ).toEqual([
      [null, 'none', false],
      ['1', 'number', false],
      ['1', 'none', false],
      ['1', 'bullet', false],
      ['1', 'bullet', false],
      ['1', 'bullet', false],
      ['2', 'number', false],
      ['2.a', 'letter', false],
      ['2.a', 'bullet', false],
      ['2.b', 'letter', false],
      ['4.2', 'number', false],
      [null, 'none', true],
    ]);
  });

  it('prefixes items with their section and reads articles', () => {
    expect(
      label(['I. MỤC ĐÍCH', '1. Một', 'II. NHIỆM VỤ', '1. Một', '2. Hai', 'Điều 3. Ba']).items.map(
        (x) => x[0],
      ),
    ).toEqual(['I', 'I.1', 'II', 'II.1', 'II.2', 'Điều 3']);
  });

  it('leaves a text without numbers unnumbered, even with bullets', () => {
    const { numbered, items } = label(['Đoạn một.', '- gạch', 'Đoạn hai.']);
    expect(numbered).toBe(false);
    expect(items.map((x) => x[0])).toEqual([null, null, null]);
  });
});
