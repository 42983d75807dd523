import { WorkingCalendar } from '@dondoc/domain/calendar/working-calendar';
import { findDuePhrases } from './due-phrase';
import { gluedAt } from './glued-words';
import { parseDirective } from './index';
import { directory, resolver } from './test-directory';

/**
 * Round 14 (issue 14): the eighteenth batch's failure classes, read after it was measured
 * held out, each with cases beside it that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);
const split = (w: string) =>
  gluedAt(w) < 0 ? w : `${w.slice(0, gluedAt(w))} ${w.slice(gluedAt(w))}`;

describe('words a copy ran together, split where the language splits them', () => {
  it.each([
    ['chủtrì', 'chủ trì'],
    ['Chánhán', 'Chánh án'],
    ['Tòaán', 'Tòa án'],
    ['nghịcác', 'nghị các'],
    ['danhmục', 'danh mục'],
    ['khunghình', 'khung hình'],
    ['tiếnhành', 'tiến hành'],
    ['đồngnhân', 'đồng nhân'],
  ])('%s', (glued, words) => {
    expect(split(glued)).toBe(words);
  });

  it.each(['thương', 'nghiêng', 'Nguyễn', 'khoản', 'kíến', 'ngàỵ', 'hỉệũ'])(
    'leaves "%s" whole (one syllable, or marks a page scattered)',
    (word) => {
      expect(gluedAt(word)).toBe(-1);
    },
  );

  it('reads the lead of a glued "chủtrì"', () => {
    expect(
      tasks(
        'Sở Tài nguyên và Môi trường chủtrì, phối hợp với cơ quan liên quan rà soát, lập danhmục cơ sở gây ô nhiễm; báo cáo Chủ tịch UBND tỉnh trước ngày 15/4/2013.',
      ),
    ).toEqual([[['Sở Tài nguyên và Môi trường'], '2013-04-14']]);
  });
});

describe('"các đồng chí" in a letter to heads', () => {
  const letter = (ask: string) =>
    [
      'TÒA ÁN NHÂN DÂN TỐI CAO',
      'Số: 70/TA-TKTH',
      'Hà Nội, ngày 13 tháng 07 năm 2012',
      'Kính gửi: Chánh án Tòa án nhân dân tỉnh, thành phố trực thuộc Trung ương.',
      ask,
    ].join('\n\n');

  it("are the addressees' bodies", () => {
    expect(
      tasks(letter('Đề nghị các Đồng chí chỉ đạo rà soát và báo cáo số liệu xét xử.')),
    ).toEqual([[['Tòa án nhân dân tỉnh, thành phố trực thuộc Trung ương'], null]]);
  });

  it("take the report's deadline in the paragraph after the contents", () => {
    expect(
      tasks(
        letter(
          [
            'Theo ý kiến chỉ đạo của Chánh án, đề nghị các Đồng chí chỉ đạo rà soát và báo cáo số liệu (số liệu thống kê được lấy từ ngày 01/10/2009 đến ngày 30/4/2012):',
            '- Số liệu các vụ án/bị cáo Tòa án tuyên theo tội danh;',
            '- Đánh giá về nguyên nhân có sự thay đổi.',
            'Báo cáo đề nghị gửi về Vụ Thống kê - Tổng hợp Tòa án nhân dân tối cao trước ngày 23/7/2012.',
          ].join('\n\n'),
        ),
      ),
    ).toEqual([[['Tòa án nhân dân tỉnh, thành phố trực thuộc Trung ương'], '2012-07-22']]);
  });

  it('"đồng chí" before a name stays a person', () => {
    expect(
      tasks(letter('Đồng chí Nguyễn Văn A, Phó Chánh án, chỉ đạo Văn phòng rà soát số liệu.')),
    ).not.toContainEqual([['Tòa án nhân dân tỉnh, thành phố trực thuộc Trung ương'], null]);
  });
});

describe('a caption of a speech', () => {
  it('"X phát biểu chỉ đạo tại buổi làm việc" gives no task', () => {
    expect(
      tasks(
        'Bí thư Huyện ủy Phan Công Vỹ phát biểu chỉ đạo tại buổi làm việc.\n\nBí thư đề nghị các ngành hoàn thành công việc tồn đọng.',
      ),
    ).toEqual([[['Ngành'], null]]);
  });
});

describe("an earlier document's ask, told in a letter of its own", () => {
  const letter = [
    'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 2978/BGDĐT-CSVCTBTH',
    'Hà Nội, ngày 28 tháng 5 năm 2010',
    'Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương.',
    'Để chuẩn bị triển khai Đề án, Bộ Giáo dục và Đào tạo đã có Công văn số 2501/BGDĐT-CSVCTBTH ngày 10/05/2010 đề nghị Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương báo cáo số liệu về cơ sở vật chất.',
    'Đến thời điểm ngày 27/05/2010 còn một số địa phương chưa có báo cáo. Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo khẩn trương báo cáo số liệu theo nội dung công văn số 2501/BGDĐT-CSVCTBTH.',
    'Báo cáo gửi về Bộ Giáo dục và Đào tạo trước ngày 03/06/2010.',
  ].join('\n\n');

  it('is not asked again; "các Sở ..." are the addressees by their full name', () => {
    expect(tasks(letter)).toEqual([
      [['Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương'], '2010-06-02'],
    ]);
  });

  it('a body the letter is not addressed to keeps its own name', () => {
    expect(
      tasks(letter.replace('đề nghị các Sở Giáo dục và Đào tạo khẩn', 'đề nghị các Sở Y tế khẩn')),
    ).toEqual([[['Sở Y tế'], '2010-06-02']]);
  });
});

describe('"Đối với X," then the work', () => {
  it.each([
    [
      'Đối với các tỉnh, căn cứ Kế hoạch của Thanh tra Chính phủ, ban hành Kế hoạch đánh giá của tỉnh; báo cáo kết quả về Thanh tra Chính phủ trước ngày 31/8/2020.',
      [[['Tỉnh'], '2020-08-30']],
    ],
    ['Đối với Sở Y tế, tổ chức kiểm tra các cơ sở khám bệnh.', [[['Sở Y tế'], null]]],
    ['Đối với hồ sơ tồn đọng, Sở Tư pháp rà soát và báo cáo UBND tỉnh.', [[['Sở Tư pháp'], null]]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });
});

describe("a level's government asked by name", () => {
  it.each([
    [
      'Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu chính quyền huyện Lý Sơn khẩn trương xử lý. Chậm nhất đến ngày 15/8/2022 phải bàn giao mặt bằng cho chủ đầu tư.',
      [[['Chính quyền huyện Lý Sơn'], '2022-08-15']],
    ],
    [
      'Chủ tịch UBND tỉnh yêu cầu UBND huyện Lý Sơn khẩn trương xử lý.',
      [[['UBND huyện Lý Sơn'], null]],
    ],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });
});

describe('a reply to voters', () => {
  const reply = [
    'Ý kiến, kiến nghị của cử tri sau kỳ họp thứ 10, HĐND tỉnh khóa XVIII',
    'Cử tri Xã Văn Phú, huyện Sơn Dương đề nghị:',
    'Cơ quan chức năng cấp kịp thời, đầy đủ cho xã phôi giấy trích lục giấy khai sinh theo Thông tư 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp.',
    'TRẢ LỜI:',
    'Căn cứ Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch. Năm 2020, Sở Tư pháp tỉnh Tuyên Quang cấp 12.000 bản.',
    'Ủy ban nhân dân tỉnh giao Sở Tư pháp thực hiện cấp đủ, kịp thời Giấy khai sinh bản sao.',
  ].join('\n');

  it("cites the grounds of its answer: they are not the page's document", () => {
    const d = read(reply);
    expect([d.doc_type, d.doc_number, d.issued_on]).toEqual([null, null, null]);
    expect(tasks(reply)).toEqual([[['Sở Tư pháp'], null]]);
  });

  it('a page that quotes a regulation still names it', () => {
    const d = read(
      'Căn cứ Hướng dẫn 32/HD-VKSTC năm 2019 quy định về công tác kiểm sát, VKSND các cấp thực hiện việc rà soát.',
    );
    expect([d.doc_type, d.doc_number]).toEqual(['HƯỚNG DẪN', '32/HD-VKSTC']);
  });
});

describe('a telegram to named provinces', () => {
  const telegram = (board: string) =>
    [
      'BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      'Số: 09/CĐ-BNN-KL',
      'Hà Nội, ngày 15 tháng 02 năm 2010',
      'CÔNG ĐIỆN',
      'BỘ TRƯỞNG – TRƯỞNG BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ CÁC VẤN ĐỀ CẤP BÁCH TRONG BẢO VỆ RỪNG, điện:',
      'Kính gửi:',
      'Ủy ban nhân dân các tỉnh Gia Lai, Kon Tum, Thừa Thiên – Huế.',
      `Để đề phòng cháy rừng, ${board} yêu cầu UBND các tỉnh:`,
      '1) Gấp rút chỉ đạo quyết liệt các biện pháp phòng cháy chữa cháy rừng.',
      '2) Báo cáo kịp thời tình huống khẩn cấp về cháy rừng.',
    ].join('\n\n');
  const provinces = [
    'Ủy ban nhân dân tỉnh Gia Lai',
    'Ủy ban nhân dân tỉnh Kon Tum',
    'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
  ];

  it('asks each province it was sent to, under a board whose name has a topic', () => {
    expect(
      tasks(
        telegram(
          'Ban chỉ đạo Trung ương về các vấn đề cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng',
        ),
      ),
    ).toEqual([
      [provinces, null],
      [provinces, null],
    ]);
  });

  it('keeps a plural that names no addressee as written', () => {
    expect(tasks(telegram('Bộ Nông nghiệp và Phát triển nông thôn')).map((t) => t[0])).toEqual([
      provinces,
      provinces,
    ]);
    expect(
      tasks(
        'Kính gửi:\n\nỦy ban nhân dân các tỉnh Gia Lai, Kon Tum.\n\nBộ yêu cầu các Sở Y tế báo cáo tình hình.',
      ),
    ).toEqual([[['Sở Y tế'], null]]);
  });

  it('"các tỉnh" followed by words that are no provinces is one addressee', () => {
    expect(
      tasks(
        'Kính gửi:\n\nỦy ban nhân dân các tỉnh Miền Trung và Tây Nguyên.\n\nĐề nghị Quý cơ quan báo cáo tình hình.',
      ),
    ).toEqual([[['Ủy ban nhân dân các tỉnh Miền Trung và Tây Nguyên'], null]]);
  });
});

describe("a plan's purposes and its own making", () => {
  const plan = (body: string[]) =>
    [
      'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH',
      'Số: 70/KH-UBND',
      'Nam Định, ngày 26 tháng 4 năm 2024',
      'KẾ HOẠCH',
      'Triển khai tổng kiểm kê tài sản công',
      ...body,
    ].join('\n\n');

  it('"1. Mục đích" under "I. MỤC ĐÍCH, YÊU CẦU" asks no one', () => {
    expect(
      tasks(
        plan([
          'I. MỤC ĐÍCH, YÊU CẦU',
          '1. Mục đích',
          'a) Thực hiện có hiệu quả Quyết định số 213/QĐ-TTg về tổng kiểm kê tài sản công tại cơ quan nhà nước, đơn vị sự nghiệp công lập.',
          '2. Yêu cầu',
          '- Các sở, ngành, UBND các huyện cần nêu cao vai trò trách nhiệm trong chỉ đạo.',
          'II. NHIỆM VỤ',
          '1. Sở Tài chính chủ trì hướng dẫn việc kiểm kê.',
        ]),
      ),
    ).toEqual([
      [['Sở, ngành', 'UBND các huyện'], null],
      [['Sở Tài chính'], null],
    ]);
  });

  it('"UBND tỉnh xây dựng Kế hoạch ... như sau:" is the document itself, even alone', () => {
    expect(
      tasks(
        plan([
          'Thực hiện Công văn số 2717/LĐTBXH-PC ngày 08 tháng 8 năm 2012 của Bộ Lao động - Thương binh và Xã hội, Uỷ ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Đề án 31 giai đoạn II từ năm 2013 đến 2016 trên địa bàn tỉnh như sau:',
          'I. TÌNH HÌNH CHUNG',
        ]),
      ),
    ).toEqual([]);
  });
});

describe("a ward's notice page and an afternoon's telegram", () => {
  it('"Nội dung thông báo:" under a portal\'s fields makes a thông báo; its closing ask is none', () => {
    const d = read(
      [
        'Người ký văn bản:',
        'Nội dung thông báo:',
        'Để đảm bảo công tác trang trí tuyên truyền, UBND phường Phúc La thông báo:',
        '1. Đề nghị các tổ dân phố tháo dỡ toàn bộ các băng rôn tuyên truyền.',
        '2. Giao Ban Văn hóa – Thông tin phường kiểm tra, báo cáo kết quả với UBND phường.',
        'Đề nghị các ban ngành liên quan, các tổ dân phố thực hiện tốt nội dung trong thông báo./.',
      ].join('\n'),
    );
    expect(d.doc_type).toBe('THÔNG BÁO');
    expect(d.tasks.map((t) => t.item)).toEqual(['1', '2']);
  });

  it('"Chiều nay ngày 26/3/2020, ... đã ký công văn" dates the letter', () => {
    const d = read(
      'Công văn Ban Thường vụ Tỉnh ủy tạm dừng tổ chức đại hội đảng các cấp\n\nChiều nay ngày 26/3/2020, thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy đã ký công văn hỏa tốc gửi Ban Thường vụ các huyện ủy, thị ủy về việc tạm dừng tổ chức đại hội đảng các cấp.',
    );
    expect([d.doc_type, d.issued_on]).toEqual(['CÔNG VĂN', '2020-03-26']);
  });
});

describe("a council session's news", () => {
  const news = [
    'Tại kỳ họp thứ 10, HĐND tỉnh sẽ tập trung đánh giá tình hình phát triển kinh tế-xã hội 6 tháng đầu năm 2020.',
    'Để bảo đảm công tác chuẩn bị, Thường trực HĐND tỉnh đề nghị UBND tỉnh chỉ đạo các cơ quan chuyên môn khẩn trương chuẩn bị các báo cáo, đề án, dự thảo nghị quyết, sớm gửi về Thường trực HĐND tỉnh để thẩm tra.',
    'Cụ thể, chậm nhất ngày 8/6/2020, các tờ trình, đề án, dự thảo nghị quyết của các đơn vị phải gửi về Thường trực HĐND tỉnh. Chậm nhất đến ngày 10/6/2020, các báo cáo của UBND tỉnh, Tòa án nhân dân tỉnh phải gửi về Thường trực HĐND tỉnh.',
  ].join('\n\n');

  it('the agenda is no task; "Cụ thể, chậm nhất ngày ..." dates the ask before it', () => {
    expect(tasks(news)).toEqual([
      [['Ủy ban nhân dân tỉnh'], '2020-06-08'],
      [['Ủy ban nhân dân tỉnh', 'Tòa án nhân dân tỉnh'], '2020-06-10'],
    ]);
  });
});

describe('what the issuer will not do, and purposes over broken lines', () => {
  it('"VKSND tối cao không tổ chức tiếp công dân ..." in its own notice asks no one', () => {
    expect(
      tasks(
        [
          'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
          'Số: 12/TB-VKSTC',
          'Hà Nội, ngày 20 tháng 6 năm 2018',
          'THÔNG BÁO',
          'Để ổn định nơi làm việc, Viện kiểm sát nhân dân tối cao không tổ chức tiếp công dân trong các ngày 28/6/2018 và 29/6/2018.',
          'Các đơn vị không được tự ý thay đổi lịch tiếp công dân.',
        ].join('\n'),
      ),
    ).toEqual([[['Các đơn vị'], null]]);
  });

  it('"1. Mục\\nđích, yêu cầu" and a plan named with a ";" in quotes', () => {
    expect(
      tasks(
        [
          'ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG',
          'Số: 166/KH-UBND',
          'Hải Dương, ngày 15 tháng 1 năm 2021',
          'KẾ HOẠCH',
          'UBND tỉnh xây dựng Kế hoạch tiếp tục thực hiện Đề án “Xây dựng làng an toàn, khu dân cư an toàn; cơ quan, doanh nghiệp an toàn về ANTT” giai đoạn 2021 - 2026 như sau:',
          'I. MỤC ĐÍCH, YÊU CẦU VÀ TIÊU CHÍ CỤ THỂ',
          '1. Mục đích, yêu cầu',
          '- Tiếp tục thực hiện Đề án trên địa bàn tỉnh, gắn với thực hiện Thông tư số 23/2012/TT-BCA của Bộ Công an.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a draft submission', () => {
  const draft = [
    'VĂN PHÒNG CHÍNH PHỦ',
    'Số:',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '/TTr-VPCP',
    'Hà Nội, ngày',
    'tháng',
    'năm 2016',
    'DỰ THẢO',
    'TỜ TRÌNH',
    'Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi)',
    'Kính gửi: Chính phủ',
    'Thực hiện Nghị quyết số 01/NQ-CP ngày 07 tháng 01 năm 2016 của Chính phủ, Văn phòng Chính phủ trình Chính phủ dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi) như sau:',
    'I. SỰ CẦN THIẾT',
    'Quy chế làm việc của Chính phủ hiện hành qua hơn 4 năm thực hiện vẫn nảy sinh một số vấn đề bất cập, cần điều chỉnh.',
  ].join('\n');

  it('has no number yet, submits itself and asks no one', () => {
    const d = read(draft);
    expect([d.doc_type, d.doc_number, d.issued_on]).toEqual(['TỜ TRÌNH', null, null]);
    expect(tasks(draft)).toEqual([]);
  });
});

describe('the document a news item conveys', () => {
  const fields = (text: string) => {
    const d = read(text);
    return [d.doc_type, d.doc_number, d.issued_on];
  };

  it.each([
    [
      'Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo, đôn đốc triển khai công tác chuyển đổi số, tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.\n\nTheo đó, yêu cầu Sở Khoa học và Công nghệ chủ trì rà soát.',
      ['CÔNG VĂN', '2881/VP-KGVX', '2025-05-07'],
    ],
    [
      'Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện rà soát lại công việc.',
      ['CÔNG VĂN', '2642/UBND-KT', '2010-11-19'],
    ],
    [
      'Ngày 6/6/2025, thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú đã ký ban hành Kết luận số 163-KL/TW về thời gian tổ chức đại hội. Các cấp uỷ tập trung chỉ đạo tổ chức đại hội.',
      ['KẾT LUẬN', '163-KL/TW', '2025-06-06'],
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('a results report that tells of a "kết luận số ..." issued names no document', () => {
    expect(
      fields(
        'Kết quả thực hiện Chương trình nông thôn mới 6 tháng đầu năm 2016\n\nTỉnh ủy ban hành Đề án; Ban Thường vụ Tỉnh ủy ban hành kết luận số 71-KL/TU ngày 24/3/2016 về cơ chế hỗ trợ. UBND tỉnh đã tổ chức Hội nghị tổng kết.',
      ),
    ).toEqual([null, null, null]);
  });

  it('"Theo Thông tư số ..." that asks no one after it stays cited', () => {
    expect(
      fields(
        'Theo Thông tư số 12/2020/TT-BTP ngày 15/6/2020 quy định về hồ sơ, các Sở Tư pháp rà soát hồ sơ.',
      )[1],
    ).not.toBe('12/2020/TT-BTP');
  });
});

describe('an old gazette heading', () => {
  it('"CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ ... NGÀY ... VỀ VIỆC ..." gives number, date, title', () => {
    const d = read(
      'CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002\nThực hiện Nghị quyết của Quốc hội, các Bộ xây dựng kế hoạch năm 2002.',
    );
    expect([d.doc_type, d.doc_number, d.issued_on, d.title]).toEqual([
      'CHỈ THỊ',
      '16/2001/CT-TTg',
      '2001-06-21',
      'Về việc xây dựng kế hoạch phát triển kinh tế - xã hội năm 2002',
    ]);
  });
});

describe('grounds with no comma before the work, and a dated answer', () => {
  it('"X căn cứ vào biên bản tổng kết cuộc bầu cử công bố ... chậm nhất là ngày ..."', () => {
    expect(
      tasks(
        [
          'Hỏi: Việc công bố kết quả bầu cử được tiến hành vào thời điểm nào?',
          'Trả lời: Hội đồng Bầu cử quốc gia căn cứ vào biên bản tổng kết cuộc bầu cử trong cả nước công bố kết quả bầu cử chậm nhất là ngày 12/6/2021.',
          'Ủy ban bầu cử ở xã căn cứ vào biên bản tổng kết cuộc bầu cử công bố kết quả bầu cử chậm nhất là ngày 2/6/2021.',
        ].join('\n'),
      ),
    ).toEqual([
      [['Hội đồng bầu cử quốc gia'], '2021-06-12'],
      [['Ủy ban bầu cử ở xã'], '2021-06-02'],
    ]);
  });

  it('an answer on how the law reads stays an answer', () => {
    expect(
      tasks(
        'Câu hỏi: Tòa án áp dụng quy định nào?\nTrả lời: Trường hợp này Tòa án áp dụng Điều 5 của Bộ luật.',
      ),
    ).toEqual([]);
  });

  it('"Các địa phương căn cứ vào tình hình thực tế lựa chọn ..." in a letter to the provinces', () => {
    expect(
      tasks(
        [
          'Số: 4330/BNN-KTHT | Hà Nội, ngày 26 tháng 6 năm 2020 |',
          'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
          'Để tổng kết Đề án, Bộ Nông nghiệp và Phát triển nông thôn đề nghị Quý Ủy ban tổ chức tổng kết như sau:',
          '- Trong quá trình tổng kết Đề án, tổ chức khen thưởng các tập thể, cá nhân có thành tích xuất sắc.',
          '- Về hình thức tổ chức tổng kết: Các địa phương căn cứ vào tình hình thực tế của địa phương lựa chọn hình thức tổ chức tổng kết trực tuyến/tập trung.',
        ].join('\n'),
      ),
    ).toEqual([[['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'], null]]);
  });
});

describe("a school year's milestones", () => {
  const news = [
    'Bộ Giáo dục và Đào tạo vừa chính thức công bố điều chỉnh khung kế hoạch thời gian năm học 2019-2020.',
    'Theo đó, có 4 mốc thời gian được điều chỉnh theo công bố là:',
    '1. Kết thúc năm học trước ngày 30/6/2020',
    '2. Xét công nhận hoàn thành chương trình tiểu học trước ngày 15/7/2020.',
    '3. Hoàn thành tuyển sinh vào lớp 10 trước ngày 15/8/2020.',
    'Trường hợp địa phương quyết định cho học sinh đi học trở lại muộn hơn trong tháng 3 thì phải xây dựng kế hoạch học bù.',
  ].join('\n');

  it("each milestone a task with its due; a condition's month is no deadline", () => {
    const got = tasks(news);
    expect(got.slice(0, 3)).toEqual([
      [[], '2020-06-29'],
      [[], '2020-07-14'],
      [[], '2020-08-14'],
    ]);
    expect(got.slice(3).every(([, due]) => due === null)).toBe(true);
  });
});

describe('opinions polled on an award', () => {
  it("ask those who may comment, by the window's last day; the department's own polling is none", () => {
    expect(
      tasks(
        [
          'Thông báo thăm dò dư luận đối với các tập thể, cá nhân đề nghị Bộ Giáo dục và Đào tạo tặng Bằng khen năm học 2021-2022',
          'Theo đó, căn cứ khoản 7 Điều 11 Thông tư số 21/2020/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo; trên cơ sở đề nghị của Hội đồng Thi đua - Khen thưởng, Sở Giáo dục, Khoa học và Công nghệ tổ chức lấy ý kiến thăm dò dư luận đối với 26 tập thể và 55 cá nhân được đề nghị tặng Bằng khen.',
          'Thời gian lấy ý kiến từ ngày 09/9/2022 đến hết ngày 17/9/2022.',
          'Các ý kiến đóng góp, kiến nghị (nếu có) của các tổ chức, cá nhân xin gửi về Sở Giáo dục, Khoa học và Công nghệ Bạc Liêu.',
        ].join('\n'),
      ),
    ).toEqual([[['Các tổ chức, cá nhân'], '2022-09-17']]);
  });

  it('"Báo X xin giới thiệu toàn văn Công văn" is no ask', () => {
    expect(tasks('Báo Bà Rịa-Vũng Tàu xin giới thiệu toàn văn Công văn số 13417/UBND-VP.')).toEqual(
      [],
    );
  });
});

describe("a timeline's entries", () => {
  it('"- Ngày 5/3/2026: X, Y giải quyết ..." is their work due that day', () => {
    expect(
      tasks(
        [
          'Dưới đây là các mốc thời gian cần lưu ý:',
          '- Ngày 5/3/2026: Hội đồng bầu cử quốc gia, Ủy ban bầu cử nhận xét, giải quyết khiếu nại, tố cáo về người ứng cử.',
          '- Ngày 15/3/2026: Bầu cử.',
        ].join('\n\n'),
      ),
    ).toEqual([[['Hội đồng bầu cử quốc gia', 'Ủy ban bầu cử'], '2026-03-05']]);
  });

  it('"Ngày 6/6/2025, X đã ký ban hành ..." is still news of a day', () => {
    expect(
      tasks('Ngày 6/6/2025, Ban Bí thư đã ký ban hành Kết luận số 163-KL/TW về đại hội.'),
    ).toEqual([]);
  });
});

describe("a letter's addressees listed in the news", () => {
  it('"gửi tới các Bộ, ngành, đơn vị gồm X, Y, các công ty (A, B), Z đề nghị ..."', () => {
    expect(
      tasks(
        '(BKTO) - Bộ Công Thương vừa có công văn gửi tới các Bộ, ngành, đơn vị gồm Bộ Công an, Bộ Tài chính, Bộ Giao thông vận tải, Tập đoàn Dầu khí Quốc gia Việt Nam, các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn), UBND các tỉnh, thành phố đề nghị tăng cường các biện pháp hỗ trợ nhằm bảo đảm nguồn cung xăng dầu.',
      ),
    ).toEqual([
      [
        [
          'Bộ Công an',
          'Bộ Tài chính',
          'Bộ Giao thông vận tải',
          'Tập đoàn Dầu khí Quốc gia Việt Nam',
          'Công ty lọc hóa dầu Nghi Sơn',
          'Công ty lọc hóa dầu Bình Sơn',
          'UBND các tỉnh, thành phố',
        ],
        null,
      ],
    ]);
  });
});

describe('"các cấp, các ngành" and a government\'s agreement', () => {
  it('the items under "yêu cầu các cấp, các ngành ... sau đây:" are theirs', () => {
    expect(
      tasks(
        'Số: 06/CT-UBND\nCHỈ THỊ\nChủ tịch UBND tỉnh yêu cầu các cấp, các ngành thực hiện một số giải pháp sau đây:\n1. Tập trung rà soát các đối tượng phải kê khai nộp thuế.\n2. Tăng cường quản lý thu.',
      ),
    ).toEqual([
      [['Cấp, các ngành'], null],
      [['Cấp, các ngành'], null],
    ]);
  });

  it('"Chính phủ thống nhất với kiến nghị của Bộ ... cho phép ..." is a decision, no task', () => {
    expect(
      tasks(
        'Chính phủ thống nhất với kiến nghị của Bộ Kế hoạch và Đầu tư cho phép các Bộ, cơ quan trung ương và địa phương được tiếp tục giải ngân đến ngày 30/9/2020.',
      ),
    ).toEqual([]);
  });
});

describe('roles and levels listed with their head left out', () => {
  it.each([
    [
      'Chậm nhất là ngày 1 tháng 2 năm 2026 (42 ngày trước ngày bầu cử), người ứng cử ĐBQH, ứng cử đại biểu HĐND (bao gồm cả người tự ứng cử) phải hoàn thành việc nộp hồ sơ ứng cử.',
      [[['Người ứng cử ĐBQH, ứng cử đại biểu HĐND'], '2026-02-01']],
    ],
    [
      'Ủy ban bầu cử cấp tỉnh, cấp xã có trách nhiệm thông báo công khai về địa điểm tiếp nhận hồ sơ.',
      [[['Ủy ban bầu cử cấp tỉnh', 'Ủy ban bầu cử cấp xã'], null]],
    ],
    [
      'UBND cấp huyện, cấp xã thực hiện rà soát.',
      [[['Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã'], null]],
    ],
    ['UBND các huyện, thị xã thực hiện rà soát.', [[['UBND các huyện, thị xã'], null]]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });
});

describe('letting pupils off, a city by its abbreviation', () => {
  it('"chỉ đạo Sở GD-ĐT, các huyện, thị xã và TP.Huế cho học sinh nghỉ học"', () => {
    expect(
      tasks(
        'Trưa cùng ngày, Chủ tịch UBND tỉnh Thừa Thiên - Huế có công văn hỏa tốc chỉ đạo Sở GD-ĐT, các huyện, thị xã và TP.Huế cho học sinh nghỉ học ngày 18 và 19.9 để chủ động ứng phó bão số 5.',
      ),
    ).toEqual([[['Sở Giáo dục và Đào tạo', 'Huyện, thị xã', 'TP.Huế'], null]]);
  });

  it('a headline opening on "TP.HCM" names no body asked', () => {
    expect(
      tasks(
        'TP.HCM rà soát hàng loạt kiến nghị cử tri\n\nUBND TP.HCM vừa có văn bản gửi các sở, ngành và đơn vị liên quan yêu cầu khẩn trương rà soát, giải quyết các kiến nghị của cử tri.',
      ).map((t) => t[0]),
    ).toEqual([['Sở, ngành và đơn vị liên quan']]);
  });
});

describe('forces and qualified plurals', () => {
  it.each([
    [
      'Lực lượng kiểm lâm, quân đội, công an thực hiện tốt quy chế phối hợp.',
      [[['Lực lượng kiểm lâm', 'Lực lượng quân đội', 'Lực lượng công an'], null]],
    ],
    [
      'Sở NN&PTNT đề nghị các đơn vị liên quan, UBND các huyện, thành phố có rừng thực hiện nghiêm Nghị quyết số 99 của Quốc hội.',
      [[['Các đơn vị liên quan', 'UBND các huyện, thành phố có rừng'], null]],
    ],
    [
      'Các Cục THADS có tổng số giải quyết từ 500 việc, phấn đấu đạt 80%.',
      [[['Cục Thi hành án dân sự'], null]],
    ],
    ['UBND tỉnh có ý kiến chỉ đạo Sở Công Thương rà soát.', [[['Sở Công Thương'], null]]],
  ])('%s', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('"các bộ, ngành, địa phương có thể xây dựng ..." is left to them', () => {
    expect(
      tasks('Các bộ, ngành, địa phương có thể xây dựng văn bản riêng về chuyển đổi số.'),
    ).toEqual([]);
  });
});

describe('the Front in lower case, under a fronted deadline', () => {
  it('"Hoàn thành trước 25/7/2024, việc ..., Chủ tịch ... yêu cầu mặt trận các cấp ..."', () => {
    expect(
      tasks(
        'Kinhtedothi - Hoàn thành trước 25/7/2024, việc lấy ý kiến hài lòng của người dân về xây dựng nông thôn mới, Chủ tịch Ủy ban MTTQ TP Hà Nội yêu cầu mặt trận các cấp phải đảm bảo khách quan, toàn diện.',
      ),
    ).toEqual([[['Mặt trận các cấp'], '2024-07-24']]);
  });
});

describe('more ways a page names its document', () => {
  const fields = (text: string) => {
    const d = read(text);
    return [d.doc_type, d.doc_number, d.issued_on];
  };

  it.each([
    [
      'Chủ tịch UBND tỉnh yêu cầu các Sở, ban, ngành báo cáo việc sử dụng tài sản công.\n\nNguồn: CV số 518/VPUBND-NC ngày 31/1/2018 của VPUBND tỉnh',
      ['CÔNG VĂN', '518/VPUBND-NC', '2018-01-31'],
    ],
    [
      'Ngày 3-8, Chủ tịch UBND thành phố đã ký văn bản số 5120/UBND-KSTT biểu dương Sở Kế hoạch và Đầu tư.',
      ['CÔNG VĂN', '5120/UBND-KSTT', null],
    ],
    [
      'Bộ Nội vụ đề nghị các bộ, ngành báo cáo công tác cải cách hành chính.\n\nSở Nội vụ trân trọng giới thiệu toàn văn Văn bản số581/BNV-CCHC và các biểu mẫu đính kèm.',
      ['CÔNG VĂN', '581/BNV-CCHC', null],
    ],
    [
      'Tổng cục Thi hành án dân sự ban hành công văn chỉ đạo báo cáo kết quả thực hiện Kế hoạch\n\nNgày 13/01/2023, Thủ tướng Chính phủ đã ký Quyết định số 17/QĐ-TTg phê duyệt Đề án.',
      ['CÔNG VĂN', null, null],
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});

describe('"Trong nội dung Công văn số …, ban hành ngày …, X yêu cầu"', () => {
  it('names the document that asks', () => {
    const d = read(
      'Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu các sở, ngành liên quan chủ động phòng, chống bệnh dịch.',
    );
    expect([d.doc_type, d.doc_number]).toEqual(['CÔNG VĂN', '4913/VP-KT']);
  });
});

describe("a prize's entries", () => {
  it.each([
    [
      'Ban tổ chức chính thức nhận bài dự thi kể từ 15 giờ ngày 5.8.2016 đến 17 giờ 30 phút ngày 15.11.2016 thông qua địa chỉ: Trung tâm Thông tin.',
      '2016-11-15',
    ],
    [
      'Thời gian nhận tác phẩm dự giải từ ngày nay đến hết ngày 30-11-2009 tại địa chỉ: Vụ Báo chí.',
      '2009-11-30',
    ],
    [
      'Đợt 2: sinh viên nộp hồ sơ từ ngày ra thông báo đến hết 16 giờ 30 ngày 29/3/2024.',
      '2024-03-29',
    ],
  ])('a window for entries closes on its last day: %s', (text, due) => {
    expect(
      findDuePhrases(text, { issuedOn: null, calendar: new WorkingCalendar() }).map((x) => x.due),
    ).toEqual([due]);
  });

  it('entries that close on a day, in a sentence that asks no one by name, are a task', () => {
    expect(
      tasks(
        'Theo Kế hoạch và Thể lệ Giải, thời hạn nhận tác phẩm sẽ kết thúc vào ngày 30/11/2017, chấm sơ khảo và chung khảo trong tháng 12/2017.',
      ),
    ).toEqual([[[], '2017-11-30']]);
  });

  it("a report's data window is still no deadline", () => {
    expect(
      tasks('Các đơn vị báo cáo số liệu từ ngày 01/10/2009 đến ngày 30/4/2012 về Vụ Tổng hợp.'),
    ).toEqual([[['Các đơn vị'], null]]);
  });
});
