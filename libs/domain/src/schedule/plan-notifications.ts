import { WorkingCalendar } from '../calendar/working-calendar';
import {
  LocalDate,
  formatVietnameseDate,
  localDateOf,
  localTimeOn,
} from '../calendar/local-date.util';
import { Audience, Offset, REMINDER_HOUR, Rung, TimingPolicy } from './timing-policy';
import { OPEN_STATUSES, TaskStatus, WORKING_STATUSES } from '../task/task-status';

/** About twenty years of weekly repeats: a bound, not a policy. */
const MAX_REPEATS = 1000;

export type PlannedKind =
  'ack_reminder' | 'due_reminder' | 'overdue_escalation' | 'review_reminder' | 'commitment_overdue';

export interface PlannedNotification {
  /** Stable within one task: `kind:rung[:repeat]@due-revision`. */
  key: string;
  kind: PlannedKind;
  at: Date;
  to: Audience[];
  /** A line the mail adds to what it says of the task. */
  note?: string;
}

export interface ScheduleInput {
  status: TaskStatus;
  assignedAt: Date;
  /** First instant at which the task is late; null for standing tasks. */
  dueAt: Date | null;
  /** Bumped by every re-plan, so a new plan never collides with mail sent on an old one. */
  planRevision: number;
  /** When the work was submitted, while it waits for review. */
  submittedAt?: Date | null;
  /** Nothing is planned before this instant: rungs already behind when the plan was made are skipped. */
  plannedFrom: Date;
  /**
   * Repeats run until the task closes, so only a window is planned: `repeatLimit` repeats
   * (default 4) from `repeatsFrom` on (default `plannedFrom`). The workflow passes its
   * current time, so there is always a next repeat to wait for.
   */
  repeatsFrom?: Date;
  repeatLimit?: number;
  /**
   * When set, every repeat already due by this instant is planned too, and `repeatLimit`
   * counts only those after it: a workflow back after an outage sees all it missed.
   */
  now?: Date;
  /**
   * The first instant after the date an overdue unit committed to in its explanation
   * (giải trình). Chased like a deadline: if the work is still open once it has passed, the
   * unit and its head hear of it. The task's own deadline, and its figures, stay as they were.
   */
  committedAt?: Date | null;
}

/**
 * The reminders and escalations still to come for a task. Pure: the workflow uses it to
 * set its timers and the API uses it to show what is planned.
 */
export function planNotifications(
  task: ScheduleInput,
  policy: TimingPolicy,
  calendar: WorkingCalendar,
): PlannedNotification[] {
  if (!OPEN_STATUSES.includes(task.status)) return [];
  const plan: PlannedNotification[] = [];
  const add = (kind: PlannedKind, id: string, at: Date, to: Audience[], note?: string) => {
    if (at.getTime() >= task.plannedFrom.getTime()) {
      plan.push({ key: `${kind}:${id}@${task.planRevision}`, kind, at, to, ...(note && { note }) });
    }
  };

  if (task.status === 'assigned') {
    policy.acknowledge.forEach((rung, i) =>
      add(
        'ack_reminder',
        String(i),
        shift(anchor(task.assignedAt), rung.offset, +1, calendar),
        rung.to,
      ),
    );
  }
  if (task.status === 'submitted' && task.submittedAt) {
    const submitted = anchor(task.submittedAt);
    (policy.awaitingReview ?? []).forEach((rung, i) =>
      add('review_reminder', String(i), shift(submitted, rung.offset, +1, calendar), rung.to),
    );
  }
  // A submitted task waits for the issuer's decision: due reminders are for work still to do.
  if (task.dueAt && WORKING_STATUSES.includes(task.status)) {
    const due = lastDayBefore(task.dueAt);
    policy.beforeDue.forEach((rung, i) => {
      const at = shift(due, rung.offset, -1, calendar);
      // A deadline early in the morning can put the due-day reminder after it: no use then.
      if (at.getTime() < due.instant.getTime()) add('due_reminder', String(i), at, rung.to);
    });
    policy.afterDue.forEach((rung, i) =>
      add('overdue_escalation', String(i), shift(due, rung.offset, +1, calendar), rung.to),
    );
    const repeat = policy.repeatAfterDue;
    if (repeat) {
      let from = policy.afterDue.length
        ? shift(due, lastOffset(policy.afterDue), +1, calendar)
        : task.dueAt;
      const windowStart = Math.max(
        task.plannedFrom.getTime(),
        (task.repeatsFrom ?? task.plannedFrom).getTime(),
      );
      // n numbers repeats from the deadline, so a repeat keeps its key whatever the window.
      for (let n = 0, planned = 0; planned < (task.repeatLimit ?? 4) && n < MAX_REPEATS; n++) {
        from = shift(anchor(from), repeat.offset, +1, calendar);
        if (from.getTime() < windowStart) continue;
        add('overdue_escalation', `repeat-${n}`, from, repeat.to);
        if (!task.now || from.getTime() > task.now.getTime()) planned++;
      }
    }
  }
  if (task.committedAt && WORKING_STATUSES.includes(task.status)) {
    const committed = lastDayBefore(task.committedAt);
    const offset = policy.afterDue[0]?.offset ?? { workingDays: 1 };
    // Keyed by the date: a new explanation with another date is chased again, the same one once.
    add(
      'commitment_overdue',
      committed.day,
      shift(committed, offset, +1, calendar),
      ['unit', 'unit_head'],
      `Ngày đơn vị cam kết hoàn thành trong giải trình: ${formatVietnameseDate(committed.day)}`,
    );
  }
  return plan.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}

function lastOffset(rungs: Rung[]): Offset {
  return rungs[rungs.length - 1].offset;
}

/** An instant and the civil day working-day offsets count from. */
interface Anchor {
  instant: Date;
  day: LocalDate;
}

function anchor(instant: Date): Anchor {
  return { instant, day: localDateOf(instant) };
}

/** A deadline is exclusive: its working-day anchor is the last day on time. */
function lastDayBefore(deadline: Date): Anchor {
  return { instant: deadline, day: localDateOf(new Date(deadline.getTime() - 1)) };
}

/**
 * Moves an anchor by an offset. Second offsets are exact; working-day offsets land at
 * 08:00 on a working day, counted from the anchor's day (moved back off a day off first).
 */
function shift(from: Anchor, offset: Offset, direction: 1 | -1, calendar: WorkingCalendar): Date {
  if ('seconds' in offset)
    return new Date(from.instant.getTime() + direction * offset.seconds * 1000);
  const start = calendar.onOrBefore(from.day);
  return localTimeOn(calendar.addWorkingDays(start, direction * offset.workingDays), REMINDER_HOUR);
}
