import { LocalDate, addDays, dayOfWeek } from './local-date.util';

/** Official changes for a year: extra days off (swaps, bridges) and make-up working Saturdays. */
export interface CalendarOverrides {
  daysOff: LocalDate[];
  workingDays: LocalDate[];
}

/** Fixed-date public holidays (Labour Code 2019, art. 112). Lunar ones come from the lunar calendar. */
const SOLAR_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];

export type HolidaySource = (year: number) => LocalDate[];

export const solarHolidays: HolidaySource = (year) => SOLAR_HOLIDAYS.map((md) => `${year}-${md}`);

/**
 * Working days: Monday to Friday, minus public holidays and official days off, plus
 * official make-up days. Pure and deterministic so workflows can use it.
 */
export class WorkingCalendar {
  private readonly daysOff: Set<LocalDate>;
  private readonly extraWorkingDays: Set<LocalDate>;
  private readonly yearsLoaded = new Set<number>();

  constructor(
    private readonly holidays: HolidaySource = solarHolidays,
    overrides: CalendarOverrides = { daysOff: [], workingDays: [] },
  ) {
    this.daysOff = new Set(overrides.daysOff);
    this.extraWorkingDays = new Set(overrides.workingDays);
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

  private loadYear(year: number): void {
    if (this.yearsLoaded.has(year)) return;
    this.yearsLoaded.add(year);
    for (const d of this.holidays(year)) this.daysOff.add(d);
  }
}
