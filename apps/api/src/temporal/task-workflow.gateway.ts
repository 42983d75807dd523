import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  ActCommand,
  CancelSeriesCommand,
  INVALID_TRANSITION,
  SeriesState,
  TaskWorkflowState,
  actUpdate,
  cancelSeriesUpdate,
  explanationGivenSignal,
  seriesWorkflowId,
} from '@dondoc/contracts';
import { DomainException, ErrorCode } from '@dondoc/domain';
import { InflightCalls } from '@dondoc/platform';

const UPDATE_DEADLINE_MS = 20_000;

/** The api's door to running workflows: the lifecycle's actions and a series' cancellation. */
@Injectable()
export class TaskWorkflowGateway {
  private readonly logger = new Logger(TaskWorkflowGateway.name);
  constructor(
    private readonly client: Client,
    private readonly inflight: InflightCalls,
  ) {}

  cancelSeries(seriesId: string, command: CancelSeriesCommand): Promise<SeriesState> {
    return this.update(seriesWorkflowId(seriesId), () =>
      this.client.workflow
        .getHandle(seriesWorkflowId(seriesId))
        .executeUpdate(cancelSeriesUpdate, { args: [command] }),
    );
  }

  /** One action of the lifecycle, decided and persisted by the task's workflow. */
  act(workflowId: string, command: ActCommand, updateId?: string): Promise<TaskWorkflowState> {
    return this.update(workflowId, () =>
      this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(actUpdate, { args: [command], ...(updateId ? { updateId } : {}) }),
    );
  }

  /** The date an explanation commits to, for the workflow to chase. */
  explanationGiven(workflowId: string, committedAt: Date): Promise<void> {
    return this.update(workflowId, () =>
      this.client.workflow
        .getHandle(workflowId)
        .signal(explanationGivenSignal, { committedAt: committedAt.toISOString() }),
    );
  }

  private async update<T>(workflowId: string, run: () => Promise<T>): Promise<T> {
    try {
      // With no worker polling, an update waits for ever: answer 503 instead of hanging.
      return await this.inflight.track(
        this.client.withDeadline(Date.now() + UPDATE_DEADLINE_MS, run),
      );
    } catch (err) {
      if (
        err instanceof WorkflowUpdateFailedError &&
        err.cause instanceof ApplicationFailure &&
        err.cause.type === INVALID_TRANSITION
      ) {
        throw new DomainException(ErrorCode.InvalidTransition, err.cause.message);
      }
      // Callers answer closed tasks from the database first, so a missing workflow here is one
      // not started yet (Temporal was down when the directive was issued).
      if (err instanceof WorkflowNotFoundError) {
        throw new DomainException(
          ErrorCode.ServiceUnavailable,
          'Nhiệm vụ chưa sẵn sàng để xử lý. Vui lòng thử lại sau ít phút.',
        );
      }
      // Timed out or Temporal unreachable: the request may still be applied once a worker
      // picks it up, so say so rather than that it failed.
      this.logger.warn(`update of ${workflowId} did not complete: ${String(err)}`);
      throw new DomainException(
        ErrorCode.ServiceUnavailable,
        'Yêu cầu chưa được xử lý xong. Vui lòng kiểm tra lại trạng thái nhiệm vụ sau ít phút.',
      );
    }
  }
}
