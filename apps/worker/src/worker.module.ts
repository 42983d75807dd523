import { DynamicModule, Module } from '@nestjs/common';
import {
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  RuntimeConfig,
} from '../../../libs/platform/src';
import { mailerProvider } from './mailer.provider';
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
      ],
      providers: [
        mailerProvider,
        { provide: WorkflowSource, useValue: source },
        TemporalWorkerService,
      ],
      exports: [TemporalWorkerService],
    };
  }
}
