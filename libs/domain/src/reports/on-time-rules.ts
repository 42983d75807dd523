import { LocalDate, addDays, localDateOf, localTimeOn } from '../calendar/local-date.util';
import { WorkingCalendar } from '../calendar/working-calendar';
import { TaskStatus } from '../task/task-status';
import { ReportPeriod, periodBounds } from './report-period';

/**
 * The Government Office's four buckets. "Due soon" is a part of "open within time", not a
 * fifth bucket: the four always add up to the total.
 */
export const BUCKETS = ['done_on_time', 'done_late', 'open_within_time', 'open_overdue'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** Which due date a task is judged by. */
export type DueBasis = 'in_force' | 'original';
export const DUE_BASES: readonly DueBasis[] = ['in_force', 'original'];

/** What the rules need to know about a task. */
export interface TaskFacts {
  status: TaskStatus;
  /** When the task came into being (not when its current unit got it). */
  createdAt: Date;
  /** The due date in force: after an approved extension, the extended one. */
  dueAt: Date | null;
  /** The due date the task was first given. */
  originalDueAt: Date | null;
  /** When the completion was accepted (status done). */
  completedAt: Date | null;
  /** When the unit last reported completion; kept once accepted. */
  submittedAt: Date | null;
}

export interface Cut {
  period: ReportPeriod;
  /** The report's instant: the period's end, or now while it runs (`cutoffOf`). */
  at: Date;
  basis: DueBasis;
  /** An open task within time whose deadline is at or before this is "due soon" (`dueSoonLimit`). */
  dueSoonBefore: Date;
}

export function dueOf(t: TaskFacts, basis: DueBasis): Date | null {
  return basis === 'original' ? (t.originalDueAt ?? t.dueAt) : t.dueAt;
}

/** Done by the instant: its completion was accepted no later than then. */
export function doneBy(t: TaskFacts, at: Date): boolean {
  return t.status === 'done' && t.completedAt !== null && t.completedAt.getTime() <= at.getTime();
}

/**
 * Whether a task counts in a period, as the Government Office counts: the tasks due in it
 * and the tasks still open at its end. Cancelled tasks and tasks without a deadline
 * (thường xuyên) never count; nor does a task that did not exist yet at the cut.
 */
export function countsIn(t: TaskFacts, cut: Cut): boolean {
  const due = dueOf(t, cut.basis);
  if (t.status === 'cancelled' || due === null) return false;
  if (t.createdAt.getTime() > cut.at.getTime()) return false;
  const { start, end } = periodBounds(cut.period);
  const dueIn = due.getTime() > start.getTime() && due.getTime() <= end.getTime();
  return dueIn || !doneBy(t, cut.at);
}

/**
 * On time when the work came in before the first late instant. The work "came in" when the
 * unit submitted it (the review's length is not the unit's fault); a task closed without a
 * submission (the first version's one-step completion) came in when it was closed.
 */
export function cameInOnTime(t: TaskFacts, basis: DueBasis): boolean {
  const due = dueOf(t, basis);
  const cameIn = t.submittedAt ?? t.completedAt;
  return due === null || cameIn === null || cameIn.getTime() < due.getTime();
}

export interface Classified {
  bucket: Bucket;
  /** Open within time and due within N working days of the cut. */
  dueSoon: boolean;
  /** Submitted at the cut, waiting for the issuer's review. */
  awaitingReview: boolean;
}

/**
 * The bucket of a counted task at the cut. A task submitted and waiting for review is
 * judged by its submission: in before the deadline, it is within time however long the
 * review takes.
 */
export function classify(t: TaskFacts, cut: Cut): Classified {
  const at = cut.at.getTime();
  if (doneBy(t, cut.at)) {
    return {
      bucket: cameInOnTime(t, cut.basis) ? 'done_on_time' : 'done_late',
      dueSoon: false,
      awaitingReview: false,
    };
  }
  const due = dueOf(t, cut.basis);
  const awaitingReview = t.submittedAt !== null && t.submittedAt.getTime() <= at;
  const overdue = awaitingReview
    ? !cameInOnTime(t, cut.basis)
    : due !== null && due.getTime() <= at;
  return {
    bucket: overdue ? 'open_overdue' : 'open_within_time',
    dueSoon:
      !overdue && !awaitingReview && due !== null && due.getTime() <= cut.dueSoonBefore.getTime(),
    awaitingReview,
  };
}

/**
 * "Due soon" turned into an instant for a query: an open task within time is due soon when
 * its deadline is at or before the returned instant. Same rule as `deadlineState` with
 * `{ workingDays: n }`: due soon from the n-th working day before the last working day on
 * or before its last day.
 */
export function dueSoonLimit(at: Date, workingDays: number, calendar: WorkingCalendar): Date {
  const today = localDateOf(at);
  const soon = (lastDay: LocalDate) =>
    today > calendar.addWorkingDays(calendar.onOrBefore(lastDay), -workingDays);
  // Monotone in the last day: walk to the last one that is still "soon".
  let last = addDays(today, -1);
  for (let d = today; soon(d); d = addDays(d, 1)) last = d;
  return localTimeOn(addDays(last, 1));
}

/** Counts of one row of a report. */
export interface BucketCounts {
  total: number;
  done_on_time: number;
  done_late: number;
  open_within_time: number;
  open_overdue: number;
  due_soon: number;
  /** Open overdue tasks whose unit has given an explanation (giải trình). */
  overdue_explained: number;
}

export function emptyCounts(): BucketCounts {
  return {
    total: 0,
    done_on_time: 0,
    done_late: 0,
    open_within_time: 0,
    open_overdue: 0,
    due_soon: 0,
    overdue_explained: 0,
  };
}

export function addCounts(a: BucketCounts, b: BucketCounts): BucketCounts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof BucketCounts)[]) out[k] = a[k] + b[k];
  return out;
}

/** Counts tasks in memory by the rules: the reference the SQL is checked against. */
export function countTasks(
  tasks: readonly (TaskFacts & { explained?: boolean })[],
  cut: Cut,
): BucketCounts {
  const out = emptyCounts();
  for (const t of tasks) {
    if (!countsIn(t, cut)) continue;
    const c = classify(t, cut);
    out.total++;
    out[c.bucket]++;
    if (c.dueSoon) out.due_soon++;
    if (c.bucket === 'open_overdue' && t.explained) out.overdue_explained++;
  }
  return out;
}

/**
 * Who a task counts for. Reassigned before its deadline, it counts for the unit that has it
 * now: the issuer moved the work in time. Reassigned once already overdue, it stays with
 * the unit that had it when it fell due: the lateness was that unit's, and the new unit
 * should not start with a late task.
 */
export function accountableUnitAfterReassignment(
  before: { accountableUnitCode: string; dueAt: Date | null },
  newLeadUnitCode: string,
  reassignedAt: Date,
): string {
  const overdue = before.dueAt !== null && reassignedAt.getTime() >= before.dueAt.getTime();
  return overdue ? before.accountableUnitCode : newLeadUnitCode;
}
