import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  Audience,
  NotificationKind,
  TaskOutcome,
  TaskStatus,
  TimingPolicy,
} from '../../domain/src';

export const TASK_QUEUE_DEFAULT = 'don-doc-tasks';

/** One workflow per task, keyed by the task: a repeated start finds the running one. */
export function taskWorkflowId(taskId: string): string {
  return `task-${taskId}`;
}

export type ActionSource = 'api' | 'web' | 'email_link' | 'workflow';

export interface Actor {
  /** User id, or null where there is no signed-in user yet. */
  userId: string | null;
  source: ActionSource;
  /** Who acted when there is no user, e.g. "liên kết email gửi tới vu8@…". */
  label?: string;
}

export interface TaskWorkflowInput {
  taskId: string;
  status: TaskStatus;
  assignedAt: string;
  dueAt: string | null;
  dueRevision: number;
  policy: TimingPolicy;
}

export interface TaskWorkflowState {
  taskId: string;
  status: TaskStatus;
  dueAt: string | null;
  outcome: TaskOutcome | null;
  sentNotificationKeys: string[];
}

export interface AcknowledgeCommand {
  actor: Actor;
}

export interface CompleteCommand {
  actor: Actor;
  result?: string;
}

export const acknowledgeUpdate = defineUpdate<TaskWorkflowState, [AcknowledgeCommand]>(
  'acknowledge',
);
export const completeUpdate = defineUpdate<TaskWorkflowState, [CompleteCommand]>('complete');
export const taskStateQuery = defineQuery<TaskWorkflowState>('state');

/** Failure type of a refused action; the API maps it to 409 with the failure's message. */
export const INVALID_TRANSITION = 'InvalidTransition';

export interface SendNotificationInput {
  taskId: string;
  key: string;
  kind: NotificationKind;
  to: Audience[];
}

export interface RecordTransitionInput {
  taskId: string;
  /** Unique per transition, so a retried activity applies it once. */
  transitionId: string;
  action: 'acknowledge' | 'complete';
  from: TaskStatus;
  to: TaskStatus;
  at: string;
  actor: Actor;
  outcome?: TaskOutcome;
  result?: string;
}

export const TEMPORAL_SEARCH_ATTRIBUTES = {
  DonDocTaskId: 'Keyword',
  DonDocDirectiveId: 'Keyword',
  DonDocUnit: 'Keyword',
} as const;
