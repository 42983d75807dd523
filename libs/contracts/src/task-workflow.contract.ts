import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  Audience,
  CalendarOverrides,
  NotificationKind,
  TaskAction,
  TaskCommand,
  TaskOutcome,
  TaskState,
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

/** What a continued run takes over from the run before it. */
export interface CarriedOver {
  state: TaskState;
  sentKeys: string[];
  lastSentAt: string;
}

/**
 * The first version's fields stay (status, assignedAt, dueAt, dueRevision) so runs started
 * before the lifecycle existed still read; `state` is set from the lifecycle version on.
 */
export interface TaskWorkflowInput {
  taskId: string;
  status: TaskStatus;
  assignedAt: string;
  dueAt: string | null;
  dueRevision: number;
  policy: TimingPolicy;
  state?: TaskState;
  /** Set by continue-as-new. */
  carried?: CarriedOver;
  /** A run hands over to a fresh one past this many history events (tests set it low). */
  historyLimit?: number;
}

export interface TaskWorkflowState {
  taskId: string;
  status: TaskStatus;
  dueAt: string | null;
  outcome: TaskOutcome | null;
  sentNotificationKeys: string[];
  task?: TaskState;
}

export interface AcknowledgeCommand {
  actor: Actor;
}

export interface CompleteCommand {
  actor: Actor;
  result?: string;
}

export interface ActCommand {
  actor: Actor;
  command: TaskCommand;
}

/** Every action of the lifecycle goes through this one update. */
export const actUpdate = defineUpdate<TaskWorkflowState, [ActCommand]>('act');
/** The first version's updates: kept so runs that received them still replay. */
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
  /** The reason or note of the action a notice is about. */
  note?: string | null;
}

export interface RecordTransitionInput {
  taskId: string;
  /** Unique per transition, so a retried activity applies it once. */
  transitionId: string;
  action: TaskAction;
  from: TaskStatus;
  to: TaskStatus;
  at: string;
  actor: Actor;
  /** The first version sent these for a completion. */
  outcome?: TaskOutcome;
  result?: string;
  /** From the lifecycle version on: the command and the states either side. */
  command?: TaskCommand;
  before?: TaskState;
  after?: TaskState;
}

/** The admin's calendar changes by year, as the worker reads them for a re-plan. */
export type CalendarOverridesByYear = Record<number, CalendarOverrides>;

export const TEMPORAL_SEARCH_ATTRIBUTES = {
  DonDocTaskId: 'Keyword',
  DonDocDirectiveId: 'Keyword',
  DonDocUnit: 'Keyword',
} as const;
