import { DataSource } from 'typeorm';
import { OPEN_STATUSES } from '@dondoc/domain';

/** What the whole installation looks like right now, for the gauges of /metrics. */
export interface OperationsSnapshot {
  openTasks: number;
  overdueTasks: number;
  /** Stored, but their workflows not started yet (Temporal was down; the sweep starts them). */
  pendingStarts: number;
  /** Taken from the outbox, not yet through the relay (an SMTP outage holds them here). */
  mailQueued: number;
  /** Age of the oldest of those, in seconds; 0 when none waits. */
  mailOldestQueuedSeconds: number;
  /** Refused by the relay for good, waiting for an admin. */
  mailRefused: number;
}

/**
 * The gauges' SQL, one statement, each count read from a partial index; mail staged for a
 * later instant is not queued until that instant
 * (`task_open_due_idx`, `task_pending_start_idx`, `notification_unsent_idx`,
 * `notification_failed_idx`), so a scrape stays cheap at any volume of closed work.
 */
export class OperationsRepository {
  constructor(private readonly ds: DataSource) {}

  async snapshot(now: Date): Promise<OperationsSnapshot> {
    // The open set is written out, as in the index's predicate, for the planner to use it.
    const open = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
    const [row] = await this.ds.query(
      `SELECT
         (SELECT count(*) FROM task WHERE status IN (${open}))::int AS open_tasks,
         (SELECT count(*) FROM task WHERE status IN (${open}) AND due_at <= $1::timestamptz)::int AS overdue_tasks,
         (SELECT count(*) FROM task WHERE workflow_started_at IS NULL AND status IN (${open}))::int AS pending_starts,
         (SELECT count(*) FROM notification WHERE sent_at IS NULL AND failed_at IS NULL
             AND (send_after IS NULL OR send_after <= $1::timestamptz))::int AS mail_queued,
         (SELECT coalesce(extract(epoch FROM $1::timestamptz - min(coalesce(send_after, created_at))), 0)::float8
            FROM notification WHERE sent_at IS NULL AND failed_at IS NULL
             AND (send_after IS NULL OR send_after <= $1::timestamptz)) AS mail_oldest,
         (SELECT count(*) FROM notification WHERE failed_at IS NOT NULL)::int AS mail_refused`,
      [now],
    );
    return {
      openTasks: row.open_tasks,
      overdueTasks: row.overdue_tasks,
      pendingStarts: row.pending_starts,
      mailQueued: row.mail_queued,
      mailOldestQueuedSeconds: Math.max(0, row.mail_oldest),
      mailRefused: row.mail_refused,
    };
  }
}
