import { WorkingCalendar, solarHolidays, vietnameseCalendar } from './working-calendar';

describe('solarHolidays', () => {
  it.each([2021, 2026])('lists 1/1, 30/4, 1/5 and 2/9 of %d', (year) => {
    expect(solarHolidays(year)).toEqual([
      `${year}-01-01`,
      `${year}-04-30`,
      `${year}-05-01`,
      `${year}-09-02`,
    ]);
  });
});

describe('WorkingCalendar', () => {
  const calendar = new WorkingCalendar();

  describe('isWorkingDay (defaults)', () => {
    it.each([
      ['2021-07-19', true, 'Monday'],
      ['2021-07-20', true, 'Tuesday'],
      ['2021-07-21', true, 'Wednesday'],
      ['2021-07-22', true, 'Thursday'],
      ['2021-07-23', true, 'Friday'],
      ['2021-07-24', false, 'Saturday'],
      ['2021-07-25', false, 'Sunday'],
      ['2021-07-30', true, 'Friday'],
      ['2021-07-31', false, 'Saturday'],
      ['2021-08-01', false, 'Sunday'],
      ['2021-01-01', false, 'New Year, a Friday'],
      ['2021-04-29', true, 'Thursday before 30/4'],
      ['2021-04-30', false, 'Reunification Day, a Friday'],
      ['2021-05-01', false, 'Labour Day, a Saturday'],
      ['2021-05-03', false, 'Monday made up for Labour Day on a Saturday'],
      ['2021-05-04', true, 'Tuesday after the holidays'],
      ['2021-09-01', true, 'Wednesday before 2/9'],
      ['2021-09-02', false, 'National Day, a Thursday'],
      ['2021-09-03', false, "National Day's second day (Labour Code 2019)"],
      ['2021-09-06', true, 'Monday after National Day'],
      ['2021-02-09', true, 'Tuesday before Tết Tân Sửu'],
      ['2021-02-10', false, '29 tháng Chạp'],
      ['2021-02-12', false, 'mùng 1 Tết'],
      ['2021-02-16', false, 'made up for mùng 2, a Saturday'],
      ['2021-02-17', true, 'back to work after Tết'],
      ['2021-04-21', false, 'Giỗ Tổ Hùng Vương, a Wednesday'],
      ['2025-12-31', true, 'Wednesday'],
      ['2026-01-01', false, 'New Year, a Thursday'],
      ['2026-01-02', false, 'Friday off, swapped with Saturday 10/1'],
      ['2026-01-10', true, 'make-up Saturday'],
      ['2026-04-27', false, 'Monday made up for Giỗ Tổ on Sunday 26/4'],
      ['2026-04-29', true, 'Wednesday'],
      ['2026-04-30', false, 'Reunification Day, a Thursday'],
      ['2026-05-01', false, 'Labour Day, a Friday'],
      ['2026-05-04', true, 'Monday'],
      ['2026-09-02', false, 'National Day, a Wednesday'],
    ])('%s → %s (%s)', (date, expected) => {
      expect(calendar.isWorkingDay(date)).toBe(expected);
    });
  });

  describe('overrides', () => {
    const withOverrides = new WorkingCalendar(undefined, {
      daysOff: ['2021-09-06', '2026-01-05', '2026-01-10'],
      workingDays: ['2021-09-18', '2026-01-17', '2021-04-30'],
    });

    it.each([
      ['2021-09-06', false, 'extra day off on a Monday'],
      ['2026-01-05', false, 'extra day off after New Year'],
      ['2021-09-18', true, 'make-up Saturday'],
      ['2026-01-17', true, 'make-up Saturday'],
      ['2021-04-30', true, 'make-up day wins over a holiday'],
      ['2026-01-10', false, 'a day off cancels an official make-up Saturday'],
      ['2026-01-02', false, 'official swaps are kept'],
      ['2021-09-02', false, 'holidays are kept'],
      ['2021-02-12', false, 'lunar holidays are kept'],
      ['2021-09-11', false, 'other Saturdays stay off'],
      ['2021-09-07', true, 'ordinary Tuesday'],
    ])('%s → %s (%s)', (date, expected) => {
      expect(withOverrides.isWorkingDay(date)).toBe(expected);
    });

    it('do not leak into another calendar', () => {
      expect(calendar.isWorkingDay('2021-09-06')).toBe(true);
      expect(calendar.isWorkingDay('2021-09-18')).toBe(false);
      expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    });
  });

  describe('vietnameseCalendar', () => {
    it('is the default calendar when no administrator overrides are given', () => {
      const cal = vietnameseCalendar();
      for (const date of ['2026-01-02', '2026-01-10', '2026-02-16', '2026-08-22', '2026-08-31']) {
        expect(cal.isWorkingDay(date)).toBe(calendar.isWorkingDay(date));
      }
    });

    it('puts the yearly administrator overrides on top of the official ones', () => {
      const cal = vietnameseCalendar({
        2026: { daysOff: ['2026-08-22'], workingDays: ['2026-01-02'] },
        2027: { daysOff: ['2027-02-05'], workingDays: ['2027-01-30'] },
      });
      expect(cal.isWorkingDay('2026-08-22')).toBe(false); // official make-up Saturday cancelled
      expect(cal.isWorkingDay('2026-01-02')).toBe(true); // official swap cancelled
      expect(cal.isWorkingDay('2027-02-05')).toBe(false);
      expect(cal.isWorkingDay('2027-01-30')).toBe(true);
      expect(cal.isWorkingDay('2026-08-31')).toBe(false); // other official days stay
    });
  });

  describe('holiday source', () => {
    it('is replaceable: with none, 1/1/2021 (a Friday) is a working day', () => {
      expect(new WorkingCalendar(() => []).isWorkingDay('2021-01-01')).toBe(true);
    });

    it('uses the dates a custom source gives', () => {
      const tet = new WorkingCalendar((year) =>
        year === 2021 ? ['2021-02-11', '2021-02-12'] : [],
      );
      expect(tet.isWorkingDay('2021-02-10')).toBe(true);
      expect(tet.isWorkingDay('2021-02-11')).toBe(false);
      expect(tet.isWorkingDay('2021-02-12')).toBe(false);
      expect(tet.addWorkingDays('2021-02-10', 1)).toBe('2021-02-15');
    });

    it('is asked once per year, only for the years used', () => {
      const source = jest.fn((year: number) => solarHolidays(year));
      const cal = new WorkingCalendar(source);
      cal.isWorkingDay('2021-07-20');
      cal.isWorkingDay('2021-09-02');
      cal.addWorkingDays('2021-12-30', 3);
      expect(source.mock.calls.map(([y]) => y).sort()).toEqual([2021, 2022]);
    });
  });

  describe('onOrBefore', () => {
    it.each([
      ['2021-07-30', '2021-07-30', 'a working day is kept'],
      ['2021-07-31', '2021-07-30', 'Saturday → Friday'],
      ['2021-08-01', '2021-07-30', 'Sunday → Friday'],
      ['2021-04-30', '2021-04-29', 'holiday Friday → Thursday'],
      ['2021-05-02', '2021-04-29', 'Sunday after a holiday weekend'],
      ['2021-09-02', '2021-09-01', 'National Day → Wednesday'],
      ['2021-01-01', '2020-12-31', 'New Year 2021 → previous year'],
      ['2021-01-03', '2020-12-31', 'Sunday after New Year → previous year'],
      ['2026-01-01', '2025-12-31', 'New Year 2026 → previous year'],
      ['2026-05-03', '2026-04-29', '30/4 Thursday, 1/5 Friday, weekend'],
    ])('%s → %s (%s)', (date, expected) => {
      expect(calendar.onOrBefore(date)).toBe(expected);
    });

    it('keeps a make-up Saturday', () => {
      const cal = new WorkingCalendar(undefined, { daysOff: [], workingDays: ['2021-09-18'] });
      expect(cal.onOrBefore('2021-09-19')).toBe('2021-09-18');
    });
  });

  describe('addWorkingDays', () => {
    it.each([
      ['2021-07-20', 0, '2021-07-20', 'zero on a working day'],
      ['2021-07-31', 0, '2021-07-30', 'zero on a Saturday is onOrBefore'],
      ['2021-05-02', 0, '2021-04-29', 'zero on a holiday weekend'],
      ['2021-07-20', 1, '2021-07-21', 'next day'],
      ['2021-07-23', 1, '2021-07-26', 'Friday → Monday'],
      ['2021-07-24', 1, '2021-07-26', 'from a Saturday'],
      ['2021-07-26', 5, '2021-08-02', 'a working week'],
      ['2021-07-30', 1, '2021-08-02', 'over a weekend'],
      ['2021-07-30', 3, '2021-08-04', ''],
      ['2021-04-29', 1, '2021-05-04', 'over 30/4, 1/5, the weekend and 3/5 made up for 1/5'],
      ['2021-04-30', 1, '2021-05-04', 'from the holiday itself'],
      ['2021-04-30', -1, '2021-04-29', 'back from the holiday'],
      ['2021-05-03', -1, '2021-04-29', 'back over the holidays'],
      ['2021-08-30', 10, '2021-09-15', 'over 2/9–3/9'],
      ['2021-09-01', 1, '2021-09-06', 'over 2/9–3/9 and the weekend'],
      ['2021-02-09', 1, '2021-02-17', 'over Tết Tân Sửu, 10/2–16/2'],
      ['2021-02-17', -1, '2021-02-09', 'back over Tết'],
      ['2021-07-30', -1, '2021-07-29', ''],
      ['2021-07-30', -3, '2021-07-27', ''],
      ['2021-07-30', -7, '2021-07-21', 'over a weekend backwards'],
      ['2021-08-02', -1, '2021-07-30', 'Monday → Friday'],
      ['2021-12-30', 2, '2022-01-04', 'over New Year 2022 (a Saturday, made up on Monday 3/1)'],
      ['2022-01-03', -2, '2021-12-30', 'back over New Year 2022'],
      ['2025-12-31', 1, '2026-01-05', 'over New Year 2026 and Friday 2/1 swapped'],
      ['2026-01-02', -1, '2025-12-31', 'back over New Year 2026'],
      ['2026-05-04', -1, '2026-04-29', 'back over 30/4–1/5/2026 and the weekend'],
      ['2026-05-04', -7, '2026-04-20', 'over 27/4, made up for Giỗ Tổ on Sunday 26/4'],
      ['2026-04-29', 2, '2026-05-05', ''],
    ])('%s %+d → %s %s', (date, n, expected) => {
      expect(calendar.addWorkingDays(date, n)).toBe(expected);
    });

    it.each([
      ['2021-07-20', 13],
      ['2021-04-29', 4],
      ['2021-08-31', 6],
      ['2025-12-29', 9],
      ['2026-05-04', -12],
    ])('from working day %s, %+d and back returns to it', (date, n) => {
      expect(calendar.addWorkingDays(calendar.addWorkingDays(date, n), -n)).toBe(date);
    });

    it.each([
      ['2021-07-22', 20],
      ['2021-08-26', -15],
      ['2025-12-15', 25],
    ])('from %s %+d always lands on a working day', (date, n) => {
      const step = n > 0 ? 1 : -1;
      for (let k = step; Math.abs(k) <= Math.abs(n); k += step) {
        expect(calendar.isWorkingDay(calendar.addWorkingDays(date, k))).toBe(true);
      }
    });

    it('honours overrides', () => {
      const cal = new WorkingCalendar(undefined, {
        daysOff: ['2021-09-06'],
        workingDays: ['2021-09-18'],
      });
      expect(cal.addWorkingDays('2021-09-01', 1)).toBe('2021-09-07');
      expect(cal.addWorkingDays('2021-09-17', 1)).toBe('2021-09-18');
      expect(cal.addWorkingDays('2021-09-20', -1)).toBe('2021-09-18');
    });
  });

  describe('workingDaysAfter', () => {
    it.each([
      ['2021-07-20', 1, '2021-07-21', 'the next working day'],
      ['2021-07-23', 1, '2021-07-26', 'signed on a Friday'],
      ['2021-07-24', 1, '2021-07-26', 'signed on a Saturday: the day itself does not count'],
      ['2021-07-20', 15, '2021-08-10', 'three weeks'],
      ['2021-01-29', 15, '2021-02-26', 'fifteen working days over Tết Tân Sửu'],
      ['2024-04-17', 10, '2024-05-06', 'over Giỗ Tổ and 27/4–1/5, counting Saturday 4/5'],
    ])('%s + %d working days is %s (%s)', (date, n, expected) => {
      expect(calendar.workingDaysAfter(date, n)).toBe(expected);
    });

    it.each([0, -1, 1.5, Number.NaN])('refuses %d', (n) => {
      expect(() => calendar.workingDaysAfter('2021-07-20', n)).toThrow(RangeError);
    });
  });

  describe('previousWorkingDayAt', () => {
    it.each<[string, number | undefined, string, string]>([
      ['2021-07-21', undefined, '2021-07-20T01:00:00.000Z', 'Wednesday → Tuesday 08:00'],
      ['2021-07-26', undefined, '2021-07-23T01:00:00.000Z', 'Monday → Friday 08:00'],
      ['2021-07-25', undefined, '2021-07-23T01:00:00.000Z', 'from a Sunday'],
      ['2021-02-17', undefined, '2021-02-09T01:00:00.000Z', 'after Tết → before Tết'],
      ['2026-01-05', undefined, '2025-12-31T01:00:00.000Z', 'over New Year 2026'],
      ['2026-01-12', undefined, '2026-01-10T01:00:00.000Z', 'a make-up Saturday counts'],
      ['2021-07-21', 14, '2021-07-20T07:00:00.000Z', 'at 14:00'],
    ])('%s at %s → %s (%s)', (date, hour, expected) => {
      expect(calendar.previousWorkingDayAt(date, hour).toISOString()).toBe(expected);
    });
  });
});
