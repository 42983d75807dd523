import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import {
  Client,
  Connection,
  defaultGrpcRetryOptions,
  makeGrpcRetryInterceptor,
} from '@temporalio/client';
import { RuntimeConfig } from '../../../../libs/platform/src';
import { TaskWorkflowGateway } from './task-workflow.gateway';

@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [RuntimeConfig],
      useFactory: async (config: RuntimeConfig) => {
        // Lazy: the api starts (and /health reports) while Temporal is still coming up.
        const connection = Connection.lazy({
          address: config.values.TEMPORAL_ADDRESS,
          // A few quick retries (about 3 s in all) ride out a blip; a longer outage is answered
          // with 503 and retried by the caller rather than held open for a minute.
          interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: 6 }))],
        });
        return new Client({ connection, namespace: config.values.TEMPORAL_NAMESPACE });
      },
    },
    TaskWorkflowGateway,
  ],
  exports: [Client, TaskWorkflowGateway],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly gateway: TaskWorkflowGateway,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // Closing under a call that is still retrying makes its retry throw in a timer.
    await this.gateway.drain();
    await this.client.connection.close();
  }
}
