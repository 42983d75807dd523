import type { PlannedKind } from '../schedule/plan-notifications';
import type { Audience } from '../schedule/timing-policy';
import type { TaskAction } from '../task/task-lifecycle';

/** Mail about something that happened, as opposed to the planned reminders. */
export type NoticeKind =
  | 'assigned'
  | 'extension_requested'
  | 'extension_approved'
  | 'extension_rejected'
  | 'submitted'
  | 'accepted'
  | 'returned'
  | 'reassigned'
  | 'cancelled';

export type NotificationKind = PlannedKind | NoticeKind;

export interface Notice {
  kind: NoticeKind;
  to: Audience[];
}

/** Who hears of an action right away: the side that must answer it, or the unit it affects. */
const NOTICES: Partial<Record<TaskAction, Notice>> = {
  request_extension: { kind: 'extension_requested', to: ['issuer'] },
  approve_extension: { kind: 'extension_approved', to: ['unit', 'coordinating'] },
  reject_extension: { kind: 'extension_rejected', to: ['unit'] },
  submit: { kind: 'submitted', to: ['issuer'] },
  accept: { kind: 'accepted', to: ['unit'] },
  return: { kind: 'returned', to: ['unit', 'unit_head'] },
  reassign: { kind: 'reassigned', to: ['unit', 'unit_head'] },
  cancel: { kind: 'cancelled', to: ['unit', 'coordinating'] },
};

export function noticeFor(action: TaskAction): Notice | null {
  return NOTICES[action] ?? null;
}

/** Sent when a task's workflow starts, so the unit hears of it the day it is given. */
export const ASSIGNED_NOTICE: Notice = { kind: 'assigned', to: ['unit', 'coordinating'] };
