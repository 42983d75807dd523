import type { TaskState, TimingPolicy } from '@dondoc/domain';
import type { TaskWorkflowInput } from './task-workflow.contract';

/** The start input of a task's workflow, from its stored state and policy. */
export function taskWorkflowInput(
  taskId: string,
  state: TaskState,
  policy: TimingPolicy,
  historyLimit?: number,
): TaskWorkflowInput {
  return {
    taskId,
    policy,
    state,
    ...(historyLimit ? { historyLimit } : {}),
  };
}
