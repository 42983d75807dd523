import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { RuntimeConfig } from '../runtime-config';

/** Server-side pace: a calendar change re-plans every open task without a storm. */
const SIGNALS_PER_SECOND = 500;

/**
 * Tells every open task workflow that the working calendar changed, as one batch operation
 * the Temporal server carries out itself (durable, paced), not a loop in this process.
 */
@Injectable()
export class TaskBroadcast {
  private readonly logger = new Logger(TaskBroadcast.name);

  constructor(
    private readonly client: Client,
    private readonly config: RuntimeConfig,
  ) {}

  /**
   * False when Temporal could not be asked: open tasks then re-plan when their next reminder
   * finds the calendar's version changed (see the task workflow's `calendar-once` patch).
   */
  async calendarChanged(reason: string): Promise<boolean> {
    try {
      await this.client.workflowService.startBatchOperation({
        namespace: this.config.values.TEMPORAL_NAMESPACE,
        jobId: `calendar-changed-${crypto.randomUUID()}`,
        reason,
        visibilityQuery: `WorkflowType = 'taskWorkflow' AND ExecutionStatus = 'Running'`,
        maxOperationsPerSecond: SIGNALS_PER_SECOND,
        signalOperation: { signal: 'calendarChanged', identity: 'don-doc-api' },
      });
      return true;
    } catch (err) {
      this.logger.warn(`calendar change not broadcast to running tasks: ${String(err)}`);
      return false;
    }
  }
}
