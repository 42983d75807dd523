import { parseDirective } from './parse-directive';
import { directory, resolver } from './test-directory';

/** A one-item notice of VKSND tối cao dated 15/6/2021 around `body`. */
const notice = (body: string) =>
  `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 10/TB-VKSTC\nHà Nội, ngày 15 tháng 6 năm 2021\n\nTHÔNG BÁO\nKết luận của Viện trưởng\n\n${body}\n`;
const tasksOf = (body: string) =>
  parseDirective(notice(body), directory, { resolver }).tasks.map((t) => [
    t.lead_units,
    t.coordinating_units,
  ]);

describe('who is responsible, sentence by sentence', () => {
  it.each<[string, string, [string[], string[]][]]>([
    ['"Giao X ..."', '1. Giao Vụ 15 tham mưu lãnh đạo Viện.', [[['Vụ 15'], []]]],
    ['"Giao cho X ..."', '1. Giao cho Cục 2 xây dựng phần mềm.', [[['Cục 2'], []]]],
    [
      '"X chủ trì, phối hợp với Y"',
      '1. Vụ 7 chủ trì, phối hợp với Vụ 1, Vụ 2 và Văn phòng tổng hợp báo cáo.',
      [[['Vụ 7'], ['Vụ 1', 'Vụ 2', 'Văn phòng']]],
    ],
    [
      '"Giao X chủ trì, Y phối hợp"',
      '1. Giao Văn phòng chủ trì, Cục Kế hoạch - Tài chính phối hợp bảo đảm kinh phí.',
      [[['Văn phòng'], ['Cục Kế hoạch - Tài chính']]],
    ],
    [
      '"X chủ trì, Y và Z phối hợp thực hiện"',
      '1. Vụ 14 chủ trì, Vụ 8 và Vụ 9 phối hợp thực hiện.',
      [[['Vụ 14'], ['Vụ 8', 'Vụ 9']]],
    ],
    [
      'a list of units with a shared suffix',
      '1. Vụ 7, Vụ 9, Vụ 10 VKSND tối cao phối hợp chặt chẽ với các VKSND cấp cao trong công tác.',
      [[['Vụ 7', 'Vụ 9', 'Vụ 10'], ['VKSND cấp cao']]],
    ],
    ['"X chịu trách nhiệm ..."', '1. Cục 2 chịu trách nhiệm tham mưu.', [[['Cục 2'], []]]],
    [
      '"X có trách nhiệm phối hợp với Y"',
      '1. Cơ quan điều tra VKSND tối cao có trách nhiệm phối hợp với Bộ Công an.',
      [[['Cơ quan điều tra VKSND tối cao'], ['Bộ Công an']]],
    ],
    [
      "heads' titles stand for their units",
      '1. Chánh Văn phòng, Vụ trưởng Vụ 15, Thủ trưởng các đơn vị thuộc VKSND tối cao chịu trách nhiệm thi hành.',
      [[['Văn phòng', 'Vụ 15', 'Các đơn vị thuộc VKSND tối cao'], []]],
    ],
    [
      '"Thủ trưởng, Viện trưởng Viện kiểm sát các cấp"',
      '1. Thủ trưởng, Viện trưởng Viện kiểm sát các cấp chủ động có biện pháp phù hợp.',
      [[['VKSND các cấp'], []]],
    ],
    [
      'a deputy stays a role, as written',
      '1. Các đồng chí Phó Viện trưởng VKSND tối cao chỉ đạo các đơn vị nghiệp vụ giải quyết.',
      [[['Phó Viện trưởng VKSND tối cao'], []]],
    ],
    [
      '"Yêu cầu X ..." (X must act, not who is directed)',
      '1. Yêu cầu Viện trưởng VKSND cấp tỉnh chỉ đạo VKSND cấp huyện thực hiện.',
      [[['VKSND cấp tỉnh'], []]],
    ],
    [
      '"Đề nghị" an outside body',
      '1. Đề nghị Tòa án nhân dân tối cao phối hợp với Vụ 7 rút kinh nghiệm.',
      [[['Tòa án nhân dân tối cao'], ['Vụ 7']]],
    ],
    [
      'a leader asks',
      '1. Viện trưởng VKSND tối cao yêu cầu Vụ 11 tổng hợp, báo cáo.',
      [[['Vụ 11'], []]],
    ],
    [
      '"phối hợp, hướng dẫn Y"',
      '1. Giao Vụ 15 tham mưu, đồng thời phối hợp, hướng dẫn Viện trưởng VKSND cấp tỉnh rà soát cán bộ.',
      [[['Vụ 15'], ['VKSND cấp tỉnh']]],
    ],
    [
      '"phối hợp giữa A với B": A is the partner',
      '1. Trong quá trình thực hiện, nhiệm vụ của Viện kiểm sát phải phối hợp giữa Ban Tuyên giáo các cấp với cơ quan Nhà nước cùng cấp.',
      [[['VKSND các cấp'], ['Ban Tuyên giáo các cấp']]],
    ],
    [
      'bodies the directory lacks stay as written',
      '1. Sở Tư pháp tỉnh Trà Vinh phối hợp với các cơ quan tiến hành tố tụng cùng cấp.',
      [[['Sở Tư pháp tỉnh Trà Vinh'], ['Cơ quan tiến hành tố tụng cùng cấp']]],
    ],
    [
      '"các đơn vị ..." keeps its "Các"',
      '1. Vụ 8 chủ động phối hợp với các đơn vị liên quan.',
      [[['Vụ 8'], ['Các đơn vị liên quan']]],
    ],
    [
      'what was done is no task; its partners stay with the item',
      '1. VKSND tối cao đã phối hợp với Bộ Thông tin và truyền thông. Giao Cục 2 tham mưu.',
      [[['Cục 2'], ['Bộ Thông tin và Truyền thông']]],
    ],
    [
      'units in one sentence, then a new subject after ";"',
      '1. Các đơn vị báo chí của Ngành và Viện kiểm sát các cấp phối hợp chặt chẽ trong tuyên truyền; Báo Bảo vệ pháp luật phối hợp với Đài Truyền hình Việt Nam để xây dựng phim.',
      [
        [['Các đơn vị báo chí của Ngành', 'VKSND các cấp'], []],
        [['Báo Bảo vệ pháp luật'], ['Đài Truyền hình Việt Nam']],
      ],
    ],
    [
      'two sentences, two tasks',
      '1. Viện kiểm sát các cấp quán triệt Chỉ thị 06/CT-VKSTC. Giao Vụ 8 VKSND tối cao theo dõi, hướng dẫn.',
      [
        [['VKSND các cấp'], []],
        [['Vụ 8'], []],
      ],
    ],
    [
      'a comma before new units and their verb',
      '1. VKSND cấp huyện báo cáo VKSND cấp tỉnh, VKSND cấp tỉnh tổng hợp báo cáo Vụ 11.',
      [
        [['VKSND cấp huyện'], []],
        [['VKSND cấp tỉnh'], []],
      ],
    ],
    [
      'people and generic "các đơn vị" are no units (no task, others name units)',
      '1. Yêu cầu các đơn vị, công chức, người lao động nâng cao ý thức. 2. Vụ 8 theo dõi.',
      [[['Vụ 8'], []]],
    ],
    [
      'written without diacritics',
      '1. Giao Vu 15 chu tri, phoi hop voi Vu 8 va cac don vi lien quan xay dung de an.',
      [[['Vụ 15'], ['Vụ 8', 'Cac don vi lien quan']]],
    ],
  ])('%s', (_label, body, expected) => {
    expect(tasksOf(body.replace(/ (\d\. )/g, '\n$1'))).toEqual(expected);
  });

  it('gives a task with no lead when the text names no unit at all', () => {
    expect(tasksOf('1. Toàn Ngành thực hiện nghiêm Chỉ thị.')).toEqual([[[], []]]);
  });

  it('gives the units of an intro to the bullets under it, each with its deadline', () => {
    const parsed = parseDirective(
      notice(
        '1. Vụ 11 thực hiện các nội dung sau:\n- Xây dựng kế hoạch trước ngày 15/8/2021;\n- Tổng hợp kết quả, báo cáo trong quý IV/2021.',
      ),
      directory,
      { resolver },
    );
    expect(parsed.tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['1', ['Vụ 11'], '2021-08-14'],
      ['1', ['Vụ 11'], '2021-12-31'],
    ]);
  });

  it("gives an item's deadline to its tasks that state none", () => {
    const parsed = parseDirective(
      notice(
        '2. Chậm nhất ngày 30/9/2021:\n- Vụ 7 báo cáo kết quả xét xử;\n- Vụ 8 báo cáo kết quả thi hành án trước ngày 15/9/2021.',
      ),
      directory,
      { resolver },
    );
    expect(parsed.tasks.map((t) => [t.lead_units, t.due, t.due_phrase])).toEqual([
      [['Vụ 7'], '2021-09-30', 'Chậm nhất ngày 30/9/2021'],
      [['Vụ 8'], '2021-09-14', 'trước ngày 15/9/2021'],
    ]);
  });

  it('reads a cascade as one task: the consolidating unit, then its tiers from the top down', () => {
    const parsed = parseDirective(
      notice(
        '1. VKSND cấp huyện báo cáo VKSND cấp tỉnh trước ngày 10/7; VKSND cấp tỉnh tổng hợp báo cáo Vụ 11 trước 30/7; Vụ 11 tổng hợp báo cáo lãnh đạo Viện trước ngày 20/8/2021.',
      ),
      directory,
      { resolver },
    );
    expect(parsed.tasks.map((t) => [t.lead_units, t.due])).toEqual([[['Vụ 11'], '2021-08-19']]);
    expect(parsed.tasks[0].tiers).toEqual([
      {
        level: 'Vụ 11',
        due: '2021-08-19',
        due_phrase: 'trước ngày 20/8/2021',
        reports_to: 'lãnh đạo Viện',
      },
      { level: 'VKSND cấp tỉnh', due: '2021-07-29', due_phrase: 'trước 30/7', reports_to: 'Vụ 11' },
      {
        level: 'VKSND cấp huyện',
        due: '2021-07-09',
        due_phrase: 'trước ngày 10/7',
        reports_to: 'VKSND cấp tỉnh',
      },
    ]);
  });

  it('reads a recurring task', () => {
    const parsed = parseDirective(
      notice('3. Cục 2 định kỳ hằng tháng báo cáo số liệu thống kê.'),
      directory,
      {
        resolver,
      },
    );
    expect(parsed.tasks.map((t) => [t.lead_units, t.recurrence, t.due])).toEqual([
      [['Cục 2'], 'monthly', null],
    ]);
  });

  it('lists what the directory does not hold, task by task', () => {
    const parsed = parseDirective(
      notice('1. Sở Tư pháp tỉnh Trà Vinh phối hợp với Vụ 8 và Ban Nội chính Tỉnh ủy.'),
      directory,
      { resolver },
    );
    expect(parsed.tasks[0].unresolved_units).toEqual([
      'Sở Tư pháp tỉnh Trà Vinh',
      'Ban Nội chính Tỉnh ủy',
    ]);
    expect(parsed.unresolved_units).toEqual(['Sở Tư pháp tỉnh Trà Vinh', 'Ban Nội chính Tỉnh ủy']);
  });
});
