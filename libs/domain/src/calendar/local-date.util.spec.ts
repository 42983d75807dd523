import {
  VN_OFFSET_MS,
  addDays,
  dayOfWeek,
  formatVietnameseDate,
  isValidLocalDate,
  localDateOf,
  localTimeOn,
} from './local-date.util';

describe('VN_OFFSET_MS', () => {
  it('is UTC+7 in milliseconds', () => {
    expect(VN_OFFSET_MS).toBe(25_200_000);
  });
});

describe('isValidLocalDate', () => {
  it.each([
    ['2021-07-20'],
    ['2024-02-29'], // leap year
    ['2000-02-29'], // divisible by 400
    ['2021-02-28'],
    ['2021-01-31'],
    ['2021-04-30'],
    ['2021-06-30'],
    ['2021-12-31'],
    ['1975-04-30'],
    ['2100-02-28'],
  ])('accepts %s', (value) => {
    expect(isValidLocalDate(value)).toBe(true);
  });

  it.each([
    ['2021-02-29', 'not a leap year'],
    ['1900-02-29', 'century not divisible by 400'],
    ['2100-02-29', 'century not divisible by 400'],
    ['2021-02-30', 'no 30 February'],
    ['2021-04-31', 'April has 30 days'],
    ['2021-06-31', 'June has 30 days'],
    ['2021-09-31', 'September has 30 days'],
    ['2021-11-31', 'November has 30 days'],
    ['2021-01-32', 'day 32'],
    ['2021-01-00', 'day 0'],
    ['2021-00-01', 'month 0'],
    ['2021-13-01', 'month 13'],
    ['2021-7-20', 'month not zero-padded'],
    ['2021-07-5', 'day not zero-padded'],
    ['21-07-20', 'two-digit year'],
    ['2021/07/20', 'slashes'],
    ['20/7/2021', 'Vietnamese form'],
    ['2021-07-20T00:00', 'date-time'],
    [' 2021-07-20', 'leading space'],
    ['2021-07-20 ', 'trailing space'],
    ['2021-07-20\n', 'trailing newline'],
    ['', 'empty'],
    ['abcd-ef-gh', 'letters'],
    ['２０２１-07-20', 'full-width digits'],
    ['+2021-07-20', 'signed year'],
    ['0050-01-01', 'before 1900: no directive means it'],
    ['9999-12-31', 'after 2999: beyond date arithmetic here'],
  ])('rejects %j (%s)', (value) => {
    expect(isValidLocalDate(value)).toBe(false);
  });
});

describe('localDateOf', () => {
  it.each([
    ['2021-07-30T00:00:00.000Z', '2021-07-30'], // 07:00 local
    ['2021-07-29T23:00:00.000Z', '2021-07-30'], // 06:00 local
    ['2021-07-29T16:59:59.999Z', '2021-07-29'], // 23:59:59.999 local
    ['2021-07-29T17:00:00.000Z', '2021-07-30'], // local midnight
    ['2021-07-30T16:59:59.999Z', '2021-07-30'],
    ['2021-07-30T17:00:00.000Z', '2021-07-31'],
    ['2021-12-31T16:59:59.999Z', '2021-12-31'],
    ['2021-12-31T17:00:00.000Z', '2022-01-01'], // new year locally, still 31/12 in UTC
    ['2021-02-28T17:00:00.000Z', '2021-03-01'],
    ['2024-02-28T17:00:00.000Z', '2024-02-29'],
    ['2024-02-29T17:00:00.000Z', '2024-03-01'],
    ['2021-07-31T01:00:00.000Z', '2021-07-31'],
    ['2026-04-30T01:00:00.000Z', '2026-04-30'],
  ])('%s is local day %s', (iso, expected) => {
    expect(localDateOf(new Date(iso))).toBe(expected);
  });

  it('does not depend on the process time zone', () => {
    // The instant is fixed; only the fixed +7 offset decides the day.
    const instant = new Date(Date.UTC(2021, 6, 30, 17, 0, 0));
    expect(localDateOf(instant)).toBe('2021-07-31');
  });
});

