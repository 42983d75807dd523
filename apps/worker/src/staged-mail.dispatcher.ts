import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { stagedMailStaleSignal, taskWorkflowId } from '@dondoc/contracts';
import { CalendarStore, MailRefusedError, OutboxStore, SmtpMailer } from '../../../activities';
import type { StagedMail } from '../../../activities';
import { RuntimeConfig } from '@dondoc/platform';
import { WorkerMetrics } from './ops/worker-metrics';

/** How often the outbox is asked for staged mail whose instant has come. */
const POLL_MS = 200;
/** Taken per ask, and sent this many at a time over the mailer's pooled connections. */
const BATCH = 200;
const LANES = 8;

/**
 * Sends the reminders that task workflows staged ahead of their instant, at that instant: a
 * storm's wake-ups are spread over the minutes before it, and only the relay's work is left
 * for the minute itself. The workers of one task queue dispatch what its workflows staged:
 * each row is taken by one of them, and a row whose sender died is taken again when its
 * lease runs out.
 */
@Injectable()
export class StagedMailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StagedMailDispatcher.name);
  private readonly owner = randomUUID();
  private readonly outbox: OutboxStore;
  private readonly calendar: CalendarStore;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    dataSource: DataSource,
    private readonly mailer: SmtpMailer,
    private readonly metrics: WorkerMetrics,
    private readonly client: Client,
    private readonly config: RuntimeConfig,
  ) {
    this.outbox = new OutboxStore(dataSource);
    this.calendar = new CalendarStore(dataSource);
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.dispatch()
        .catch((err) => this.logger.warn(`staged mail: ${String(err)}`))
        .finally(() => {
          this.running = null;
          this.schedule();
        });
    }, POLL_MS);
  }

  /** Everything due now, a batch at a time. */
  private async dispatch(): Promise<void> {
    for (;;) {
      const queue = this.config.values.TEMPORAL_TASK_QUEUE;
      const due = await this.outbox.takeDue(queue, this.owner, BATCH);
      if (!due.length) return;
      const version = due.some((m) => m.calendarVersion)
        ? await this.calendar.version()
        : undefined;
      for (let i = 0; i < due.length; i += LANES)
        await Promise.all(due.slice(i, i + LANES).map((m) => this.send(m, version)));
      if (due.length < BATCH) return;
    }
  }

  private async send(staged: StagedMail, calendarVersion: string | undefined): Promise<void> {
    const { entry, message } = staged;
    if (staged.calendarVersion && staged.calendarVersion !== calendarVersion) {
      // Planned on a calendar changed since, and the broadcast may never have come: the task
      // re-plans, and stages or sends it again on the calendar as it is now.
      await this.outbox.dropTaken(entry.key, this.owner);
      await this.client.workflow
        .getHandle(taskWorkflowId(entry.taskId))
        .signal(stagedMailStaleSignal, { key: entry.key.slice(entry.taskId.length + 1) })
        .catch((err) => this.logger.warn(`staged mail ${entry.key}: ${String(err)}`));
      return;
    }
    const kind = entry.kind;
    try {
      const { rejected } = await this.mailer.send(message);
      const sentAt = new Date();
      await this.outbox.markSent(entry, sentAt, rejected);
      this.metrics.mailSent.inc({ kind });
      this.metrics.reminderLateness.observe(
        { kind },
        Math.max(0, (sentAt.getTime() - staged.sendAfter.getTime()) / 1000),
      );
    } catch (err) {
      this.metrics.mailFailed.inc({ kind });
      if (err instanceof MailRefusedError) {
        await this.outbox.markFailed(entry, new Date(), err.reply);
        return;
      }
      this.logger.warn(`staged mail ${entry.key}: ${String(err)}`);
      await this.outbox.retryLater(entry.key, this.owner);
    }
  }
}
