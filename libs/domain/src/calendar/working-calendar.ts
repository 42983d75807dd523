import { LocalDate, addDays, dayOfWeek, localTimeOn } from './local-date.util';
import { mergeOverrides, officialOverrides, statutoryHolidays } from './vietnam-holidays';

/** Official changes for a year: extra days off (swaps, bridges) and make-up working Saturdays. */
export interface CalendarOverrides {
  daysOff: LocalDate[];
  workingDays: LocalDate[];
}

/** The fixed-date public holidays alone; `statutoryHolidays` has the full rules. */
const SOLAR_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];

export type HolidaySource = (year: number) => LocalDate[];

export const solarHolidays: HolidaySource = (year) => SOLAR_HOLIDAYS.map((md) => `${year}-${md}`);

/**
 * Working days: Monday to Friday, minus public holidays and official days off, plus
 * official make-up days. Pure and deterministic so workflows can use it.
 *
 * By default the holidays are Vietnam's (lunar ones included) with the officially
 * announced swaps, and `overrides` go on top of those. A caller giving its own
 * `holidays` gets only those and its own overrides.
 */
export class WorkingCalendar {
  private readonly holidays: HolidaySource;
  private readonly daysOff: Set<LocalDate>;
  private readonly extraWorkingDays: Set<LocalDate>;
  private readonly yearsLoaded = new Set<number>();

  constructor(holidays?: HolidaySource, overrides?: CalendarOverrides) {
    this.holidays = holidays ?? statutoryHolidays;
    const merged = holidays
      ? mergeOverrides(overrides)
      : mergeOverrides(officialOverrides(), overrides);
    this.daysOff = new Set(merged.daysOff);
    this.extraWorkingDays = new Set(merged.workingDays);
  }

  isWorkingDay(date: LocalDate): boolean {
    if (this.extraWorkingDays.has(date)) return true;
    this.loadYear(Number(date.slice(0, 4)));
    if (this.daysOff.has(date)) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** The date itself when it is a working day, else the closest working day before it. */
  onOrBefore(date: LocalDate): LocalDate {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }

  /** Moves `n` working days from `date` (negative goes back); `n = 0` means `onOrBefore`. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (n === 0) return this.onOrBefore(date);
    const step = n > 0 ? 1 : -1;
    let d = date;
    for (let left = Math.abs(n); left > 0;) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /**
   * The working day `n` working days after `date`, the day itself not counted: "trong
   * thời hạn N ngày làm việc kể từ ngày ký" ends on `workingDaysAfter(signed, N)`.
   */
  workingDaysAfter(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a positive whole number: ${n}`);
    return this.addWorkingDays(date, n);
  }

  /** `hours:minutes` local time on the last working day before `date` (08:00 by default). */
  previousWorkingDayAt(date: LocalDate, hours = 8, minutes = 0): Date {
    return localTimeOn(this.addWorkingDays(date, -1), hours, minutes);
  }

  private loadYear(year: number): void {
    if (this.yearsLoaded.has(year)) return;
    this.yearsLoaded.add(year);
    for (const d of this.holidays(year)) this.daysOff.add(d);
  }
}

/** Vietnam's working calendar with an administrator's yearly overrides on top of the official ones. */
export function vietnameseCalendar(
  adminOverrides: Record<number, CalendarOverrides> = {},
): WorkingCalendar {
  return new WorkingCalendar(undefined, mergeOverrides(...Object.values(adminOverrides)));
}
