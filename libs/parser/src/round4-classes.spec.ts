import { parseDirective } from './index';
import { findRecurrences } from './due-phrase';
import { readProseDocument } from './prose-document';
import { directory, resolver } from './test-directory';

/**
 * Round 4 of issue 14: the failure classes the round-3 held-out texts showed (now tune
 * texts), each in sentences written for these specs the way news items, portal pages and
 * letters write, not copied from the corpus (`parse:eval` scores the corpus).
 */
const read = (text: string) => parseDirective(text, directory, { resolver });
const header = (text: string) => {
  const d = read(text);
  return [d.doc_type, d.doc_number, d.issued_on, d.issuer];
};

describe('the document a news item or portal page conveys, read from its prose', () => {
  it('reads the number after an urgency word ("hỏa tốc", "khẩn", "thượng khẩn")', () => {
    expect(
      readProseDocument(
        'Ngày 12/3/2022, UBND tỉnh đã ký gửi Công văn hỏa tốc số 512/UBND-KT đến các sở, ngành.',
      ),
    ).toMatchObject({ docType: 'CÔNG VĂN', docNumber: '512/UBND-KT', issuedOn: '2022-03-12' });
    expect(
      readProseDocument('Bộ Y tế vừa có Công điện khẩn số 07/CĐ-BYT gửi Sở Y tế các tỉnh.'),
    ).toMatchObject({ docType: 'CÔNG ĐIỆN', docNumber: '07/CĐ-BYT' });
  });

  it('fills the number and date a headline lacks from the lede about the same document', () => {
    expect(
      readProseDocument(
        'Thủ tướng ban hành Công điện yêu cầu bảo đảm an toàn hồ đập\nNgày 3/9/2024, Thủ tướng Chính phủ đã ký Công điện số 85/CĐ-TTg gửi các bộ, ngành.',
      ),
    ).toMatchObject({ docType: 'CÔNG ĐIỆN', docNumber: '85/CĐ-TTg', issuedOn: '2024-09-03' });
  });

  it('reads "được thể hiện tại Thông báo số ... do X ban hành" as the document and its issuer', () => {
    expect(
      header(
        'Ý kiến kết luận của Chủ tịch UBND tỉnh tại buổi làm việc được thể hiện tại Thông báo số 45/TB-UBND do Văn phòng UBND tỉnh ban hành. Giao Sở Xây dựng rà soát hồ sơ dự án.',
      ),
    ).toEqual(['THÔNG BÁO', '45/TB-UBND', null, 'Văn phòng Ủy ban nhân dân tỉnh']);
  });

  it('reads a dotted date after a short opener and the body that wrote the letter', () => {
    expect(
      header(
        'Trước đó, ngày 15.11.2019, Sở Tài chính có công văn gửi các huyện đề nghị gửi báo cáo quyết toán. UBND các huyện cần khẩn trương gửi báo cáo.',
      ),
    ).toEqual(['CÔNG VĂN', null, '2019-11-15', 'Sở Tài chính']);
  });

  it('reads a paragraph that opens with the numbered document as what the page is about', () => {
    expect(
      readProseDocument(
        'Tin hoạt động\n\nQuyết định số 12/2020/QĐ-UBND ngày 05/3/2020 của UBND tỉnh quy định chế độ báo cáo thống kê.',
      ),
    ).toMatchObject({
      docType: 'QUYẾT ĐỊNH',
      docNumber: '12/2020/QĐ-UBND',
      issuedOn: '2020-03-05',
    });
  });

  it('takes no type from a common noun or a verb ("các chỉ thị, quy chế", "xem xét quyết định")', () => {
    expect(
      readProseDocument(
        'Sở Giao thông vận tải báo cáo UBND tỉnh xem xét quyết định theo đúng quy định hiện hành.',
      ).docType,
    ).toBeNull();
    expect(
      readProseDocument(
        'Các đơn vị thực hiện nghiêm các chỉ thị, quy chế, quy định của ngành về công tác kiểm tra.',
      ).docType,
    ).toBeNull();
  });

  it('never takes a preamble\'s grounds ("Căn cứ Nghị định ... quy định chức năng") for the document', () => {
    expect(
      readProseDocument(
        [
          'Căn cứ Luật Thi hành án dân sự ngày 14/11/2008;',
          'Căn cứ Nghị định số 96/2017/NĐ-CP ngày 16/8/2017 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tư pháp;',
          'Bộ trưởng Bộ Tư pháp ban hành Thông tư hướng dẫn chế độ báo cáo như sau:',
        ].join('\n'),
      ),
    ).toMatchObject({ docType: 'THÔNG TƯ', docNumber: null, issuedOn: null });
  });

  it('does not take a copy sent with a letter ("Sao gửi Công văn kèm theo") for the letter', () => {
    expect(
      readProseDocument(
        'Giao Sở Nội vụ tham gia ý kiến theo đề nghị tại Công văn số 12/BNV-TCBC ngày 2/3/2023 (Sao gửi Công văn kèm theo).',
      ).docType,
    ).toBeNull();
  });
});

