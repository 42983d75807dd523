import { addDays } from './local-date.util';
import { LunarDate, lunarNewYear, lunarToSolar, solarToLunar } from './lunar-calendar';

// Expected dates: published Vietnamese calendars, cross-checked against a full-ephemeris
// computation (VSOP87 sun, apparent new moons) at UTC+7 for every month 1900–2199.

describe('lunarNewYear (mùng 1 Tết)', () => {
  it.each([
    [1901, '1901-02-19'],
    [1930, '1930-01-30'],
    [1945, '1945-02-13'],
    [1954, '1954-02-03'],
    [1968, '1968-01-29'],
    [1975, '1975-02-11'],
    [1976, '1976-01-31'],
    [1985, '1985-01-21'],
    [1990, '1990-01-27'],
    [2000, '2000-02-05'],
    [2007, '2007-02-17'],
    [2008, '2008-02-07'],
    [2010, '2010-02-14'],
    [2015, '2015-02-19'],
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-02'],
    [2033, '2033-01-31'],
    [2050, '2050-01-23'],
    [2100, '2100-02-09'],
    [2150, '2150-01-29'],
    [2199, '2199-01-26'],
  ])('Tết %d is %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
    expect(solarToLunar(expected)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  // At UTC+8 the new moon falls after midnight, or tháng 11 lands on another month.
  it.each([
    [1968, '1968-01-29', '1968-01-30', 'new moon 23:29 in Hanoi, 00:29 in Beijing'],
    [1985, '1985-01-21', '1985-02-20', 'a different tháng 11 puts Tết a month earlier'],
    [2007, '2007-02-17', '2007-02-18', 'new moon just before midnight UTC+7'],
    [2030, '2030-02-02', '2030-02-03', 'new moon just before midnight UTC+7'],
  ])('Tết %d is %s in Vietnam, not %s as in China (%s)', (year, vietnamese, chinese) => {
    expect(lunarNewYear(year)).toBe(vietnamese);
    expect(lunarNewYear(year)).not.toBe(chinese);
    expect(solarToLunar(chinese)).not.toEqual({ year, month: 1, day: 1, leap: false });
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 âm lịch)', () => {
  it.each([
    [2019, '2019-04-14'],
    [2020, '2020-04-02'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2029, '2029-04-23'],
    [2030, '2030-04-12'],
  ])('%d falls on %s', (year, expected) => {
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toBe(expected);
  });
});

describe('leap months (tháng nhuận)', () => {
  it.each([
    [2001, 4, '2001-05-23'],
    [2012, 4, '2012-05-21'],
    [2017, 6, '2017-07-23'],
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2033, 11, '2033-12-22'], // the rare leap 11th month
  ])('%d has a leap month %d starting %s', (year, month, start) => {
    const leap: LunarDate = { year, month, day: 1, leap: true };
    expect(lunarToSolar(leap)).toBe(start);
    expect(solarToLunar(start)).toEqual(leap);
    // The ordinary month of that number comes just before.
    expect(solarToLunar(addDays(start, -1))).toMatchObject({ year, month, leap: false });
  });

  it('2023: tháng 2, then tháng 2 nhuận, then tháng 3', () => {
    expect(solarToLunar('2023-02-20')).toEqual({ year: 2023, month: 2, day: 1, leap: false });
    expect(solarToLunar('2023-03-21')).toEqual({ year: 2023, month: 2, day: 30, leap: false });
    expect(solarToLunar('2023-04-19')).toEqual({ year: 2023, month: 2, day: 29, leap: true });
    expect(solarToLunar('2023-04-20')).toEqual({ year: 2023, month: 3, day: 1, leap: false });
  });

  it.each([
    [2021, 4],
    [2024, 2],
    [2020, 5],
  ])('refuses a leap month %d/%d that does not exist', (year, month) => {
    expect(() => lunarToSolar({ year, month, day: 1, leap: true })).toThrow(RangeError);
  });
});

describe('solarToLunar', () => {
  it.each([
    ['2021-02-11', { year: 2020, month: 12, day: 30, leap: false }, '30 Tết Canh Tý'],
    ['2022-01-31', { year: 2021, month: 12, day: 29, leap: false }, 'a 29-day tháng Chạp'],
    ['2024-02-09', { year: 2023, month: 12, day: 30, leap: false }, '30 Tết Quý Mão'],
    ['2026-02-14', { year: 2025, month: 12, day: 27, leap: false }, '27 tháng Chạp Ất Tỵ'],
    ['2026-02-22', { year: 2026, month: 1, day: 6, leap: false }, 'mùng 6 Tết Bính Ngọ'],
    ['2021-09-21', { year: 2021, month: 8, day: 15, leap: false }, 'Trung thu 2021'],
    ['2022-12-23', { year: 2022, month: 12, day: 1, leap: false }, 'tháng Chạp starts in December'],
    [
      '2000-01-01',
      { year: 1999, month: 11, day: 25, leap: false },
      'tháng 11 belongs to the old year',
    ],
  ])('%s is %j (%s)', (date, expected) => {
    expect(solarToLunar(date)).toEqual(expected);
  });

  it.each(['2021-02-29', '2021-13-01', 'bad', ''])('throws RangeError for %j', (date) => {
    expect(() => solarToLunar(date)).toThrow(RangeError);
  });
});

describe('lunarToSolar', () => {
  it.each([
    [{ year: 2021, month: 12, day: 30, leap: false }, 'tháng Chạp 2021 has 29 days'],
    [{ year: 2021, month: 13, day: 1, leap: false }, 'no month 13'],
    [{ year: 2021, month: 0, day: 1, leap: false }, 'no month 0'],
    [{ year: 2021, month: 1, day: 0, leap: false }, 'no day 0'],
    [{ year: 2021, month: 1, day: 31, leap: false }, 'no day 31'],
    [{ year: 2021, month: 1.5, day: 1, leap: false }, 'not an integer'],
  ])('throws RangeError for %j (%s)', (d) => {
    expect(() => lunarToSolar(d)).toThrow(RangeError);
  });
});

describe('every day of a year', () => {
  // Years with a leap month, with Vietnam–China differences, and at both ends of the range.
  it.each([1900, 1968, 1984, 1985, 2020, 2023, 2033, 2199])(
    '%d round-trips and counts days without gaps',
    (year) => {
      let previous = solarToLunar(`${year}-01-01`);
      let date = `${year}-01-02`;
      while (date <= `${year}-12-31`) {
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar)).toBe(date);
        if (lunar.day === 1) {
          expect([29, 30]).toContain(previous.day);
          const sameNumber = lunar.leap && lunar.month === previous.month;
          if (!sameNumber) expect(lunar.month).toBe((previous.month % 12) + 1);
          expect(lunar.year).toBe(
            lunar.month === 1 && !lunar.leap ? previous.year + 1 : previous.year,
          );
        } else {
          expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
        }
        previous = lunar;
        date = addDays(date, 1);
      }
    },
  );
});
