import { WorkingCalendar } from '@dondoc/domain/calendar/working-calendar';
import { findDuePhrases } from './due-phrase';
import { scanHeader } from './header-scan';
import { parseDirective } from './index';
import { TASK_VERBS } from './lexicon';
import { readProseDocument } from './prose-document';
import { directory, resolver } from './test-directory';
import { tokenize } from './tokens';

/**
 * Round 8 (issue 14): the classes the eleventh batch showed once it had measured the parser,
 * each in sentences written for these specs the way letters and news items write them, with
 * cases beside them that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);
const calendar = new WorkingCalendar();
const dues = (text: string, issuedOn: string | null = null) =>
  findDuePhrases(text, { issuedOn, calendar }).map((d) => [d.phrase, d.due]);

describe('deadline phrases of letters', () => {
  it('reads "chậm nhất trong ngày" as that day', () => {
    expect(dues('hoàn thiện báo cáo gửi về Bộ chậm nhất trong ngày 18/8/2021.')).toEqual([
      ['chậm nhất trong ngày 18/8/2021', '2021-08-18'],
    ]);
  });

  it('reads "Thời hạn ... là ngày" as the last day', () => {
    expect(dues('Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025.')).toEqual([
      ['Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025', '2025-09-30'],
    ]);
    expect(dues('Thời hạn nộp hồ sơ là ngày 15/7/2024.')).toEqual([
      ['Thời hạn nộp hồ sơ là ngày 15/7/2024', '2024-07-15'],
    ]);
  });

  it('reads a deadline moved "sang tháng 12 năm 2014" as the end of that month', () => {
    expect(
      dues('Đồng ý lùi thời gian trình Đề án "Chính sách phát triển vùng" sang tháng 12 năm 2014.'),
    ).toEqual([['sang tháng 12 năm 2014', '2014-12-31']]);
    expect(dues('Chuyển sang tháng 12 năm 2014, Sở báo cáo kết quả.')).toEqual([]);
  });

  it('keeps a term that is no day as before', () => {
    expect(dues('Thời hạn thực hiện đề án là 5 năm, từ năm 2021.')).toEqual([]);
  });
});

describe('a day and month without a year', () => {
  it('takes the year of the full date in its own sentence when the text has no date', () => {
    expect(
      dues(
        'UBND các huyện báo cáo qua Sở Giáo dục và Đào tạo trước ngày 10-5 để tổng hợp, báo cáo UBND tỉnh trước ngày 18-5-2017.',
      ),
    ).toEqual([
      ['trước ngày 10-5', '2017-05-09'],
      ['trước ngày 18-5-2017', '2017-05-17'],
    ]);
  });

  it('stays without a due alone, or beside a year in another sentence', () => {
    expect(dues('Các đơn vị báo cáo trước ngày 20.4.')).toEqual([['trước ngày 20.4', null]]);
    expect(dues('Ngày 8/5/2017, Sở họp. Các đơn vị báo cáo trước ngày 20.4.')).toEqual([
      ['trước ngày 20.4', null],
    ]);
  });
});

describe('where things stood on a day is no deadline', () => {
  it('reads "đến ngày X, Bộ mới nhận được" as news', () => {
    expect(
      dues(
        'Tuy nhiên, đến ngày 16/8/2021, Bộ KH&ĐT mới nhận được báo cáo của 17/28 bộ, cơ quan trung ương.',
      ),
    ).toEqual([]);
  });

  it('keeps "đến ngày" before work as a deadline', () => {
    expect(dues('Các sở thực hiện đến ngày 30/7/2021.')).toEqual([
      ['đến ngày 30/7/2021', '2021-07-30'],
    ]);
  });
});

describe('the date of a news item behind an agency tag', () => {
  it('reads the date after "(BĐT) -" as the document\'s', () => {
    expect(
      readProseDocument(
        '(BĐT) - Ngày 16/8/2021, Bộ Kế hoạch và Đầu tư tiếp tục có công văn gửi các bộ, ngành, địa phương về xây dựng kế hoạch năm 2022.',
      ),
    ).toEqual({ docType: 'CÔNG VĂN', docNumber: null, issuedOn: '2021-08-16' });
  });
});

describe('a name written with diacritics is not a plain-written verb', () => {
  it('does not read "Phan Công" as "phân công"', () => {
    expect(TASK_VERBS.matchAt(tokenize('Phan Công Vỹ'), 0)).toBe(0);
  });

  it('still reads a verb typed without diacritics', () => {
    expect(TASK_VERBS.matchAt(tokenize('phan cong cac don vi'), 0)).toBe(2);
    expect(TASK_VERBS.matchAt(tokenize('phân công các đơn vị'), 0)).toBe(2);
  });
});

describe('thanks for help is no task', () => {
  it('reads "sự phối hợp" as a noun: no one is asked', () => {
    expect(tasks('Tổng cục Thống kê trân trọng cảm ơn sự phối hợp của Quý Cơ quan./.')).toEqual([]);
  });

  it('still reads a body whose name ends in "sự" before its verb', () => {
    expect(
      tasks(
        'Chi cục Thi hành án dân sự gửi báo cáo về Cục Thi hành án dân sự trước ngày 5/3/2024.',
      ),
    ).toEqual([[['Chi cục Thi hành án dân sự'], '2024-03-04']]);
  });
});

describe('"Quý cơ quan": the addressees, addressed with respect', () => {
  const letter = (body: string) =>
    `Kính gửi:\n\n– Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;\n\n– Cục Thống kê tỉnh, thành phố trực thuộc Trung ương.\n\n${body}`;

  it("stands for the letter's addressees", () => {
    expect(
      tasks(
        letter(
          'Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư trước ngày 20/11/2022.',
        ),
      ),
    ).toEqual([
      [
        [
          'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương',
          'Cục Thống kê tỉnh, thành phố trực thuộc Trung ương',
        ],
        '2022-11-19',
      ],
    ]);
  });

  it('makes the authors of "Văn bản góp ý của Quý Cơ quan gửi về ..." send it', () => {
    expect(
      tasks(
        letter('Văn bản góp ý của Quý Cơ quan gửi về Tổng cục Thống kê trước ngày 20/11/2022.'),
      ),
    ).toEqual([
      [
        [
          'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương',
          'Cục Thống kê tỉnh, thành phố trực thuộc Trung ương',
        ],
        '2022-11-19',
      ],
    ]);
  });

  it('reads a run of kinds after it as one collective, as after "các"', () => {
    expect(
      tasks(
        'Bộ Tư pháp trân trọng đề nghị Quý cơ quan, tổ chức, địa phương có ý kiến đối với dự thảo Tờ trình trước ngày 16/6/2022.',
      ),
    ).toEqual([[['Cơ quan, tổ chức, địa phương'], '2022-06-15']]);
  });

  it('takes the bodies a news item says the letter chased', () => {
    const text = [
      'Đôn đốc các bộ gửi báo cáo',
      'Ngày 15/7/2025, Bộ Tư pháp đã có Công văn số 4243/BTP-KTVB đôn đốc Tòa án nhân dân tối cao, Kiểm toán nhà nước gửi báo cáo về kết quả rà soát.',
      'Bộ Tư pháp trân trọng đề nghị Quý Cơ quan quan tâm chỉ đạo, thực hiện các công việc sau:',
      '1. Gửi báo cáo kết quả rà soát.',
    ].join('\n');
    expect(tasks(text)).toEqual([[['Tòa án nhân dân tối cao', 'Kiểm toán nhà nước'], null]]);
  });

  it('leaves a quarter as a quarter', () => {
    expect(tasks('Sở Tài chính báo cáo kết quả quý II trong tháng 7/2024.')).toEqual([
      [['Sở Tài chính'], '2024-07-31'],
    ]);
  });
});

describe('comments asked on a draft are work', () => {
  it('reads "cho ý kiến" and "có ý kiến đối với" as the verb', () => {
    expect(tasks('UBND tỉnh đề nghị Sở Tư pháp cho ý kiến về dự thảo Quyết định.')).toEqual([
      [['Sở Tư pháp'], null],
    ]);
    expect(
      tasks('UBND tỉnh đề nghị Sở Nội vụ có ý kiến đối với dự thảo Đề án trước ngày 10/7/2024.'),
    ).toEqual([[['Sở Nội vụ'], '2024-07-09']]);
  });

  it('still hears "có ý kiến như sau" as speech', () => {
    expect(
      tasks('Về việc này, Thủ tướng Chính phủ có ý kiến như sau: Bộ Y tế khẩn trương hướng dẫn.'),
    ).toEqual([[['Bộ Y tế'], null]]);
  });
});

describe('a preamble before numbered items', () => {
  it('keeps the hand-over after context told in the past', () => {
    const text = [
      'Kính gửi:',
      '',
      '– Ủy ban nhân dân tỉnh;',
      '',
      '– Cục Thống kê tỉnh.',
      '',
      'Bộ Kế hoạch và Đầu tư đã giao cho Tổng cục Thống kê xây dựng dự thảo Thông tư.',
      '',
      'Tổng cục Thống kê đề nghị Quý Cơ quan cho ý kiến về dự thảo Thông tư. Dự thảo gồm:',
      '',
      '(1) Dự thảo Tờ trình;',
      '',
      '(2) Dự thảo Thông tư.',
    ].join('\n');
    expect(tasks(text)).toEqual([[['Ủy ban nhân dân tỉnh', 'Cục Thống kê tỉnh'], null]]);
  });
});

describe('a level word that starts a verb', () => {
  it('does not read "quan tâm" after "Cơ quan" as "quận"', () => {
    expect(tasks('Bộ Tư pháp đề nghị Cơ quan điều tra quan tâm chỉ đạo thực hiện.')).toEqual([
      [['Cơ quan điều tra'], null],
    ]);
    expect(
      read('Bộ Tư pháp đề nghị Cơ quan quan tâm chỉ đạo thực hiện.').tasks.flatMap(
        (t) => t.lead_units,
      ),
    ).not.toContain('Cơ quan quan');
  });
});

describe('doc fields of letters quoted by portals', () => {
  it("reads a number and date in brackets after the subject as the letter's own", () => {
    expect(
      readProseDocument(
        'Về việc báo cáo tình hình ô nhiễm môi trường (3585/VP-KTN, ngày 23/10/2017).\n\nGiao Sở Tài nguyên và Môi trường chủ trì.',
      ),
    ).toEqual({ docType: 'CÔNG VĂN', docNumber: '3585/VP-KTN', issuedOn: '2017-10-23' });
  });

  it('reads "Thông tư" named alone as the one the sentence before cites', () => {
    expect(
      readProseDocument(
        'Theo Thông tư số 28/2014/TT-BTNMT ngày 02/6/2014 của Bộ Tài nguyên và Môi trường quy định về thống kê đất đai. Thông tư đã quy định thời hạn hoàn thành: Sở Tài nguyên và Môi trường báo cáo trước ngày 15/8/2015.',
      ),
    ).toEqual({ docType: 'THÔNG TƯ', docNumber: '28/2014/TT-BTNMT', issuedOn: '2014-06-02' });
  });

  it('reads a sentence opening "Tại Công văn số ..." as the document itself', () => {
    expect(
      readProseDocument(
        'Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ đã đôn đốc các bộ, cơ quan ngang bộ thực hiện báo cáo về thực trạng biên chế.',
      ),
    ).toEqual({ docType: 'CÔNG VĂN', docNumber: '8405/BNV-TCBC', issuedOn: null });
  });

  it('ends a symbol before the bracket and period that close its sentence', () => {
    expect(
      scanHeader(
        'BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc (kèm theo Công văn số 1028 /BTP-PBGDPL). Về việc tổng kết',
      )?.docNumber,
    ).toBe('1028/BTP-PBGDPL');
  });

  it('keeps a document cited further back apart', () => {
    expect(
      readProseDocument(
        'Thực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ. Sở đã làm việc với các huyện. UBND tỉnh vừa có Công văn yêu cầu các sở rà soát.',
      ).docNumber,
    ).toBeNull();
  });
});

describe('plural runs that pass from levels to kinds of body', () => {
  it('reads "sở, ban, ngành" after "UBND các huyện, thị xã, thành phố" as other bodies', () => {
    expect(
      tasks(
        'UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo, UBND các huyện, thị xã, thành phố, sở, ban, ngành liên quan rà soát quy mô trường, lớp học.',
      ),
    ).toEqual([
      [
        ['Sở Giáo dục và Đào tạo', 'UBND các huyện, thị xã, thành phố', 'Sở, ban, ngành liên quan'],
        null,
      ],
    ]);
  });

  it('reads the same run parted with ";"', () => {
    expect(
      tasks(
        'UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố; các sở, ban, ngành liên quan rà soát quy mô trường, lớp học.',
      ),
    ).toEqual([[['UBND các huyện, thị xã, thành phố', 'Sở, ban, ngành liên quan'], null]]);
  });

  it('still lets lower-case kinds qualify a name that is no plural of levels', () => {
    expect(tasks('Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện rà soát hồ sơ.')).toEqual([
      [['Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện'], null],
    ]);
  });
});

describe('what stands between a body and its verb', () => {
  it('reads a "sau khi" clause after the body as when, not as more of its name', () => {
    expect(
      tasks(
        'UBND tỉnh sau khi thống nhất với Thường trực HĐND tỉnh, Ban thường trực UBMTTQ tỉnh quyết định thành lập Ủy ban bầu cử tỉnh.',
      ),
    ).toEqual([[['Ủy ban nhân dân tỉnh'], null]]);
  });

  it('reads "quyết định" in lower case after a body as its verb', () => {
    expect(
      tasks('Ban Thường trực UBMTTQ tỉnh quyết định danh sách người ứng cử trước ngày 10/3/2021.'),
    ).toEqual([[['Ban Thường trực UBMTTQ tỉnh'], '2021-03-09']]);
    expect(tasks('Sở Nội vụ thực hiện quyết định số 12/QĐ-UBND.')).toEqual([[['Sở Nội vụ'], null]]);
  });

  it('reads "có tổng số ..." after the bodies as which ones, the verb after its comma', () => {
    expect(
      tasks(
        'Các Cục THADS có tổng số giải quyết từ 500 đến 5.000 việc, phấn đấu đạt tỷ lệ thi hành xong 75%.',
      ),
    ).toEqual([[['Cục Thi hành án dân sự'], null]]);
  });

  it('reads "trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình" as by duty', () => {
    expect(
      tasks(
        'Chánh án Tòa án nhân dân tối cao yêu cầu Chánh án Tòa án nhân dân cấp cao trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình khẩn trương ổn định tổ chức.',
      ),
    ).toEqual([[['Tòa án nhân dân cấp cao'], null]]);
  });

  it('ends the units at "đến nay"', () => {
    expect(
      read(
        'Các Tập đoàn kinh tế, Tổng công ty nhà nước đến nay chưa gửi báo cáo, đề nghị khẩn trương gửi báo cáo trước ngày 30/11/2017.',
      ).tasks.flatMap((t) => t.lead_units),
    ).not.toContain('Tổng công ty nhà nước đến nay');
  });

  it('keeps "có liên quan" in the name and "có trách nhiệm" as the verb', () => {
    expect(tasks('Các đơn vị có liên quan phối hợp rà soát hồ sơ.')).toEqual([
      [['Các đơn vị có liên quan'], null],
    ]);
    expect(tasks('Sở Y tế có trách nhiệm báo cáo UBND tỉnh.')).toEqual([[['Sở Y tế'], null]]);
  });
});

describe('a meeting report: praise, and the sectors asked', () => {
  it('reads praise of results as no task', () => {
    expect(
      tasks(
        'Phát biểu tại buổi làm việc, Bí thư Huyện ủy Phan Công Vỹ đánh giá cao những kết quả đã đạt được trong thời gian qua.',
      ),
    ).toEqual([]);
    expect(tasks('Chủ tịch UBND tỉnh biểu dương Sở Y tế đã hoàn thành tốt nhiệm vụ.')).toEqual([]);
  });

  it('reads "các ngành" asked at the meeting as the sectors', () => {
    expect(
      tasks(
        'Chủ tịch UBND huyện yêu cầu các ngành tập trung hoàn thành những công việc còn tồn đọng.',
      ),
    ).toEqual([[['Ngành'], null]]);
  });

  it('still reads "đánh giá" as work', () => {
    expect(tasks('Sở Nội vụ đánh giá kết quả thực hiện đề án.')).toEqual([[['Sở Nội vụ'], null]]);
  });
});

describe('a news lede that "vừa ký ban hành" a document and what it asks', () => {
  it('is the news; the body restating the ask gives the task', () => {
    const text = [
      'Chủ tịch UBND TP Hà Nội vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu giám đốc các sở, ban, ngành thành phố chủ động ứng phó với siêu bão.',
      '',
      'Chủ tịch UBND thành phố yêu cầu giám đốc các sở, ban, ngành thành phố tập trung theo dõi, nắm chắc tình hình, triển khai các biện pháp ứng phó thiên tai.',
    ].join('\n');
    expect(tasks(text)).toEqual([[['Sở, ban, ngành thành phố'], null]]);
  });
});

describe('a letter sent to addressees, then urged', () => {
  it('makes the addressees act on "đốc thúc", the letter\'s subject cut off', () => {
    expect(
      tasks(
        'Bộ Kế hoạch và Đầu tư tiếp tục có công văn gửi các bộ, ngành, địa phương về xây dựng Kế hoạch năm 2022, đốc thúc các cơ quan khẩn trương hoàn thiện báo cáo gửi về Bộ chậm nhất trong ngày 18/8/2021.',
      ),
    ).toEqual([[['Bộ, ngành, địa phương'], '2021-08-18']]);
  });

  it('reads a photo caption of a news page as no task', () => {
    const text = [
      'Ngày 16/8/2021, Bộ Kế hoạch và Đầu tư có công văn gửi các bộ, ngành, địa phương về xây dựng Kế hoạch năm 2022, đốc thúc các cơ quan khẩn trương hoàn thiện báo cáo gửi về Bộ chậm nhất trong ngày 18/8/2021.',
      '',
      'Bộ KH&ĐT tiếp tục có công văn gửi các bộ, ngành, địa phương về xây dựng Kế hoạch năm 2022. Ảnh chỉ mang tính minh họa. Nguồn Internet',
    ].join('\n');
    expect(tasks(text)).toEqual([[['Bộ, ngành, địa phương'], '2021-08-18']]);
  });
});

describe('a copy cut off before its verb', () => {
  it('states no work', () => {
    const text = [
      'Bộ Kế hoạch và Đầu tư đề nghị các bộ, cơ quan trung ương và địa phương báo cáo kết quả.',
      '',
      'Bộ KH&ĐT cũng yêu cầ',
    ].join('\n');
    expect(tasks(text)).toEqual([[['Bộ, cơ quan trung ương và địa phương'], null]]);
  });
});

describe('a letter to kinds of body written without "các"', () => {
  it('reads "bộ, ngành, đoàn thể, địa phương" after the ask as one collective', () => {
    expect(
      tasks(
        'Bộ Tư pháp đề nghị bộ, ngành, đoàn thể, địa phương chủ động lựa chọn khẩu hiệu tuyên truyền.',
      ),
    ).toEqual([[['Bộ, ngành, đoàn thể, địa phương'], null]]);
  });

  it("does not take the country's name in a sentence for the national motto", () => {
    expect(
      tasks(
        '2. Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11. Bộ Tư pháp đề nghị các bộ, ngành chủ động lựa chọn khẩu hiệu tuyên truyền.',
      ),
    ).toEqual([[['Bộ, ngành'], null]]);
  });

  it('keeps a numbered point that says until when, beside points that name units', () => {
    const text = [
      '1. Tổng kết Chương trình: chủ động tổ chức tổng kết và gửi báo cáo về Bộ Tư pháp trước ngày 30/7/2021.',
      '2. Hưởng ứng Ngày Pháp luật. Bộ Tư pháp đề nghị các bộ, ngành chủ động lựa chọn khẩu hiệu tuyên truyền.',
    ].join('\n');
    expect(tasks(text)).toEqual([
      [[], '2021-07-29'],
      [['Bộ, ngành'], null],
    ]);
  });
});

describe('handing results over is work', () => {
  it('reads "chuyển kết quả" as the verb after a body', () => {
    expect(
      tasks(
        'Đơn vị tư vấn chuyển kết quả kiểm kê về Sở Tài nguyên và Môi trường trước ngày 15/8/2020.',
      ),
    ).toEqual([[['Đơn vị tư vấn'], '2020-08-14']]);
  });
});

describe('a news item on a letter that chased bodies, then its deadline', () => {
  const text = [
    'Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ đã đôn đốc các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ (trừ Bộ Quốc phòng, Bộ Công an) và Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương thực hiện báo cáo về thực trạng biên chế.',
    'Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025.',
    'Công văn cũng nhấn mạnh, nếu các bộ, ngành, địa phương không gửi báo cáo đúng hạn phải tự chịu trách nhiệm trước các cấp có thẩm quyền.',
  ].join('\n');

  it('gives the deadline to the bodies chased, those set apart in brackets left out', () => {
    expect(tasks(text)).toEqual([
      [
        [
          'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
          'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương',
        ],
        '2025-09-30',
      ],
    ]);
  });

  it('keeps a heading that names a deadline without its day as no task', () => {
    expect(tasks('2. Thời hạn gửi báo cáo thống kê')).toEqual([]);
  });

  it('does not end a "nếu" clause at a comma inside its plural run', () => {
    expect(
      tasks(
        'Nếu các bộ, ngành, địa phương không gửi báo cáo đúng hạn phải tự chịu trách nhiệm trước các cấp có thẩm quyền.',
      ).flatMap(([leads]) => leads),
    ).not.toContain('Ngành, địa phương');
  });
});

describe('a body named with its level alone, then short', () => {
  it('reads "Cục Thống kê" as the "Cục Thống kê tỉnh" named before', () => {
    const text = [
      'Chủ tịch UBND tỉnh yêu cầu Cục Thống kê tỉnh triển khai tổ chức Tổng điều tra dân số.',
      '',
      'Giao Cục Thống kê tham mưu UBND tỉnh thực hiện Quyết định, gửi Văn phòng UBND tỉnh trước ngày 20/7/2018.',
    ].join('\n');
    expect(tasks(text)).toEqual([[['Cục Thống kê tỉnh'], '2018-07-19']]);
  });
});

describe('reports sent through a body that consolidates them', () => {
  it('gives the second deadline to the body the reports go through', () => {
    expect(
      tasks(
        'UBND các huyện có trách nhiệm báo cáo kết quả qua Sở Giáo dục và Đào tạo trước ngày 10-5-2017 để tổng hợp, báo cáo UBND tỉnh trước ngày 18-5-2017.',
      ),
    ).toEqual([
      [['UBND các huyện'], '2017-05-09'],
      [['Sở Giáo dục và Đào tạo'], '2017-05-17'],
    ]);
  });

  it('and to the body they are sent to', () => {
    expect(
      tasks(
        'Các phòng gửi báo cáo về Sở Nội vụ trước ngày 10/5/2017 để tổng hợp, báo cáo UBND tỉnh trước ngày 18/5/2017.',
      ).map(([leads, due]) => [leads, due]),
    ).toEqual([
      [['Phòng'], '2017-05-09'],
      [['Sở Nội vụ'], '2017-05-17'],
    ]);
  });
});
