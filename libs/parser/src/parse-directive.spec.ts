import { parseDirective } from './parse-directive';
import { toContractJson } from './contract';
import { directory, resolver } from './test-directory';

const parse = (text: string) => parseDirective(text, directory, { resolver });

/** A plan laid out as a PDF copy gives it: two-column header, sections, signature. */
const PLAN = `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 78/KH-VKSTC                           Hà Nội, ngày 15 tháng 6 năm 2020

KẾ HOẠCH
Tổng kết 5 năm thi hành Bộ luật Tố tụng hình sự năm 2015

Căn cứ Chỉ thị số 01/CT-VKSTC ngày 02/01/2020 của Viện trưởng VKSND tối cao về công tác năm 2020, Viện kiểm sát nhân dân tối cao ban hành Kế hoạch tổng kết như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá toàn diện kết quả thi hành Bộ luật.
2. Việc tổng kết phải bảo đảm khách quan, đúng tiến độ.

II. NỘI DUNG, THỜI GIAN
1. Thời điểm lấy số liệu: từ ngày 1/12/2017 đến 30/11/2019.

III. TỔ CHỨC THỰC HIỆN
1. VKSND cấp huyện xây dựng báo cáo tổng kết, gửi VKSND cấp tỉnh trước ngày 10/7/2020.
2. VKSND cấp tỉnh, VKSND cấp cao tổng hợp, báo cáo VKSND tối cao (qua Vụ 7) trước 30/7.
3. Vụ 7 chủ trì, phối hợp với Vụ 1, Vụ 2, Vụ 3 và Văn phòng tổng hợp, xây dựng báo cáo của toàn Ngành, hoàn thành trong tháng 9/2020.
4. Cục 2 chịu trách nhiệm thống kê số liệu, định kỳ hằng quý báo cáo lãnh đạo Viện.
5. Giao Văn phòng chủ trì, Cục Kế hoạch - Tài chính phối hợp bảo đảm kinh phí; chậm nhất ngày 15/8/2020 trình Viện trưởng dự toán.
6. Vụ 15 hoàn thành việc rà soát trong thời hạn 15 ngày làm việc kể từ ngày ký.
7. Các đơn vị thuộc VKSND tối cao hoàn thành trong quý III/2020.
8. Vụ 14 tổng kết, báo cáo trong 6 tháng cuối năm 2020.

Nơi nhận:
- Viện trưởng VKSND tối cao (để báo cáo);
- Các đơn vị thuộc VKSND tối cao;
- VKSND cấp cao, VKSND cấp tỉnh (để thực hiện);
- Lưu: VT, V7.

KT. VIỆN TRƯỞNG
PHÓ VIỆN TRƯỞNG

(Đã ký)

Nguyễn Huy Tiến
`;

/** A province's letter: issuer over two lines, "V/v", "Kính gửi", bullets under an intro. */
const LETTER = `VIỆN KIỂM SÁT NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TRÀ VINH                      Độc lập - Tự do - Hạnh phúc
Số: 412/VKSTV-VP                   Trà Vinh, ngày 05 tháng 3 năm 2021
V/v báo cáo kết quả kiểm sát thi hành án dân sự quý I/2021

Kính gửi: Viện kiểm sát nhân dân các huyện, thị xã, thành phố thuộc tỉnh Trà Vinh

Thực hiện Kế hoạch số 05/KH-VKSTV ngày 10/01/2021 của Viện trưởng Viện kiểm sát nhân dân tỉnh Trà Vinh, Viện kiểm sát nhân dân tỉnh yêu cầu Viện kiểm sát nhân dân các huyện, thị xã, thành phố thực hiện các nội dung sau:
- Báo cáo kết quả kiểm sát thi hành án dân sự quý I/2021 (số liệu tính từ ngày 01/12/2020 đến ngày 28/02/2021), gửi về Viện kiểm sát tỉnh (qua Phòng 11) trước ngày 15/3/2021.
- Định kỳ hằng tháng, báo cáo tiến độ giải quyết các việc thi hành án có điều kiện trước ngày 20 hằng tháng.
Nhận được Công văn này, đề nghị các đơn vị nghiêm túc thực hiện./.

Nơi nhận:
- Như trên;
- Lãnh đạo Viện;
- Lưu: VT, VP.
                                    KT. VIỆN TRƯỞNG
                                    PHÓ VIỆN TRƯỞNG
                                    Trầm Văn Thanh
`;

