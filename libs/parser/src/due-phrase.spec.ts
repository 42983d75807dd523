import { WorkingCalendar } from '../../domain/src/calendar/working-calendar';
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
