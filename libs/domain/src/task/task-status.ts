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
