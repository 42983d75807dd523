import { Injectable, Logger } from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure, TypedSearchAttributes } from '@temporalio/common';
import type { taskSeriesWorkflow, taskWorkflow } from '../../../../workflows';
import {
  ActCommand,
  CancelSeriesCommand,
  DIRECTIVE_ID_KEY,
  SeriesState,
  SeriesWorkflowInput,
  cancelSeriesUpdate,
  seriesWorkflowId,
  INVALID_TRANSITION,
  TASK_ID_KEY,
  UNIT_KEY,
  TaskWorkflowInput,
  TaskWorkflowState,
  actUpdate,
} from '../../../../libs/contracts/src';
import { RuntimeConfig } from '../../../../libs/platform/src';
import { ApiException, ErrorCode } from '../common/api-error';

const START_DEADLINE_MS = 10_000;
const UPDATE_DEADLINE_MS = 20_000;

export interface TaskStart {
  workflowId: string;
  directiveId: string;
  unitCode: string;
  input: TaskWorkflowInput;
}

/** The api's only door to Temporal: start task workflows, send them the unit's actions. */
@Injectable()
export class TaskWorkflowGateway {
  private readonly logger = new Logger(TaskWorkflowGateway.name);
  private readonly inflight = new Set<Promise<unknown>>();
  constructor(
    private readonly client: Client,
    private readonly config: RuntimeConfig,
  ) {}

  /** Resolves when every call in flight has settled, so the connection can close under none. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inflight]);
  }

  private track<T>(call: Promise<T>): Promise<T> {
    this.inflight.add(call);
    void call.finally(() => this.inflight.delete(call)).catch(() => undefined);
    return call;
  }

  /** Starts a task's workflow; one already running under the same id counts as started. */
  start(t: TaskStart): Promise<void> {
    return this.track(this.startNow(t));
  }

  private async startNow(t: TaskStart): Promise<void> {
    try {
      // Bounded: a caller waiting on an unreachable Temporal gets an answer, not a hang.
      await this.client.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.client.workflow.start<typeof taskWorkflow>('taskWorkflow', {
          workflowId: t.workflowId,
          taskQueue: this.config.values.TEMPORAL_TASK_QUEUE,
          args: [t.input],
          typedSearchAttributes: new TypedSearchAttributes([
            { key: TASK_ID_KEY, value: t.input.taskId },
            { key: DIRECTIVE_ID_KEY, value: t.directiveId },
            { key: UNIT_KEY, value: t.unitCode },
          ]),
        }),
      );
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  /** Starts a recurring series' workflow; one already running counts as started. */
  startSeries(input: SeriesWorkflowInput): Promise<void> {
    return this.track(this.startSeriesNow(input));
  }

  private async startSeriesNow(input: SeriesWorkflowInput): Promise<void> {
    try {
      await this.client.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.client.workflow.start<typeof taskSeriesWorkflow>('taskSeriesWorkflow', {
          workflowId: seriesWorkflowId(input.seriesId),
          taskQueue: this.config.values.TEMPORAL_TASK_QUEUE,
          args: [input],
        }),
      );
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }

  cancelSeries(seriesId: string, command: CancelSeriesCommand): Promise<SeriesState> {
    return this.update(seriesWorkflowId(seriesId), () =>
      this.client.workflow
        .getHandle(seriesWorkflowId(seriesId))
        .executeUpdate(cancelSeriesUpdate, { args: [command] }),
    );
  }

  /** One action of the lifecycle, decided and persisted by the task's workflow. */
  act(workflowId: string, command: ActCommand): Promise<TaskWorkflowState> {
    return this.update(workflowId, () =>
      this.client.workflow.getHandle(workflowId).executeUpdate(actUpdate, { args: [command] }),
    );
  }

  private async update<T>(workflowId: string, run: () => Promise<T>): Promise<T> {
    try {
      // With no worker polling, an update waits for ever: answer 503 instead of hanging.
      return await this.track(this.client.withDeadline(Date.now() + UPDATE_DEADLINE_MS, run));
    } catch (err) {
      if (
        err instanceof WorkflowUpdateFailedError &&
        err.cause instanceof ApplicationFailure &&
        err.cause.type === INVALID_TRANSITION
      ) {
        throw new ApiException(ErrorCode.InvalidTransition, err.cause.message);
      }
      // Callers answer closed tasks from the database first, so a missing workflow here is one
      // not started yet (Temporal was down when the directive was issued).
      if (err instanceof WorkflowNotFoundError) {
        throw new ApiException(
          ErrorCode.ServiceUnavailable,
          'Nhiệm vụ chưa sẵn sàng để xử lý. Vui lòng thử lại sau ít phút.',
        );
      }
      // Timed out or Temporal unreachable: the request may still be applied once a worker
      // picks it up, so say so rather than that it failed.
      this.logger.warn(`update of ${workflowId} did not complete: ${String(err)}`);
      throw new ApiException(
        ErrorCode.ServiceUnavailable,
        'Yêu cầu chưa được xử lý xong. Vui lòng kiểm tra lại trạng thái nhiệm vụ sau ít phút.',
      );
    }
  }
}
