export const TASK_STATUSES = [
  'assigned',
  'acknowledged',
  'in_progress',
  'submitted',
  'done',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const OPEN_STATUSES: readonly TaskStatus[] = [
  'assigned',
  'acknowledged',
  'in_progress',
  'submitted',
];

export type TaskOutcome = 'on_time' | 'late';

/** Open and not yet handed in: the unit still has work to do and owes its report. */
export const WORKING_STATUSES: readonly TaskStatus[] = ['assigned', 'acknowledged', 'in_progress'];

/** Handed in: waiting for the issuer's decision, or accepted. */
export const REPORTED_STATUSES: readonly TaskStatus[] = ['submitted', 'done'];
