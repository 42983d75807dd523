import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import {
  Client,
  Connection,
  defaultGrpcRetryOptions,
  makeGrpcRetryInterceptor,
} from '@temporalio/client';
import { WorkflowStarter } from '@dondoc/application';
import { RuntimeConfig } from '../runtime-config';
import { InflightCalls } from './inflight-calls';
import { TaskBroadcast } from './task-broadcast';
import { TemporalWorkflowStarter } from './temporal-workflow-starter';
import { temporalTls } from './temporal-tls';

/** A Temporal client for the api and the worker, and the starter of workflows over it. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [RuntimeConfig],
      useFactory: async (config: RuntimeConfig) => {
        // Lazy: the process starts (and /health reports) while Temporal is still coming up.
        const connection = Connection.lazy({
          address: config.values.TEMPORAL_ADDRESS,
          tls: temporalTls(config.values),
          // A few quick retries (about 3 s in all) ride out a blip; a longer outage is answered
          // with 503 and retried by the caller rather than held open for a minute.
          interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 6 }))],
        });
        return new Client({ connection, namespace: config.values.TEMPORAL_NAMESPACE });
      },
    },
    InflightCalls,
    TaskBroadcast,
    { provide: WorkflowStarter, useClass: TemporalWorkflowStarter },
  ],
  exports: [Client, InflightCalls, TaskBroadcast, WorkflowStarter],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly inflight: InflightCalls,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // Closing under a call that is still retrying makes its retry throw in a timer.
    await this.inflight.drain();
    await this.client.connection.close();
  }
}
