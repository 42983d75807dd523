import { parseDirective } from './index';
import { directory, resolver } from './test-directory';

/**
 * Round 11 (issue 14): the classes the thirteenth batch showed once it had been measured and
 * read, and shapes every kind of directive writes (a letter sent with its addressees and their
 * work, a deadline stated as "Thời hạn ... là ngày", a task table copied one cell a line),
 * each with cases beside it that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);

/** A province's letter header, so that a body's sentences have a document around them. */
const letter = (body: string) =>
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG NGÃI',
    'Số: 5123/UBND-TH',
    'Quảng Ngãi, ngày 02 tháng 12 năm 2024',
    'KẾ HOẠCH',
    'Triển khai nhiệm vụ năm 2025',
    '',
    body,
  ].join('\n');

describe('a letter sent to its addressees, with their work and no ask word between', () => {
  it('gives the work to the addressees of "có điện khẩn / công văn gửi X <việc>"', () => {
    const parsed = read(
      'Hôm qua (16-1), Bộ trưởng Bộ Lao động-Thương binh và Xã hội đã có điện khẩn gửi Sở Lao động-Thương binh và Xã hội các địa phương phối hợp với các cơ quan chức năng rà soát, thống kê số hộ nghèo.',
    );
    expect(parsed.doc_type).toBe('CÔNG ĐIỆN');
    expect(parsed.tasks.map((t) => [t.lead_units, t.coordinating_units])).toEqual([
      [['Sở Lao động-Thương binh và Xã hội các địa phương'], ['Cơ quan chức năng']],
    ]);
    expect(
      tasks('Hôm qua, Bộ Tài chính đã có công văn gửi Sở Tài chính các tỉnh rà soát số hộ nghèo.'),
    ).toEqual([[['Sở Tài chính các tỉnh'], null]]);
  });

  it('does not take what the letter is about for the addressees\' work ("về việc phối hợp")', () => {
    const leads = read(
      'Bộ Xây dựng vừa có công văn gửi Chủ tịch UBND TP Hà Nội về việc phối hợp cung cấp số liệu về các dự án.',
    ).tasks.flatMap((t) => t.lead_units);
    expect(leads.some((l) => /về việc/u.test(l))).toBe(false);
  });

  it('reads addressees that go on after a ";" up to the ask', () => {
    expect(
      tasks(
        'Bộ Xây dựng vừa có văn bản gửi Sở Xây dựng các tỉnh và TP trực thuộc trung ương; các Sở Quy hoạch - Kiến trúc yêu cầu báo cáo về tình hình thực hiện, hạn cuối là ngày 25-8-2007.',
      ),
    ).toEqual([
      [
        ['Sở Xây dựng các tỉnh và TP trực thuộc trung ương', 'Sở Quy hoạch - Kiến trúc'],
        '2007-08-25',
      ],
    ]);
  });

  it('keeps a lede that sums up the letter out when the body states the work', () => {
    const parsed = read(
      [
        '(BĐT) - Bộ Kế hoạch và Đầu tư vừa có công văn gửi các bộ, cơ quan ngang Bộ và UBND các tỉnh, thành phố trực thuộc trung ương báo cáo dự kiến Chương trình hành động.',
        'Theo đó, Bộ Kế hoạch và Đầu tư đề nghị các bộ, cơ quan trung ương và địa phương báo cáo dự kiến Chương trình hành động trước ngày 15/12/2020.',
      ].join('\n\n'),
    );
    expect(parsed.tasks.map((t) => [t.lead_units, t.due])).toEqual([
      [['Bộ, cơ quan trung ương và địa phương'], '2020-12-14'],
    ]);
  });
});

