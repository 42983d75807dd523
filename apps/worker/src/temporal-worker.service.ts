import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DataSource } from 'typeorm';
import {
  LinkStore,
  OutboxStore,
  SmtpMailer,
  TaskRecordStore,
  CalendarStore,
  SeriesStore,
  createDigestActivities,
  createTaskActivities,
} from '../../../activities';
import { Client } from '@temporalio/client';
import { ensureDigestSchedule } from './digest-schedule';
import { RuntimeConfig, temporalTls } from '@dondoc/platform';
import { SHARED_WORKFLOW_MODULES, withPathAliases } from '@dondoc/platform/workflow-bundler';
import { instrumentActivities } from './ops/instrument-activities';
import { ReminderLateness } from './ops/reminder-lateness';
import { WorkerMetrics } from './ops/worker-metrics';

/**
 * Workflow tasks at once. A wake-up that sends a reminder holds its slot while its mail goes
 * out as a local activity (tens of milliseconds waiting on the database and the relay, not
 * on the workflow thread), so slots must cover the mails in flight: with 10, the 08:00 storm
 * (5,000 in a minute) queued behind them; 40 keeps the relay's pool busy.
 */
const WORKFLOW_TASK_SLOTS = 40;

/** Where the workflow code comes from: a prebuilt bundle (tests, production) or the source folder. */
export class WorkflowSource {
  constructor(readonly bundlePath?: string) {}
}

/** Hosts the Temporal Worker; activities are built from the injected services. */
@Injectable()
export class TemporalWorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;
  private lateness?: ReminderLateness;

  constructor(
    private readonly config: RuntimeConfig,
    private readonly dataSource: DataSource,
    private readonly mailer: SmtpMailer,
    private readonly source: WorkflowSource,
    private readonly metrics: WorkerMetrics,
  ) {}

  async start(): Promise<void> {
    const cfg = this.config.values;
    this.connection = await NativeConnection.connect({
      address: cfg.TEMPORAL_ADDRESS,
      tls: temporalTls(cfg),
    });
    const taskActivities = createTaskActivities({
      tasks: new TaskRecordStore(this.dataSource),
      outbox: new OutboxStore(this.dataSource),
      calendar: new CalendarStore(this.dataSource),
      series: new SeriesStore(this.dataSource),
      links: new LinkStore(this.dataSource, {
        secret: cfg.LINK_SECRET,
        ttlHours: cfg.LINK_TTL_HOURS,
        baseUrl: cfg.APP_BASE_URL,
      }),
      mailer: this.mailer,
      mailFrom: cfg.MAIL_FROM,
      appBaseUrl: cfg.APP_BASE_URL,
      queue: cfg.TEMPORAL_TASK_QUEUE,
    });
    const activities = {
      ...taskActivities,
      ...createDigestActivities({
        ds: this.dataSource,
        mailer: this.mailer,
        mailFrom: cfg.MAIL_FROM,
        appBaseUrl: cfg.APP_BASE_URL,
        dueSoonWorkingDays: cfg.REPORT_DUE_SOON_WORKING_DAYS,
      }),
    };
    this.lateness = new ReminderLateness(this.dataSource, this.metrics);
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: cfg.TEMPORAL_NAMESPACE,
      taskQueue: cfg.TEMPORAL_TASK_QUEUE,
      activities: instrumentActivities(activities, this.metrics, this.lateness),
      // Set on purpose, not left to the SDK's guess from the heap limit (about 2,300 on a
      // 4 GB heap). A cached task costs about 0.4 MB for as long as it waits, days or weeks
      // (soak bench: 336 MB idle, 574 MB with 600 cached; the SDK's default gave 1,039 MB at
      // 10,000 open); an evicted one costs a replay of its short history at its next
      // wake-up. The 08:00 storm wakes thousands in one minute, each once and in deadline
      // order: any cache smaller than the storm misses on nearly every one of them (least
      // recently used, swept in order), so a bigger cache buys the storm nothing and only
      // costs memory on every other day. 500 keeps the worker well under 600 MB.
      maxCachedWorkflows: cfg.WORKER_MAX_CACHED_WORKFLOWS,
      maxConcurrentWorkflowTaskExecutions: WORKFLOW_TASK_SLOTS,
      workflowThreadPoolSize: cfg.WORKER_WORKFLOW_THREADS,
      // Mail activities wait on the database pool and the SMTP pool: more at once than they
      // can serve only makes each slower, past its 20 s, and then retried (a storm of
      // 5,000 reminders ran 100 at once and timed out by the hundred). What waits in the
      // server's queue has no timeout.
      maxConcurrentActivityTaskExecutions: cfg.WORKER_MAX_CONCURRENT_ACTIVITIES,
      // One local mail per wake-up in flight: as many as the slots that wait on them.
      maxConcurrentLocalActivityExecutions: WORKFLOW_TASK_SLOTS,
      // A wake-up queued for this worker's cache goes to any worker after this long, and is
      // then replayed whole. At the morning storm the queue is longer than Temporal's 10 s
      // default, so most wake-ups timed out there and were replayed; a worker that dies
      // leaves its queue this long before another takes it.
      stickyQueueScheduleToStartTimeout: '30 seconds',
      ...(this.source.bundlePath
        ? { workflowBundle: { codePath: this.source.bundlePath } }
        : {
            workflowsPath: require.resolve('../../../workflows'),
            bundlerOptions: {
              webpackConfigHook: withPathAliases,
              preloadModules: SHARED_WORKFLOW_MODULES,
            },
          }),
    });
    this.running = this.worker.run();
    if (cfg.DIGEST_SCHEDULE) {
      const client = new Client({ connection: this.connection, namespace: cfg.TEMPORAL_NAMESPACE });
      if (await ensureDigestSchedule(client, cfg.TEMPORAL_TASK_QUEUE)) {
        this.logger.log('digest schedule created');
      }
    }
    this.logger.log(`worker polling ${cfg.TEMPORAL_TASK_QUEUE} on ${cfg.TEMPORAL_ADDRESS}`);
  }

  /** Resolves when the worker has stopped (after shutdown, or on a fatal error). */
  whenStopped(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** For readiness: the worker is polling its task queue. */
  polling(): boolean {
    return this.worker?.getState() === 'RUNNING';
  }

  /** For readiness: the Temporal frontend answers on the worker's own connection. */
  async temporalReachable(): Promise<void> {
    if (!this.connection) throw new Error('not connected');
    await this.connection.workflowService.getSystemInfo({});
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch((e) => this.logger.error(e));
    await this.lateness?.close();
    await this.connection?.close();
    this.mailer.close();
  }
}
