import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailRefusedError, OutboxStore, SmtpMailer } from '../../../activities';
import type { OutboxEntry, OutgoingMail } from '../../../activities';

/** How often the outbox is asked for staged mail whose instant has come. */
const POLL_MS = 200;
/** Taken per ask, and sent this many at a time over the mailer's pooled connections. */
const BATCH = 200;
const LANES = 8;

/**
 * Sends the reminders task workflows staged ahead of their instant, at that instant: a
 * storm's wake-ups are spread over the minutes before it, and only the relay's work is left
 * for the minute itself. Several workers may dispatch: each row is taken by one of them.
 */
@Injectable()
export class StagedMailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StagedMailDispatcher.name);
  private readonly owner = randomUUID();
  private readonly outbox: OutboxStore;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    dataSource: DataSource,
    private readonly mailer: SmtpMailer,
  ) {
    this.outbox = new OutboxStore(dataSource);
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

  private async dispatch(): Promise<void> {
    for (;;) {
      const due = await this.outbox.takeDue(this.owner, BATCH);
      if (!due.length) return;
      for (let i = 0; i < due.length; i += LANES)
        await Promise.all(due.slice(i, i + LANES).map((row) => this.send(row.payload)));
      if (due.length < BATCH) return;
    }
  }

  private async send(payload: unknown): Promise<void> {
    const { entry, message } = payload as { entry: OutboxEntry; message: OutgoingMail };
    try {
      const { rejected } = await this.mailer.send(message);
      await this.outbox.markSent(entry, new Date(), rejected);
    } catch (err) {
      if (err instanceof MailRefusedError) {
        await this.outbox.markFailed(entry, new Date(), err.reply);
        return;
      }
      // The lease runs out and the next dispatch tries again.
      this.logger.warn(`staged mail ${entry.key}: ${String(err)}`);
    }
  }
}
