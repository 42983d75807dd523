import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { OperationsRepository, OperationsSnapshot } from '@dondoc/persistence';

/** Scrapes from several Prometheus servers or instances share one database read. */
const SNAPSHOT_TTL_MS = 10_000;

/**
 * The api's metrics, in a registry of its own (two api instances in one process, as tests
 * run them, do not collide). The database gauges describe the whole installation, not this
 * process: every instance reports the same value, so aggregate them with max(), not sum().
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'dondoc_http_request_duration_seconds',
    help: 'HTTP requests answered by the api, by route template, method and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly operations: OperationsRepository;
  private cached?: { at: number; value: Promise<OperationsSnapshot | null> };

  constructor(@InjectDataSource() ds: DataSource) {
    this.operations = new OperationsRepository(ds);
    collectDefaultMetrics({ register: this.registry, prefix: 'dondoc_api_' });
    this.gauge(
      'dondoc_database_up',
      'Whether the gauges could be read from the database (1) or not (0).',
      (s) => (s ? 1 : 0),
    );
    const field = (f: keyof OperationsSnapshot) => (s: OperationsSnapshot | null) => s?.[f];
    this.gauge('dondoc_tasks_open', 'Tasks not done nor cancelled.', field('openTasks'));
    this.gauge(
      'dondoc_tasks_overdue',
      'Open tasks past the due date in force.',
      field('overdueTasks'),
    );
    this.gauge(
      'dondoc_tasks_pending_start',
      'Tasks stored whose workflow has not started yet.',
      field('pendingStarts'),
    );
    this.gauge(
      'dondoc_mail_queued',
      'Mail taken from the outbox and not yet through the relay.',
      field('mailQueued'),
    );
    this.gauge(
      'dondoc_mail_outbox_oldest_seconds',
      'Age of the oldest queued mail, 0 when none waits.',
      field('mailOldestQueuedSeconds'),
    );
    this.gauge('dondoc_mail_refused', 'Mail refused by the relay for good.', field('mailRefused'));
  }

  /** A gauge read on scrape; every gauge of one scrape shares one database read. */
  private gauge(
    name: string,
    help: string,
    read: (s: OperationsSnapshot | null) => number | undefined,
  ): void {
    const snapshot = () => this.snapshot();
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        const value = read(await snapshot());
        if (value !== undefined) this.set(value);
      },
    });
  }

  private snapshot(): Promise<OperationsSnapshot | null> {
    if (!this.cached || Date.now() - this.cached.at > SNAPSHOT_TTL_MS) {
      this.cached = {
        at: Date.now(),
        value: this.operations.snapshot(new Date()).catch(() => null),
      };
    }
    return this.cached.value;
  }
}