describe('a named session is not a recurrence', () => {
  it('reads "định kỳ tháng 3/2020" and "định kỳ quý I/2021" as one period', () => {
    expect(findRecurrences('tại phiên tiếp công dân định kỳ tháng 3/2020 của Bí thư')).toEqual([]);
    expect(findRecurrences('tại buổi giao ban định kỳ quý I/2021')).toEqual([]);
    expect(findRecurrences('tại cuộc họp định kỳ tháng 11 năm 2022')).toEqual([]);
  });

  it('still reads "định kỳ hằng tháng, trước ngày 20" and "báo cáo hằng quý"', () => {
    expect(findRecurrences('định kỳ hằng tháng, trước ngày 20').map((r) => r.recurrence)).toEqual([
      'monthly',
    ]);
    expect(findRecurrences('gửi báo cáo hằng quý về Sở').map((r) => r.recurrence)).toEqual([
      'quarterly',
    ]);
  });
});

const tasks = (text: string) =>
  read(text).tasks.map((t) => [t.lead_units, t.coordinating_units, t.due]);
const leads = (text: string) => read(text).tasks.map((t) => t.lead_units);

describe('the units, then a deadline, then their verb', () => {
  it('ends the units at a deadline that stands before the modal or verb', () => {
    expect(
      tasks(
        'Bộ trưởng yêu cầu các sở, ngành, địa phương trước ngày 15/5/2023 phải gửi báo cáo kết quả rà soát về Bộ.',
      ),
    ).toEqual([[['Sở, ngành, địa phương'], [], '2023-05-14']]);
    expect(
      tasks(
        'UBND tỉnh yêu cầu Sở Tài chính, Kho bạc Nhà nước tỉnh chậm nhất là ngày 30/6/2024 hoàn thành việc đối chiếu số liệu.',
      ),
    ).toEqual([[['Sở Tài chính', 'Kho bạc Nhà nước tỉnh'], [], '2024-06-30']]);
  });

  it('reads "tất cả các" like "các"', () => {
    expect(leads('Yêu cầu tất cả các sở, ban, ngành phải cập nhật dữ liệu lên hệ thống.')).toEqual([
      ['Sở, ban, ngành'],
    ]);
  });

  it('keeps an ask whose later words report who has done it, and takes no deadline from them', () => {
    expect(
      leads(
        'Chủ tịch UBND tỉnh yêu cầu các huyện, thị xã trước ngày 10.3 phải báo cáo kết quả kiểm kê song đến ngày 15.3 mới chỉ có huyện Đông Sơn là đã thực hiện.',
      ),
    ).toEqual([['Huyện, thị xã']]);
    expect(
      tasks(
        'Đến ngày 4.1.2018, Sở Kế hoạch và Đầu tư vẫn chưa nhận được báo cáo của UBND các huyện. UBND các huyện cần khẩn trương gửi báo cáo.',
      ),
    ).toEqual([[['UBND các huyện'], [], null]]);
  });
});