describe('parseDirective on a plan', () => {
  const d = parse(PLAN);

  it('reads the header and the signature', () => {
    expect(d).toMatchObject({
      doc_number: '78/KH-VKSTC',
      doc_type: 'KẾ HOẠCH',
      title: 'Tổng kết 5 năm thi hành Bộ luật Tố tụng hình sự năm 2015',
      issued_on: '2020-06-15',
      issued_at_place: 'Hà Nội',
      issuer: 'VKSND tối cao',
      signer: { name: 'Nguyễn Huy Tiến', title: 'Phó Viện trưởng', authority: 'KT. Viện trưởng' },
      references: ['Chỉ thị số 01/CT-VKSTC ngày 02/01/2020'],
    });
  });

  it('folds the reporting chain of III.1-3 into the consolidating task, with its tiers', () => {
    expect(d.tasks.find((t) => t.item === 'III.3')?.tiers).toEqual([
      {
        level: 'Vụ 7',
        due: '2020-09-30',
        due_phrase: 'trong tháng 9/2020',
        reports_to: null,
      },
      {
        level: 'VKSND cấp tỉnh, VKSND cấp cao',
        due: '2020-07-29',
        due_phrase: 'trước 30/7',
        reports_to: 'Vụ 7',
      },
      {
        level: 'VKSND cấp huyện',
        due: '2020-07-09',
        due_phrase: 'trước ngày 10/7/2020',
        reports_to: 'VKSND cấp tỉnh',
      },
    ]);
  });

  it('reads the tasks of the section that assigns them, with every kind of deadline', () => {
    expect(
      d.tasks.map((t) => [
        t.item,
        t.lead_units,
        t.coordinating_units,
        t.due,
        t.due_phrase,
        t.recurrence,
      ]),
    ).toEqual([
      // III.1 and III.2 report up to Vụ 7: one task with tiers (see below)
      [
        'III.3',
        ['Vụ 7'],
        ['Vụ 1', 'Vụ 2', 'Vụ 3', 'Văn phòng'],
        '2020-09-30',
        'trong tháng 9/2020',
        null,
      ],
      ['III.4', ['Cục 2'], [], null, null, 'quarterly'],
      [
        'III.5',
        ['Văn phòng'],
        ['Cục Kế hoạch - Tài chính'],
        '2020-08-15',
        'chậm nhất ngày 15/8/2020',
        null,
      ],
      ['III.6', ['Vụ 15'], [], '2020-07-06', 'trong thời hạn 15 ngày làm việc kể từ ngày ký', null],
      ['III.7', ['Các đơn vị thuộc VKSND tối cao'], [], '2020-09-30', 'trong quý III/2020', null],
      ['III.8', ['Vụ 14'], [], '2020-12-31', 'trong 6 tháng cuối năm 2020', null],
    ]);
  });

  it('reads purposes that close their group ("(để thực hiện)" at its end)', () => {
    expect(d.recipients).toEqual([
      { name: 'Viện trưởng VKSND tối cao', purpose: 'để báo cáo' },
      { name: 'Các đơn vị thuộc VKSND tối cao', purpose: 'để thực hiện' },
      { name: 'VKSND cấp cao, VKSND cấp tỉnh', purpose: 'để thực hiện' },
      { name: 'Lưu: VT, V7', purpose: 'lưu' },
    ]);
  });

  it('points each task at its item', () => {
    const t = d.tasks.find((x) => x.item === 'III.6')!;
    expect(PLAN.slice(t.span.start, t.span.end)).toBe(
      'Vụ 15 hoàn thành việc rà soát trong thời hạn 15 ngày làm việc kể từ ngày ký.',
    );
  });

  it('keeps the contract keys only in the CLI shape', () => {
    const json = toContractJson(d);
    expect(Object.keys(json)).toEqual([
      'doc_number',
      'doc_type',
      'title',
      'issued_on',
      'issued_at_place',
      'issuer',
      'signer',
      'references',
      'tasks',
      'recipients',
    ]);
    expect(Object.keys(json.tasks[0])).toEqual([
      'item',
      'lead_units',
      'coordinating_units',
      'due',
      'due_phrase',
      'recurrence',
      'summary',
    ]);
  });
});

