import { LocalDate } from '../calendar/local-date.util';
import { Bucket, DueBasis } from './on-time-rules';

/**
 * The deadline states a task list filters by, shared by `GET /tasks` and a report's
 * drill-down: open tasks are on track, due soon or overdue; closed ones done on time or late.
 */
export const LIST_DEADLINE_STATES = [
  'on_track',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type ListDeadlineState = (typeof LIST_DEADLINE_STATES)[number];

/** The filter of a task list; a report cell drills down to one of these. */
export interface TaskListFilter {
  /** Counted in this period (due in it, or open at its end), as the report counts. */
  period?: string;
  deadlineState?: ListDeadlineState[];
  /** The unit a task counts for; with `rollup`, also the units below it. */
  unit?: string;
  rollup?: boolean;
  directive?: string;
  issuer?: string;
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  basis?: DueBasis;
  /** Only overdue tasks with (true) or without (false) an explanation. */
  explained?: boolean;
}

/** The list states a report bucket is made of. */
export const BUCKET_STATES: Record<Bucket | 'due_soon', ListDeadlineState[]> = {
  done_on_time: ['done_on_time'],
  done_late: ['done_late'],
  open_within_time: ['on_track', 'due_soon'],
  open_overdue: ['overdue'],
  due_soon: ['due_soon'],
};

/** The query string of a filter, as `GET /tasks?…` and `GET /reports/tasks?…` read it. */
export function filterQuery(f: TaskListFilter): string {
  const q = new URLSearchParams();
  if (f.period) q.set('period', f.period);
  if (f.deadlineState?.length) q.set('deadlineState', f.deadlineState.join(','));
  if (f.unit) q.set('unit', f.unit);
  if (f.rollup) q.set('rollup', 'true');
  if (f.directive) q.set('directive', f.directive);
  if (f.issuer) q.set('issuer', f.issuer);
  if (f.dueFrom) q.set('dueFrom', f.dueFrom);
  if (f.dueTo) q.set('dueTo', f.dueTo);
  if (f.basis && f.basis !== 'in_force') q.set('basis', f.basis);
  if (f.explained !== undefined) q.set('explained', String(f.explained));
  return q.toString();
}
