import { LocalDate, addDays, dayOfWeek } from '../calendar/local-date.util';
import { WorkingCalendar } from '../calendar/working-calendar';

/**
 * Digests: weekly to the leaders of an issuing unit, daily to unit heads. One mail per
 * person per period, so a period has a key; a day that sends none has no period.
 */
export const DIGEST_KINDS = ['daily', 'weekly'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

/** "2026-W07": the ISO week of a date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: LocalDate): string {
  const dow = (dayOfWeek(date) + 6) % 7; // Monday 0 … Sunday 6
  const thursday = addDays(date, 3 - dow);
  const year = Number(thursday.slice(0, 4));
  const jan4 = `${year}-01-04`;
  const firstThursday = addDays(jan4, 3 - ((dayOfWeek(jan4) + 6) % 7));
  const week =
    Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of a date's ISO week. */
export function weekStart(date: LocalDate): LocalDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/**
 * The period a digest of this kind is sent for on `date`, or null when none is sent that
 * day. Daily: every working day (make-up Saturdays included, holidays and Tết not).
 * Weekly: the first working day of the week, so a week starting with a holiday sends on
 * the day work resumes, and a week entirely off (Tết) sends none.
 */
export function digestPeriod(
  kind: DigestKind,
  date: LocalDate,
  calendar: WorkingCalendar,
): string | null {
  if (!calendar.isWorkingDay(date)) return null;
  if (kind === 'daily') return date;
  for (let d = weekStart(date); d < date; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) return null;
  }
  return isoWeek(date);
}

/** The Monday of an ISO week written "2026-W10". */
export function isoWeekMonday(week: string): LocalDate {
  const [y, w] = week.split('-W').map(Number);
  return addDays(weekStart(`${y}-01-04`), (w - 1) * 7);
}