describe('names as news and notices write them', () => {
  it('keeps the period of a level abbreviation inside a name ("UBND TP. Vinh", "UBND TX. Sơn Tây")', () => {
    expect(leads('Giao UBND TP. Hội An chủ trì rà soát hồ sơ các hộ dân.')).toEqual([
      ['UBND TP. Hội An'],
    ]);
    expect(leads('Giao UBND TX. Sơn Tây, UBND H. Ba Vì kiểm tra hiện trường.')).toEqual([
      ['UBND TX. Sơn Tây', 'UBND H. Ba Vì'],
    ]);
  });

  it('reads an assignment quoted after "Cụ thể:"', () => {
    expect(
      tasks(
        'Cụ thể: “Giao UBND TP. Tam Kỳ lập tổ công tác rà soát hồ sơ; hoàn thành trước ngày 30/8/2021”.',
      ),
    ).toEqual([[['UBND TP. Tam Kỳ'], [], '2021-08-29']]);
  });

  it('ends the units at how they must act ("với tinh thần ...")', () => {
    expect(
      leads(
        'Đề nghị các thành viên Tổ công tác với tinh thần trách nhiệm cao, khẩn trương triển khai nhiệm vụ được phân công.',
      ),
    ).toEqual([['Các thành viên Tổ công tác']]);
  });

  it('reads signing as the work asked ("đề nghị Bộ trưởng Bộ Nội vụ ký thừa ủy quyền ...")', () => {
    expect(
      leads(
        'Văn phòng Chính phủ đã có công văn đề nghị Bộ trưởng Bộ Nội vụ ký thừa ủy quyền Thủ tướng văn bản gửi các địa phương.',
      ),
    ).toEqual([['Bộ Nội vụ']]);
  });

  it('reads a kind of body right after "phối hợp" as the partner, with no "với"', () => {
    expect(
      tasks('Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp đơn vị tư vấn hoàn thiện hồ sơ.'),
    ).toEqual([[['Sở Tài nguyên và Môi trường'], ['Đơn vị tư vấn'], null]]);
    expect(tasks('Sở Xây dựng phối hợp tổ chức hội nghị tập huấn.')).toEqual([
      [['Sở Xây dựng'], [], null],
    ]);
  });
});

describe('what a news item asks, once', () => {
  it('reads work asked of no one named ("Công điện nêu rõ, yêu cầu tập trung ...")', () => {
    expect(
      tasks(
        'Ngày 3/9/2024, Thủ tướng Chính phủ đã ký Công điện số 85/CĐ-TTg gửi các bộ, ngành, UBND các tỉnh ven biển về bảo đảm an toàn hồ đập.\n\nCông điện nêu rõ, yêu cầu tập trung kiểm tra các hồ chứa xung yếu, báo cáo trước ngày 20/9/2024.',
      ),
    ).toEqual([[['Bộ, ngành', 'UBND các tỉnh ven biển'], [], '2024-09-19']]);
  });

  it('gives the addressees a document was sent to the ask that names no body', () => {
    expect(
      leads(
        [
          'Thủ tướng yêu cầu bảo đảm an toàn hồ đập mùa mưa bão',
          'Ngày 3/9/2024, Thủ tướng Chính phủ đã ký gửi Công điện số 85/CĐ-TTg đến các Bộ, cơ quan ngang Bộ, UBND các tỉnh, thành phố trực thuộc Trung ương về việc bảo đảm an toàn hồ đập.',
          'Thủ tướng yêu cầu tập trung kiểm tra, rà soát các hồ chứa xung yếu.',
        ].join('\n\n'),
      ),
    ).toEqual([['Bộ, cơ quan ngang Bộ', 'UBND các tỉnh, thành phố trực thuộc Trung ương']]);
  });

  it('keeps one task when the same units are asked the same work again', () => {
    expect(
      leads(
        'Thủ tướng Chính phủ yêu cầu Bộ Công Thương kiểm tra, xử lý thông tin báo chí phản ánh về giá điện.\n\nVề thông tin trên, Thủ tướng Chính phủ yêu cầu Bộ Công Thương kiểm tra, xử lý.',
      ),
    ).toEqual([['Bộ Công Thương']]);
  });

  it('takes no task from a headline or caption when the body states the assignments', () => {
    expect(
      leads(
        [
          'UBND tỉnh yêu cầu các sở tăng cường kiểm tra an toàn thực phẩm',
          'Theo đó, UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Công Thương kiểm tra các cơ sở sản xuất thực phẩm.',
          'P.V',
        ].join('\n\n'),
      ),
    ).toEqual([['Sở Y tế']]);
  });
});

/**
 * Classes the fresh (seventh-batch) held-out texts showed at their one measurement; fixed
 * after it, so the batch's figures after these fixes are no longer a clean held-out measure.
 */
