import type { SeriesWorkflowInput, TaskWorkflowInput } from '@dondoc/contracts';

export interface TaskStart {
  workflowId: string;
  directiveId: string;
  unitCode: string;
  input: TaskWorkflowInput;
}

/**
 * Starts workflows. A start of a workflow already running under the same id counts as done,
 * so a start may always be repeated.
 */
export abstract class WorkflowStarter {
  abstract startTask(t: TaskStart): Promise<void>;
  abstract startSeries(input: SeriesWorkflowInput): Promise<void>;
}
