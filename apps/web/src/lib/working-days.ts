import { addDays, dayOfWeek } from './dates';

/** A year of the working calendar as GET /calendar/:year gives it. */
export interface CalendarYear {
  year: number;
  holidays: string[];
  makeUpDays: string[];
}

/**
 * Working days for the pages (date pickers, "còn 3 ngày làm việc"), from the calendar the API
 * computes: Monday to Friday, minus holidays and days off, plus make-up days.
 */
export class WorkingDays {
  private readonly holidays: Set<string>;
  private readonly makeUp: Set<string>;
  private readonly years: Set<number>;

  constructor(years: readonly CalendarYear[]) {
    this.holidays = new Set(years.flatMap((y) => y.holidays));
    this.makeUp = new Set(years.flatMap((y) => y.makeUpDays));
    this.years = new Set(years.map((y) => y.year));
  }

  /** Whether the calendar of that year is known here (otherwise only weekends count). */
  knows(date: string): boolean {
    return this.years.has(Number(date.slice(0, 4)));
  }

  isHoliday(date: string): boolean {
    return this.holidays.has(date);
  }

  isMakeUpDay(date: string): boolean {
    return this.makeUp.has(date);
  }

  isWorkingDay(date: string): boolean {
    if (this.makeUp.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** Working days after `from` up to and including `to`. */
  countBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
