import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  ActingFor,
  Audience,
  CalendarOverrides,
  NotificationKind,
  TaskAction,
  TaskCommand,
  TaskOutcome,
  TaskState,
  TaskStatus,
  TimingPolicy,
} from '@dondoc/domain';

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
  /** The date committed to in the latest explanation, as its first late instant. */
  committedAt?: string | null;
  /** Reminders staged in the outbox and not yet due: key and instant (ISO). */
  staged?: [string, string][];
}

/** What a task's workflow starts from. (Which version of the code runs it is told by patches.) */
export interface TaskWorkflowInput {
  taskId: string;
  policy: TimingPolicy;
  /** The task as stored when its workflow was started. */
  state: TaskState;
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

export interface ActCommand {
  actor: Actor;
  command: TaskCommand;
  /**
   * For the lead unit's actions: the unit the actor acted for. The workflow refuses the
   * action if the task has been given to another unit since (absent in older requests).
   */
  actingFor?: ActingFor;
}

/** Every action of the lifecycle goes through this one update. */
export const actUpdate = defineUpdate<TaskWorkflowState, [ActCommand]>('act');
export const taskStateQuery = defineQuery<TaskWorkflowState>('state');

/**
 * The admin changed the working calendar: re-plan now with the calendar as it is, so a
 * reminder that moves earlier is not found out only when the old one was due.
 */
export const calendarChangedSignal = defineSignal('calendarChanged');

/**
 * A staged reminder (its key, as the workflow planned it) was not sent at its instant: it
 * was planned on a calendar changed since. The workflow reads the calendar and plans it
 * again.
 */
export const stagedMailStaleSignal = defineSignal<[{ key: string }]>('stagedMailStale');

/**
 * The unit explained why its task is overdue and committed to a date (giải trình): the
 * workflow chases that date as it chased the deadline. `committedAt` is the first late instant.
 */
export const explanationGivenSignal = defineSignal<[{ committedAt: string }]>('explanationGiven');

/** A notice or reminder still to come, as the workflow has planned it. */
export interface PlannedNotice {
  key: string;
  kind: NotificationKind;
  at: string;
  to: Audience[];
}

/** The workflow's own plan: what it waits for next, computed with the calendar it read. */
export const taskPlanQuery = defineQuery<PlannedNotice[]>('plan');

/** Failure type of a refused action; the API maps it to 409 with the failure's message. */
export const INVALID_TRANSITION = 'InvalidTransition';

export interface SendNotificationInput {
  taskId: string;
  key: string;
  kind: NotificationKind;
  to: Audience[];
  /** The reason or note of the action a notice is about. */
  note?: string | null;
  /** Reminders of the same kind to the same people that fell due while no worker ran. */
  skipped?: string[];
  /**
   * The version of the admin calendar the reminder was planned on. When the calendar has
   * changed since, nothing is sent and the workflow re-plans: the check that holds when the
   * broadcast of a change never reached the workflow.
   */
  calendarVersion?: string;
}

/** What a mail activity did; `staleCalendar`: not sent, planned on a calendar since changed. */
export interface SendNotificationResult {
  sent: boolean;
  staleCalendar?: boolean;
}

/**
 * How long before its instant a reminder is composed and handed to the outbox, whose
 * dispatcher sends it at the instant (patch `staged-mail`): the 08:00 storm's wake-ups are
 * spread over the ten minutes before it, at the pace the workers can take them (about 35 a
 * second a workflow thread: 20,000 in ten minutes), and only the relay's work is left for
 * the minute itself. A reminder due sooner than `REMINDER_STAGE_MIN_MS` is sent at once.
 */
export const REMINDER_STAGE_LEAD_MS = 10 * 60_000;
export const REMINDER_STAGE_MIN_MS = 2_000;

/** A reminder handed to the outbox ahead of its instant, to go out at `sendAt`. */
export interface StageNotificationInput extends SendNotificationInput {
  sendAt: string;
}

/**
 * A transition the workflow has decided, for the record to follow. The record never
 * refuses it: the workflow is the one writer of a task's state.
 */
export interface RecordTransitionInput {
  taskId: string;
  /** Unique per transition, so a retried activity applies it once. */
  transitionId: string;
  /** `complete` came from the first workflow version, before completions were reviewed. */
  action: TaskAction | 'complete';
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

/** The admin's calendar changes with a version that names their content. */
export interface CalendarSnapshot {
  overrides: CalendarOverridesByYear;
  version: string;
}

export const TEMPORAL_SEARCH_ATTRIBUTES = {
  DonDocTaskId: 'Keyword',
  DonDocDirectiveId: 'Keyword',
  DonDocUnit: 'Keyword',
} as const;