describe('parseDirective on a letter', () => {
  const d = parse(LETTER);

  it('reads the header of a công văn', () => {
    expect(d).toMatchObject({
      doc_number: '412/VKSTV-VP',
      doc_type: 'CÔNG VĂN',
      title: 'Báo cáo kết quả kiểm sát thi hành án dân sự quý I/2021',
      issued_on: '2021-03-05',
      issued_at_place: 'Trà Vinh',
      issuer: 'VKSND tỉnh Trà Vinh',
      signer: { name: 'Trầm Văn Thanh', title: 'Phó Viện trưởng', authority: 'KT. Viện trưởng' },
    });
  });

  it("gives the bullets to the units the intro names, read in the issuer's province", () => {
    expect(d.tasks.map((t) => [t.lead_units, t.due, t.recurrence])).toEqual([
      [['VKSND cấp huyện thuộc tỉnh Trà Vinh'], '2021-03-14', null],
      [['VKSND cấp huyện thuộc tỉnh Trà Vinh'], '2021-03-19', 'monthly'],
    ]);
  });

  it('leaves purposes unsaid when the list says none', () => {
    expect(d.recipients.map((r) => r.purpose)).toEqual([null, null, 'lưu']);
  });
});

/** A decision: tab-separated header, articles, the list and the signature side by side. */
const DECISION = `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 215/QĐ-VKSTC\tHà Nội, ngày 02 tháng 8 năm 2021

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác rà soát án tồn đọng

VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO

Căn cứ Luật Tổ chức Viện kiểm sát nhân dân năm 2014;
Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,

QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác rà soát án tồn đọng gồm đại diện Vụ 7, Vụ 9 và Vụ 10.
Điều 2. Tổ công tác có nhiệm vụ rà soát, báo cáo Viện trưởng chậm nhất ngày 30/9/2021.
Điều 3. Chánh Văn phòng, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                              KT. VIỆN TRƯỞNG
- Như Điều 3;                                          PHÓ VIỆN TRƯỞNG
- Lãnh đạo VKSND tối cao (để báo cáo);
- Lưu: VT, V15.                                        Nguyễn Văn Quảng
`;

/** A province's directive: its own offices ("Phòng 7", "Văn phòng") are not the root's. */
const PROVINCE = `VIỆN KIỂM SÁT NHÂN DÂN TỈNH BÌNH THUẬN
Số: 01/CT-VKSBT
Bình Thuận, ngày 12 tháng 01 năm 2022

CHỈ THỊ
Về công tác của ngành Kiểm sát nhân dân tỉnh Bình Thuận năm 2022

Năm 2021, toàn ngành Kiểm sát tỉnh Bình Thuận đã hoàn thành tốt các chỉ tiêu. Để thực hiện tốt nhiệm vụ năm 2022, Viện trưởng VKSND tỉnh Bình Thuận yêu cầu:
1. Viện kiểm sát nhân dân các huyện, thị xã, thành phố tập trung thực hiện tốt công tác thực hành quyền công tố; báo cáo kết quả 6 tháng đầu năm 2022 trước ngày 20/6/2022.
2. Phòng 7 chủ trì, phối hợp với Phòng 1, Phòng 2 hướng dẫn nghiệp vụ cho VKSND cấp huyện; định kỳ hằng quý tổ chức rút kinh nghiệm.
3. VKSND thành phố Phan Thiết, VKSND thị xã La Gi rà soát các vụ án tạm đình chỉ, hoàn thành trong quý II/2022.
4. Văn phòng có trách nhiệm theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chỉ thị, báo cáo Viện trưởng trước ngày 15/12/2022.
Nhận được Chỉ thị này, yêu cầu Thủ trưởng các đơn vị tổ chức quán triệt và triển khai thực hiện nghiêm túc./.

Nơi nhận:
- VKSND tối cao (để báo cáo);
- Các phòng nghiệp vụ, VKSND cấp huyện (để thực hiện);
- Lưu: VT.

VIỆN TRƯỞNG

Lê Văn Hùng
`;

