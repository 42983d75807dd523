import { Global, Module } from '@nestjs/common';
import { IssueTasks, StartPendingWorkflows, WorkflowStarter } from '@dondoc/application';
import { UnitOfWork } from '@dondoc/persistence';
import { RepositoriesModule } from './repositories.module';
import { RuntimeConfig } from './runtime-config';
import { TemporalClientModule } from './temporal/temporal-client.module';

/** Starts in flight at once: enough to hide the round trips, few enough for the server. */
const START_CONCURRENCY = 64;

/** The use cases both apps run, wired to the repositories and Temporal. */
@Global()
@Module({
  imports: [RepositoriesModule, TemporalClientModule],
  providers: [
    IssueTasks,
    {
      provide: StartPendingWorkflows,
      inject: [UnitOfWork, WorkflowStarter, RuntimeConfig],
      useFactory: (uow: UnitOfWork, starter: WorkflowStarter, config: RuntimeConfig) =>
        new StartPendingWorkflows(uow.repositories, starter, {
          concurrency: START_CONCURRENCY,
          taskHistoryLimit: config.values.TASK_HISTORY_LIMIT,
        }),
    },
  ],
  exports: [IssueTasks, StartPendingWorkflows, RepositoriesModule, TemporalClientModule],
})
export class ApplicationModule {}
