import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The worker's own metrics, beside the Temporal SDK's (`temporal_*`, see ops-server). */
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly activityDuration = new Histogram({
    name: 'dondoc_activity_duration_seconds',
    help: 'Activity attempts run by this worker, by activity and outcome (ok, error).',
    labelNames: ['activity', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers: [this.registry],
  });
  readonly mailSent = new Counter({
    name: 'dondoc_mail_sent_total',
    help: 'Mail the relay took, by kind (assigned, due_reminder, digest_daily…).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly mailFailed = new Counter({
    name: 'dondoc_mail_send_failures_total',
    help: 'Attempts to send mail that failed and will be retried (relay down, 4xx), by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly taskActions = new Counter({
    name: 'dondoc_task_actions_total',
    help: 'Task transitions recorded, by action and where it came from (api, link, system).',
    labelNames: ['action', 'source'] as const,
    registers: [this.registry],
  });
  readonly reminderLateness = new Histogram({
    name: 'dondoc_reminder_lateness_seconds',
    help: 'Reminders and escalations: time the relay took the mail minus the time planned.',
    labelNames: ['kind'] as const,
    buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 900, 3600],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'dondoc_worker_' });
  }
}
