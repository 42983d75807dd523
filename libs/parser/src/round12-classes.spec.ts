import { parseDirective } from './index';
import { directory, resolver } from './test-directory';

/**
 * Round 12 (issue 14): shapes every kind of directive writes that the tune texts still missed,
 * each with cases beside it that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);

/** A province's header, with the date of issue and the symbol's codes, over `body`. */
const province = (date: string, codes: string, body: string) =>
  ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', `Số: 45/${codes}`, `Lâm Đồng, ngày ${date}`, body].join(
    '\n',
  );

describe("a ministry's own bodies by their kind, written with a capital", () => {
  it.each([
    ['Đề nghị các Vụ, Cục rà soát hồ sơ.', [[['Vụ, Cục'], null]]],
    ['Đề nghị các Vụ rà soát hồ sơ.', [[['Vụ'], null]]],
    [
      'Đề nghị các Tổng cục, Cục, Vụ, cơ quan, đơn vị thuộc Bộ rà soát hồ sơ.',
      [[['Tổng cục, Cục, Vụ, cơ quan, đơn vị thuộc Bộ'], null]],
    ],
    [
      'Đề nghị Thủ trưởng các Vụ, Cục, đơn vị thuộc Bộ rà soát hồ sơ.',
      [[['Vụ, Cục, đơn vị thuộc Bộ'], null]],
    ],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('keeps "vụ" in lower case a case, not a body ("các vụ án", "các vụ việc")', () => {
    expect(tasks('Đề nghị các đơn vị rà soát các vụ án tồn đọng.')).toEqual([
      [['Các đơn vị'], null],
    ]);
    expect(tasks('Yêu cầu VKSND các tỉnh rà soát các vụ việc khiếu nại.')).toEqual([
      [['VKSND các tỉnh'], null],
    ]);
    expect(tasks('Các vụ án phải được rà soát.')).toEqual([]);
  });
});

describe('a news item whose lede opens on a posting stamp', () => {
  it('reads the lede after "26/12/2013 | 10:17(VP) –"', () => {
    const parsed = read(
      '26/12/2013 | 10:17(VP) – Bộ VHTTDL ban hành Văn bản số 4623/BVHTTDL-TĐKT ngày 19/12 gửi các Sở tiếp tục phong tặng danh hiệu.',
    );
    expect(parsed.doc_number).toBe('4623/BVHTTDL-TĐKT');
    expect(parsed.tasks.map((t) => [t.lead_units, t.due])).toEqual([[['Sở'], null]]);
  });
});

describe('a deadline a few notes after the ask', () => {
  const ask = 'Bộ VHTTDL có văn bản gửi các Sở đề nghị tiếp tục phong tặng danh hiệu.';
  const note =
    'Lưu ý, những trường hợp trước đây đã đề nghị nhưng chưa được khen thưởng thì không làm hồ sơ đề nghị lại.';
  const contents = 'Hồ sơ đề nghị gửi về Bộ 06 bộ, gồm các văn bản theo quy định.';
  const deadline = 'Thời gian gửi hồ sơ về Bộ qua Vụ Thi đua, Khen thưởng trước ngày 30/3/2014.';

  it('gives "Thời gian gửi hồ sơ ... trước ngày" to the ask across notes', () => {
    expect(tasks([ask, note, contents, deadline].join('\n'))).toEqual([[['Sở'], '2014-03-29']]);
  });

  it('does not give it across a paragraph that names a body', () => {
    const other = 'Văn phòng Bộ tổng hợp danh sách các trường hợp đã đề nghị.';
    expect(tasks([ask, other, deadline].join('\n'))).toEqual([
      [['Sở'], null],
      [['Văn phòng Bộ'], '2014-03-29'],
    ]);
  });

  it('gives "Văn bản góp ý ... gửi về ... trước ngày" to the ask for opinions across a list', () => {
    const text = [
      'Kính gửi:',
      '– Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
      '– Cục Thống kê các tỉnh, thành phố trực thuộc Trung ương.',
      'Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư nêu trên. Dự thảo Thông tư gồm:',
      '(1) Dự thảo Tờ trình Bộ trưởng;',
      '(2) Dự thảo Thông tư;',
      'Văn bản góp ý của Quý Cơ quan gửi về Tổng cục Thống kê trước ngày 20/11/2022.',
      '(Thông tin chi tiết liên hệ đồng chí Phạm Trọng Hoạt, ĐT: 024 7304 6666).',
      'Tổng cục Thống kê trân trọng cảm ơn sự phối hợp của Quý Cơ quan./.',
    ].join('\n');
    expect(read(text).tasks.map((t) => [t.due, t.summary])).toEqual([
      ['2022-11-19', 'Cho ý kiến về dự thảo Thông tư nêu trên'],
    ]);
  });

  it('does not move a deadline onto an ask that has its own', () => {
    const dated = 'Đề nghị các Sở gửi danh sách trước ngày 15/3/2014.';
    expect(tasks([dated, note, deadline].join('\n'))[0]).toEqual([['Sở'], '2014-03-14']);
  });
});

describe('bodies named above ("các đơn vị trên")', () => {
  const chase = (ask: string) =>
    [
      'Đến ngày 02/3/2025, Cục Thống kê tội phạm chưa nhận được báo cáo thống kê tháng 02/2025 của một số đơn vị: VKSND tỉnh Lai Châu, VKSND tỉnh Điện Biên, VKSND tỉnh Hà Giang.',
      ask,
    ].join('\n');

  it.each([
    'Đề nghị các đơn vị trên khẩn trương gửi báo cáo về Cục 2 trước 16 giờ ngày 05/3/2025.',
    'Đề nghị các đơn vị nêu trên khẩn trương gửi báo cáo về Cục 2 trước 16 giờ ngày 05/3/2025.',
  ])('are the ones asked: %s', (ask) => {
    expect(tasks(chase(ask))).toEqual([
      [['VKSND tỉnh Lai Châu', 'VKSND tỉnh Điện Biên', 'VKSND tỉnh Hà Giang'], '2025-03-05'],
    ]);
  });

  it('takes a list that ends its sentence, not a later colon ("4 bộ, ngành nêu trên")', () => {
    const text = [
      '4 bộ, ngành được nêu tên gồm: Bộ Xây dựng, Bộ Tài nguyên và Môi trường, Ủy ban Dân tộc. Tại văn bản này, Bộ Tài chính nêu rõ: “thời hạn đã qua”.',
      'Bộ Tài chính đề nghị 4 bộ, ngành nêu trên khẩn trương gửi báo cáo quyết toán trước ngày 15/9/2018.',
    ].join('\n');
    expect(tasks(text)).toEqual([
      [['Bộ Xây dựng', 'Bộ Tài nguyên và Môi trường', 'Ủy ban Dân tộc'], '2018-09-14'],
    ]);
  });

  it('keeps "các đơn vị" as written when nothing above lists bodies', () => {
    expect(
      tasks('Đề nghị các đơn vị trên khẩn trương gửi báo cáo trước ngày 05/3/2025.')[0][0],
    ).toHaveLength(1);
    expect(tasks(chase('Đề nghị các đơn vị khẩn trương gửi báo cáo.'))).toEqual([
      [['Các đơn vị'], null],
    ]);
  });
});

describe('a deadline by its label after the work', () => {
  it.each([
    [
      'Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tư pháp tham mưu ban hành quy chế; thời gian hoàn thành: Quý IV/2024.',
      '2024-12-31',
    ],
    [
      'Sở Thông tin và Truyền thông tham mưu ban hành quy chế (thời gian hoàn thành: Quý IV/2024).',
      '2024-12-31',
    ],
    ['Sở Thông tin và Truyền thông tham mưu ban hành quy chế; thời hạn: 30/11/2024.', '2024-11-30'],
  ])('%s', (text, due) => {
    expect(tasks(text)).toEqual([[['Sở Thông tin và Truyền thông'], due]]);
  });

  it('does not take when a meeting sits ("thời gian: 8 giờ ngày ...") for a deadline', () => {
    expect(
      tasks('Sở Thông tin và Truyền thông tổ chức hội nghị; thời gian: 8 giờ ngày 20/11/2024.'),
    ).toEqual([[['Sở Thông tin và Truyền thông'], null]]);
  });
});

describe('households a ward asks, doing it themselves', () => {
  it.each([
    [
      'Các hộ kinh doanh có trách nhiệm chấm dứt hoạt động kinh doanh trước 8h ngày 24-10-2021.',
      [[['Hộ kinh doanh'], '2021-10-24']],
    ],
    [
      'Yêu cầu các hộ kinh doanh tự tháo dỡ mái che trước ngày 10/5/2020.',
      [[['Hộ kinh doanh'], '2020-05-09']],
    ],
    [
      'Yêu cầu các hộ dân có hành vi vi phạm về trật tự đô thị tự thu dọn các đồ dùng.',
      [[['Hộ dân có hành vi vi phạm về trật tự đô thị'], null]],
    ],
    ['Đề nghị các hộ gia đình chủ động phòng chống dịch.', [[['Hộ gia đình'], null]]],
    ['Yêu cầu các đơn vị tự rà soát hồ sơ.', [[['Các đơn vị'], null]]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('keeps "trật tự" and "Ban Chấp hành" whole', () => {
    expect(tasks('Đề nghị Ban Chấp hành Đoàn thanh niên tự giác thực hiện.')).toEqual([
      [['Ban Chấp hành Đoàn thanh niên'], null],
    ]);
    expect(tasks('Công an xã bảo đảm trật tự, an toàn giao thông.')).toEqual([
      [['Công an xã'], null],
    ]);
  });
});

describe('a direction told or given by the head of the Government ("đã chỉ đạo X ...")', () => {
  it.each([
    [
      'Chủ tịch UBND tỉnh đã chỉ đạo các sở, ban, ngành và địa phương tập trung thực hiện nhiệm vụ.',
      [[['Sở, ban, ngành và địa phương'], null]],
    ],
    ['Ngày 3/3, Chủ tịch UBND tỉnh đã chỉ đạo Sở Y tế rà soát hồ sơ.', [[['Sở Y tế'], null]]],
    ['Phó Thủ tướng Chính phủ chỉ đạo Bộ Y tế rà soát hồ sơ.', [[['Bộ Y tế'], null]]],
    [
      'Sau khi nghe ý kiến, Chủ tịch UBND tỉnh đã chỉ đạo các sở, ban, ngành và địa phương tập trung r',
      [[['Sở, ban, ngành và địa phương'], null]],
    ],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it("keeps an item's directing the work of the one who directs", () => {
    expect(
      tasks(
        '1. Các đồng chí Phó Viện trưởng VKSND tối cao chỉ đạo các đơn vị nghiệp vụ giải quyết.',
      ),
    ).toEqual([[['Phó Viện trưởng VKSND tối cao'], null]]);
    expect(tasks('UBND tỉnh đã chỉ đạo quyết liệt công tác phòng chống dịch.')).toEqual([]);
  });
});

describe('"quyết tâm" before the work', () => {
  it('ends the name of the body before it', () => {
    expect(tasks('Lực lượng công an quyết tâm đảm bảo an ninh biên giới.')).toEqual([
      [['Lực lượng công an'], null],
    ]);
    expect(tasks('Ban Chỉ đạo quyết tâm hoàn thành kế hoạch.')).toEqual([[['Ban Chỉ đạo'], null]]);
  });
});

describe('a level word that starts the verb ("thành lập")', () => {
  it.each([
    ['UBND xã sẽ thành lập 13 tổ công tác.', [[['UBND xã'], null]]],
    ['UBND phường thành lập 13 tổ công tác.', [[['UBND phường'], null]]],
    ['Cục Thống kê tỉnh triển khai kế hoạch.', [[['Cục Thống kê tỉnh'], null]]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });
});

describe('the news of a telegram sent, told after the hour', () => {
  it('reads "Hồi 16h30, BCĐ Trung ương đã có Công điện ... gửi X về công tác <work>"', () => {
    const parsed = read(
      'Hồi 16h30, BCĐ Trung ương đã có Công điện số 84/CĐ-TW gửi Ban Chỉ huy PCTT các tỉnh, thành phố ven biển, Ban Chỉ huy PCTT-TKCN các bộ, ban, ngành về công tác ứng phó với áp thấp.',
    );
    expect(parsed.doc_type).toBe('CÔNG ĐIỆN');
    expect(parsed.tasks.map((t) => [t.lead_units, t.summary])).toEqual([
      [
        [
          'Ban Chỉ huy PCTT các tỉnh, thành phố ven biển',
          'Ban Chỉ huy PCTT-TKCN các bộ, ban, ngành',
        ],
        'Ứng phó với áp thấp',
      ],
    ]);
  });

  it('keeps "gửi X về Bộ" where no work follows "về"', () => {
    expect(
      tasks('Bộ Y tế đã có công văn gửi Sở Y tế các tỉnh về Bộ trước ngày 10/3/2025.'),
    ).toEqual([]);
  });
});

describe('an ask made politely ("kính mong", "rất mong")', () => {
  it('hands the work over', () => {
    expect(tasks('Sở Y tế rất mong các bệnh viện phối hợp thực hiện.')).toEqual([
      [['Bệnh viện'], null],
    ]);
  });
});

describe('the people of a place asked as one', () => {
  it.each([
    ['UBND phường đề nghị nhân dân nâng cao ý thức bảo vệ môi trường.', 'Nhân dân'],
    ['UBND phường đề nghị bà con nhân dân nâng cao ý thức bảo vệ môi trường.', 'Bà con nhân dân'],
    ['Đề nghị người dân nâng cao ý thức bảo vệ môi trường.', 'Người dân'],
    ['Đề nghị bà con khẩn trương thu hoạch lúa.', 'Bà con'],
  ])('%s', (text, lead) => {
    expect(tasks(text)).toEqual([[[lead], null]]);
  });

  it('asks nothing of people a sentence only tells of', () => {
    expect(tasks('Nhân dân phấn khởi đón Tết.')).toEqual([]);
  });
});

describe("a portal page's own notice among the grounds it cites", () => {
  const page = [
    'Thông báo V/v giải tỏa vi phạm về trật tự đô thị khu vực ven hồ',
    'Ngày đăng 07/05/2020 | 15:41',
    'Thực hiện Chương trình số 03-Ctr/QU ngày 15/10/2015 của Quận ủy Long Biên về chỉnh trang đô thị;',
    'Kế hoạch số 48/KH-UBND ngày 19/02/2020 của UBND phường Gia Thụy về giữ gìn vệ sinh môi trường năm 2020,',
    'UBND phường Gia Thụy thông báo nội dung sau:',
    'Yêu cầu các hộ kinh doanh tự tháo dỡ mái che lấn chiếm vỉa hè.',
  ].join('\n');

  it('takes its type from "Thông báo V/v ..." and no number from a plan it cites', () => {
    const parsed = read(page);
    expect([parsed.doc_type, parsed.doc_number, parsed.issued_on]).toEqual([
      'THÔNG BÁO',
      null,
      null,
    ]);
  });
});

describe('the date of a document issued, after a purpose', () => {
  it('reads "Để ..., ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số ..."', () => {
    const parsed = read(
      'Để góp phần thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh trên địa bàn tỉnh, ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND tổ chức phong trào thi đua năm 2021.',
    );
    expect([parsed.doc_type, parsed.doc_number, parsed.issued_on]).toEqual([
      'KẾ HOẠCH',
      '42/KH-UBND',
      '2021-03-18',
    ]);
  });
});

describe("a page's posting day above the news", () => {
  it('is no date of issue ("Thứ Tư, ngày 28 tháng 10 năm 2020")', () => {
    const parsed = read(
      [
        'Thứ Tư, ngày 28 tháng 10 năm 2020',
        '',
        '(Thanhuytphcm.vn) - UBND TPHCM vừa có chỉ đạo về việc lấy ý kiến cử tri.',
        '',
        'Theo đó, UBND TP đề nghị UBND các phường thành lập Tổ lấy ý kiến cử tri.',
      ].join('\n'),
    );
    expect(parsed.issued_on).toBeNull();
    expect(parsed.tasks.map((t) => t.lead_units)).toEqual([['UBND các phường']]);
  });

  it('keeps a place and its date ("Hà Nội, ngày 28 tháng 10 năm 2020")', () => {
    const parsed = read(
      [
        'BỘ TƯ PHÁP',
        'Số: 12/BTP-VP',
        'Hà Nội, ngày 28 tháng 10 năm 2020',
        'Đề nghị các đơn vị báo cáo.',
      ].join('\n'),
    );
    expect(parsed.issued_on).toBe('2020-10-28');
  });
});

describe("a day of a quarter's month", () => {
  const issued = (body: string) => province('20 tháng 1 năm 2025', 'UBND-TH', body);

  it.each([
    ['Sở Nội vụ báo cáo định kỳ hằng quý, trước ngày 15 tháng cuối quý.', '2025-03-14'],
    ['Sở Nội vụ báo cáo định kỳ hằng quý trước ngày 20 của tháng cuối quý.', '2025-03-19'],
    ['Sở Nội vụ báo cáo hằng quý, chậm nhất ngày 06 (sáu) của tháng cuối quý.', '2025-03-06'],
    ['Sở Nội vụ báo cáo hằng quý, trước ngày 10 của tháng đầu quý sau.', '2025-04-09'],
  ])('%s', (body, due) => {
    const [task] = read(issued(body)).tasks;
    expect([task.due, task.recurrence]).toEqual([due, 'quarterly']);
  });

  it('keeps the phrase and no due when the text gives no date of issue', () => {
    const [task] = read('Sở Nội vụ báo cáo định kỳ hằng quý, trước ngày 15 tháng cuối quý.').tasks;
    expect([task.due, task.due_phrase]).toEqual([null, 'trước ngày 15 tháng cuối quý']);
  });
});

describe('the work after "căn cứ Kế hoạch này"', () => {
  it('starts at the verb after "này"', () => {
    const [task] = read(
      'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, địa phương, gửi Sở Thông tin và Truyền thông trước ngày 30/9/2024.',
    ).tasks;
    expect([task.lead_units, task.due, task.summary.split(',')[0]]).toEqual([
      ['Sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'],
      '2024-09-29',
      'Xây dựng kế hoạch của đơn vị',
    ]);
  });
});

describe('"trước Tết Nguyên đán": the last day of the lunar year', () => {
  const issued = (body: string) => province('20 tháng 11 năm 2024', 'UBND-TH', body);

  it.each([
    ['Sở Y tế hoàn thành trước Tết Nguyên đán Ất Tỵ 2025.', '2025-01-28'],
    ['Sở Y tế hoàn thành trước Tết Nguyên đán năm 2026.', '2026-02-16'],
    ['Sở Y tế hoàn thành trước Tết 2021.', '2021-02-11'],
  ])('%s, with its year', (text, due) => {
    expect(tasks(text)).toEqual([[['Sở Y tế'], due]]);
  });

  it('takes the Tết after the date of issue when no year is written', () => {
    expect(tasks(issued('Sở Y tế hoàn thành trước Tết Nguyên đán.'))).toEqual([
      [['Sở Y tế'], '2025-01-28'],
    ]);
    const [task] = read('Sở Y tế hoàn thành trước Tết Nguyên đán.').tasks;
    expect([task.due, task.due_phrase]).toEqual([null, 'hoàn thành trước Tết Nguyên đán']);
  });

  it('leaves "trước Tết" alone, which may be a season', () => {
    expect(
      tasks(issued('Sở Y tế đẩy mạnh giải quyết trước Tết các việc có điều kiện thi hành.')),
    ).toEqual([[['Sở Y tế'], null]]);
  });
});

describe("a conclusion notice's items, as provinces write them", () => {
  const notice = (item: string) =>
    province(
      '20 tháng 1 năm 2025',
      'TB-UBND',
      ['THÔNG BÁO', 'Kết luận của Chủ tịch UBND tỉnh', item].join('\n'),
    );

  it.each([
    [
      '4. Các Phó Chủ tịch UBND tỉnh theo lĩnh vực được phân công chỉ đạo các sở, ngành triển khai.',
      ['Phó Chủ tịch UBND tỉnh'],
    ],
    [
      '8. Thống nhất chủ trương giao UBND thành phố Đà Lạt làm chủ đầu tư dự án.',
      ['UBND thành phố Đà Lạt'],
    ],
    [
      '10. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh khẩn trương triển khai thi công.',
      ['Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh'],
    ],
    [
      '12. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh sẵn sàng lực lượng ứng cứu.',
      ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
    ],
  ])('%s', (item, leads) => {
    expect(read(notice(item)).tasks.map((t) => t.lead_units)).toEqual([leads]);
  });
});

describe('numbers alone after a numbered name ("VKSND cấp cao 1, 2, 3")', () => {
  it.each([
    [
      'VKSND cấp cao 1, 2, 3 tăng cường kiểm sát.',
      [
        'VKSND cấp cao tại Hà Nội',
        'VKSND cấp cao tại Đà Nẵng',
        'VKSND cấp cao tại Thành phố Hồ Chí Minh',
      ],
    ],
    ['Vụ 1, 2 và 3 hướng dẫn nghiệp vụ.', ['Vụ 1', 'Vụ 2', 'Vụ 3']],
    ['Phòng 1, Phòng 2 hướng dẫn nghiệp vụ.', ['Phòng 1', 'Phòng 2']],
  ])('%s', (text, leads) => {
    expect(read(text).tasks.map((t) => t.lead_units)).toEqual([leads]);
  });
});

describe('headers as copies write them', () => {
  const ask = 'Đề nghị các đơn vị báo cáo trước ngày 20/3/2024.';
  it.each([
    [
      ['UBND TỈNH BẮC NINH', 'Số: 123 /UBND-VX', 'Bắc Ninh, ngày 5 tháng 3 năm 2024'],
      ['CÔNG VĂN', '123/UBND-VX', 'Ủy ban nhân dân tỉnh Bắc Ninh'],
    ],
    [
      ['UBND TỈNH BẮC NINH', 'Số: 123/ UBND-VX', 'Bắc Ninh, ngày 5 tháng 3 năm 2024'],
      ['CÔNG VĂN', '123/UBND-VX', 'Ủy ban nhân dân tỉnh Bắc Ninh'],
    ],
    [
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI', 'Số: 12/SGDĐT-GDPT', 'Hà Nội, ngày 03 tháng 3 năm 2024'],
      ['CÔNG VĂN', '12/SGDĐT-GDPT', 'Sở Giáo dục và Đào tạo Hà Nội'],
    ],
    [
      [
        'ĐẢNG BỘ TỈNH NGHỆ AN',
        'HUYỆN ỦY NAM ĐÀN',
        'Số 120-TB/HU',
        'Nam Đàn, ngày 8 tháng 3 năm 2024',
      ],
      ['THÔNG BÁO', '120-TB/HU', 'Huyện ủy Nam Đàn'],
    ],
    [
      [
        'ĐẢNG BỘ TỈNH QUẢNG NAM',
        'ĐẢNG ỦY XÃ ĐẠI HIỆP',
        'Số 12-CV/ĐU',
        'Đại Hiệp, ngày 8 tháng 3 năm 2024',
      ],
      ['CÔNG VĂN', '12-CV/ĐU', 'Đảng ủy xã Đại Hiệp'],
    ],
  ])('%j', (header, [type, number, issuer]) => {
    const parsed = read([...header, ask].join('\n'));
    expect([parsed.doc_type, parsed.doc_number, parsed.issuer]).toEqual([type, number, issuer]);
  });
});

describe('what a document named before says, in the same paragraph ("Theo đó, ...")', () => {
  it.each([
    [
      'Ngày 12/3, Văn phòng Chính phủ có Thông báo số 112/TB-VPCP kết luận của Phó Thủ tướng Trần Hồng Hà. Theo đó, Phó Thủ tướng giao Bộ Tài nguyên và Môi trường chủ trì, báo cáo Thủ tướng trước ngày 30/3/2024.',
      [[['Bộ Tài nguyên và Môi trường'], '2024-03-29']],
    ],
    [
      'Bộ Giáo dục và Đào tạo vừa ban hành văn bản hướng dẫn các sở giáo dục tổ chức kỳ thi. Theo đó, các sở phải hoàn thành việc đăng ký dự thi trước ngày 30/4/2024.',
      [[['Sở'], '2024-04-29']],
    ],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('keeps a story that names no document a story', () => {
    expect(
      tasks(
        'Ngày 12/3, đoàn công tác đã làm việc tại huyện. Theo đó, huyện đã hoàn thành việc đăng ký trước ngày 30/4/2024.',
      ),
    ).toEqual([]);
  });
});

describe('a number with a thousands dot inside an opener', () => {
  it('does not end the opener ("(tổng số 10.000 công trình), Bộ Y tế ...")', () => {
    expect(
      tasks(
        'Trước tình hình đó (tổng số 10.000 công trình), Bộ Y tế có văn bản gửi Sở Y tế đề nghị báo cáo.',
      ),
    ).toEqual([[['Sở Y tế'], null]]);
  });
});

describe('the news of a direction, in a news item ("Thành phố Hà Nội chỉ đạo UBND các xã ...")', () => {
  it.each([
    [
      'Thành phố Hà Nội chỉ đạo UBND các xã, phường xử lý, giải tỏa triệt để các chợ cóc.',
      [[['UBND các xã, phường'], null]],
    ],
    ['Tỉnh Quảng Nam chỉ đạo UBND các huyện xử lý các chợ cóc.', [[['UBND các huyện'], null]]],
  ])('hands the bodies directed their work: %s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('keeps directing the work of a body asked to direct, or directing its own', () => {
    expect(tasks('Bộ TNMT đề nghị UBND các tỉnh chỉ đạo Sở TNMT hoàn thành báo cáo.')).toEqual([
      [['UBND các tỉnh'], null],
    ]);
    expect(
      tasks(
        'Ban Chỉ đạo đề nghị UBND các tỉnh chỉ đạo thực hiện các nội dung cấp bách. Tiếp tục khẩn trương chỉ đạo các cơ sở y tế tổ chức sàng lọc.',
      ).map((x) => x[0]),
    ).not.toContainEqual(['Cơ sở y tế']);
    expect(
      tasks('Viện trưởng VKSND cấp tỉnh chỉ đạo Thanh tra VKSND cấp mình tăng cường kiểm tra.'),
    ).toEqual([[['VKSND cấp tỉnh'], null]]);
  });
});
