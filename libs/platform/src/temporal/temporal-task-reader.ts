import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { TaskWorkflowReader } from '@dondoc/application';
import { taskStateQuery } from '@dondoc/contracts';
import type { TaskState } from '@dondoc/domain';

/** A task workflow's state, by query (open or closed within the namespace's retention). */
export class TemporalTaskReader extends TaskWorkflowReader {
  constructor(private readonly client: Client) {
    super();
  }

  async state(workflowId: string): Promise<TaskState | null> {
    try {
      const s = await this.client.workflow.getHandle(workflowId).query(taskStateQuery);
      return s.task ?? null;
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    }
  }
}
