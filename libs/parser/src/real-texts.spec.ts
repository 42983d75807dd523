import { notADirectiveReason, parseDirective } from './index';
import { directory, resolver } from './test-directory';

/**
 * The failure classes of issue 14, each in small cases cut from the kind of text that showed
 * it (the corpus in ../fixtures/corpus is scored by `npm run parse:eval`, not here).
 */
const decision = (body: string, date = 'ngày 15 tháng 6 năm 2021') =>
  `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 10/QĐ-UBND\nQuảng Trị, ${date}\n\nQUYẾT ĐỊNH\nVề việc thực hiện\n\n${body}\n`;
const read = (text: string) => parseDirective(text, directory, { resolver });
const leads = (body: string) => read(decision(body)).tasks.map((t) => t.lead_units);
const units = (body: string) =>
  read(decision(body)).tasks.map((t) => [t.lead_units, t.coordinating_units]);
const dues = (body: string) =>
  read(decision(body)).tasks.map((t) => [t.lead_units, t.due, t.due_phrase]);

describe('units first: lists of bodies before the verb', () => {
  it.each<[string, string, string[][]]>([
    [
      'commas and "và" between bodies, "theo chức năng, nhiệm vụ" before the verb',
      '1. Bộ Tài chính, Ngân hàng Nhà nước Việt Nam, Bộ Công an và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ được giao triển khai thực hiện.',
      [
        [
          'Bộ Tài chính',
          'Ngân hàng Nhà nước Việt Nam',
          'Bộ Công an',
          'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
        ],
      ],
    ],
    [
      'commas inside a known name',
      '1. Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế tổ chức tuyên truyền.',
      [['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Y tế']],
    ],
    [
      '";" between the bodies of an executing article',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các Sở, Ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      [['Văn phòng Ủy ban nhân dân tỉnh', 'Sở, Ban, ngành', 'Ủy ban nhân dân các huyện, thị xã']],
    ],
    [
      'a head shared after a colon, whole names kept',
      'Điều 2. Giám đốc các Sở, ngành: Tư pháp, Lao động, Thương binh và Xã hội, Y tế, Công an tỉnh chịu trách nhiệm thi hành Quyết định này.',
      [['Sở Tư pháp', 'Sở Lao động - Thương binh và Xã hội', 'Sở Y tế', 'Công an tỉnh']],
    ],
    [
      '"Giao các Sở: ..."',
      'Điều 2. Giao các Sở: Kế hoạch và Đầu tư, Tài chính hướng dẫn các cơ quan thực hiện.',
      [['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']],
    ],
    [
      'kinds of body as one collective addressee',
      '1. Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện.',
      [
        [
          'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
          'Sở, ban, ngành, đoàn thể tỉnh',
          'UBND các huyện, thị xã, thành phố',
        ],
      ],
    ],
    [
      'a count in the name',
      '1. Chính phủ yêu cầu 11 Bộ, cơ quan tập trung hoàn thiện các Đề án.',
      [['11 Bộ, cơ quan']],
    ],
  ])('%s', (_label, body, expected) => {
    expect(leads(body)).toEqual(expected);
  });
});

