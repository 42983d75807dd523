import { OPEN_STATUSES, TaskStatus, WORKING_STATUSES } from './task-status';

/**
 * The unit's inbox, as a clerk sorts it: what waits for acknowledgement, what is being done,
 * what is due soon or overdue, what waits for the issuer's review, what is done. A task can
 * be in two (in progress and overdue): buckets are views, not states.
 */
export const TASK_BUCKETS = [
  'awaiting_ack',
  'in_progress',
  'due_soon',
  'overdue',
  'awaiting_review',
  'done',
] as const;
export type TaskBucket = (typeof TASK_BUCKETS)[number];

/** Deadline states a list can filter by; done ones by their outcome. */
export const DEADLINE_FILTERS = [
  'on_track',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** Each bucket as statuses, and the deadline state it also needs (if any). */
export const BUCKET_RULE: Record<
  TaskBucket,
  { statuses: readonly TaskStatus[]; deadline?: 'due_soon' | 'overdue' }
> = {
  awaiting_ack: { statuses: ['assigned'] },
  in_progress: { statuses: WORKING_STATUSES.filter((s) => s !== 'assigned') },
  due_soon: { statuses: OPEN_STATUSES, deadline: 'due_soon' },
  overdue: { statuses: OPEN_STATUSES, deadline: 'overdue' },
  awaiting_review: { statuses: ['submitted'] },
  done: { statuses: ['done'] },
};

export const BUCKET_LABEL: Record<TaskBucket, string> = {
  awaiting_ack: 'Chờ tiếp nhận',
  in_progress: 'Đang thực hiện',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  awaiting_review: 'Chờ duyệt',
  done: 'Đã xong',
};