describe('after the held-out measurement: shapes the seventh batch showed', () => {
  it('gives a place named alone the body and level before it ("UBND huyện Mèo Vạc, Đồng Văn")', () => {
    expect(
      leads('UBND tỉnh yêu cầu UBND huyện Mèo Vạc, Đồng Văn khẩn trương kiểm tra các hồ chứa.'),
    ).toEqual([['UBND huyện Mèo Vạc', 'UBND huyện Đồng Văn']]);
    expect(leads('Giao UBND xã Tân Lập, Tân Hòa và Tân Phú rà soát hộ nghèo.')).toEqual([
      ['UBND xã Tân Lập', 'UBND xã Tân Hòa', 'UBND xã Tân Phú'],
    ]);
  });

  it('keeps "các ngành, các cấp" in the name before it', () => {
    expect(
      leads(
        'Ban Chỉ đạo phòng, chống dịch các ngành, các cấp, Chủ tịch UBND các huyện tăng cường kiểm tra.',
      ),
    ).toEqual([['Ban Chỉ đạo phòng, chống dịch các ngành, các cấp', 'UBND các huyện']]);
  });

  it('reads "bắt tay (ngay) vào" as the work asked', () => {
    expect(
      leads('Đề nghị Sở Y tế, Sở Công Thương bắt tay ngay vào việc rà soát các cơ sở.'),
    ).toEqual([['Sở Y tế', 'Sở Công Thương']]);
  });

  it('completes a shortened name from the full one written before, lower-case words and all', () => {
    expect(
      leads(
        'Theo đề nghị của Cục trưởng Cục Thống kê tỉnh Bắc Ninh tại Tờ trình số 12/TTr-CTK.\n\nGiao Cục Thống kê tỉnh tổ chức điều tra.',
      ),
    ).toEqual([['Cục Thống kê tỉnh Bắc Ninh']]);
  });

  it('gives a deadline paragraph to the ask before it across a note in brackets', () => {
    expect(
      tasks(
        'Bộ Nội vụ đề nghị các bộ, ngành và UBND các tỉnh xây dựng báo cáo sơ kết.\n\n(Có đề cương kèm theo)\n\nBáo cáo gửi về Bộ Nội vụ trước ngày 20 tháng 6 năm 2022 để tổng hợp.',
      ),
    ).toEqual([[['Bộ, ngành', 'UBND các tỉnh'], [], '2022-06-19']]);
  });

  it('takes no task from the bullets under a heading of scope ("Đối tượng")', () => {
    expect(
      leads(
        'UBND tỉnh ban hành Kế hoạch giám sát như sau:\n\n1. Đối tượng\n\n- Các sở, ngành, địa phương tham gia thực hiện Chương trình.\n\n2. Tổ chức thực hiện\n\n- Sở Lao động - Thương binh và Xã hội chủ trì theo dõi, tổng hợp.',
      ),
    ).toEqual([['Sở Lao động - Thương binh và Xã hội']]);
  });

  it('reads the document a page names in its first line ("Nghị quyết phiên họp ...")', () => {
    expect(
      readProseDocument(
        'Nghị quyết phiên họp Chính phủ thường kỳ tháng 5/2019\nChính phủ yêu cầu các bộ, ngành tập trung tháo gỡ khó khăn.',
      ).docType,
    ).toBe('NGHỊ QUYẾT');
  });

  it('ends a short numbered heading at the capitalised text under it in a hard-wrapped copy', () => {
    const wrapped = [
      'Do tác động của biến đổi khí hậu, thời tiết ngày càng phức tạp, khó lường, nguy cơ',
      'xảy ra hạn hán, thiếu nước và xâm nhập mặn ở nhiều nơi trên cả nước, đặc biệt là',
      'khu vực Trung Bộ, Tây Nguyên và Nam Bộ; để chủ động ứng phó, hạn chế đến mức thấp',
      'nhất thiệt hại do thiên tai gây ra trên địa bàn tỉnh trong năm, về công tác phòng,',
      'chống thiên tai và tìm kiếm cứu nạn trên địa bàn toàn tỉnh, Chủ tịch Ủy ban nhân',
      'dân tỉnh chỉ thị:',
      'I. Nhiệm vụ chung',
      'Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện tập trung thực hiện',
      'các công việc sau:',
      '- Hoàn thành tổng kết công tác phòng chống thiên tai năm 2023 trước ngày 15/4/2024.',
    ].join('\n');
    expect(tasks(wrapped)).toEqual([[['Sở, ban, ngành tỉnh', 'UBND các huyện'], [], '2024-04-14']]);
  });
});
