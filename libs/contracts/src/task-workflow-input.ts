import type { TaskState, TimingPolicy } from '../../domain/src';
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
    status: state.status,
    assignedAt: state.assignedAt,
    dueAt: state.dueAt,
    dueRevision: state.planRevision,
    policy,
    state,
    ...(historyLimit ? { historyLimit } : {}),
  };
}
