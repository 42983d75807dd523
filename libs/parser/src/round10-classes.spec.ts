import { WorkingCalendar } from '@dondoc/domain/calendar/working-calendar';
import { findDuePhrases } from './due-phrase';
import { parseDirective } from './index';
import { readProseDocument } from './prose-document';
import { directory, resolver } from './test-directory';
import { nameKey } from './unit-resolver';

/**
 * Round 10 (issue 14): the classes the twelfth batch showed once it had measured the parser,
 * each in sentences written for these specs the way letters and news items write them, with
 * cases beside them that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);
const calendar = new WorkingCalendar();
const dues = (text: string) =>
  findDuePhrases(text, { issuedOn: null, calendar }).map((d) => [d.phrase, d.due]);

describe('abbreviations of state bodies (data/abbreviations.ts)', () => {
  it.each([
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở GD-ĐT', 'Sở Giáo dục và Đào tạo'],
    ['SGD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Phòng TN&MT', 'Phòng Tài nguyên và Môi trường'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Bộ VHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['các đơn vị thuộc TTCP', 'các đơn vị thuộc Thanh tra Chính phủ'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['UBMTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
  ])('"%s" names the same body as "%s"', (short, long) => {
    expect(nameKey(short)).toBe(nameKey(long));
  });

  it('keeps apart what only looks alike', () => {
    expect(nameKey('Sở GDĐT')).not.toBe(nameKey('Sở Giao thông vận tải'));
    expect(nameKey('Phòng TC-KH')).not.toBe(nameKey('Phòng Kinh tế và Hạ tầng'));
  });

  it('gives a short name in a text the official name of the gazetteer', () => {
    expect(
      tasks(
        'Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT tập trung chỉ đạo, tổ chức thực hiện Chương trình giáo dục phổ thông.',
      ),
    ).toEqual([[['Sở Giáo dục và Đào tạo'], null]]);
    expect(
      tasks('UBND tỉnh giao Sở TN&MT chủ trì rà soát quỹ đất, báo cáo trước ngày 15/3/2021.'),
    ).toEqual([[['Sở Tài nguyên và Môi trường'], '2021-03-14']]);
  });
});

describe('names and their verbs', () => {
  it('keeps a capital after a name\'s dash in the name ("Vụ Kế hoạch - Tổng hợp")', () => {
    expect(
      tasks(
        'Tổng Thanh tra Chính phủ yêu cầu Vụ Kế hoạch - Tổng hợp khẩn trương tham mưu ban hành Kế hoạch thanh tra trong tháng 2/2020.',
      ),
    ).toEqual([[['Vụ Kế hoạch - Tổng hợp'], '2020-02-29']]);
    // the verb in lower case after the name still ends it
    expect(
      tasks('UBND tỉnh yêu cầu Phòng Tài chính - Kế hoạch tổng hợp báo cáo trước ngày 20/3/2021.'),
    ).toEqual([[['Phòng Tài chính - Kế hoạch'], '2021-03-19']]);
  });

  it('ends the units at "phân tích, đánh giá"', () => {
    expect(
      tasks(
        'Thanh tra Chính phủ cũng đề nghị các bộ, ngành, địa phương phân tích, đánh giá nguyên nhân công dân ít khởi kiện vụ việc ra Tòa án.',
      ),
    ).toEqual([[['Bộ, ngành, địa phương'], null]]);
  });

  it('reads the units past a short name in brackets before their verb', () => {
    expect(
      tasks(
        'Tiểu ban yêu cầu Ban Chỉ đạo Đại hội các tỉnh (Ban Chỉ đạo cấp tỉnh) thực hiện một số nội dung sau:\n\n1. Lập hồ sơ đề nghị khen thưởng gửi về Tiểu ban trước ngày 31/01/2010.',
      ),
    ).toEqual([[['Ban Chỉ đạo Đại hội các tỉnh'], '2010-01-30']]);
    expect(
      tasks(
        'Ủy ban nhân dân tỉnh giao Sở Kế hoạch và Đầu tư (sau đây gọi tắt là Sở) chủ trì xây dựng kế hoạch trước ngày 15/3/2021.',
      ),
    ).toEqual([[['Sở Kế hoạch và Đầu tư'], '2021-03-14']]);
    // an aside that is no name stays out of the units as before
    expect(
      tasks(
        'UBND tỉnh giao Sở Y tế (cơ quan thường trực) chủ trì triển khai tiêm chủng trước ngày 30/6/2021.',
      ),
    ).toEqual([[['Sở Y tế'], '2021-06-29']]);
  });
});

describe('what a news item reports and what it asks', () => {
  it('reads "Theo báo cáo của ..., các đơn vị triển khai 464 việc" as what was done', () => {
    expect(
      tasks(
        'Theo báo cáo của Thanh tra Chính phủ (TTCP), trong tháng 1/2020, các đơn vị thuộc TTCP triển khai 464 việc, nhiệm vụ theo kế hoạch.\n\nMới đây, Tổng TTCP đã yêu cầu Vụ Kế hoạch - Tổng hợp khẩn trương tham mưu ban hành Kế hoạch chi tiết trong tháng 2/2020.',
      ),
    ).toEqual([[['Vụ Kế hoạch - Tổng hợp'], '2020-02-29']]);
  });

  it('gives "Thời hạn báo cáo ... là ngày" in a paragraph of its own to the report asked before', () => {
    expect(
      tasks(
        'Thanh tra Chính phủ yêu cầu các bộ, ngành, địa phương tổng hợp chính xác, đầy đủ về công tác tiếp công dân.\n\nThời hạn báo cáo kết quả công tác giải quyết khiếu nại, tố cáo năm 2020 là ngày 10/8/2020.',
      ),
    ).toEqual([[['Bộ, ngành, địa phương'], '2020-08-10']]);
  });

  it('takes the addressees a lede names by their heads\' titles for "Thủ trưởng các đơn vị"', () => {
    expect(
      tasks(
        'Ngày 29/11/2019, Tổng Kiểm toán nhà nước đã ký và ban hành Công điện số 1525/CĐ-KTNN gửi Thủ trưởng các đơn vị trực thuộc Kiểm toán nhà nước (KTNN) về việc khẩn trương phát hành các báo cáo kiểm toán.\n\nTổng Kiểm toán nhà nước yêu cầu Thủ trưởng các đơn vị khẩn trương thực hiện các công việc sau đây:\n\nTập trung hoàn thành việc phát hành Báo cáo kiểm toán trước 31/12/2019.',
      ),
    ).toEqual([[['Các đơn vị trực thuộc Kiểm toán nhà nước'], '2019-12-30']]);
  });
});

describe('the document a news item names', () => {
  it('reads "Đó là chỉ đạo của ... tại Công văn số ... ngày 19/6" with the cited year', () => {
    expect(
      readProseDocument(
        'Kiểm tra, xử lý nghiêm các trường hợp ra đường\n\nĐó là chỉ đạo của UBND tỉnh đối với các Sở, ban, ngành, đoàn thể cấp tỉnh, UBND các huyện, thành phố, thị xã tại Công văn số 4079/UBND-KT ngày 19/6 về việc tiếp tục thực hiện các biện pháp theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.',
      ),
    ).toEqual({ docType: 'CÔNG VĂN', docNumber: '4079/UBND-KT', issuedOn: '2020-06-19' });
  });

  it('still takes "Thực hiện chỉ đạo của ... tại Công văn số ..." as a cited document', () => {
    expect(
      readProseDocument(
        'Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 4079/UBND-KT ngày 19/6/2020, Sở Y tế đề nghị các bệnh viện tăng cường kiểm tra.',
      ).docNumber,
    ).not.toBe('4079/UBND-KT');
  });
});

describe('months as deadlines and as periods', () => {
  it('reads "tháng 9.2020" written with a tight dot', () => {
    expect(dues('Lùi thời gian hoàn thành các mục tiêu đến trước tháng 9.2020.')).toEqual([
      ['trước tháng 9.2020', '2020-08-31'],
    ]);
    expect(dues('Hoàn thành việc rà soát trong tháng 6.2021.')).toEqual([
      ['trong tháng 6.2021', '2021-06-30'],
    ]);
  });

  it('reads "Đối với nhiệm vụ trong tháng 11.2019" as the month\'s work, no deadline', () => {
    expect(dues('Đối với nhiệm vụ trong tháng 11.2019, Chủ tịch UBND huyện yêu cầu.')).toEqual([]);
    expect(dues('Về công tác trong tháng 12/2020, các ngành cần tập trung.')).toEqual([]);
    // work to finish within the month still has its deadline
    expect(dues('Sở hoàn thành các nhiệm vụ trong tháng 11/2019.')).toEqual([
      ['trong tháng 11/2019', '2019-11-30'],
    ]);
  });
});

describe("addressees by their heads' titles, parted by semicolons", () => {
  it('reads a run of titles and bodies parted by ";" as every one of them', () => {
    expect(
      tasks(
        'Sở yêu cầu Trưởng phòng Giáo dục và Đào tạo 24 quận, huyện; Hiệu trưởng các trường Trung học phổ thông; Giám đốc Trung tâm GDNN-GDTX; Phân hiệu BTVH; Thủ trưởng các đơn vị trực thuộc Sở báo cáo trước ngày 5/1/2019.',
      ),
    ).toEqual([
      [
        [
          'Phòng Giáo dục và Đào tạo 24 quận, huyện',
          'Trường Trung học phổ thông',
          'Trung tâm GDNN-GDTX',
          'Phân hiệu BTVH',
          'Các đơn vị trực thuộc Sở',
        ],
        '2019-01-04',
      ],
    ]);
  });

  it('gives "Trưởng phòng ..." the office it heads', () => {
    expect(tasks('UBND huyện yêu cầu Trưởng phòng Tư pháp báo cáo trước ngày 5/1/2019.')).toEqual([
      [['Phòng Tư pháp'], '2019-01-04'],
    ]);
    expect(
      tasks(
        'Sở yêu cầu Trưởng phòng Giáo dục và Đào tạo các quận, huyện báo cáo trước ngày 5/1/2019.',
      ),
    ).toEqual([[['Phòng Giáo dục và Đào tạo các quận, huyện'], '2019-01-04']]);
    // a title whose body is named in full keeps that name
    expect(tasks('Sở yêu cầu Chánh Văn phòng UBND tỉnh báo cáo trước ngày 5/1/2019.')).toEqual([
      [['Văn phòng Ủy ban nhân dân tỉnh'], '2019-01-04'],
    ]);
  });

  it('reads schools by their kind, and "phổ thông báo cáo" as a name and its verb', () => {
    expect(
      tasks('UBND tỉnh yêu cầu các trường trung học phổ thông báo cáo trước ngày 5/1/2019.'),
    ).toEqual([[['Trường trung học phổ thông'], '2019-01-04']]);
    expect(
      tasks(
        'UBND tỉnh yêu cầu các trường trung học phổ thông; Sở Tài chính báo cáo trước ngày 5/1/2019.',
      ),
    ).toEqual([[['Trường trung học phổ thông', 'Sở Tài chính'], '2019-01-04']]);
    // cases are no schools
    expect(
      tasks('UBND tỉnh yêu cầu Sở Y tế xử lý các trường hợp vi phạm trước ngày 5/1/2019.'),
    ).toEqual([[['Sở Y tế'], '2019-01-04']]);
  });

  it('reads the addressees of "công văn <who sent it> gửi ..." in a news item', () => {
    expect(
      tasks(
        'Theo công văn Sở GDĐT TP. Hồ Chí Minh gửi Trưởng phòng Giáo dục và Đào tạo 24 quận, huyện; Giám đốc Trung tâm GDNN-GDTX, đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa cung cấp số liệu.\n\nVì vậy, Sở đề nghị thủ trưởng các đơn vị nghiêm túc thực hiện các nội dung báo cáo nêu trên.',
      ),
    ).toEqual([[['Phòng Giáo dục và Đào tạo 24 quận, huyện', 'Trung tâm GDNN-GDTX'], null]]);
  });
});

describe('a reminder', () => {
  it('keeps the deadline of the earlier document for the ask that states none', () => {
    expect(
      tasks(
        'Đến ngày 4.1, Sở Kế hoạch và Đầu tư vẫn chưa nhận được báo cáo của UBND các huyện, thị xã, thành phố.\n\nTrước đó, ngày 11.12.2017, Sở Kế hoạch và Đầu tư có công văn gửi các đơn vị đề nghị chậm nhất ngày 25.12.2017 phải báo cáo nội dung này.\n\nUBND các huyện, thị xã, thành phố cần khẩn trương nộp báo cáo theo yêu cầu.',
      ),
    ).toEqual([[['UBND các huyện, thị xã, thành phố'], '2017-12-25']]);
  });

  it('keeps no deadline where nothing is chased, or where the text narrates two', () => {
    expect(
      tasks(
        'Trước đó, Sở có công văn đề nghị chậm nhất ngày 25.12.2017 phải báo cáo nội dung này.\n\nUBND các huyện cần khẩn trương triển khai kế hoạch.',
      ),
    ).toEqual([[['UBND các huyện'], null]]);
    expect(
      tasks(
        'Đến nay Sở vẫn chưa nhận được báo cáo. Trước đó, Sở đề nghị chậm nhất ngày 25.12.2017 gửi báo cáo tháng và chậm nhất ngày 30.12.2017 gửi báo cáo năm.\n\nUBND các huyện cần khẩn trương nộp báo cáo.',
      ),
    ).toEqual([[['UBND các huyện'], null]]);
  });
});

describe('bodies of a province and a district (data/gazetteer.ts)', () => {
  it('reads the branches of central agencies and the mass organisations', () => {
    expect(
      tasks(
        'Bảo hiểm xã hội tỉnh, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh theo chức năng, nhiệm vụ phối hợp thực hiện.',
      ),
    ).toEqual([[['Bảo hiểm xã hội tỉnh', 'Cục Thuế tỉnh', 'Kho bạc Nhà nước tỉnh'], null]]);
    expect(
      tasks(
        'Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn, Hội Nông dân tỉnh tuyên truyền vận động hội viên.',
      ),
    ).toEqual([[['Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh Đoàn', 'Hội Nông dân tỉnh'], null]]);
  });

  it('keeps a name whose lower-case words hold a verb ("đầu tư xây dựng") whole', () => {
    expect(
      tasks(
        'Ban Quản lý dự án đầu tư xây dựng huyện khẩn trương hoàn thiện hồ sơ, xong trước ngày 15 tháng 10 năm 2023.',
      ),
    ).toEqual([[['Ban Quản lý dự án đầu tư xây dựng huyện'], '2023-10-14']]);
  });
});

describe('partners and summaries', () => {
  it('ends the partners at how the work is to be done', () => {
    const [task] = read(
      'Giao UBND thành phố Vinh chủ trì, phối hợp với Sở Xây dựng và các đơn vị liên quan khẩn trương xử lý dứt điểm.',
    ).tasks;
    expect(task.coordinating_units).toEqual(['Sở Xây dựng', 'Các đơn vị liên quan']);
  });

  it('starts a summary at the work, not at the comma after a role', () => {
    const [task] = read(
      'Giao Sở Tư pháp làm đầu mối, phối hợp với Sở Nội vụ theo dõi việc thực hiện.',
    ).tasks;
    expect(task.summary).toBe('Phối hợp với Sở Nội vụ theo dõi việc thực hiện');
  });
});

describe('Party committees and organisations', () => {
  it('reads "Bí thư cấp ủy" as the committees and "cấp ủy, tổ chức đảng" as one run of kinds', () => {
    expect(
      tasks(
        'Đề nghị các đồng chí Bí thư cấp ủy, Chủ tịch UBND các xã, thị trấn quan tâm chỉ đạo thực hiện tốt các nội dung trên.',
      ),
    ).toEqual([[['Cấp ủy', 'UBND các xã, thị trấn'], null]]);
    expect(tasks('Yêu cầu các cấp ủy, tổ chức đảng chỉ đạo thực hiện nghiêm túc.')).toEqual([
      [['Cấp ủy, tổ chức đảng'], null],
    ]);
    // "tổ chức" still organises
    expect(tasks('Sở Nội vụ tổ chức hội nghị sơ kết trước ngày 30/6/2023.')).toEqual([
      [['Sở Nội vụ'], '2023-06-29'],
    ]);
  });
});

describe('a plan\'s "Tổ chức thực hiện": numbered headings that only name bodies', () => {
  const plan = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG NGÃI',
    'Số: 125/KH-UBND',
    'Quảng Ngãi, ngày 10 tháng 8 năm 2023',
    '',
    'KẾ HOẠCH',
    'Triển khai thực hiện công tác chuyển đổi số năm 2023',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Sở Thông tin và Truyền thông',
    '- Chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, đôn đốc triển khai Kế hoạch này.',
    '- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2023.',
    '2. Sở Tài chính',
    'Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.',
    '3. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố',
    'a) Xây dựng kế hoạch chuyển đổi số của cơ quan, đơn vị, hoàn thành trước ngày 30/9/2023.',
    'b) Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông.',
    '4. Công an tỉnh: Bảo đảm an ninh mạng.',
    '',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn A',
  ].join('\n');

  it('gives the bullets, paragraphs and sub-items under a heading its bodies', () => {
    expect(read(plan).tasks.map((t) => [t.item, t.lead_units, t.due, t.recurrence])).toEqual([
      ['III.1', ['Sở Thông tin và Truyền thông'], null, null],
      ['III.1', ['Sở Thông tin và Truyền thông'], '2023-12-14', null],
      ['III.2', ['Sở Tài chính'], null, null],
      ['III.3.a', ['Sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'], '2023-09-29', null],
      ['III.3.b', ['Sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'], null, 'quarterly'],
      ['III.4', ['Công an tỉnh'], null, null],
    ]);
  });

  it('reads the signer under two authority lines', () => {
    expect(read(plan).signer).toEqual({
      name: 'Nguyễn Văn A',
      title: 'Phó Chủ tịch',
      authority: 'KT. Chủ tịch',
    });
  });

  it('keeps a heading that is a topic, not a body, out of the leads', () => {
    expect(
      tasks(
        'KẾ HOẠCH\nSố: 12/KH-UBND\n\n1. Công tác tuyên truyền\n- Sở Thông tin và Truyền thông chủ trì tuyên truyền.\n- Đẩy mạnh tuyên truyền trên mạng xã hội.',
      ),
    ).toEqual([[['Sở Thông tin và Truyền thông'], null]]);
  });
});

describe("a ministry's letter of numbered asks", () => {
  const letter = [
    'BỘ TÀI CHÍNH',
    'Số: 5432/BTC-NSNN',
    'Hà Nội, ngày 15 tháng 6 năm 2022',
    '',
    'Kính gửi:',
    '- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;',
    '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
    '',
    'Bộ Tài chính đề nghị các Bộ, cơ quan trung ương và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nội dung sau:',
    '',
    '1. Đánh giá tình hình thực hiện dự toán thu, chi ngân sách nhà nước 6 tháng đầu năm.',
    '',
    '2. Báo cáo kết quả thực hiện các nhiệm vụ, giải pháp về tiết kiệm chi thường xuyên.',
    '',
    'Báo cáo của các Bộ, cơ quan, địa phương gửi về Bộ Tài chính trước ngày 15/7/2022 để tổng hợp.',
    '',
    'Bộ Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.',
  ].join('\n');
  const addressees = [
    'Bộ, cơ quan trung ương',
    'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  ];

  it("keeps an item's own ask beside the task of the paragraph under it, and drops the closing formula", () => {
    expect(read(letter).tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['1', addressees, null],
      ['2', addressees, null],
      ['2', ['Bộ, cơ quan, địa phương'], '2022-07-14'],
    ]);
  });
});

describe('a conclusion notice', () => {
  it('does not complete "UBND các xã" with the communes a later item names', () => {
    const [first] = read(
      'THÔNG BÁO\nSố: 45/TB-VP\n\n1. Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã rà soát hồ sơ đất đai trước ngày 20/4/2023.\n\n2. Chủ tịch UBND các xã Phổ Châu, Phổ Thạnh tập trung vận động người dân bàn giao mặt bằng.',
    ).tasks;
    expect(first.coordinating_units).toEqual(['UBND các xã']);
  });
});

describe('task tables', () => {
  it('skips a markdown rule under the header and takes a recurrence from the completion cell', () => {
    const text = [
      'KẾ HOẠCH',
      'Số: 20/KH-UBND',
      'Hà Tĩnh, ngày 01 tháng 3 năm 2024',
      '',
      '| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
      '|---|---|---|---|---|',
      '| 1 | Rà soát thủ tục hành chính | Sở Tư pháp | Văn phòng UBND tỉnh | Trước ngày 30/6/2024 |',
      '| 2 | Kiểm tra công vụ | Sở Nội vụ | Các sở | Hằng năm |',
    ].join('\n');
    expect(read(text).tasks.map((t) => [t.item, t.lead_units, t.due, t.recurrence])).toEqual([
      ['1', ['Sở Tư pháp'], '2024-06-29', null],
      ['2', ['Sở Nội vụ'], null, 'yearly'],
    ]);
  });
});

describe("a procuracy's yearly plan", () => {
  const plan = [
    'VIỆN KIỂM SÁT NHÂN DÂN',
    'TỈNH NGHỆ AN',
    'Số: 215/KH-VKS-P2',
    'Nghệ An, ngày 12 tháng 01 năm 2024',
    '',
    'KẾ HOẠCH',
    'Thực hiện công tác kiểm sát năm 2024',
    '',
    'Căn cứ Chỉ thị số 01/CT-VKSTC ngày 02/01/2024 của Viện trưởng VKSND tối cao về công tác năm 2024, Viện KSND tỉnh Nghệ An xây dựng Kế hoạch như sau:',
    '',
    '1. Phòng 2 chủ trì, phối hợp với Phòng 1 tăng cường kiểm sát việc giải quyết nguồn tin về tội phạm.',
    '2. Phòng 7 báo cáo kết quả về Viện trưởng trước ngày 30/6/2024.',
  ].join('\n');

  it('takes "Thực hiện ..." under the type line as the title', () => {
    expect(read(plan).title).toBe('Thực hiện công tác kiểm sát năm 2024');
  });

  it('does not make the issuer\'s "xây dựng Kế hoạch như sau" a task', () => {
    expect(read(plan).tasks.map((t) => [t.item, t.lead_units, t.due])).toEqual([
      ['1', ['Phòng 2'], null],
      ['2', ['Phòng 7'], '2024-06-29'],
    ]);
  });

  it('still reads "Thực hiện Công văn số ..., Sở ..." as the body, not the title', () => {
    expect(
      read(
        'KẾ HOẠCH\nThực hiện Công văn số 12/UBND-VX, Sở Y tế triển khai như sau:\n1. Phòng Nghiệp vụ rà soát.',
      ).title,
    ).toBeNull();
  });
});

describe('roles in brackets', () => {
  it('reads "(chủ trì)" and "(phối hợp)" after units as who leads and who helps', () => {
    const [task] = read(
      'Sở Giáo dục và Đào tạo (chủ trì), Sở Y tế (phối hợp) tổ chức kiểm tra công tác y tế trường học.',
    ).tasks;
    expect([task.lead_units, task.coordinating_units]).toEqual([
      ['Sở Giáo dục và Đào tạo'],
      ['Sở Y tế'],
    ]);
    expect(
      read(
        'Phòng 7 (chủ trì) và Văn phòng (phối hợp) tổng hợp báo cáo trước ngày 20/12/2023.',
      ).tasks.map((t) => [t.lead_units, t.coordinating_units, t.due]),
    ).toEqual([[['Phòng 7'], ['Văn phòng'], '2023-12-19']]);
  });
});

describe('the work of a lead and its partners stated once', () => {
  it('summarises "X chủ trì; Y phối hợp <work>" by the work', () => {
    const [task] = read(
      'Giao Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp xây dựng đề án, trình UBND tỉnh trước ngày 15/11/2023.',
    ).tasks;
    expect([task.lead_units, task.coordinating_units, task.summary]).toEqual([
      ['Sở Y tế'],
      ['Sở Tài chính', 'Sở Nội vụ'],
      'Xây dựng đề án, trình UBND tỉnh trước ngày 15/11/2023',
    ]);
  });
});

describe('more deadline shapes', () => {
  const on = (text: string) =>
    findDuePhrases(text, { issuedOn: '2023-11-10', calendar }).map((d) => [
      d.phrase,
      d.due,
      d.rule ?? null,
    ]);

  it('reads "trong tuần đầu tháng 12/2023" as the month\'s seventh day, "tuần cuối" as its end', () => {
    expect(on('Hoàn thành trong tuần đầu tháng 12/2023.')).toEqual([
      ['trong tuần đầu tháng 12/2023', '2023-12-07', null],
    ]);
    expect(on('Hoàn thành trong tuần cuối tháng 12/2023.')).toEqual([
      ['trong tuần cuối tháng 12/2023', '2023-12-31', null],
    ]);
  });

  it('keeps "chậm nhất là 05 ngày làm việc sau khi ..." as a rule, not a date', () => {
    expect(on('Gửi về Sở chậm nhất là 05 ngày làm việc sau khi kết thúc hội nghị.')).toEqual([
      [
        'chậm nhất là 05 ngày làm việc sau khi kết thúc hội nghị',
        null,
        { working_days: 5, from: 'kết thúc hội nghị' },
      ],
    ]);
  });
});

describe('the issuer in a copied header', () => {
  it('reads a name broken over lines, past the motto broken the same way', () => {
    expect(
      read(
        'VIỆN\nKIỂM SÁT NHÂN DÂN\nTỐI CAO\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 11/HD-VKSTC\nHà Nội, ngày 02 tháng 3 năm 2022\n\nHƯỚNG DẪN\n\n1. Vụ 7 báo cáo trước ngày 30/3/2022.',
      ).issuer,
    ).toBe('VKSND tối cao');
  });

  it('writes an unknown body in capitals as its name is written, with its level and place', () => {
    expect(
      read(
        'SỞ TÀI CHÍNH TỈNH BÌNH ĐỊNH\nSố: 2345/STC-QLNS\nBình Định, ngày 05 tháng 01 năm 2023\n\nKính gửi: UBND các huyện.\n\nĐề nghị UBND các huyện gửi báo cáo trước ngày 15/02/2023.',
      ).issuer,
    ).toBe('Sở Tài chính tỉnh Bình Định');
    expect(
      read(
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc\nSố: 184/UBND\n\nPhòng Tài chính - Kế hoạch rà soát trước ngày 20/3/2018.',
      ).issuer,
    ).toBe('Ủy ban nhân dân huyện Châu Thành');
    expect(
      read(
        'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH QUẢNG NAM\nSố: 12/BCĐ\n\nTHÔNG BÁO\n\n1. Sở Y tế rà soát.',
      ).issuer,
    ).toBe('Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Quảng Nam');
  });
});

describe("a plan's tasks by named fields", () => {
  it('reads "Cơ quan chủ trì", "Cơ quan phối hợp" and "Thời gian hoàn thành" under an item', () => {
    const text = [
      'KẾ HOẠCH',
      'Số: 10/KH-UBND',
      'Hà Nội, ngày 01 tháng 3 năm 2024',
      '',
      '1. Tổ chức hội nghị quán triệt Nghị quyết',
      '- Cơ quan chủ trì: Sở Tư pháp.',
      '- Cơ quan phối hợp: Sở Nội vụ, Sở Tài chính.',
      '- Thời gian hoàn thành: trước ngày 30/4/2024.',
      '',
      '2. Rà soát văn bản quy phạm pháp luật',
      '- Đơn vị thực hiện: Văn phòng UBND tỉnh.',
      '- Thời gian thực hiện: Quý III/2024.',
    ].join('\n');
    expect(
      read(text).tasks.map((t) => [t.item, t.lead_units, t.coordinating_units, t.due, t.summary]),
    ).toEqual([
      [
        '1',
        ['Sở Tư pháp'],
        ['Sở Nội vụ', 'Sở Tài chính'],
        '2024-04-29',
        'Tổ chức hội nghị quán triệt Nghị quyết',
      ],
      [
        '2',
        ['Văn phòng Ủy ban nhân dân tỉnh'],
        [],
        '2024-09-30',
        'Rà soát văn bản quy phạm pháp luật',
      ],
    ]);
  });

  it('lets units help the bodies they name ("giúp Tỉnh ủy, Thành ủy xây dựng ...")', () => {
    expect(
      tasks('UBND cấp tỉnh giúp Tỉnh ủy, Thành ủy xây dựng và gửi báo cáo về Bộ Tư pháp.'),
    ).toEqual([[['Ủy ban nhân dân cấp tỉnh'], null]]);
  });
});

describe('task fields inside a paragraph', () => {
  it('reads "(cơ quan chủ trì: ...; thời gian: ...)" and the fields written in the sentence', () => {
    expect(
      read(
        'KẾ HOẠCH\nSố: 10/KH-UBND\n\n1. Tổ chức tập huấn nghiệp vụ cho cán bộ (cơ quan chủ trì: Sở Nội vụ; thời gian: Quý II/2024).',
      ).tasks.map((t) => [t.lead_units, t.due, t.summary]),
    ).toEqual([[['Sở Nội vụ'], '2024-06-30', 'Tổ chức tập huấn nghiệp vụ cho cán bộ']]);
    expect(
      read(
        'Tổ chức tập huấn nghiệp vụ cho cán bộ. Đơn vị chủ trì: Sở Nội vụ; Đơn vị phối hợp: Sở Tài chính; Thời gian hoàn thành: tháng 6/2024.',
      ).tasks.map((t) => [t.lead_units, t.coordinating_units, t.due]),
    ).toEqual([[['Sở Nội vụ'], ['Sở Tài chính'], '2024-06-30']]);
  });
});

describe('units asked by their plural alone', () => {
  it('takes "các đơn vị" asked or acting with no "Kính gửi" as the addressee, "Các đơn vị"', () => {
    expect(tasks('Đề nghị các đơn vị báo cáo kết quả trước ngày 10/12/2023.')).toEqual([
      [['Các đơn vị'], '2023-12-09'],
    ]);
    expect(
      tasks('Thủ trưởng các đơn vị lập danh sách, gửi về Thanh tra tỉnh trước ngày 10/12/2023.'),
    ).toEqual([[['Các đơn vị'], '2023-12-09']]);
  });

  it('still drops the closing formula "yêu cầu Thủ trưởng các đơn vị ... triển khai thực hiện nghiêm túc"', () => {
    expect(
      tasks(
        'CHỈ THỊ\nSố: 05/CT-UBND\n\n1. Sở Y tế rà soát trước ngày 10/12/2023.\n\nNhận được Chỉ thị này, yêu cầu Thủ trưởng các đơn vị tổ chức quán triệt và triển khai thực hiện nghiêm túc./.',
      ),
    ).toEqual([[['Sở Y tế'], '2023-12-09']]);
  });
});

describe('a shared head before the verb', () => {
  it('keeps the last item of "các Sở: ..., Xây dựng" a name before the list\'s verb', () => {
    expect(
      tasks(
        'Giao các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng phối hợp thẩm định dự án, báo cáo UBND tỉnh trước ngày 15/12/2023.',
      ),
    ).toEqual([[['Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Sở Xây dựng'], '2023-12-14']]);
  });
});

describe('a level in the plural over a list of places', () => {
  it('names each place\'s body singly ("UBND các tỉnh Quảng Nam, Quảng Ngãi")', () => {
    expect(
      tasks(
        'Thủ tướng yêu cầu Chủ tịch UBND các tỉnh Quảng Nam, Quảng Ngãi, Bình Định chỉ đạo các lực lượng tìm kiếm người mất tích.',
      ),
    ).toEqual([
      [
        [
          'Ủy ban nhân dân tỉnh Quảng Nam',
          'Ủy ban nhân dân tỉnh Quảng Ngãi',
          'Ủy ban nhân dân tỉnh Bình Định',
        ],
        null,
      ],
    ]);
    expect(tasks('Giao UBND các huyện Mộ Đức, Tư Nghĩa tổ chức kiểm tra.')).toEqual([
      [['UBND huyện Mộ Đức', 'UBND huyện Tư Nghĩa'], null],
    ]);
  });
});

describe('after the thirteenth batch was measured (read, then fixed)', () => {
  it('reads "&" inside a name as its "và"', () => {
    expect(
      tasks(
        'Thủ tướng Chính phủ đã giao Bộ Lao động, Thương binh & Xã hội chậm nhất trước ngày 15/8 phải phối hợp với các đơn vị liên quan.',
      ),
    ).toEqual([[['Bộ Lao động - Thương binh và Xã hội'], null]]);
  });

  it('names the document of "vừa có văn bản số ... gửi ..."', () => {
    expect(
      readProseDocument(
        'Bộ GD-ĐT vừa có văn bản số 9415/BGDĐT-CSVC gửi UBND các tỉnh, thành phố đề nghị báo cáo kết quả thực hiện.',
      ),
    ).toEqual({ docType: 'CÔNG VĂN', docNumber: '9415/BGDĐT-CSVC', issuedOn: null });
  });
});

describe('results counted up to a day', () => {
  it('reads "kết quả thực hiện ... đến ngày 31/12/2020" as what a report covers', () => {
    expect(
      dues(
        'Báo cáo các kết quả thực hiện Chiến lược phát triển nhà ở quốc gia đến ngày 31/12/2020 và gửi về Bộ Xây dựng trước ngày 30/3/2021.',
      ),
    ).toEqual([['trước ngày 30/3/2021', '2021-03-29']]);
    // work to finish by a day is still due then
    expect(dues('Hoàn thành việc rà soát đến ngày 31/12/2020.')).toEqual([
      ['đến ngày 31/12/2020', '2020-12-31'],
    ]);
  });
});

describe('a relative deadline with its event in brackets', () => {
  it('reads "trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin)" as a rule', () => {
    expect(
      findDuePhrases(
        'gửi về Sở Nội vụ trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin) để tổng hợp.',
        {
          issuedOn: null,
          calendar,
        },
      ).map((d) => [d.phrase, d.due, d.rule]),
    ).toEqual([
      [
        'trong thời hạn 10 ngày làm việc (kể từ ngày đăng tin)',
        null,
        { working_days: 10, from: 'ngày đăng tin' },
      ],
    ]);
  });
});

describe('universities and work that restores', () => {
  it('reads "Giám đốc Đại học Quốc gia Hà Nội" as the university and "hoàn trả" as work', () => {
    expect(tasks('Bộ yêu cầu Giám đốc Đại học Quốc gia Hà Nội tổ chức thanh tra.')).toEqual([
      [['Đại học Quốc gia Hà Nội'], null],
    ]);
    expect(
      tasks(
        'Sở GTVT Hà Nội yêu cầu các chủ đầu tư, đơn vị thi công trên các tuyến đường, hoàn trả mặt đường trước ngày 10/1/2020.',
      ),
      // (round 11: one addressee, as the fixtures README reads a run of kinds with no proper
      // name and as the text's label has it; round 10 read two)
    ).toEqual([[['Chủ đầu tư, đơn vị thi công trên các tuyến đường'], '2020-01-09']]);
  });
});

describe('an intro whose items the copy cut', () => {
  it('gives no task when the text ends on "... triển khai một số nhiệm vụ:"', () => {
    const parsed = read(
      'UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019. Để chủ động phòng, chống bệnh dịch, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ, có hiệu quả một số nhiệm vụ:',
    );
    expect([parsed.doc_number, parsed.tasks]).toEqual(['02/CĐ-UBND', []]);
  });

  it('keeps the intro when its items follow', () => {
    expect(
      tasks(
        'Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện triển khai một số nhiệm vụ:\n1. Tiêu hủy lợn bệnh trước ngày 20/3/2019.',
      ),
    ).toEqual([[['UBND các huyện'], '2019-03-19']]);
  });
});

describe("councils' standing committees and election bodies", () => {
  it('reads "Thường trực HĐND huyện" and "Ủy ban bầu cử ở tỉnh" as bodies', () => {
    expect(
      tasks(
        'Bí thư Huyện ủy yêu cầu Thường trực HĐND huyện, các Ban HĐND huyện, UBND huyện chủ động xây dựng các báo cáo.',
      ),
    ).toEqual([[['Thường trực Hội đồng nhân dân huyện', 'Ban HĐND huyện', 'UBND huyện'], null]]);
    expect(
      tasks(
        'Ủy ban bầu cử ở tỉnh hoàn thành việc công bố danh sách chậm nhất là ngày 4 tháng 3 năm 2021.',
      ),
    ).toEqual([[['Ủy ban bầu cử ở tỉnh'], '2021-03-04']]);
  });
});

describe('a decision named after its date, and inspections', () => {
  it('reads "Ngày 16/11/2018, tại Quyết định số 989/QĐ-TTCP, ..." as the document', () => {
    expect(
      readProseDocument(
        'Ngày 16/11/2018, tại Quyết định số 989/QĐ-TTCP, Thanh tra Chính phủ đã phê duyệt Kế hoạch thanh tra, kiểm tra năm 2019.',
      ),
    ).toEqual({ docType: 'QUYẾT ĐỊNH', docNumber: '989/QĐ-TTCP', issuedOn: '2018-11-16' });
  });

  it('does not take "Thanh tra việc thực hiện ..." for the inspectorate', () => {
    expect(
      tasks(
        'KẾ HOẠCH\nSố: 12/KH-TTCP\n\n1. Thanh tra việc thực hiện pháp luật về quản lý, sử dụng đất đai tại UBND tỉnh Thừa Thiên Huế.',
      ).flatMap(([leads]) => leads),
    ).toEqual([]);
    expect(tasks('Giao Thanh tra huyện kiểm tra việc chấp hành.')).toEqual([
      [['Thanh tra huyện'], null],
    ]);
  });
});

describe('the person who heads a body, named after it', () => {
  it('leaves "Nguyễn Đức Chung" out of "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", and places whole', () => {
    expect(
      tasks('Bộ Xây dựng đề nghị Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung chỉ đạo báo cáo.'),
    ).toEqual([[['UBND TP Hà Nội'], null]]);
    expect(tasks('Giao UBND huyện Hà Trung báo cáo.')).toEqual([[['UBND huyện Hà Trung'], null]]);
    expect(
      readProseDocument(
        'Bộ Xây dựng mới có văn bản số 1550/BXD-QLN gửi Chủ tịch UBND TP Hà Nội về việc cung cấp số liệu.',
      ).docNumber,
    ).toBe('1550/BXD-QLN');
  });
});

describe('bodies named by what they do', () => {
  it('keeps "các doanh nghiệp cung cấp dịch vụ viễn thông" whole when their verb follows', () => {
    expect(
      tasks(
        'Sở yêu cầu các doanh nghiệp cung cấp dịch vụ viễn thông báo cáo kết quả về Sở trước ngày 1-2-2016.',
      ),
    ).toEqual([[['Doanh nghiệp cung cấp dịch vụ viễn thông'], '2016-01-31']]);
    expect(tasks('Các cơ sở kinh doanh xăng dầu phải niêm yết giá.')).toEqual([
      [['Cơ sở kinh doanh xăng dầu'], null],
    ]);
    // with no verb after, it is their work
    expect(tasks('Các doanh nghiệp cung cấp đầy đủ thông tin cho cơ quan thuế.')).toEqual([
      [['Doanh nghiệp'], null],
    ]);
  });
});

describe('"hạn cuối để ... là ngày"', () => {
  it('reads the day after a long "để" clause', () => {
    expect(
      dues(
        'Hạn cuối để các cá nhân, tổ chức, nhà xuất bản nộp hồ sơ đăng ký thẩm định sách là ngày 20/7/2019.',
      ),
    ).toEqual([
      [
        'Hạn cuối để các cá nhân, tổ chức, nhà xuất bản nộp hồ sơ đăng ký thẩm định sách là ngày 20/7/2019',
        '2019-07-20',
      ],
    ]);
  });
});

describe('an hour after "chậm nhất vào"', () => {
  it('reads "chậm nhất vào 17h00 ngày 20/12/2023" as that day, at that hour', () => {
    expect(
      findDuePhrases('Gửi báo cáo chậm nhất vào 17h00 ngày 20/12/2023.', {
        issuedOn: null,
        calendar,
      }).map((d) => [d.phrase, d.due, d.time]),
    ).toEqual([['chậm nhất vào 17h00 ngày 20/12/2023', '2023-12-20', '17:00']]);
  });
});

describe("a decision's executing article", () => {
  it('keeps the bodies named before a distributed head ("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: ...")', () => {
    expect(
      tasks(
        'Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Xây dựng; Chủ tịch UBND huyện Sơn Tịnh chịu trách nhiệm thi hành Quyết định này.',
      ),
    ).toEqual([
      [
        ['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Tài chính', 'Sở Xây dựng', 'UBND huyện Sơn Tịnh'],
        null,
      ],
    ]);
  });
});
