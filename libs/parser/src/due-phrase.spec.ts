import { WorkingCalendar } from '@dondoc/domain/calendar/working-calendar';
import { findDuePhrases, findRecurrences } from './due-phrase';

const calendar = new WorkingCalendar();
const read = (text: string, issuedOn: string | null = '2021-07-20') =>
  findDuePhrases(text, { issuedOn, calendar }).map((d) => [d.phrase, d.due]);

describe('findDuePhrases: every kind of deadline', () => {
  it.each<[string, string | null, string, string | null]>([
    // "trước": the day before is the last day on time
    ['Báo cáo trước ngày 10/7/2020.', '2020-06-15', 'trước ngày 10/7/2020', '2020-07-09'],
    [
      'gửi trước ngày 10 tháng 7 năm 2020',
      '2020-06-15',
      'trước ngày 10 tháng 7 năm 2020',
      '2020-07-09',
    ],
    ['gửi về Vụ 7 trước 30/7', '2021-07-20', 'trước 30/7', '2021-07-29'],
    ['báo cáo trước ngày 1/3/2024', null, 'trước ngày 1/3/2024', '2024-02-29'],
    ['xong trước ngày 15/1', '2021-12-20', 'trước ngày 15/1', '2022-01-14'],
    ['Trước ngày 30/7/2021, Vụ 8 báo cáo', null, 'Trước ngày 30/7/2021', '2021-07-29'],
    ['trước ngày 10-7-2020', null, 'trước ngày 10-7-2020', '2020-07-09'],
    // "chậm nhất", "hạn chót": that day itself
    ['chậm nhất ngày 15/8/2021 phải gửi', null, 'chậm nhất ngày 15/8/2021', '2021-08-15'],
    ['chậm nhất là ngày 15/8', '2021-07-20', 'chậm nhất là ngày 15/8', '2021-08-15'],
    [
      'chậm nhất vào ngày 15 tháng 8 năm 2021',
      null,
      'chậm nhất vào ngày 15 tháng 8 năm 2021',
      '2021-08-15',
    ],
    ['hạn chót 30/9/2021', null, 'hạn chót 30/9/2021', '2021-09-30'],
    ['chậm nhất trước ngày 10/8/2021', null, 'chậm nhất trước ngày 10/8/2021', '2021-08-09'],
    ['thực hiện đến hết ngày 31/12/2021', null, 'đến hết ngày 31/12/2021', '2021-12-31'],
    // months, quarters, halves, years: the last day of the period
    ['hoàn thành trong tháng 9/2021', null, 'trong tháng 9/2021', '2021-09-30'],
    ['hoàn thành trong tháng 2 năm 2024', null, 'trong tháng 2 năm 2024', '2024-02-29'],
    ['trong tháng 10', '2021-07-20', 'trong tháng 10', '2021-10-31'],
    ['xong trước tháng 10/2021', null, 'trước tháng 10/2021', '2021-09-30'],
    ['trong quý III/2021', null, 'trong quý III/2021', '2021-09-30'],
    ['trong quý IV năm 2021', null, 'trong quý IV năm 2021', '2021-12-31'],
    ['trong quý 1/2022', null, 'trong quý 1/2022', '2022-03-31'],
    ['trước quý IV/2021', null, 'trước quý IV/2021', '2021-09-30'],
    ['trong quý II', '2021-01-05', 'trong quý II', '2021-06-30'],
    ['triển khai trong 6 tháng cuối năm 2021', null, 'trong 6 tháng cuối năm 2021', '2021-12-31'],
    ['hoàn thành 6 tháng đầu năm 2022', null, 'hoàn thành 6 tháng đầu năm 2022', '2022-06-30'],
    ['thực hiện 6 tháng cuối năm 2021', null, '6 tháng cuối năm 2021', '2021-12-31'],
    ['trong 6 tháng cuối năm', '2021-07-20', 'trong 6 tháng cuối năm', '2021-12-31'],
    ['hoàn thành trong năm 2022', null, 'hoàn thành trong năm 2022', '2022-12-31'],
    // counted from the signing date
    [
      'trong thời hạn 15 ngày làm việc kể từ ngày ký',
      '2021-07-20',
      'trong thời hạn 15 ngày làm việc kể từ ngày ký',
      '2021-08-10',
    ],
    [
      'trong thời hạn 10 ngày làm việc kể từ ngày ký', // over 2/9 and its second day off
      '2021-08-25',
      'trong thời hạn 10 ngày làm việc kể từ ngày ký',
      '2021-09-10',
    ],
    [
      'trong vòng 10 ngày kể từ ngày ký',
      '2021-07-20',
      'trong vòng 10 ngày kể từ ngày ký',
      '2021-07-30',
    ],
    [
      'trong thời hạn 15 ngày, kể từ ngày ban hành',
      '2021-07-20',
      'trong thời hạn 15 ngày, kể từ ngày ban hành',
      '2021-08-04',
    ],
    // recurring: the next one after the document
    ['trước ngày 20 hằng tháng', '2021-07-20', 'trước ngày 20 hằng tháng', '2021-08-19'],
    ['trước ngày 25 hàng tháng', '2021-07-20', 'trước ngày 25 hàng tháng', '2021-07-24'],
    // written without diacritics
    ['truoc ngay 10/7/2020', null, 'truoc ngay 10/7/2020', '2020-07-09'],
    ['cham nhat ngay 15/8/2021', null, 'cham nhat ngay 15/8/2021', '2021-08-15'],
    ['hoan thanh trong quy III/2021', null, 'trong quy III/2021', '2021-09-30'],
    ['TRONG THÁNG 9/2021', null, 'TRONG THÁNG 9/2021', '2021-09-30'],
    // a year the document must give
    ['trước 30/7', null, 'trước 30/7', null],
    [
      'trong thời hạn 15 ngày làm việc kể từ ngày ký',
      null,
      'trong thời hạn 15 ngày làm việc kể từ ngày ký',
      null,
    ],
  ])('%s (document of %s) → %s = %s', (text, issuedOn, phrase, due) => {
    expect(read(text, issuedOn)).toEqual([[phrase, due]]);
  });

  it.each([
    ['a data period', 'thời điểm lấy số liệu từ ngày 1/12/2017 đến 30/11/2019'],
    ['a period', 'thực hiện từ ngày 01/01/2021 đến ngày 30/6/2021'],
    ['a period of months', 'số liệu từ tháng 1/2021 đến hết tháng 6/2021'],
    ['a period to the end of a day', 'từ ngày 1/7/2021 đến hết ngày 31/12/2021'],
    ['a cut-off of data', 'số liệu tính đến ngày 30/6/2021'],
    ['a date of an event', 'Ngày 01/7/2021, VKSND tối cao tổ chức Hội nghị'],
    ['a date of a document', 'theo Công văn số 2348/VKSTC-VP ngày 14/6/2021'],
    ['a date that sorts cases', 'các vụ án thụ lý trước ngày 01/7/2016'],
    ['a half year of work', 'đề ra giải pháp triển khai công tác 6 tháng cuối năm'],
    ['a half-year review', 'Hội nghị sơ kết công tác 6 tháng đầu năm 2021'],
    ['a result of a half year', 'báo cáo kết quả 6 tháng đầu năm 2021'],
    ['an entry into force', 'Quyết định có hiệu lực kể từ ngày ký'],
    ['a year alone', 'nhiệm vụ trọng tâm của đơn vị trong năm 2021'],
    ['a count', 'đã thi hành xong 10.967 việc'],
  ])('%s is no deadline: "%s"', (_label, text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps each phrase once, in order, with its place in the text', () => {
    const text = 'Vụ 8 báo cáo trước ngày 10/7/2021; Vụ 9 chậm nhất ngày 20/7/2021.';
    const found = findDuePhrases(text, { issuedOn: null, calendar });
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([
      'trước ngày 10/7/2021',
      'chậm nhất ngày 20/7/2021',
    ]);
  });

  it('skips what the caller masks (a referenced document)', () => {
    const text = 'thực hiện xong trước ngày 10/7/2021';
    const masked = [{ start: 0, end: text.length }];
    expect(findDuePhrases(text, { issuedOn: null, calendar, masked })).toEqual([]);
  });

  it('asks the calendar for working days', () => {
    const calls: [string, number][] = [];
    const fake = { addWorkingDays: (d: string, n: number) => (calls.push([d, n]), '2099-01-01') };
    const found = findDuePhrases('trong 5 ngày làm việc kể từ ngày ký', {
      issuedOn: '2021-07-20',
      calendar: fake,
    });
    expect(calls).toEqual([['2021-07-20', 5]]);
    expect(found[0].due).toBe('2099-01-01');
  });
});