describe("parseDirective on a decision and on a province's directive", () => {
  it('reads articles, the author line apart from the title, both closing columns', () => {
    const d = parse(DECISION);
    expect(d).toMatchObject({
      doc_number: '215/QĐ-VKSTC',
      doc_type: 'QUYẾT ĐỊNH',
      title: 'Về việc thành lập Tổ công tác rà soát án tồn đọng',
      issued_on: '2021-08-02',
      issuer: 'VKSND tối cao',
      signer: { name: 'Nguyễn Văn Quảng', title: 'Phó Viện trưởng', authority: 'KT. Viện trưởng' },
      recipients: [
        { name: 'Như Điều 3', purpose: null },
        { name: 'Lãnh đạo VKSND tối cao', purpose: 'để báo cáo' },
        { name: 'Lưu: VT, V15', purpose: 'lưu' },
      ],
    });
    expect(d.tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['Điều 2', ['Tổ công tác'], '2021-09-30'],
      ['Điều 3', ['Văn phòng', 'Vụ 15', 'Các đơn vị có liên quan'], null],
    ]);
  });

  it("reads names in the issuer's province and keeps its own offices unresolved", () => {
    const d = parse(PROVINCE);
    expect(d.issuer).toBe('VKSND tỉnh Bình Thuận');
    expect(
      d.tasks.map((t) => [t.item, t.lead_units, t.coordinating_units, t.due, t.recurrence]),
    ).toEqual([
      ['1', ['VKSND cấp huyện thuộc tỉnh Bình Thuận'], [], '2022-06-19', null],
      ['2', ['Phòng 7'], ['Phòng 1', 'Phòng 2'], null, 'quarterly'],
      ['3', ['VKSND thành phố Phan Thiết', 'VKSND thị xã La Gi'], [], '2022-06-30', null],
      ['4', ['Văn phòng'], [], '2022-12-14', null],
    ]);
    expect(d.unresolved_units).toEqual(['Phòng 7', 'Phòng 1', 'Phòng 2', 'Văn phòng']);
  });
});

describe('traps: dates that are not deadlines', () => {
  const one = (body: string) =>
    parse(`THÔNG BÁO\nKết luận\n\nHà Nội, ngày 20 tháng 7 năm 2021\n\n${body}`).tasks.map((t) => [
      t.due,
      t.due_phrase,
    ]);

  it('a data period is no deadline, the real one is', () => {
    expect(
      one(
        '1. Vụ 7 tổng hợp số liệu (thời điểm lấy số liệu từ ngày 1/12/2017 đến 30/11/2019) và báo cáo trước ngày 10/7/2020.',
      ),
    ).toEqual([['2020-07-09', 'trước ngày 10/7/2020']]);
  });

  it("a referenced document's date is no deadline", () => {
    expect(
      one('1. Vụ 8 thực hiện theo Công văn số 2348/VKSTC-VP ngày 14/6/2021 của VKSND tối cao.'),
    ).toEqual([[null, null]]);
  });

  it('"từ ngày … đến ngày …" is no deadline', () => {
    expect(one('1. Cục 2 thống kê các vụ án từ ngày 01/01/2021 đến ngày 30/6/2021.')).toEqual([
      [null, null],
    ]);
  });
});

describe('robust to real text', () => {
  it('drops page numbers and running headers, re-joins a sentence broken over a page', () => {
    const d = parse(
      [
        'THÔNG BÁO',
        'Kết luận của Viện trưởng',
        '',
        '1. Vụ 7, Vụ 9, Vụ 10 VKSND tối cao phối hợp chặt chẽ',
        '',
        '- 2 -',
        '',
        'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
        'với các VKSND cấp cao trong công tác.',
        '2. Giao Vụ 15 tham mưu.',
        'Trang 3/3',
        'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
      ].join('\n'),
    );
    expect(d.tasks.map((t) => [t.item, t.lead_units, t.coordinating_units])).toEqual([
      ['1', ['Vụ 7', 'Vụ 9', 'Vụ 10'], ['VKSND cấp cao']],
      ['2', ['Vụ 15'], []],
    ]);
  });

  it('keeps spans on the original text through CRLF line ends and decomposed letters', () => {
    const text =
      'THÔNG BÁO\r\nKết luận\r\n\r\n1. Giao Vụ 15 tham mưu.\r\n2. Cục 2 theo dõi.\r\n'.normalize(
        'NFD',
      );
    const d = parse(text);
    expect(d.tasks.map((t) => text.slice(t.span.start, t.span.end).normalize('NFC'))).toEqual([
      'Giao Vụ 15 tham mưu.',
      'Cục 2 theo dõi.',
    ]);
  });

  it('reads a text without diacritics', () => {
    const d = parse(
      'THONG BAO\nKet luan\n\n1. Giao Vu 15 chu tri, phoi hop voi Cuc 2 xay dung de an truoc ngay 30/9/2021.',
    );
    expect(d.doc_type).toBe('THÔNG BÁO');
    expect(d.tasks.map((t) => [t.lead_units, t.coordinating_units, t.due])).toEqual([
      [['Vụ 15'], ['Cục 2'], '2021-09-29'],
    ]);
  });

  it('cuts the body at "./." (what follows on the line is debris)', () => {
    const d = parse('THÔNG BÁO\nKết luận\n\n1. Cục 2 theo dõi./. Thủ\n');
    expect(d.tasks.map((t) => t.summary)).toEqual(['Theo dõi']);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      ' \n\n ',
      '1.',
      '- ',
      '://',
      'Nơi nhận:',
      'TL. VIỆN TRƯỞNG',
      '\u0000\u0001',
    ])
      expect(() => parse(text)).not.toThrow();
  });
});

