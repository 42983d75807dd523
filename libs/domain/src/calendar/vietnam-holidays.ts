import type { CalendarOverrides } from './working-calendar';
import { LocalDate, addDays, dayOfWeek } from './local-date.util';
import { lunarNewYear, lunarToSolar } from './lunar-calendar';

/** Bộ luật Lao động 2019 (in force from 1/1/2021) added the second Quốc khánh day. */
const LABOUR_CODE_2019_FROM = 2021;

function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/**
 * The law gives five days and leaves their place to the Prime Minister each year. The
 * default is the last two days of the old year and mùng 1–3: with weekend days made up
 * after, it gives exactly the days off announced for every year from 2019 to 2026 (those
 * announced as "1 day before, 4 after", like 2019, 2022 and 2026, differ only by a day
 * that fell on a weekend and was made up the same way).
 */
function tetAmLich(year: number): LocalDate[] {
  const mung1 = lunarNewYear(year);
  return [-2, -1, 0, 1, 2].map((n) => addDays(mung1, n));
}

function gioToHungVuong(year: number): LocalDate {
  return lunarToSolar({ year, month: 3, day: 10, leap: false });
}

/**
 * 2/9, and from 2021 one day next to it, "trước hoặc sau", chosen by the Prime Minister.
 * Default, matching 2021–2026: the neighbour that is a weekday; when both are, the one
 * joining a weekend (3/9 after a Thursday 2/9, 1/9 before a Tuesday); otherwise 1/9.
 */
function quocKhanh(year: number): LocalDate[] {
  const day = `${year}-09-02`;
  if (year < LABOUR_CODE_2019_FROM) return [day];
  const before = `${year}-09-01`;
  const after = `${year}-09-03`;
  let second: LocalDate;
  if (isWeekend(before)) second = after;
  else if (isWeekend(after)) second = before;
  else second = isWeekend(addDays(after, 1)) ? after : before;
  return [second, day];
}

/**
 * A holiday on a Saturday or Sunday gives a day off on the next working day (Labour Code
 * 2019 art. 111(3); 2012 art. 115(3)). Civil servants rest on both weekend days.
 */
function withCompensation(holidays: LocalDate[]): LocalDate[] {
  const off = new Set(holidays);
  for (const holiday of [...off].sort()) {
    if (!isWeekend(holiday)) continue;
    let day = addDays(holiday, 1);
    while (isWeekend(day) || off.has(day)) day = addDays(day, 1);
    off.add(day);
  }
  return [...off].sort();
}

/**
 * Public holidays of a year with their compensatory days, sorted: Labour Code 2019
 * art. 112 from 2021, the 2012 code (art. 115, Quốc khánh one day) for earlier years.
 * Years before 2013 (Tết four days under the 1994 code) are approximated the same way.
 */
export function statutoryHolidays(year: number): LocalDate[] {
  return withCompensation([
    `${year}-01-01`,
    ...tetAmLich(year),
    gioToHungVuong(year),
    `${year}-04-30`,
    `${year}-05-01`,
    ...quocKhanh(year),
  ]);
}

/**
 * Days off beyond the statutory ones (swaps, "hoán đổi") and the Saturdays worked in
 * exchange ("làm bù") for công chức, viên chức, as announced. A year whose announcement
 * only confirms the statutory days has empty lists; its source is still recorded.
 * Keyed by the year of the announcement: 2019's swap for New Year reaches into 2018.
 */
export const OFFICIAL_CALENDAR: Record<number, CalendarOverrides & { source: string }> = {
  2019: {
    daysOff: ['2018-12-31', '2019-04-29'],
    workingDays: ['2019-01-05', '2019-05-04'],
    source: 'Thông báo 3238/TB-LĐTBXH (9/2018)',
  },
  2020: {
    daysOff: [],
    workingDays: [],
    source: 'Văn bản VPCP 8/10/2019 đồng ý Tờ trình 54/TTr-LĐTBXH (Tết 23/1–29/1/2020)',
  },
  2021: {
    daysOff: [],
    workingDays: [],
    source: 'Thông báo 4875/TB-LĐTBXH (2020)',
  },
  2022: {
    daysOff: [],
    workingDays: [],
    source: 'Công văn 245/VPCP-KGVX ngày 11/1/2022',
  },
  2023: {
    daysOff: [],
    workingDays: [],
    source: 'Công văn 8056/VPCP-KGVX ngày 1/12/2022',
  },
  2024: {
    daysOff: ['2024-04-29'],
    workingDays: ['2024-05-04'],
    source: 'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023; Công văn 2450/VPCP-KGVX ngày 12/4/2024',
  },
  2025: {
    daysOff: ['2025-05-02'],
    workingDays: ['2025-04-26'],
    source: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-LĐTBXH (2024)',
  },
  2026: {
    daysOff: ['2026-01-02', '2026-08-31'],
    workingDays: ['2026-01-10', '2026-08-22'],
    source:
      'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch); văn bản VPCP 10/2025 đồng ý đề xuất của Bộ Nội vụ (Tết Âm lịch, Quốc khánh)',
  },
};

/**
 * Layers of overrides, later ones winning: a later day off cancels an earlier make-up day
 * and a later working day cancels an earlier day off.
 */
export function mergeOverrides(...layers: (CalendarOverrides | undefined)[]): CalendarOverrides {
  const daysOff = new Set<LocalDate>();
  const workingDays = new Set<LocalDate>();
  for (const layer of layers) {
    if (!layer) continue;
    for (const d of layer.daysOff) {
      workingDays.delete(d);
      daysOff.add(d);
    }
    for (const d of layer.workingDays) {
      daysOff.delete(d);
      workingDays.add(d);
    }
  }
  return { daysOff: [...daysOff].sort(), workingDays: [...workingDays].sort() };
}

/** Every year of OFFICIAL_CALENDAR as one set of overrides. */
export function officialOverrides(): CalendarOverrides {
  return mergeOverrides(...Object.values(OFFICIAL_CALENDAR));
}