describe('localTimeOn', () => {
  it.each([
    ['2021-07-30', undefined, undefined, '2021-07-29T17:00:00.000Z'],
    ['2021-07-30', 0, 0, '2021-07-29T17:00:00.000Z'],
    ['2021-07-30', 8, undefined, '2021-07-30T01:00:00.000Z'],
    ['2021-07-30', 8, 30, '2021-07-30T01:30:00.000Z'],
    ['2021-07-30', 6, 59, '2021-07-29T23:59:00.000Z'],
    ['2021-07-30', 7, 0, '2021-07-30T00:00:00.000Z'],
    ['2021-07-30', 23, 59, '2021-07-30T16:59:00.000Z'],
    ['2021-07-31', 0, 0, '2021-07-30T17:00:00.000Z'],
    ['2022-01-01', 0, 0, '2021-12-31T17:00:00.000Z'],
    ['2021-03-01', 6, 0, '2021-02-28T23:00:00.000Z'],
    ['2024-02-29', 8, 0, '2024-02-29T01:00:00.000Z'],
    ['2026-01-02', 8, 0, '2026-01-02T01:00:00.000Z'],
  ])('%s at %s:%s local is %s', (date, h, m, expected) => {
    expect(localTimeOn(date, h, m).toISOString()).toBe(expected);
  });

  it.each(['2021-07-30', '2021-12-31', '2024-02-29', '2026-01-01'])(
    'every hour of %s maps back to the same local day',
    (date) => {
      for (let h = 0; h < 24; h++) expect(localDateOf(localTimeOn(date, h, 59))).toBe(date);
    },
  );

  it.each(['2021-02-29', '2021-13-01', 'bad', ''])('throws RangeError for %j', (date) => {
    expect(() => localTimeOn(date, 8)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2021-07-20', 0, '2021-07-20'],
    ['2021-07-20', 1, '2021-07-21'],
    ['2021-07-31', 1, '2021-08-01'],
    ['2021-01-31', 1, '2021-02-01'],
    ['2021-02-28', 1, '2021-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2021-12-31', 1, '2022-01-01'],
    ['2022-01-01', -1, '2021-12-31'],
    ['2021-03-01', -1, '2021-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2021-08-01', -1, '2021-07-31'],
    ['2021-07-20', -30, '2021-06-20'],
    ['2021-07-20', 365, '2022-07-20'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-12-25', 10, '2026-01-04'],
    ['2021-10-30', 3, '2021-11-02'],
  ])('%s %+d days is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2021-07-20', 17],
    ['2024-02-29', -400],
    ['2021-12-31', 62],
  ])('is undone by the opposite shift (%s, %d)', (date, n) => {
    expect(addDays(addDays(date, n), -n)).toBe(date);
  });

  it.each(['2021-02-29', '2021-7-1', ''])('throws RangeError for %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2021-07-18', 0], // Sunday
    ['2021-07-19', 1],
    ['2021-07-20', 2],
    ['2021-07-21', 3],
    ['2021-07-22', 4],
    ['2021-07-23', 5],
    ['2021-07-24', 6], // Saturday
    ['2021-07-30', 5],
    ['2021-07-31', 6],
    ['2021-08-01', 0],
    ['2021-09-02', 4],
    ['2026-01-01', 4],
    ['2026-04-30', 4],
    ['2026-05-04', 1],
    ['2024-02-29', 4],
    ['2000-01-01', 6],
    ['1975-04-30', 3],
  ])('%s is day %d', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('throws RangeError for an impossible date', () => {
    expect(() => dayOfWeek('2021-02-29')).toThrow(RangeError);
  });
});

describe('formatVietnameseDate', () => {
  it.each([
    ['2021-07-20', '20/7/2021'],
    ['2021-01-05', '5/1/2021'],
    ['2020-07-09', '9/7/2020'],
    ['2020-12-31', '31/12/2020'],
    ['2021-10-01', '1/10/2021'],
    ['2024-02-29', '29/2/2024'],
  ])('%s is written %s', (date, expected) => {
    expect(formatVietnameseDate(date)).toBe(expected);
  });
});