describe('a deadline stated as the subject of "là"', () => {
  it.each([
    ['Thời hạn các đơn vị gửi báo cáo là ngày 20/7/2020.', [[['Các đơn vị'], '2020-07-20']]],
    ['Thời hạn để Sở Y tế gửi báo cáo là ngày 20/7/2020.', [[['Sở Y tế'], '2020-07-20']]],
    [
      'Hạn cuối để các cá nhân, tổ chức nộp hồ sơ là ngày 20/7/2020.',
      [[['Cá nhân, tổ chức'], '2020-07-20']],
    ],
    // as before: the work named right after, asked of nobody named
    ['Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025.', [[[], '2025-09-30']]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('leaves the day with no year undated and keeps who does the work', () => {
    const [task] = read(
      'Theo Bộ Giáo dục và Đào tạo, hạn cuối để các cá nhân, tổ chức, nhà xuất bản tham gia biên soạn sách lớp 2 và lớp 6 nộp hồ sơ để đăng ký thẩm định sách là ngày 20/7.',
    ).tasks;
    expect(task.lead_units).toEqual([
      'Cá nhân, tổ chức, nhà xuất bản tham gia biên soạn sách lớp 2 và lớp 6',
    ]);
    expect(task.due).toBeNull();
  });
});

describe('people and organisations asked in their own name', () => {
  it.each([
    ['Các tổ chức gửi hồ sơ trước ngày 20/7/2020.', [[['Tổ chức'], '2020-07-19']]],
    [
      'Các cá nhân, tổ chức gửi hồ sơ trước ngày 20/7/2020.',
      [[['Cá nhân, tổ chức'], '2020-07-19']],
    ],
    [
      'Các chủ đầu tư, nhà thầu hoàn trả mặt đường trước ngày 10/1/2020.',
      [[['Chủ đầu tư, nhà thầu'], '2020-01-09']],
    ],
    // a catch-all after a body it names is still no body to track
    [
      'Sở Y tế và các tổ chức, cá nhân có liên quan gửi hồ sơ trước ngày 20/7/2020.',
      [[['Sở Y tế'], '2020-07-19']],
    ],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('reads what bodies of a kind take part in as which ones, not as their work', () => {
    expect(
      tasks(
        'Các nhà xuất bản tham gia biên soạn sách lớp 2 và lớp 6 nộp hồ sơ trước ngày 20/7/2020.',
      ),
    ).toEqual([[['Nhà xuất bản tham gia biên soạn sách lớp 2 và lớp 6'], '2020-07-19']]);
    // a verb right after "tham gia" is the work itself
    expect(
      read('Các đơn vị tham gia phối hợp với Sở Y tế triển khai.').tasks[0].lead_units,
    ).toEqual(['Các đơn vị']);
  });
});

describe('bodies of a kind written with a capital and no name', () => {
  it.each([
    ['Yêu cầu các Sở triển khai thực hiện.', [[['Sở'], null]]],
    ['Giám đốc các Sở triển khai thực hiện.', [[['Sở'], null]]],
    [
      'Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện.',
      [[['Sở', 'Ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'], null]],
    ],
    // as before: lower case, and with a name
    ['Yêu cầu các sở triển khai thực hiện.', [[['Sở'], null]]],
    ['Yêu cầu các Sở GD&ĐT triển khai thực hiện.', [[['Sở Giáo dục và Đào tạo'], null]]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });
});

describe('a condition or a kind of work is no body', () => {
  it('names no body "Trường hợp có khó khăn, vướng mắc"', () => {
    const leads = read(
      letter(
        'Trường hợp có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ để được hướng dẫn.',
      ),
    ).tasks.flatMap((t) => t.lead_units);
    expect(leads.some((l) => /Trường hợp/u.test(l))).toBe(false);
  });

  it('ends the partners at "thanh tra" in lower case, the work', () => {
    expect(
      read(
        'Giao Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan thanh tra việc quản lý đất đai.',
      ).tasks.map((t) => [t.lead_units, t.coordinating_units]),
    ).toEqual([[['Sở Tài chính'], ['Cơ quan liên quan']]]);
    // "Thanh tra" with a capital is the body, at the start and in a list
    expect(tasks('Thanh tra tỉnh chủ trì kiểm tra việc quản lý đất đai.')).toEqual([
      [['Thanh tra tỉnh'], null],
    ]);
  });
});

describe('a task table copied one cell a line (task-table.ts, readCellTables)', () => {
  const rows = [
    ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
    [
      '1',
      'Xây dựng đề án sắp xếp các đơn vị sự nghiệp công lập.',
      'Sở Nội vụ',
      'Sở Tài chính',
      'Quý I/2025',
    ],
    ['2', 'Rà soát thủ tục hành chính', 'Văn phòng UBND tỉnh', 'Các sở, ngành', '30/6/2025'],
    ['3', 'Tổ chức hội nghị tổng kết', 'Sở Kế hoạch và Đầu tư', '', 'Tháng 12/2025'],
  ];
  const expected = [
    ['1', ['Sở Nội vụ'], ['Sở Tài chính'], '2025-03-31'],
    ['2', ['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở, ngành'], '2025-06-30'],
    ['3', ['Sở Kế hoạch và Đầu tư'], [], '2025-12-31'],
  ];
  const rowsOf = (text: string) =>
    read(text).tasks.map((t) => [t.item, t.lead_units, t.coordinating_units, t.due]);

  it('reads the cells a line each, an empty cell left out', () => {
    const text = rows.flat().filter(Boolean).join('\n');
    expect(rowsOf(letter(`III. NHIỆM VỤ CỤ THỂ\n${text}`))).toEqual(expected);
  });

  it('reads them with blank lines between and an empty cell as a no-break space', () => {
    const text = rows
      .flat()
      .map((c) => c || '\u00a0')
      .join('\n\n');
    expect(rowsOf(letter(`III. NHIỆM VỤ CỤ THỂ\n\n${text}`))).toEqual(expected);
  });

  it('takes the date of the last time column and who leads from the work itself', () => {
    const text = [
      'TT',
      'Nội dung công việc',
      'Số ngày chậm nhất phải hoàn thành trước ngày bầu cử',
      'Ngày chậm nhất phải hoàn thành',
      '1',
      'Triển khai công tác bầu cử ở tỉnh',
      'Triệu tập hội nghị triển khai công tác bầu cử.',
      '21/01/2021',
      '2',
      'Hướng dẫn việc giới thiệu người ứng cử',
      'Thường trực HĐND các cấp xây dựng cơ cấu, thành phần đại biểu.',
      '105 ngày',
      '07/02/2021 (chủ Nhật)',
    ].join('\n');
    expect(read(letter(text)).tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['1', [], '2021-01-21'],
      ['2', ['Thường trực HĐND các cấp'], '2021-02-07'],
    ]);
  });

  it('leaves a numbered list that is no table to the body', () => {
    const parsed = read(letter('1. Sở Y tế chủ trì triển khai.\n2. Sở Tài chính bố trí kinh phí.'));
    expect(parsed.tasks.map((t) => t.lead_units)).toEqual([['Sở Y tế'], ['Sở Tài chính']]);
  });
});

describe('committees of places named after their level', () => {
  it.each([
    [
      'Chủ tịch UBND các xã: Phổ Châu, Phổ Thạnh, Phổ Vinh chịu trách nhiệm vận động người dân bàn giao mặt bằng.',
      ['UBND xã Phổ Châu', 'UBND xã Phổ Thạnh', 'UBND xã Phổ Vinh'],
    ],
    [
      'UBND các huyện: Mộ Đức, Đức Phổ vận động người dân bàn giao mặt bằng.',
      ['UBND huyện Mộ Đức', 'UBND huyện Đức Phổ'],
    ],
    // "Phổ Thạnh" folds to kind words ("phố", "thành") and is still a place
    [
      'UBND các xã Phổ Châu, Phổ Thạnh vận động người dân.',
      ['UBND xã Phổ Châu', 'UBND xã Phổ Thạnh'],
    ],
    // as before: kinds in capitals are one collective addressee
    ['Các Sở, Ban, Ngành tỉnh triển khai thực hiện.', ['Sở, Ban, Ngành tỉnh']],
  ])('%s', (text, leads) => {
    expect(read(text).tasks.map((t) => t.lead_units)).toEqual([leads]);
  });
});

describe('a plan laid out under numbered headings', () => {
  const plan = letter(
    [
      'II. NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định',
      'Tăng cường thông tin, tuyên truyền về phòng, chống thiên tai.',
      '2. Các sở, ban, ngành, địa phương',
      'Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn.',
    ].join('\n'),
  );
  const parsed = read(plan).tasks;

  it('ends a long heading of bodies where the sentence under it opens on its verb', () => {
    expect(parsed[0].lead_units).toEqual([
      'Sở Thông tin và Truyền thông',
      'Đài Phát thanh và Truyền hình Bình Định',
      'Báo Bình Định',
    ]);
  });

  it('gives a recurrence to the deadline it stands nearer to', () => {
    expect(parsed.slice(1).map((t) => [t.due, t.recurrence])).toEqual([
      ['2025-06-14', null],
      ['2024-12-14', 'yearly'],
    ]);
    expect(
      read(
        'Các đơn vị báo cáo trước ngày 20 hằng tháng, trước ngày 15/12/2024 hằng năm.',
      ).tasks.map((t) => t.recurrence),
    ).toEqual(['monthly', 'yearly']);
  });
});

describe('the issuer of a header', () => {
  const issuer = (top: string, place = 'Quảng Ngãi') =>
    read(
      `${top}\nSố: 12/TB-VP\n${place}, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\nVề việc họp\nGiao Phòng Tài chính chủ trì triển khai.`,
    ).issuer;

  it.each([
    ['ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC PHỔ\nVĂN PHÒNG', 'Văn phòng UBND huyện Đức Phổ'],
    ['UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ', 'Sở Y tế tỉnh Quảng Ngãi'],
    ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSỞ TÀI CHÍNH', 'Sở Tài chính tỉnh Quảng Ngãi'],
    ['ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
    // as before: the procuracy's own departments stand for their procuracy
    ['VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH QUẢNG BÌNH\nPHÒNG 7', 'VKSND tỉnh Quảng Bình'],
  ])('%s', (top, expected) => {
    expect(issuer(top)).toBe(expected);
  });

  it('takes the province from the place line under a committee named without one', () => {
    expect(issuer('ỦY BAN NHÂN DÂN', 'Hà Nội')).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(issuer('ỦY BAN NHÂN DÂN TỈNH', 'Lai Châu')).toBe('Ủy ban nhân dân tỉnh Lai Châu');
    // a province's seat is no province
    expect(issuer('ỦY BAN NHÂN DÂN', 'Tuy Hòa')).toBe('Ủy ban nhân dân');
  });

  it('leaves out a short name a letter defines and its courtesy', () => {
    expect(
      read(
        'Bộ Thông tin và Truyền thông (Bộ TTTT) trân trọng đề nghị các bộ triển khai kết nối dữ liệu.',
      ).issuer,
    ).toBe('Bộ Thông tin và Truyền thông');
  });
});

describe('a public consultation (consultation.ts)', () => {
  it("gives the opinions to the group consulted, and the notice's own posting to no one", () => {
    const parsed = read(
      [
        'Căn cứ Khoản 1 Điều 46, Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ; Bộ Nội vụ tiến hành lấy ý kiến Nhân dân đối với việc tặng danh hiệu “Anh hùng Lao động” đối với Ông Mai Đức Chung.',
        'Trung tâm Thông tin - Truyền thông đăng tải trên Cổng Thông tin điện tử để lấy ý kiến Nhân dân trong 10 ngày làm việc đối với cá nhân nêu trên.',
        'Các ý kiến đóng góp đề nghị gửi về Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương), địa chỉ số 103 Quán Thánh, Ba Đình, Hà Nội, trước ngày 18/10/2024 để tổng hợp.',
      ].join('\n\n'),
    );
    expect(parsed.tasks.map((t) => [t.lead_units, t.due])).toEqual([[['Nhân dân'], '2024-10-17']]);
    // the decree cited after "Căn cứ Khoản 1 Điều 46," is no document of the notice
    expect(parsed.doc_number).toBeNull();
  });

  it('takes the group a clause names itself, and reads a copy without diacritics alike', () => {
    expect(
      tasks(
        'Để việc đề nghị khen thưởng được công khai, Sở Nội vụ lấy ý kiến nhân dân; nếu tổ chức, cá nhân có ý kiến đề nghị gửi trực tiếp về Sở Nội vụ trước ngày 20/7/2023.',
      ),
    ).toEqual([[['Tổ chức, cá nhân'], '2023-07-19']]);
    expect(
      tasks(
        'Bo Noi vu lay y kien Nhan dan doi voi ca nhan de nghi tang danh hieu Anh hung Lao dong.\n\nCac y kien dong gop de nghi gui ve Bo Noi vu truoc ngay 18/10/2024.',
      ),
    ).toEqual([[['Nhan dan'], '2024-10-17']]);
  });

  it('dates the opinions by the last day of the window they are taken in', () => {
    expect(
      tasks(
        [
          'Sở Nội vụ lấy ý kiến danh sách đề nghị khen thưởng cấp Nhà nước.',
          'Đề nghị tặng Huân chương Lao động hạng Ba cho bà Nguyễn Anh Hoa.',
          'Thời gian lấy ý kiến từ ngày 17/4/2025 đến ngày 07/5/2025. Mọi ý kiến đóng góp gửi về địa chỉ: Sở Nội vụ tỉnh Bình Dương.',
        ].join('\n'),
      ),
    ).toEqual([[[], '2025-05-07']]);
  });

  it('counts working days from a day the text gives', () => {
    expect(
      tasks(
        'Tập đoàn lấy ý kiến nhân dân trước khi trình khen thưởng.\n\nCác ý kiến đóng góp trong vòng 10 ngày làm việc kể từ ngày 16 tháng 5 năm 2021 xin gửi về Văn phòng Tập đoàn.',
      ),
    ).toEqual([[['Nhân dân'], '2021-05-28']]);
    expect(tasks('Sở Y tế báo cáo trong thời hạn 15 ngày kể từ ngày 01/3/2024.')).toEqual([
      [['Sở Y tế'], '2024-03-16'],
    ]);
  });

  it('reads a long plan that takes public opinions among its items as a plan', () => {
    const filler = Array.from(
      { length: 80 },
      (_, i) =>
        `${i + 3}. Sở Tài chính bố trí kinh phí thực hiện nội dung số ${i + 3} của Kế hoạch.`,
    ).join('\n');
    const plan = letter(
      [
        '1. Sở Tư pháp tổ chức lấy ý kiến Nhân dân về dự thảo Nghị quyết, hoàn thành trước ngày 20/12/2024.',
        '2. Sở Thông tin và Truyền thông đăng tải dự thảo trên Cổng thông tin điện tử tỉnh.',
        filler,
      ].join('\n'),
    );
    expect(plan.length).toBeGreaterThan(6000);
    // and a short letter that gives the consulting to bodies as an assignment
    expect(
      read(letter(plan.split('\n3.')[0].split('\n\n')[1])).tasks.map((t) => t.lead_units),
    ).toEqual([['Sở Tư pháp'], ['Sở Thông tin và Truyền thông']]);
    expect(
      read(plan)
        .tasks.slice(0, 2)
        .map((t) => [t.lead_units, t.due]),
    ).toEqual([
      [['Sở Tư pháp'], '2024-12-19'],
      [['Sở Thông tin và Truyền thông'], null],
    ]);
  });

  it("leaves an ordinary letter that takes bodies' opinions as it was", () => {
    expect(
      tasks(
        'Bộ Tư pháp đề nghị các cơ quan, tổ chức, địa phương gửi ý kiến góp ý về dự thảo Luật trước ngày 16/6/2022.',
      ),
    ).toEqual([[['Cơ quan, tổ chức, địa phương'], '2022-06-15']]);
    expect(
      tasks(
        '- UBND các xã, thị trấn nghiên cứu hồ sơ, tổ chức lấy ý kiến của các tổ chức, cá nhân trên địa bàn; tổng hợp, cho ý kiến bằng văn bản.',
      ).map(([leads]) => leads),
    ).toEqual([['UBND các xã, thị trấn']]);
  });
});

describe('what a page gives twice or types with look-alikes', () => {
  it('keeps one task of a paragraph the page gives twice', () => {
    const p =
      'Các ý kiến đóng góp gửi về Ban Thi đua - Khen thưởng tỉnh trước ngày 22.10.2018. Ban Thi đua - Khen thưởng tỉnh lấy ý kiến của tổ chức, công dân.';
    expect(read(`${p}\n\n${p}`).tasks).toHaveLength(1);
  });

  it('reads the eth typed for Đ in a symbol', () => {
    expect(
      read(
        'Ban Thi đua - Khen thưởng T.Ư vừa có Văn bản số 2146/BTÐKT-VI, về việc lấy ý kiến nhân dân. Các ý kiến đóng góp đề nghị gửi về Ban trước ngày 22-8-2020.',
      ).doc_number,
    ).toBe('2146/BTĐKT-VI');
  });
});

describe("news items from the fourteenth batch's classes", () => {
  it('reads an agency tag in capitals without brackets, under a headline, as no part of the lede', () => {
    expect(
      tasks(
        'Bổ nhiệm, điều động cán bộ quản lý: Làm đúng thẩm quyền\nGD&TĐ - Thực hiện mô hình chính quyền địa phương 2 cấp, Bộ GD&ĐT có văn bản chỉ đạo sở GD&ĐT cấp tỉnh đảm nhận việc bổ nhiệm, điều động cán bộ quản lý.',
      ),
    ).toEqual([[['Sở GD&ĐT cấp tỉnh'], null]]);
  });

  it('lets a document named in a dated sentence speak in the next one', () => {
    expect(
      tasks(
        'Công điện về việc chống bệnh dịch tả lợn châu Phi\nBHG - Ngày 23.5, Chủ tịch UBND tỉnh đã có Công điện số 1543/CĐ-CTUBND về việc chống dịch. Công điện yêu cầu UBND huyện Quang Bình, Bắc Quang triển khai thực hiện chỉ đạo.',
      ),
    ).toEqual([[['UBND huyện Quang Bình', 'UBND huyện Bắc Quang'], null]]);
  });

  it('reads "đình hoãn" as work', () => {
    expect(
      tasks(
        'Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố đình hoãn các cuộc họp không thực sự cấp bách để tập trung ứng phó với bão.',
      ),
    ).toEqual([[['UBND các huyện, thị xã, thành phố'], null]]);
  });

  it("reads associations and the armed forces' units as kinds of body", () => {
    expect(
      tasks(
        'UBND tỉnh yêu cầu các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh tiến hành rà soát, đánh giá.',
      ),
    ).toEqual([[['Hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh'], null]]);
  });

  it('takes those a list is put up for, to know and to comment, as the consulted', () => {
    expect(
      tasks(
        [
          'Cổng TTĐT Chính phủ xin giới thiệu Danh sách các cá nhân đủ tiêu chuẩn đề nghị xét chọn danh hiệu Thầy thuốc Nhân dân để các cơ quan, tổ chức, cá nhân trong và ngoài nước biết, cho ý kiến phản ánh.',
          'Mọi thông tin xin gửi về Thường trực Hội đồng cấp Nhà nước trước ngày 07/02/2020 để tổng hợp.',
        ].join('\n\n'),
      ),
    ).toEqual([[['Các cơ quan, tổ chức, cá nhân trong và ngoài nước'], '2020-02-06']]);
  });
});

describe("header fields of the fourteenth batch's classes", () => {
  it('names no document cited after "Thực hiện quy định tại Khoản 10 Điều 45"', () => {
    const parsed = read(
      'Thực hiện quy định tại Khoản 10 Điều 45 Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ, Sở Nội vụ lấy ý kiến Nhân dân.\n\nMọi ý kiến đóng góp gửi về Sở Nội vụ trước ngày 23/9/2021.',
    );
    expect([parsed.doc_type, parsed.doc_number]).toEqual([null, null]);
  });

  it('reads a document named with its author before its number', () => {
    const parsed = read(
      'Công văn của Văn phòng Bộ Tư pháp số 143/VP-TH ngày 27/5/2008 về việc đôn đốc các đơn vị thuộc Bộ chuẩn bị đề án\n\nĐề nghị các đơn vị khẩn trương chuẩn bị đề án trong tháng 6/2008.',
    );
    expect([parsed.doc_type, parsed.doc_number, parsed.issued_on]).toEqual([
      'CÔNG VĂN',
      '143/VP-TH',
      '2008-05-27',
    ]);
    // "cơn bão số 3" after the author is no number
    expect(
      read(
        'Công điện khẩn của Thủ tướng Chính phủ ứng phó với cơn bão số 3\n\nCông điện số 1478/CĐ-TTg yêu cầu các Bộ ngành, địa phương dừng các cuộc họp chưa cần thiết.',
      ).doc_number,
    ).toBe('1478/CĐ-TTg');
  });

  it('takes the notice "phát đi" as the document', () => {
    const parsed = read(
      'Văn phòng Chính phủ vừa phát đi Thông báo số 134/TB-VPCP ngày 4/5/2022 kết luận của Thủ tướng Chính phủ. Thông báo nêu rõ các bộ, ngành cần đổi mới công tác thi đua.',
    );
    expect([parsed.doc_type, parsed.doc_number, parsed.issued_on]).toEqual([
      'THÔNG BÁO',
      '134/TB-VPCP',
      '2022-05-04',
    ]);
  });

  it("gives a draft with a blank number and day neither, and no cited letter's", () => {
    const parsed = read(
      [
        'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: /BTNMT-ĐĐBĐVN Hà Nội, ngày tháng 11 năm 2023',
        'V/v góp ý kiến Phương án tổng thể sắp xếp đơn vị hành chính cấp xã',
        'Kính gửi: Bộ Nội vụ',
        'Phúc đáp Công văn số 6541/BNV-CQĐP ngày 10 tháng 11 năm 2023 của Bộ Nội vụ, Bộ Tài nguyên và Môi trường có ý kiến như sau:',
        '1. Rà soát diện tích đất tự nhiên của từng đơn vị hành chính cấp xã.',
      ].join('\n'),
    );
    expect([parsed.doc_type, parsed.doc_number]).toEqual(['CÔNG VĂN', null]);
  });
});

describe("the fifteenth batch's classes, read after its measurement", () => {
  it('takes the group an opinion sentence names with "của", and windows written other ways', () => {
    expect(
      tasks(
        'Hội đồng lấy ý kiến nhân dân về đề nghị tặng thưởng Huân chương Lao động hạng Ba. Thời gian dự kiến lấy ý kiến 10 ngày (đến hết ngày 10-2-2020).\n\nÝ kiến đóng góp của tổ chức, cá nhân xin gửi về Ban Thi đua - Khen thưởng tỉnh.',
      ),
    ).toEqual([[['Tổ chức, cá nhân'], '2020-02-10']]);
    expect(
      tasks(
        'Ủy ban nhân dân tỉnh Hưng Yên trân trọng thông báo và xin ý kiến đóng góp của Nhân dân trong vòng 05 ngày (từ ngày 07/10/2021-11/10/2021).\n\nCác ý kiến đóng góp đề nghị gửi về Sở Nội vụ tỉnh Hưng Yên.',
      ),
    ).toEqual([[['Nhân dân'], '2021-10-11']]);
  });

  it('reads schools by their kind, and "các trường hợp" as no body', () => {
    expect(tasks('Các trường, các đơn vị giáo dục báo cáo việc thực hiện đồng phục.')).toEqual([
      [['Trường', 'Các đơn vị giáo dục'], null],
    ]);
    expect(read('Các trường hợp vi phạm phải xử lý nghiêm.').tasks).toEqual([]);
  });

  it('lets a body that speaks after a long opener ask the items after its colon', () => {
    expect(
      tasks(
        'Tại hội nghị liên tịch thống nhất nội dung, chương trình, kế hoạch tổ chức Kỳ họp thứ 6 của HĐND tỉnh, Thường trực HĐND tỉnh yêu cầu: UBND tỉnh và các cơ quan liên quan rà soát, chuẩn bị kỹ các nội dung trình; các Tổ đại biểu lựa chọn những vấn đề trọng tâm.',
      ).map(([leads]) => leads),
    ).toEqual([['Ủy ban nhân dân tỉnh', 'Cơ quan liên quan'], ['Tổ đại biểu']]);
  });
});

describe('a letter sent about work, told in the news', () => {
  it('gives the work it is about to its addressees when the text asks nothing else', () => {
    expect(
      tasks(
        'Bộ Y tế vừa có văn bản gửi các đơn vị trực thuộc và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương về việc đảm bảo công tác y tế trong kỳ nghỉ Lễ Quốc khánh 2/9.',
      ),
    ).toEqual([
      [['Các đơn vị trực thuộc', 'Sở Y tế các tỉnh, thành phố trực thuộc Trung ương'], null],
    ]);
  });

  it('leaves it out when the body states the work', () => {
    expect(
      tasks(
        'Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo sĩ số.\n\nBộ GD&ĐT đề nghị các sở báo cáo nhanh tình hình sĩ số học sinh.',
      ),
    ).toEqual([[['Các Sở GD&ĐT'], null]]);
  });
});

describe('a head shared by two provinces joined by "và" (places.ts)', () => {
  it.each([
    [
      'Bộ Xây dựng yêu cầu các Sở Kiến trúc Quy hoạch Hà Nội và TPHCM báo cáo.',
      ['Sở Kiến trúc Quy hoạch Hà Nội', 'Sở Kiến trúc Quy hoạch TPHCM'],
    ],
    ['UBND tỉnh Quảng Nam và Quảng Ngãi báo cáo.', ['UBND tỉnh Quảng Nam', 'UBND tỉnh Quảng Ngãi']],
    // as before: "và" inside a name
    ['Bộ Văn hóa, Thể thao và Du lịch báo cáo.', ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['Sở Tài nguyên và Môi trường báo cáo.', ['Sở Tài nguyên và Môi trường']],
  ])('%s', (text, leads) => {
    expect(read(text).tasks.map((t) => t.lead_units)).toEqual([leads]);
  });
});

describe("a decision's article that lists a body's duties", () => {
  it('gives the points under "Điều 2. Nhiệm vụ của Tổ công tác" to that body', () => {
    const decision = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH NGHỆ AN',
      'Số: 3456/QĐ-UBND',
      'Nghệ An, ngày 12 tháng 11 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc thành lập Tổ công tác rà soát thủ tục hành chính',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính tỉnh Nghệ An.',
      'Điều 2. Nhiệm vụ của Tổ công tác',
      '1. Rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ngành, hoàn thành trước ngày 31/12/2024.',
      '2. Tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả rà soát trước ngày 15/01/2025.',
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tư pháp; Chủ tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm thi hành Quyết định này./.',
    ].join('\n');
    expect(read(decision).tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['1', ['Tổ công tác'], '2024-12-30'],
      ['2', ['Tổ công tác'], '2025-01-14'],
      [
        'Điều 3',
        [
          'Văn phòng Ủy ban nhân dân tỉnh',
          'Sở Nội vụ',
          'Sở Tư pháp',
          'UBND các huyện, thành phố, thị xã',
        ],
        null,
      ],
    ]);
  });
});
