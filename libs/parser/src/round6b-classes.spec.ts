import { parseDirective } from './index';
import { directory, resolver } from './test-directory';

/**
 * Round 6, continued (issue 14): the classes round 5 and 6 left, read on tune texts only,
 * each in sentences written for these specs the way letters and news items write them, with
 * cases beside them that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);

describe('a generic addressee, then its verb', () => {
  it('ends the name before the verb after a speaker', () => {
    expect(tasks('UBND tỉnh đề nghị các đơn vị khẩn trương rà soát hồ sơ.')).toEqual([
      [['Các đơn vị'], null],
    ]);
    expect(tasks('UBND tỉnh đề nghị các đơn vị rà soát hồ sơ.')).toEqual([[['Các đơn vị'], null]]);
    expect(tasks('UBND tỉnh yêu cầu tất cả các đơn vị rà soát hồ sơ.')).toEqual([
      [['Các đơn vị'], null],
    ]);
  });

  it('keeps the deadline after a comma with the generic addressee', () => {
    expect(
      tasks(
        'UBND tỉnh đề nghị các đơn vị khẩn trương rà soát hồ sơ, báo cáo trước ngày 10/5/2024.',
      ),
    ).toEqual([[['Các đơn vị'], '2024-05-09']]);
  });

  it('gives "các đơn vị" the addressees a news item says it notified', () => {
    const text = [
      'Sở Giáo dục và Đào tạo vừa thông báo lần 2 đến tất cả cơ sở giáo dục về việc thu thập dữ liệu thống kê.',
      'Sở Giáo dục và Đào tạo đề nghị thủ trưởng các đơn vị khẩn trương rà soát, cập nhật dữ liệu.',
    ].join('\n\n');
    expect(tasks(text)).toEqual([[['Cơ sở giáo dục'], null]]);
  });

  it('still gives "các đơn vị" the addressees of a "Kính gửi" letter', () => {
    const text = `Kính gửi:
- Sở Tư pháp;
- Sở Nội vụ.

UBND tỉnh đề nghị các đơn vị khẩn trương rà soát hồ sơ.`;
    expect(tasks(text)).toEqual([[['Sở Tư pháp', 'Sở Nội vụ'], null]]);
  });

  it('leaves named bodies and a unit speaking of itself as they were', () => {
    expect(tasks('UBND tỉnh đề nghị Sở Y tế khẩn trương rà soát hồ sơ.')).toEqual([
      [['Sở Y tế'], null],
    ]);
    expect(tasks('UBND tỉnh đề nghị các đơn vị liên quan rà soát hồ sơ.')).toEqual([
      [['Các đơn vị liên quan'], null],
    ]);
  });
});

describe('where things stood on a day, told after it', () => {
  it('is no deadline when units "chưa nộp", "chưa gửi" by then', () => {
    const d = read(
      'Sở Tư pháp đề nghị Phòng Tư pháp gửi báo cáo. Tuy nhiên, đến ngày 24/10/2025, nhiều đơn vị chưa nộp báo cáo.',
    );
    expect(d.tasks.map((t) => [t.lead_units, t.due_phrase])).toEqual([[['Phòng Tư pháp'], null]]);
  });

  it('still reads "đến ngày" before the work as a deadline', () => {
    expect(tasks('Sở Tư pháp gửi báo cáo đến ngày 24/10/2025.')).toEqual([
      [['Sở Tư pháp'], '2025-10-24'],
    ]);
  });
});

describe('bodies after a preposition or before a relative clause are no new subject', () => {
  it('keeps "từ X đến Bộ, cơ quan, địa phương, đồng thời ..." in the task before', () => {
    expect(
      tasks(
        'Văn phòng Chính phủ đề nghị các Bộ, cơ quan, địa phương rà soát các nhiệm vụ trên Hệ thống kết nối từ Văn phòng Chính phủ đến Bộ, cơ quan, địa phương, đồng thời rà soát các nhiệm vụ giao qua đường văn bản, báo cáo trước ngày 15/12/2016.',
      ),
    ).toEqual([[['Bộ, cơ quan, địa phương'], '2016-12-14']]);
    expect(
      tasks(
        'UBND tỉnh yêu cầu Sở Tài chính bố trí kinh phí cho Sở Y tế, Sở Giáo dục và Đào tạo, đồng thời báo cáo kết quả.',
      ),
    ).toEqual([[['Sở Tài chính'], null]]);
  });

  it('reads no task of bodies a relative clause says something was done to', () => {
    expect(
      tasks(
        'Sở Nội vụ báo cáo UBND tỉnh trước ngày 10/5/2024.\n\nĐối với các sở, ngành, địa phương mà Đoàn kiểm tra của tỉnh đã đến kiểm tra, kết quả được tổng hợp chung.',
      ),
    ).toEqual([[['Sở Nội vụ'], '2024-05-09']]);
  });

  it('still starts a new task at units with their own verb after a comma', () => {
    expect(
      tasks(
        'Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế thẩm định kinh phí, Sở Nội vụ rà soát biên chế.',
      ),
    ).toEqual([
      [['Sở Tài chính'], null],
      [['Sở Nội vụ'], null],
    ]);
    expect(tasks('Vụ 7 chủ trì, Vụ 8 phối hợp tổng kết công tác năm 2024.')).toEqual([
      [['Vụ 7'], null],
    ]);
  });
});

describe('units put first with "Riêng", then who asks', () => {
  it('gives the work after the ask to the units before the speaker', () => {
    expect(
      tasks(
        'Riêng Bộ Công an, Bộ Quốc phòng, Thủ tướng yêu cầu có báo cáo hỏa tốc về Văn phòng Chính phủ trước ngày 10/2/2024.',
      ),
    ).toEqual([[['Bộ Công an', 'Bộ Quốc phòng'], '2024-02-09']]);
  });

  it('gives a lower-case ministries head to each name after it', () => {
    expect(
      tasks(
        'Riêng các bộ Công an, Quốc phòng, Y tế; UBND TP Hà Nội, Thủ tướng yêu cầu có báo cáo hỏa tốc về Văn phòng Chính phủ.',
      ),
    ).toEqual([
      [['Bộ Công an', 'Bộ Quốc phòng', 'Bộ Y tế', 'Ủy ban nhân dân thành phố Hà Nội'], null],
    ]);
  });

  it('reads a shared head\'s names that are also verbs ("Ngoại giao") as names', () => {
    expect(
      tasks(
        'Riêng các bộ Công an, Ngoại giao, Lao động-Thương binh và Xã hội; UBND TP Hà Nội, Thủ tướng yêu cầu có báo cáo hỏa tốc.',
      ),
    ).toEqual([
      [
        [
          'Bộ Công an',
          'Bộ Ngoại giao',
          'Bộ Lao động - Thương binh và Xã hội',
          'Ủy ban nhân dân thành phố Hà Nội',
        ],
        null,
      ],
    ]);
  });

  it('leaves an ask that names its own addressee as it was', () => {
    expect(
      tasks('Riêng năm 2024, Thủ tướng yêu cầu Bộ Y tế báo cáo trước ngày 10/2/2024.'),
    ).toEqual([[['Bộ Y tế'], '2024-02-09']]);
  });
});

describe('a short name stands for the name with its abbreviations written before', () => {
  it('keeps "Sở GD-ĐT TP HCM" whole, so "Sở sẽ ..." is the writer again', () => {
    expect(
      tasks(
        'Sở GD-ĐT TP HCM đề nghị Phòng Giáo dục rà soát hồ sơ.\n\nSở sẽ có phương án kiểm tra, xử lý nghiêm đơn vị vi phạm.',
      ),
    ).toEqual([[['Phòng Giáo dục'], null]]);
  });

  it('reads "các sở" after "các Sở GD&ĐT" as those bodies', () => {
    expect(
      tasks(
        'Ngày 14/10, Bộ GD&ĐT có văn bản gửi các Sở GD&ĐT về việc báo cáo sĩ số.\n\nBộ GD&ĐT đề nghị các sở báo cáo nhanh tình hình sĩ số học sinh.',
      ),
    ).toEqual([[['Các Sở GD&ĐT'], null]]);
  });

  it('leaves "các sở" every department when no plural name came before', () => {
    expect(
      tasks(
        'Sở GD&ĐT tỉnh Bắc Ninh tổng hợp số liệu.\n\nUBND tỉnh đề nghị các sở báo cáo nhanh tình hình.',
      ),
    ).toEqual([
      [['Sở GD&ĐT tỉnh Bắc Ninh'], null],
      [['Sở'], null],
    ]);
  });
});

describe('"các đơn vị thuộc bộ" in a ministry\'s text', () => {
  it('names the ministry that speaks', () => {
    expect(
      tasks(
        'Lãnh đạo Bộ Tài chính yêu cầu Thủ trưởng các đơn vị thuộc bộ, định kỳ hàng tháng chuẩn bị nội dung thông tin với báo chí.',
      ),
    ).toEqual([[['Các đơn vị thuộc Bộ Tài chính'], null]]);
  });

  it('keeps the name as written when no ministry was named', () => {
    expect(tasks('Các đơn vị thuộc bộ chuẩn bị nội dung thông tin với báo chí.')).toEqual([
      [['Các đơn vị thuộc bộ'], null],
    ]);
  });

  it('leaves a ministry written out as it was', () => {
    expect(
      tasks('Bộ Y tế yêu cầu các đơn vị thuộc Bộ Tài chính chuẩn bị nội dung thông tin.'),
    ).toEqual([[['Các đơn vị thuộc Bộ Tài chính'], null]]);
  });
});

describe('parts of the work led "do X chủ trì"', () => {
  it('gives the parts listed after a colon a task of their leads', () => {
    expect(
      tasks(
        'Sở Nội vụ xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở Kế hoạch và Đầu tư chủ trì, Văn hóa đô thị do Sở Văn hóa và Thể thao chủ trì.',
      ),
    ).toEqual([
      [['Sở Nội vụ'], null],
      [['Sở Kế hoạch và Đầu tư', 'Sở Văn hóa và Thể thao'], null],
    ]);
  });

  it('gives a part after a comma its lead, beside the units of the whole', () => {
    expect(
      tasks('Sở Nội vụ xây dựng đề án, phần kinh tế đô thị do Sở Kế hoạch và Đầu tư chủ trì.'),
    ).toEqual([
      [['Sở Nội vụ'], null],
      [['Sở Kế hoạch và Đầu tư'], null],
    ]);
  });

  it('leaves work done "do X" with no "chủ trì" to the units of the clause', () => {
    expect(
      tasks('Sở Nội vụ rà soát các nhiệm vụ do Sở Kế hoạch và Đầu tư giao trong năm 2024.'),
    ).toEqual([[['Sở Nội vụ'], null]]);
  });

  it('reads a paragraph that goes on from a lede cut from the copy as the body', () => {
    expect(
      tasks(
        'Cụ thể, ông Hoan giao Sở Nội vụ điều chỉnh tên Đề án.\n\nSở Nội vụ làm chủ nhiệm đề án, hoàn thành trong quý 3/2021.',
      ),
    ).toEqual([
      [['Sở Nội vụ'], null],
      [['Sở Nội vụ'], '2021-09-30'],
    ]);
  });
});

describe('an hour written once over a list of days', () => {
  it('gives one deadline a day', () => {
    expect(
      tasks(
        'Sở Y tế báo cáo UBND tỉnh trước 09 giờ 00, các ngày 02/02/2022 (mùng 02 Tết), 04/02/2022 (mùng 04 Tết), 06/02/2022 (mùng 06 Tết).',
      ),
    ).toEqual([
      [['Sở Y tế'], '2022-02-02'],
      [['Sở Y tế'], '2022-02-04'],
      [['Sở Y tế'], '2022-02-06'],
    ]);
  });

  it('still reads one hour and one day as one deadline', () => {
    expect(tasks('Sở Y tế báo cáo UBND tỉnh trước 09 giờ 00, ngày 02/02/2022.')).toEqual([
      [['Sở Y tế'], '2022-02-02'],
    ]);
  });
});

describe('a news item that conveys a document with numbered items', () => {
  const text = `UBND tỉnh vừa ban hành văn bản yêu cầu các cơ quan, đơn vị, địa phương tổ chức trực và báo cáo tình hình các ngày nghỉ tết, cụ thể như sau:

1. Tổ chức trực trong những ngày nghỉ tết.

2. Báo cáo UBND tỉnh tình hình các ngày nghỉ tết.

a) Nội dung báo cáo gồm tình hình an ninh, trật tự.

b) Thời gian báo cáo: Trước 09 giờ 00, các ngày 02/02/2022, 04/02/2022.`;

  it('gives the items to the units the document asks, the first item too', () => {
    expect(read(text).tasks.map((t) => [t.item, t.lead_units])[0]).toEqual([
      '1',
      ['Cơ quan, đơn vị, địa phương'],
    ]);
  });

  it("gives a sub-item that only says until when to its item's task", () => {
    expect(
      read(text)
        .tasks.filter((t) => t.item === '2')
        .map((t) => t.due),
    ).toEqual(['2022-02-02', '2022-02-04']);
  });
});

describe('a town named with its level after a plural level', () => {
  it('is a body of its own with the same head', () => {
    expect(
      tasks(
        'Ủy ban nhân dân các huyện, thành phố Mỹ Tho, thị xã Gò Công tổ chức thực hiện Quyết định này.',
      ),
    ).toEqual([
      [
        [
          'Ủy ban nhân dân các huyện',
          'Ủy ban nhân dân thành phố Mỹ Tho',
          'Ủy ban nhân dân thị xã Gò Công',
        ],
        null,
      ],
    ]);
  });

  it('leaves the kinds of a level and their bounds in one name', () => {
    expect(tasks('UBND các huyện, thị xã, thành phố tổ chức thực hiện.')).toEqual([
      [['UBND các huyện, thị xã, thành phố'], null],
    ]);
    expect(tasks('UBND các tỉnh, thành phố trực thuộc Trung ương báo cáo Thủ tướng.')).toEqual([
      [['UBND các tỉnh, thành phố trực thuộc Trung ương'], null],
    ]);
  });
});

describe('past work told before the news of a document that asks', () => {
  it("leaves the document's ask a task", () => {
    expect(
      tasks(
        'Trước những thiệt hại do mưa lũ gây ra, Thủ tướng Chính phủ đã gửi lời thăm hỏi đến các gia đình. Để chủ động ứng phó, Thủ tướng Chính phủ đã có công điện số 415 yêu cầu Chủ tịch UBND các tỉnh và các Bộ có liên quan tập trung chỉ đạo ứng phó mưa lũ.',
      ),
    ).toEqual([[['UBND các tỉnh', 'Bộ có liên quan'], null]]);
  });

  it('still reads a paragraph of past work alone as a story', () => {
    expect(
      read(
        'Sở Y tế tổ chức tiêm chủng cho trẻ em.\n\nTrước đó, Thủ tướng Chính phủ đã gửi lời thăm hỏi đến các gia đình. UBND tỉnh đã tổ chức hội nghị tổng kết.',
      ).tasks.map((t) => t.lead_units),
    ).toEqual([['Sở Y tế']]);
  });
});