describe('words that hand a task over', () => {
  it.each<[string, string, [string[], string[]][]]>([
    [
      '"Giao: a) ...; b) ..."',
      '1. Giao: a) Phòng Tư pháp hướng dẫn các xã; b) UBND các xã báo cáo trước ngày 20/7/2021.',
      [
        [['Phòng Tư pháp'], []],
        [['UBND các xã'], []],
      ],
    ],
    ['"giao cho"', '1. Giao cho Sở Xây dựng chủ trì thực hiện.', [[['Sở Xây dựng'], []]]],
    [
      '"(X chủ trì, Y phối hợp)"',
      '1. Tổng kết công tác năm (Sở Nội vụ chủ trì, Sở Tài chính phối hợp).',
      [[['Sở Nội vụ'], ['Sở Tài chính']]],
    ],
    [
      '"yêu cầu Giám đốc Sở ..." (the head stands for the unit)',
      '1. Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương triển khai đánh giá.',
      [[['Sở Công Thương'], []]],
    ],
    [
      '"Chủ tịch UBND các huyện"',
      '1. Chủ tịch UBND các huyện chỉ đạo rà soát.',
      [[['UBND các huyện'], []]],
    ],
    [
      '"Bí thư Tỉnh ủy ..."',
      '1. Đồng chí Bí thư Tỉnh ủy Bến Tre chỉ đạo triển khai thực hiện nghiêm Công điện.',
      [[['Tỉnh ủy Bến Tre'], []]],
    ],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  it('"yêu cầu Thủ trưởng các đơn vị thuộc ..." is the group', () => {
    const d = read(
      `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 10/TB-VKSTC\nHà Nội, ngày 15 tháng 6 năm 2021\n\nTHÔNG BÁO\nKết luận\n\n1. Yêu cầu Thủ trưởng các đơn vị thuộc VKSND tối cao báo cáo kết quả.\n`,
    );
    expect(d.tasks.map((t) => t.lead_units)).toEqual([['Các đơn vị thuộc VKSND tối cao']]);
  });

  it('"các đơn vị" in a letter means its addressees', () => {
    const d = read(
      'VIỆN KIỂM SÁT NHÂN DÂN TỈNH BẾN TRE\nSố: 535/VKS-TKTP\nV/v hướng dẫn thống kê\nBến Tre, ngày 12 tháng 5 năm 2015\nKính gửi:\n- Viện KSND các huyện, thành phố;\n- Các phòng nghiệp vụ Viện KSND tỉnh.\n\n1. Các đơn vị lập biểu thống kê, gửi về Phòng Thống kê chậm nhất ngày 29/5/2015.\n',
    );
    expect(d.tasks.map((t) => [t.lead_units, t.due])).toEqual([
      [['Viện KSND các huyện, thành phố', 'Các phòng nghiệp vụ Viện KSND tỉnh'], '2015-05-29'],
    ]);
  });

  // Round 10: the labels of four real texts ("Thủ trưởng các đơn vị lập ...", "- Các đơn vị
  // gửi báo cáo ...", "Đề nghị các đơn vị ...") take the units the text asks by their plural as
  // its addressee, "Các đơn vị", where no "Kính gửi" names them.
  it('generic words are the addressee when the text asks them by their plural alone', () => {
    expect(leads('1. Đề nghị các đơn vị rà soát.')).toEqual([['Các đơn vị']]);
  });
});

describe('units outside the directory, cleanly cut', () => {
  it.each<[string, string, string[][]]>([
    [
      'a time adverb after the name',
      '1. Trung tâm Trợ giúp pháp lý nhà nước tỉnh hàng năm chỉ đạo rà soát.',
      [['Trung tâm Trợ giúp pháp lý nhà nước tỉnh']],
    ],
    [
      'a name with a dash',
      '1. Phòng Kế hoạch - Đầu tư kiểm tra, tổng hợp báo cáo.',
      [['Phòng Kế hoạch - Đầu tư']],
    ],
    [
      'a participle after the bodies',
      '1. Các đơn vị và phòng ban được phân công phải cập nhật kết quả.',
      [['Các đơn vị và phòng ban được phân công']],
    ],
    [
      'a sentence with a document number is no name',
      '1. Tổ công tác có văn bản số 3681/BC-TCT ngày 22/9/2021 báo cáo Thủ tướng; Sở Y tế chỉ đạo thực hiện.',
      [['Sở Y tế']],
    ],
  ])('%s', (_label, body, expected) => {
    expect(leads(body)).toEqual(expected);
  });

  it('resolves ministries and provincial bodies by the gazetteer, however written', () => {
    expect(
      leads('1. Bo Thong tin va truyen thong, UBND tinh Quang Tri phoi hop thuc hien.'),
    ).toEqual([['Bộ Thông tin và Truyền thông', 'Ủy ban nhân dân tỉnh Quảng Trị']]);
    expect(
      leads('1. Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân thành phố Huế triển khai.'),
    ).toEqual([['Bộ Nông nghiệp và Môi trường', 'Ủy ban nhân dân thành phố Huế']]);
  });
});

describe('deadlines in tasks', () => {
  it('gives one task per deadline', () => {
    expect(
      dues(
        '1. Các đơn vị cấp huyện: Gửi thống kê tháng 5/2021 trước 16 giờ ngày 31/5/2021, thống kê 6 tháng trước 16 giờ ngày 01/6/2021 cho Văn phòng.',
      ),
    ).toEqual([
      [['Các đơn vị cấp huyện'], '2021-05-31', 'trước 16 giờ ngày 31/5/2021'],
      [['Các đơn vị cấp huyện'], '2021-06-01', 'trước 16 giờ ngày 01/6/2021'],
    ]);
  });

  it('gives a deadline after "để <body>" to that body', () => {
    expect(
      dues(
        '1. UBND tỉnh yêu cầu UBND các huyện hoàn thiện quy hoạch; gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28/10/2021 để sở thẩm định trình UBND tỉnh trước ngày 10/11/2021.',
      ),
    ).toEqual([
      [['UBND các huyện'], '2021-10-27', 'trước ngày 28/10/2021'],
      [['Sở Tài nguyên và Môi trường'], '2021-11-09', 'trước ngày 10/11/2021'],
    ]);
  });

  it('keeps the hour in the full output', () => {
    const [t] = read(decision('1. Sở Tư pháp gửi báo cáo trước 16 giờ ngày 30/6/2021.')).tasks;
    expect([t.due, t.due_time]).toEqual(['2021-06-30', '16:00']);
  });

  it('reads "(i) X là trước ngày ...; (ii) Y là trước ngày ..."', () => {
    expect(
      dues(
        '1. Thời gian gửi báo cáo: (i) các Bộ, cơ quan ngang Bộ là trước ngày 16/6/2021; (ii) báo cáo của Ủy ban nhân dân các tỉnh là trước ngày 25/6/2021.',
      ),
    ).toEqual([
      [['Bộ, cơ quan ngang Bộ'], '2021-06-15', 'trước ngày 16/6/2021'],
      [['Ủy ban nhân dân các tỉnh'], '2021-06-24', 'trước ngày 25/6/2021'],
    ]);
  });

  it('keeps a relative deadline as a rule, with no date', () => {
    const [t] = read(
      decision(
        '1. UBND các huyện báo cáo trong thời hạn 02 ngày làm việc kể từ ngày kết thúc kỳ báo cáo.',
      ),
    ).tasks;
    expect([t.due, t.due_rule]).toEqual([
      null,
      { working_days: 2, from: 'ngày kết thúc kỳ báo cáo' },
    ]);
  });

  it('gives a recurring task its day', () => {
    const [m] = read(
      decision('1. Các sở, ngành định kỳ hằng tháng, trước ngày 20 gửi báo cáo.'),
    ).tasks;
    expect([m.recurrence, m.recurrence_day, m.due]).toEqual(['monthly', '20', '2021-06-19']);
    const [y] = read(decision('1. Sở Y tế hằng năm, trước ngày 25/6 báo cáo UBND tỉnh.')).tasks;
    expect([y.recurrence, y.recurrence_day, y.due]).toEqual(['yearly', '06-25', '2021-06-24']);
  });

  it('never takes an entry into force for a deadline', () => {
    expect(
      dues(
        'Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.\nĐiều 3. Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ).toEqual([[['Sở Tư pháp'], null, null]]);
  });
});

describe('tiers of a reporting chain (issue 11, item 6)', () => {
  it('folds levels that report up into the consolidating task', () => {
    const d = read(
      `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 10/KH-VKSTC\nHà Nội, ngày 15 tháng 6 năm 2021\n\nKẾ HOẠCH\nTổng kết\n\n1. VKSND cấp huyện báo cáo VKSND cấp tỉnh trước ngày 10/7/2021.\n2. VKSND cấp tỉnh tổng hợp, báo cáo Vụ 11 trước ngày 30/7/2021.\n3. Vụ 11 tổng hợp báo cáo lãnh đạo Viện trước ngày 20/8/2021.\n`,
    );
    expect(d.tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['3', ['Vụ 11'], '2021-08-19'],
    ]);
    expect(d.tasks[0].tiers?.map((x) => [x.level, x.due, x.reports_to])).toEqual([
      ['Vụ 11', '2021-08-19', 'lãnh đạo Viện'],
      ['VKSND cấp tỉnh', '2021-07-29', 'Vụ 11'],
      ['VKSND cấp huyện', '2021-07-09', 'VKSND cấp tỉnh'],
    ]);
  });

  it('keeps peers reporting to a consolidating department as separate tasks', () => {
    expect(
      dues(
        '1. Giao các sở, ngành tỉnh; UBND các huyện báo cáo, gửi về Sở Kế hoạch và Đầu tư trước ngày 23/5/2021. Giao Sở Kế hoạch và Đầu tư tổng hợp báo cáo trước ngày 24/5/2021.',
      ).map((t) => t[0]),
    ).toEqual([['Sở, ngành tỉnh', 'UBND các huyện'], ['Sở Kế hoạch và Đầu tư']]);
  });
});

describe('news items and portal pages', () => {
  it('takes the assignments, not the narrative, and the lede restated by the body once', () => {
    const d = read(
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan phối hợp triển khai đánh giá.\nNgày 20/7/2018, Ủy ban nhân dân tỉnh nhận được Văn bản số 5658/BCT-CTĐP ngày 18/7/2018 của Bộ Công Thương.\nSau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\nGiao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan tổng hợp báo cáo. Trình UBND tỉnh trước ngày 10/8/2018.\n',
    );
    expect(d.tasks.map((t) => [t.lead_units, t.coordinating_units, t.due])).toEqual([
      [['Sở Công Thương'], ['Các đơn vị liên quan'], '2018-08-09'],
    ]);
  });

  it('keeps an ask of no body it can name as a task to assign, not a refusal', () => {
    const d = read(
      'Bộ Tư pháp đề nghị các đồng chí Giám đốc quan tâm chỉ đạo việc ủng hộ đồng bào vùng lũ.\n',
    );
    expect(notADirectiveReason(d)).toBeNull();
    expect(d.tasks.map((t) => t.lead_units)).toEqual([[]]);
  });

  it('refuses only a text with no instruction at all', () => {
    const narrative = read(
      'Sáng ngày 14/9/2021, Viện kiểm sát nhân dân tỉnh Quảng Trị tổ chức Hội nghị giao ban. Tại Hội nghị, các đơn vị đã báo cáo kết quả.\n',
    );
    expect(notADirectiveReason(narrative)).not.toBeNull();
    const lede = read(
      'Chiều 18-5, Thủ tướng đã có Công điện yêu cầu các bộ, ngành tập trung tổ chức bầu cử. Trong công điện, Thủ tướng yêu cầu Bộ Y tế cập nhật tình hình dịch.\n',
    );
    expect(notADirectiveReason(lede)).toBeNull();
    expect(lede.tasks.map((t) => t.lead_units)).toEqual([['Bộ Y tế']]);
  });
});

describe('damaged copies', () => {
  it('reads a text typed without diacritics', () => {
    expect(dues('1. Giao So Tai chinh chu tri, bao cao truoc ngay 30/7/2021.')).toEqual([
      [['Sở Tài chính'], '2021-07-29', 'truoc ngay 30/7/2021'],
    ]);
  });

  it('re-joins lines a PDF copy broke', () => {
    expect(
      leads(
        'Điều 2. Giao cho Sở Xây dựng chủ trì, phối hợp các Sở, ngành tỉnh tổ chức\ntriển khai, hướng dẫn, kiểm tra thực hiện Quyết định này.',
      ),
    ).toEqual([['Sở Xây dựng']]);
  });

  it('reads a task table, one task a row', () => {
    const d = read(
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 10 tháng 3 năm 2021\n\nKẾ HOẠCH\nCông tác pháp chế\n\n| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| 1 | Rà soát văn bản | Sở Tư pháp | Các sở, ngành | Quý III/2021 |\n| 2 | Tổng kết công tác | Văn phòng UBND tỉnh | Sở Nội vụ | 30/11/2021 |\n| 3 | Báo cáo kết quả | UBND các huyện | | Trước ngày 15/12/2021 |\n',
    );
    expect(
      d.tasks.map((t) => [t.item, t.lead_units, t.coordinating_units, t.due, t.due_phrase]),
    ).toEqual([
      ['1', ['Sở Tư pháp'], ['Sở, ngành'], '2021-09-30', 'Quý III/2021'],
      ['2', ['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở Nội vụ'], '2021-11-30', '30/11/2021'],
      ['3', ['UBND các huyện'], [], '2021-12-14', 'Trước ngày 15/12/2021'],
    ]);
  });
});

describe('an intro that hands numbered items over', () => {
  const plan = (body: string) =>
    read(
      `ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nSố: 15/CT-UBND\nThanh Hóa, ngày 10 tháng 10 năm 2019\n\nCHỈ THỊ\nVề lập kế hoạch\n\n${body}\n`,
    ).tasks.map((t) => [t.item, t.lead_units]);

  it('gives items without units of their own to the intro units', () => {
    expect(
      plan(
        'Hội đồng đề nghị các bộ, cơ quan, tổ chức ở trung ương và các địa phương thực hiện các công việc sau đây:\n1. Công tác phổ biến\n1.1. Đổi mới, thực hiện có hiệu quả công tác phổ biến.',
      ),
    ).toEqual([['1.1', ['Bộ, cơ quan, tổ chức ở trung ương', 'Địa phương']]]);
  });

  it('keeps the intro a task of its own when the items name other units', () => {
    expect(
      plan(
        'Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện, thị xã, thành phố triển khai lập kế hoạch với các nội dung sau:\nI. ĐÁNH GIÁ TÌNH HÌNH\nYêu cầu Sở Kế hoạch và Đầu tư khẩn trương đánh giá tình hình thực hiện.',
      ),
    ).toEqual([
      [null, ['Sở', 'UBND các huyện, thị xã, thành phố']],
      ['I', ['Sở Kế hoạch và Đầu tư']],
    ]);
  });

  it('reads "X hướng dẫn Y thực hiện ... như sau:" as Y acting', () => {
    expect(
      plan(
        'Phòng Thống kê hướng dẫn Viện kiểm sát nhân dân các huyện thực hiện các báo cáo thống kê như sau:\n1. Thống kê số vụ án đã khởi tố.',
      ),
    ).toEqual([['1', ['Viện kiểm sát nhân dân các huyện']]]);
  });
});
