import { parseDirective } from './index';
import { restoreLineBreaks } from './glued-words';
import { MappedText } from './mapped-text';
import { directory, resolver } from './test-directory';

/**
 * Round 7 (issue 14): the classes the tenth batch showed once it had measured the parser,
 * each in sentences written for these specs the way letters and news items write them, with
 * cases beside them that must read as before.
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const tasks = (text: string) => read(text).tasks.map((t) => [t.lead_units, t.due]);

describe('verbs of letters outside the procuracy end the name before them', () => {
  it('reads "có văn bản chấn chỉnh" as the work, not as part of the name', () => {
    expect(
      tasks('Sở Nội vụ yêu cầu Chủ tịch UBND thành phố Phan Thiết có văn bản chấn chỉnh.'),
    ).toEqual([[['UBND thành phố Phan Thiết'], null]]);
  });

  it('reads "chốt số liệu" and "đẩy nhanh" as work', () => {
    expect(
      tasks('UBND tỉnh yêu cầu Tổ dân phố chốt số liệu, báo cáo UBND phường trước ngày 5/3/2024.'),
    ).toEqual([[['Tổ dân phố'], '2024-03-04']]);
    expect(tasks('UBND tỉnh giao Sở Tài chính đẩy nhanh giải ngân vốn đầu tư công.')).toEqual([
      [['Sở Tài chính'], null],
    ]);
  });

  it('keeps a numbered letter someone already has as news, not work', () => {
    const d = read(
      'Tổ công tác đặc biệt của Chính phủ có văn bản số 3681/BC-TCT ngày 22/9/2021 báo cáo Thủ tướng Chính phủ về công tác phòng, chống dịch. Về việc này, Thủ tướng Chính phủ có ý kiến như sau:\n\nBộ Y tế khẩn trương hướng dẫn tỉnh Bến Tre.',
    );
    expect(d.tasks.map((t) => t.lead_units)).toEqual([['Bộ Y tế']]);
  });
});

describe('a letter sent to addressees, then what it asks', () => {
  it('makes the addressees act when the ask names no one', () => {
    expect(
      tasks(
        'UBND TP.HCM vừa có văn bản gửi các sở, ngành và đơn vị liên quan yêu cầu khẩn trương rà soát, giải quyết kiến nghị của cử tri.',
      ),
    ).toEqual([[['Sở, ngành và đơn vị liên quan'], null]]);
  });

  it('lets the ask name its own units', () => {
    expect(
      tasks(
        'UBND tỉnh vừa có văn bản gửi các sở, ngành yêu cầu Sở Y tế khẩn trương rà soát hồ sơ.',
      ),
    ).toEqual([[['Sở Y tế'], null]]);
  });

  it('reads a numbered "Văn bản" in the lede as the document', () => {
    const d = read(
      'UBND thành phố vừa có Văn bản số 1086/UBND-KTGS1 ngày 23/2/2021 gửi UBND các quận, huyện yêu cầu báo cáo hằng ngày về công tác phòng, chống dịch.',
    );
    expect([d.doc_type, d.doc_number, d.issued_on]).toEqual([
      'CÔNG VĂN',
      '1086/UBND-KTGS1',
      '2021-02-23',
    ]);
  });
});

describe('a plural run of kinds of body', () => {
  it('closes with a last kind after "và"', () => {
    expect(tasks('UBND tỉnh yêu cầu các sở, ngành và đơn vị liên quan rà soát hồ sơ.')).toEqual([
      [['Sở, ngành và đơn vị liên quan'], null],
    ]);
  });

  it('still lists a named body and a generic group apart', () => {
    expect(tasks('UBND tỉnh yêu cầu Sở Y tế và các đơn vị liên quan rà soát hồ sơ.')).toEqual([
      [['Sở Y tế', 'Các đơn vị liên quan'], null],
    ]);
  });
});

describe('"toàn ngành" and Party bodies in lower case', () => {
  it('reads "toàn Ngành Y tế" as the sector, without the catch-all after it', () => {
    expect(
      tasks(
        'Bộ Y tế yêu cầu toàn Ngành Y tế và các cơ quan, tổ chức, cá nhân liên quan chủ động xây dựng phương án.',
      ),
    ).toEqual([[['Ngành Y tế'], null]]);
  });

  it('reads "giao ban thường vụ ..." as handing work to the standing committees', () => {
    expect(
      tasks(
        'Bộ Chính trị, Ban Bí thư giao ban thường vụ các tỉnh ủy, thành ủy khẩn trương hoàn thành đề án trước ngày 10/6/2025.',
      ),
    ).toEqual([[['Ban thường vụ các tỉnh ủy, thành ủy'], '2025-06-09']]);
  });

  it('still reads "giao ban" as a meeting', () => {
    const d = read('Cục Thi hành án dân sự tỉnh tổ chức giao ban định kỳ hằng tháng.');
    expect(d.tasks.map((t) => [t.lead_units, t.recurrence])).toEqual([
      [['Cục Thi hành án dân sự tỉnh'], 'monthly'],
    ]);
  });
});

describe('a reporting chain', () => {
  it('links the levels of one hierarchy only', () => {
    const d = read(
      'UBND cấp tỉnh rà soát diện tích. Kết quả phải được gửi về Bộ Nội vụ trước 30/8/2025. Bộ Nội vụ tổng hợp, báo cáo Chính phủ trước 30/9/2025.',
    );
    expect(d.tasks.map((t) => [t.lead_units, t.due, t.tiers?.length ?? 0])).toEqual([
      [['Ủy ban nhân dân cấp tỉnh'], '2025-08-29', 0],
      [['Bộ Nội vụ'], '2025-09-29', 0],
    ]);
  });

  it('still folds "UBND xã → UBND huyện → UBND tỉnh" into the top task with tiers', () => {
    const d = read(
      'UBND tỉnh yêu cầu: UBND cấp xã báo cáo UBND cấp huyện trước ngày 5/3/2025; UBND cấp huyện tổng hợp, báo cáo UBND tỉnh trước ngày 10/3/2025.',
    );
    expect(d.tasks.map((t) => [t.lead_units, t.due, t.tiers?.length ?? 0])).toEqual([
      [['Ủy ban nhân dân cấp huyện'], '2025-03-09', 2],
    ]);
  });
});

describe('data figures and the report that carries them', () => {
  it('gives "tổng hợp số liệu, báo cáo ... trước ngày" its deadline', () => {
    expect(
      tasks('UBND tỉnh yêu cầu Sở Y tế tổng hợp số liệu, báo cáo UBND tỉnh trước ngày 5/3/2024.'),
    ).toEqual([[['Sở Y tế'], '2024-03-04']]);
  });

  it('still reads "số liệu tính đến ngày" as the data\'s date', () => {
    expect(
      tasks('UBND tỉnh yêu cầu Sở Y tế báo cáo số liệu tính đến ngày 30/6/2024 về dịch bệnh.'),
    ).toEqual([[['Sở Y tế'], null]]);
  });
});

describe('the bodies a unit advises', () => {
  it('are not a new subject after "tham mưu"', () => {
    expect(
      tasks(
        'Ban Tổ chức Trung ương sẽ tham mưu Bộ Chính trị, Ban Bí thư chỉ định bí thư tỉnh ủy. Việc này cần thực hiện chậm nhất trước 15/9/2025.',
      ),
    ).toEqual([[['Ban Tổ chức Trung ương'], '2025-09-14']]);
  });
});

describe('a headline or time stamp a copy ran into the text', () => {
  const restored = (s: string) => restoreLineBreaks(MappedText.identity(s)).text;

  it('puts the lost break back', () => {
    expect(restored('sau sáp nhậpThời sự - 26/04 19:05Ban Tổ chức')).toBe(
      'sau sáp nhập\n\nThời sự - 26/04 19:05\n\nBan Tổ chức',
    );
  });

  it('leaves names and symbols alone', () => {
    for (const s of ['TP.HCM', 'VnExpress', 'iPhone', 'UBND-KTGS1', 'HĐND&UBND', 'lúc 15h00 ngày'])
      expect(restored(s)).toBe(s);
  });

  it('keeps the headline out of the tasks', () => {
    const text =
      'Bộ Chính trị sẽ chỉ định bí thư tỉnh ủy sau sáp nhậpThời sự - 26/04 19:05Ban Tổ chức Trung ương sẽ tham mưu Bộ Chính trị chỉ định bí thư tỉnh ủy, chậm nhất trước ngày 15/9/2025.';
    expect(tasks(text)).toEqual([[['Ban Tổ chức Trung ương'], '2025-09-14']]);
  });
});
