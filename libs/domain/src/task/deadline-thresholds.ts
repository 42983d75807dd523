import { WorkingCalendar } from '../calendar/working-calendar';
import { addDays, localDateOf, localTimeOn } from '../calendar/local-date.util';

/** The most working days a policy may call "due soon" (policy-schema's limit). */
export const MAX_DUE_SOON_WORKING_DAYS = 260;

/**
 * `deadlineState` turned around for a query: with `{ workingDays: n }`, an open task not yet
 * overdue is due soon exactly when its deadline is at or before `thresholds[n]`, the start
 * (00:00 local) of the n-th working day after the first working day on or after today.
 * A database filters by these instants instead of evaluating the calendar per row.
 */
export function dueSoonThresholds(
  now: Date,
  calendar: WorkingCalendar,
  maxWorkingDays = MAX_DUE_SOON_WORKING_DAYS,
): Date[] {
  const out: Date[] = [];
  let d = localDateOf(now);
  while (!calendar.isWorkingDay(d)) d = addDays(d, 1);
  out.push(localTimeOn(d));
  while (out.length <= maxWorkingDays) {
    d = addDays(d, 1);
    if (calendar.isWorkingDay(d)) out.push(localTimeOn(d));
  }
  return out;
}
