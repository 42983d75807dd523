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
  createTaskActivities,
} from '../../../activities';
import { RuntimeConfig } from '../../../libs/platform/src';

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

  constructor(
    private readonly config: RuntimeConfig,
    private readonly dataSource: DataSource,
    private readonly mailer: SmtpMailer,
    private readonly source: WorkflowSource,
  ) {}

  async start(): Promise<void> {
    const cfg = this.config.values;
    this.connection = await NativeConnection.connect({ address: cfg.TEMPORAL_ADDRESS });
    const activities = createTaskActivities({
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
    });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: cfg.TEMPORAL_NAMESPACE,
      taskQueue: cfg.TEMPORAL_TASK_QUEUE,
      activities,
      ...(this.source.bundlePath
        ? { workflowBundle: { codePath: this.source.bundlePath } }
        : { workflowsPath: require.resolve('../../../workflows') }),
    });
    this.running = this.worker.run();
    this.logger.log(`worker polling ${cfg.TEMPORAL_TASK_QUEUE} on ${cfg.TEMPORAL_ADDRESS}`);
  }

  /** Resolves when the worker has stopped (after shutdown, or on a fatal error). */
  whenStopped(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch((e) => this.logger.error(e));
    await this.connection?.close();
    this.mailer.close();
  }
}