describe('findRecurrences', () => {
  it.each([
    ['định kỳ hằng tháng báo cáo', 'monthly'],
    ['báo cáo hàng tháng', 'monthly'],
    ['dinh ky hang thang', 'monthly'],
    ['Định kỳ hằng quý', 'quarterly'],
    ['hàng quý tổ chức giao ban', 'quarterly'],
    ['định kỳ hằng năm', 'yearly'],
    ['xây dựng kế hoạch hằng năm', 'yearly'],
    ['định kỳ tháng', 'monthly'],
    ['theo định kỳ quý', 'quarterly'],
  ])('"%s" → %s', (text, recurrence) => {
    expect(findRecurrences(text).map((r) => r.recurrence)).toEqual([recurrence]);
  });

  it.each([['định kỳ 6 tháng'], ['hằng tuần'], ['hàng hóa'], ['hằng ngày']])(
    '"%s" is none of monthly, quarterly, yearly',
    (text) => {
      expect(findRecurrences(text)).toEqual([]);
    },
  );
});

describe('findDuePhrases: real-text deadlines (issue 14)', () => {
  const full = (text: string, issuedOn: string | null = '2020-05-25') =>
    findDuePhrases(text, { issuedOn, calendar }).map(({ phrase, due, time, rule, day }) => ({
      phrase,
      due,
      ...(time ? { time } : {}),
      ...(rule ? { rule } : {}),
      ...(day ? { day } : {}),
    }));

  it.each<[string, string | null, string, string | null, string]>([
    [
      'Gửi thống kê trước 16 giờ ngày 31/5/2020.',
      null,
      'trước 16 giờ ngày 31/5/2020',
      '2020-05-31',
      '16:00',
    ],
    [
      'gửi về Văn phòng trước 14 giờ, ngày 05/12/2017',
      null,
      'trước 14 giờ, ngày 05/12/2017',
      '2017-12-05',
      '14:00',
    ],
    [
      'cho Văn phòng trước 10 giờ 30 ngày 03/6',
      '2020-05-25',
      'trước 10 giờ 30 ngày 03/6',
      '2020-06-03',
      '10:30',
    ],
  ])('an hour keeps the day on time: "%s"', (text, issuedOn, phrase, due, time) => {
    expect(full(text, issuedOn)).toEqual([{ phrase, due, time }]);
  });

  it.each<[string, string | null, string, string | null]>([
    [
      'hoàn thành xong trước ngày Quốc khánh 02/9/2025',
      null,
      'trước ngày Quốc khánh 02/9/2025',
      '2025-09-01',
    ],
    ['báo cáo trước ngày 20.7.2020', null, 'trước ngày 20.7.2020', '2020-07-19'],
    ['báo cáo trước ngày 20-7-2020', null, 'trước ngày 20-7-2020', '2020-07-19'],
    ['thực hiện đến ngày 30/7/2021', null, 'đến ngày 30/7/2021', '2021-07-30'],
    ['(chậm nhất là ngày 25/10/2010)', null, 'chậm nhất là ngày 25/10/2010', '2010-10-25'],
    ['báo cáo trong tháng 6/2008', null, 'trong tháng 6/2008', '2008-06-30'],
    ['hoàn thành trong quý II', '2021-03-02', 'trong quý II', '2021-06-30'],
    ['hoàn thành trong 6 tháng đầu năm', '2021-03-02', 'trong 6 tháng đầu năm', '2021-06-30'],
    ['báo cáo trước ngày 15/1', '2021-12-20', 'trước ngày 15/1', '2022-01-14'],
    [
      'gửi về phòng vào ngày họp báo huyện (ngày 29/5/2014)',
      null,
      'vào ngày họp báo huyện (ngày 29/5/2014)',
      '2014-05-29',
    ],
  ])('"%s"', (text, issuedOn, phrase, due) => {
    expect(full(text, issuedOn).map((d) => [d.phrase, d.due])).toEqual([[phrase, due]]);
  });

  it('reads each month of a list, with the year written after it', () => {
    expect(
      full('hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025', '2025-11-04').map((d) => [
        d.phrase,
        d.due,
      ]),
    ).toEqual([
      ['trong tháng 11', '2025-11-30'],
      ['tháng 12 năm 2025', '2025-12-31'],
    ]);
  });

  it.each<[string, string | null, object]>([
    [
      'gửi trong thời hạn 02 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo;',
      '2020-05-25',
      { working_days: 2, from: 'ngày kết thúc kỳ báo cáo' },
    ],
    [
      'báo cáo trong thời hạn 05 ngày kể từ ngày nhận được văn bản.',
      '2020-05-25',
      { days: 5, from: 'ngày nhận được văn bản' },
    ],
    [
      'Chậm nhất 04 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo thống kê, Cục gửi',
      null,
      { working_days: 4, from: 'ngày kết thúc kỳ báo cáo thống kê' },
    ],
    [
      'báo cáo kết quả không quá 2 tháng kể từ ngày ban hành văn bản này.',
      null,
      { months: 2, from: 'ngày ban hành văn bản này' },
    ],
  ])('a deadline from an event stays a rule, not a date: "%s"', (text, issuedOn, rule) => {
    const [d] = full(text, issuedOn);
    expect(d).toMatchObject({ due: null, rule });
  });

  it('a deadline from the signing date resolves when the document is dated', () => {
    expect(
      full('không quá 2 tháng kể từ ngày ban hành văn bản này', '2023-11-30')[0],
    ).toMatchObject({
      due: '2024-01-30',
      rule: { months: 2 },
    });
  });

  it.each<[string, string | null, string | null, string]>([
    ['định kỳ hằng tháng, trước ngày 20 gửi báo cáo', '2021-07-25', '2021-08-19', '20'],
    ['báo cáo trước ngày 20 hằng tháng', '2021-07-10', '2021-07-19', '20'],
    ['Chậm nhất ngày 15 (mười lăm) của tháng báo cáo', null, null, '15'],
    ['hằng năm, trước ngày 25/6 báo cáo', '2021-07-20', '2022-06-24', '06-25'],
  ])('a recurring deadline keeps its day: "%s"', (text, issuedOn, due, day) => {
    expect(full(text, issuedOn)[0]).toMatchObject({ due, day });
  });

  it.each([
    ['an entry into force on a date', 'Quyết định này có hiệu lực kể từ ngày 08 tháng 11 năm 2019'],
    [
      'an entry into force after days',
      'có hiệu lực thi hành sau 10 (mười) ngày kể từ ngày ký ban hành',
    ],
    ['an entry into force after days', 'Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký'],
    ['a posting date', 'Thứ hai - 11/09/2023 15:26'],
    ['a period of work', 'triển khai nhiệm vụ trọng tâm từ nay đến cuối năm 2025'],
    ['a period of data', 'Thời điểm lấy số liệu: Từ ngày 01/12/2019 đến hết ngày 31/5/2020.'],
    ['a data range without years', 'tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo'],
  ])('%s is no deadline: "%s"', (_label, text) => {
    expect(full(text, '2019-10-28')).toEqual([]);
  });
});

describe('findRecurrences: negations', () => {
  it.each([['không thực hiện báo cáo hàng tháng'], ['bãi bỏ chế độ báo cáo hằng quý']])(
    '"%s" is no recurrence',
    (text) => {
      expect(findRecurrences(text)).toEqual([]);
    },
  );
});
