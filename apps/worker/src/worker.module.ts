import { DynamicModule, Module } from '@nestjs/common';
import {
  ApplicationModule,
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  RuntimeConfig,
} from '@dondoc/platform';
import { PendingStartsSweeper } from './pending-starts.sweeper';
import { StagedMailDispatcher } from './staged-mail.dispatcher';
import { mailerProvider } from './mailer.provider';
import { OpsServer } from './ops/ops-server';
import { WorkerMetrics } from './ops/worker-metrics';
import { TemporalWorkerService, WorkflowSource } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: RuntimeConfig, source = new WorkflowSource()): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot(),
        ApplicationModule,
      ],
      providers: [
        mailerProvider,
        { provide: WorkflowSource, useValue: source },
        { provide: WorkerMetrics, useValue: new WorkerMetrics() },
        TemporalWorkerService,
        PendingStartsSweeper,
        StagedMailDispatcher,
        OpsServer,
      ],
      exports: [TemporalWorkerService],
    };
  }
}
