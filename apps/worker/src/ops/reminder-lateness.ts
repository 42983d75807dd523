import { DataSource, In } from 'typeorm';
import { PlannedKind, planNotifications, vietnameseCalendar } from '@dondoc/domain';
import { TaskEntity } from '@dondoc/persistence';
import { CalendarStore } from '../../../../activities';
import type { WorkerMetrics } from './worker-metrics';

const PLANNED_KINDS: readonly string[] = [
  'ack_reminder',
  'due_reminder',
  'overdue_escalation',
  'review_reminder',
] satisfies PlannedKind[];
const FLUSH_MS = 1000;
const MAX_PENDING = 10_000;
const CALENDAR_TTL_MS = 60_000;

interface Sent {
  taskId: string;
  key: string;
  sentAt: Date;
}

/**
 * Measures how late each planned reminder reached the relay. The activity does not carry the
 * planned time, so it is computed again from the task's row, its policy and the calendar, as
 * the workflow planned it. That costs a read, so it is done off the mail's path: sends are
 * collected and resolved once a second with one query for all of them.
 */
export class ReminderLateness {
  private pending: Sent[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private calendar?: { at: number; value: Promise<ReturnType<typeof vietnameseCalendar>> };

  constructor(
    private readonly ds: DataSource,
    private readonly metrics: WorkerMetrics,
  ) {}

  /** A mail with this key (`due_reminder:0@2`) went out now; measured if it was planned. */
  sent(taskId: string, key: string, sentAt: Date): void {
    if (!PLANNED_KINDS.includes(key.split(':')[0]) || this.pending.length >= MAX_PENDING) return;
    this.pending.push({ taskId, key, sentAt });
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flushing = this.flushing.then(() => this.flush());
    }, FLUSH_MS);
  }

  /** Resolves what was collected; the process calls it once more before it stops. */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      const ids = [...new Set(batch.map((s) => s.taskId))];
      const [tasks, calendar] = await Promise.all([
        this.ds.getRepository(TaskEntity).findBy({ id: In(ids) }),
        this.workingCalendar(),
      ]);
      const byId = new Map(tasks.map((t) => [t.id, t]));
      for (const s of batch) {
        const t = byId.get(s.taskId);
        if (!t) continue;
        // Every repeat already due when it was sent is in the plan, whatever the window.
        const planned = planNotifications(
          {
            status: t.status,
            assignedAt: t.assignedAt,
            dueAt: t.dueAt,
            planRevision: t.planRevision,
            plannedFrom: t.plannedFrom,
            submittedAt: t.submittedAt,
            now: s.sentAt,
          },
          t.policy,
          calendar,
        ).find((n) => n.key === s.key);
        // Not in today's plan (the task moved on since): nothing to compare it with.
        if (!planned) continue;
        this.metrics.reminderLateness.observe(
          { kind: planned.kind },
          Math.max(0, (s.sentAt.getTime() - planned.at.getTime()) / 1000),
        );
      }
    } catch {
      // A metric is not worth a failure: the batch is dropped, mail goes on.
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flushing;
    await this.flush();
  }

  private workingCalendar() {
    if (!this.calendar || Date.now() - this.calendar.at > CALENDAR_TTL_MS) {
      const store = new CalendarStore(this.ds);
      this.calendar = { at: Date.now(), value: store.overrides().then(vietnameseCalendar) };
      this.calendar.value.catch(() => (this.calendar = undefined));
    }
    return this.calendar.value;
  }
}