describe('header fields of real copies (issue 14)', () => {
  const header = (text: string) => {
    const d = parseDirective(text, directory, { resolver });
    return [d.doc_type, d.doc_number, d.issued_on];
  };

  it('reads a header whose cells a web table broke over lines', () => {
    const text =
      'ỦY\nBAN NHÂN DÂN\nTỈNH SƠN LA\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 2862/QĐ-UBND\n|\nSơn\nLa, ngày 16 tháng 11\nnăm 2018\n|\nQUYẾT ĐỊNH\nVỀ\nVIỆC BAN HÀNH QUY CHẾ\nĐiều 3. Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n';
    expect(header(text)).toEqual(['QUYẾT ĐỊNH', '2862/QĐ-UBND', '2018-11-16']);
  });

  it('reads a header run into one line by a PDF copy, and the type from the symbol', () => {
    const text =
      'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số: 46/2019/QĐ-UBND Cao Bằng, ngày 28 tháng 10 năm 2019 BAN HÀNH QUY ĐỊNH VỀ CHẾ ĐỘ BÁO CÁO QUYẾT ĐỊNH: Điều 3. Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./';
    expect(header(text)).toEqual(['QUYẾT ĐỊNH', '46/2019/QĐ-UBND', '2019-10-28']);
  });

  it.each<[string, string, (string | null)[]]>([
    [
      'a lede with the date and the number',
      'Hướng dẫn sơ kết\nNgày 26/5/2020, Bộ Tư pháp đã ban hành các Công văn số 1888/BTP-VP, 1889/BTP-VP gửi các Bộ.\nCác Bộ gửi báo cáo về Bộ Tư pháp trước ngày 16/6/2020.',
      ['CÔNG VĂN', '1888/BTP-VP', '2020-05-26'],
    ],
    [
      'a day and month whose year the text gives elsewhere',
      'Ngày 21/ 5, UBND tỉnh ban hành Công văn số 846 /UBND-TH về việc báo cáo.\nUBND tỉnh nhận được Công văn số 3145/BKHĐT-KTĐPLT ngày 15/5/2019 của Bộ Kế hoạch và Đầu tư. Giao các sở báo cáo trước ngày 23/5/2019.',
      ['CÔNG VĂN', '846/UBND-TH', '2019-05-21'],
    ],
    [
      'a source note after the end mark',
      'UBND tỉnh có ý kiến như sau:\nGiao Sở Tài chính chủ trì; hoàn thành trước ngày 10/12/2023./.\n(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)',
      ['CÔNG VĂN', '6202/UBND-KT', '2023-11-23'],
    ],
    [
      'a type with no number',
      'Chiều 18-5, Thủ tướng đã có Công điện yêu cầu Bộ Y tế cập nhật tình hình dịch.',
      ['CÔNG ĐIỆN', null, null],
    ],
    [
      'a page quoting a regulation',
      'Theo Khoản 2 Điều 9 Thông tư 06/2019/TT-BTP (Có hiệu lực ngày 05/01/2020) thì: Cục Thi hành án dân sự phải gửi báo cáo thống kê.',
      ['THÔNG TƯ', '06/2019/TT-BTP', null],
    ],
    [
      'only cited documents',
      'Thực hiện Văn bản số 7840/BKHĐT-GSTĐĐT ngày 12/11/2021 của Bộ Kế hoạch và Đầu tư; Chủ tịch UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, báo cáo Bộ Kế hoạch và Đầu tư theo quy định.',
      [null, null, null],
    ],
  ])('reads the conveyed document from prose: %s', (_label, text, expected) => {
    expect(header(text)).toEqual(expected);
  });
});
