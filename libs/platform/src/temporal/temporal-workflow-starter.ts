import { Injectable } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { TaskStart, WorkflowStarter } from '@dondoc/application';
import {
  DIRECTIVE_ID_KEY,
  SeriesWorkflowInput,
  TASK_ID_KEY,
  UNIT_KEY,
  seriesWorkflowId,
} from '@dondoc/contracts';
import { RuntimeConfig } from '../runtime-config';
import { InflightCalls } from './inflight-calls';

/** Bounded: a caller waiting on an unreachable Temporal gets an answer, not a hang. */
const START_DEADLINE_MS = 10_000;

/** Starts task and series workflows on the configured queue; a running one counts as started. */
@Injectable()
export class TemporalWorkflowStarter extends WorkflowStarter {
  constructor(
    private readonly client: Client,
    private readonly config: RuntimeConfig,
    private readonly inflight: InflightCalls,
  ) {
    super();
  }

  startTask(t: TaskStart): Promise<void> {
    return this.start(
      'taskWorkflow',
      t.workflowId,
      [t.input],
      [
        { key: TASK_ID_KEY, value: t.input.taskId },
        { key: DIRECTIVE_ID_KEY, value: t.directiveId },
        { key: UNIT_KEY, value: t.unitCode },
      ],
    );
  }

  startSeries(input: SeriesWorkflowInput): Promise<void> {
    return this.start('taskSeriesWorkflow', seriesWorkflowId(input.seriesId), [input], []);
  }

  private start(
    workflowType: string,
    workflowId: string,
    args: unknown[],
    attributes: ConstructorParameters<typeof TypedSearchAttributes>[0],
  ): Promise<void> {
    return this.inflight.track(
      this.client
        .withDeadline(Date.now() + START_DEADLINE_MS, () =>
          this.client.workflow.start(workflowType, {
            workflowId,
            taskQueue: this.config.values.TEMPORAL_TASK_QUEUE,
            args,
            ...(attributes?.length
              ? { typedSearchAttributes: new TypedSearchAttributes(attributes) }
              : {}),
          }),
        )
        .then(
          () => undefined,
          (err) => {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          },
        ),
    );
  }
}
