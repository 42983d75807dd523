import { WorkingCalendar } from '../calendar/working-calendar';
import { localDateOf } from '../calendar/local-date.util';
import { Offset } from '../schedule/timing-policy';
import { OPEN_STATUSES, TaskStatus } from './task-status';

export type DeadlineState = 'overdue' | 'due_soon' | 'on_track' | 'closed' | 'no_deadline';

/** Derived on every read from the due date in force and the clock; never stored. */
export function deadlineState(
  task: { status: TaskStatus; dueAt: Date | null },
  now: Date,
  dueSoon: Offset,
  calendar: WorkingCalendar,
): DeadlineState {
  if (!OPEN_STATUSES.includes(task.status)) return 'closed';
  if (!task.dueAt) return 'no_deadline';
  const left = task.dueAt.getTime() - now.getTime();
  if (left <= 0) return 'overdue';
  if ('seconds' in dueSoon) return left <= dueSoon.seconds * 1000 ? 'due_soon' : 'on_track';
  const lastDay = localDateOf(new Date(task.dueAt.getTime() - 1));
  const soonFrom = calendar.addWorkingDays(calendar.onOrBefore(lastDay), -dueSoon.workingDays);
  return localDateOf(now) > soonFrom ? 'due_soon' : 'on_track';
}
