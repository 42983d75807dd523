import { LocalDate } from '../calendar/local-date.util';
import { WorkingCalendar } from '../calendar/working-calendar';

/** Working days a parent keeps to consolidate its sub-reports, by default. */
export const CONSOLIDATION_WORKING_DAYS = 10;

/**
 * The due date proposed to sub-tasks: early enough for the parent to consolidate (its last
 * working day on time, less `margin` working days), never after the parent's own, and never
 * before `today` (a late split gets today, for a person to look at).
 */
export function proposeSubDueDate(
  parentDueDate: LocalDate,
  today: LocalDate,
  calendar: WorkingCalendar,
  margin = CONSOLIDATION_WORKING_DAYS,
): LocalDate {
  const proposed = calendar.addWorkingDays(calendar.onOrBefore(parentDueDate), -margin);
  if (proposed < today) return today < parentDueDate ? today : parentDueDate;
  return proposed;
}

/** A sub-task may not be due after its parent: the parent could not report on time. */
export function subDueAllowed(subDueAt: Date, parentDueAt: Date | null): boolean {
  return parentDueAt === null || subDueAt.getTime() <= parentDueAt.getTime();
}
