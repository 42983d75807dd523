import { LocalDate, addDays, dayOfWeek } from './local-date.util';
import { lunarNewYear } from './lunar-calendar';
import { OFFICIAL_CALENDAR, mergeOverrides, statutoryHolidays } from './vietnam-holidays';
import { WorkingCalendar } from './working-calendar';

function daysFrom(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

const isWeekend = (d: LocalDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;

describe('statutoryHolidays', () => {
  it('2021 (Labour Code 2019): Tết 5 days, Giỗ Tổ, 30/4, 1/5, 2/9 and 3/9, with days made up', () => {
    expect(statutoryHolidays(2021)).toEqual([
      '2021-01-01',
      ...daysFrom('2021-02-10', '2021-02-16'), // 29 Chạp – mùng 3; Sat 13 and Sun 14 made up on 15, 16
      '2021-04-21', // Giỗ Tổ
      '2021-04-30',
      '2021-05-01', // a Saturday …
      '2021-05-03', // … made up on Monday
      '2021-09-02',
      '2021-09-03',
    ]);
  });

  it('2020 (Labour Code 2012): Quốc khánh is one day', () => {
    expect(statutoryHolidays(2020)).toEqual([
      '2020-01-01',
      ...daysFrom('2020-01-23', '2020-01-29'), // mùng 1, 2 on the weekend: 28, 29 made up
      '2020-04-02',
      '2020-04-30',
      '2020-05-01',
      '2020-09-02',
    ]);
  });

  it.each([2019, 2021, 2024, 2026, 2030, 2045])(
    'Tết %d is the last two days of the lunar year and mùng 1–3',
    (year) => {
      const mung1 = lunarNewYear(year);
      for (const n of [-2, -1, 0, 1, 2])
        expect(statutoryHolidays(year)).toContain(addDays(mung1, n));
      expect(statutoryHolidays(year)).not.toContain(addDays(mung1, -3));
    },
  );

  it.each([
    [2021, 'Thursday', ['2021-09-02', '2021-09-03']],
    [2022, 'Friday', ['2022-09-01', '2022-09-02']],
    [2023, 'Saturday, made up on Monday', ['2023-09-01', '2023-09-02', '2023-09-04']],
    [2024, 'Monday', ['2024-09-02', '2024-09-03']],
    [2025, 'Tuesday', ['2025-09-01', '2025-09-02']],
    [2026, 'Wednesday', ['2026-09-01', '2026-09-02']],
    [2029, 'Sunday, made up on Tuesday', ['2029-09-02', '2029-09-03', '2029-09-04']],
  ])('Quốc khánh %d (2/9 a %s) is %j', (year, _weekday, expected) => {
    expect(statutoryHolidays(year).filter((d) => d.slice(5, 7) === '09')).toEqual(expected);
  });

  it.each([
    ['2022-01-01', '2022-01-03', 'New Year on a Saturday'],
    ['2023-01-01', '2023-01-02', 'New Year on a Sunday'],
    ['2022-04-10', '2022-04-11', 'Giỗ Tổ on a Sunday'],
    ['2026-04-26', '2026-04-27', 'Giỗ Tổ on a Sunday'],
  ])('%s is made up on %s (%s)', (holiday, madeUp) => {
    const year = Number(holiday.slice(0, 4));
    expect(statutoryHolidays(year)).toEqual(expect.arrayContaining([holiday, madeUp]));
  });

  it('makes up two weekend holidays in a row on the next two working days (2023)', () => {
    // Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday: made up on Tuesday 2/5 and Wednesday 3/5.
    expect(statutoryHolidays(2023).filter((d) => d >= '2023-04-01' && d < '2023-06-01')).toEqual(
      daysFrom('2023-04-29', '2023-05-03'),
    );
  });

  it('gives 11 weekdays off every year from 2021 on (Labour Code 2019: 11 holidays)', () => {
    for (let year = 2021; year <= 2060; year++) {
      expect(statutoryHolidays(year).filter((d) => !isWeekend(d))).toHaveLength(11);
    }
  });
});

describe('OFFICIAL_CALENDAR', () => {
  it('covers 2019–2026, each year with its source', () => {
    expect(Object.keys(OFFICIAL_CALENDAR).map(Number)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const entry of Object.values(OFFICIAL_CALENDAR)) expect(entry.source).toMatch(/\d/);
  });

  it.each(Object.entries(OFFICIAL_CALENDAR))(
    '%s: make-up days are Saturdays, extra days off are weekdays beyond the law',
    (_year, { daysOff, workingDays }) => {
      for (const d of workingDays) expect(dayOfWeek(d)).toBe(6);
      for (const d of daysOff) {
        expect(isWeekend(d)).toBe(false);
        expect(statutoryHolidays(Number(d.slice(0, 4)))).not.toContain(d);
      }
      // A swap keeps the number of working days: one Saturday for each day off.
      expect(workingDays).toHaveLength(daysOff.length);
    },
  );
});

describe('mergeOverrides', () => {
  it('lets a later layer cancel an earlier day off or make-up day', () => {
    expect(
      mergeOverrides(
        { daysOff: ['2026-01-02', '2026-08-31'], workingDays: ['2026-01-10', '2026-08-22'] },
        undefined,
        { daysOff: ['2026-08-22'], workingDays: ['2026-01-02'] },
      ),
    ).toEqual({ daysOff: ['2026-08-22', '2026-08-31'], workingDays: ['2026-01-02', '2026-01-10'] });
  });
});

/**
 * The schedules as announced for công chức, viên chức: each break from its first to its
 * last day off, weekends included, and the Saturdays worked in exchange. Where an
 * announcement only covers Tết and Quốc khánh, the other breaks are the Labour Code's.
 */
const ANNOUNCED: Record<number, { breaks: [string, LocalDate, LocalDate][]; makeUp: LocalDate[] }> =
  {
    // Thông báo 3238/TB-LĐTBXH
    2019: {
      breaks: [
        ['Tết Dương lịch (31/12 swapped)', '2018-12-29', '2019-01-01'],
        ['Tết Kỷ Hợi', '2019-02-02', '2019-02-10'],
        ['Giỗ Tổ (Sunday, made up Monday)', '2019-04-13', '2019-04-15'],
        ['30/4–1/5 (29/4 swapped)', '2019-04-27', '2019-05-01'],
        ['Quốc khánh', '2019-08-31', '2019-09-02'],
      ],
      makeUp: ['2019-01-05', '2019-05-04'],
    },
    // VPCP 8/10/2019 (Tờ trình 54/TTr-LĐTBXH)
    2020: {
      breaks: [
        ['Tết Dương lịch', '2020-01-01', '2020-01-01'],
        ['Tết Canh Tý', '2020-01-23', '2020-01-29'],
        ['Giỗ Tổ', '2020-04-02', '2020-04-02'],
        ['30/4–1/5', '2020-04-30', '2020-05-03'],
        ['Quốc khánh', '2020-09-02', '2020-09-02'],
      ],
      makeUp: [],
    },
    // Thông báo 4875/TB-LĐTBXH
    2021: {
      breaks: [
        ['Tết Dương lịch', '2021-01-01', '2021-01-03'],
        ['Tết Tân Sửu', '2021-02-10', '2021-02-16'],
        ['Giỗ Tổ', '2021-04-21', '2021-04-21'],
        ['30/4–1/5', '2021-04-30', '2021-05-03'],
        ['Quốc khánh', '2021-09-02', '2021-09-05'],
      ],
      makeUp: [],
    },
    // Công văn 245/VPCP-KGVX: Tết 31/1–4/2, Quốc khánh 1/9–2/9
    2022: {
      breaks: [
        ['Tết Dương lịch', '2022-01-01', '2022-01-03'],
        ['Tết Nhâm Dần', '2022-01-29', '2022-02-06'],
        ['Giỗ Tổ', '2022-04-09', '2022-04-11'],
        ['30/4–1/5', '2022-04-30', '2022-05-03'],
        ['Quốc khánh', '2022-09-01', '2022-09-04'],
      ],
      makeUp: [],
    },
    // Công văn 8056/VPCP-KGVX: Tết 20/1–26/1, Quốc khánh 1/9–4/9
    2023: {
      breaks: [
        ['Tết Dương lịch', '2022-12-31', '2023-01-02'],
        ['Tết Quý Mão', '2023-01-20', '2023-01-26'],
        ['Giỗ Tổ and 30/4–1/5', '2023-04-29', '2023-05-03'],
        ['Quốc khánh', '2023-09-01', '2023-09-04'],
      ],
      makeUp: [],
    },
    // Thông báo 5015/TB-LĐTBXH; Công văn 2450/VPCP-KGVX (29/4 swapped with 4/5)
    2024: {
      breaks: [
        ['Tết Dương lịch', '2023-12-30', '2024-01-01'],
        ['Tết Giáp Thìn', '2024-02-08', '2024-02-14'],
        ['Giỗ Tổ', '2024-04-18', '2024-04-18'],
        ['30/4–1/5', '2024-04-27', '2024-05-01'],
        ['Quốc khánh', '2024-08-31', '2024-09-03'],
      ],
      makeUp: ['2024-05-04'],
    },
    // Công văn 8726/VPCP-KGVX; Thông báo 6150/TB-LĐTBXH (2/5 swapped with 26/4)
    2025: {
      breaks: [
        ['Tết Dương lịch', '2025-01-01', '2025-01-01'],
        ['Tết Ất Tỵ', '2025-01-25', '2025-02-02'],
        ['Giỗ Tổ', '2025-04-05', '2025-04-07'],
        ['30/4–1/5', '2025-04-30', '2025-05-04'],
        ['Quốc khánh', '2025-08-30', '2025-09-02'],
      ],
      makeUp: ['2025-04-26'],
    },
    // Công văn 12729/VPCP-KGVX (2/1 swapped with 10/1); VPCP 10/2025 (31/8 swapped with 22/8)
    2026: {
      breaks: [
        ['Tết Dương lịch', '2026-01-01', '2026-01-04'],
        ['Tết Bính Ngọ', '2026-02-14', '2026-02-22'],
        ['Giỗ Tổ', '2026-04-25', '2026-04-27'],
        ['30/4–1/5', '2026-04-30', '2026-05-03'],
        ['Quốc khánh', '2026-08-29', '2026-09-02'],
      ],
      makeUp: ['2026-01-10', '2026-08-22'],
    },
  };

describe.each(Object.entries(ANNOUNCED))('the announced schedule for %s', (year, announced) => {
  const calendar = new WorkingCalendar();

  it.each(announced.breaks)('%s: off from %s to %s, working either side', (_name, from, to) => {
    for (const d of daysFrom(from, to)) expect([d, calendar.isWorkingDay(d)]).toEqual([d, false]);
    expect(calendar.isWorkingDay(addDays(from, -1))).toBe(true);
    expect(calendar.isWorkingDay(addDays(to, 1))).toBe(true);
  });

  it('make-up Saturdays are working days', () => {
    for (const d of announced.makeUp) expect(calendar.isWorkingDay(d)).toBe(true);
  });

  it('no other day of the year is off, and no other weekend day is worked', () => {
    const inBreak = new Set(announced.breaks.flatMap(([, from, to]) => daysFrom(from, to)));
    for (const d of daysFrom(`${year}-01-01`, `${year}-12-31`)) {
      const expected = announced.makeUp.includes(d) || (!inBreak.has(d) && !isWeekend(d));
      expect([d, calendar.isWorkingDay(d)]).toEqual([d, expected]);
    }
  });
});
