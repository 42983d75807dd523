import { OPEN_STATUSES, TaskOutcome, TaskStatus, WORKING_STATUSES } from './task-status';

export interface PendingExtension {
  /** The first late instant the unit asks for. */
  dueAt: string;
  dueDate: string | null;
  reason: string;
  requestedAt: string;
}

/** What the workflow holds and PostgreSQL mirrors: everything an action is decided on. */
export interface TaskState {
  status: TaskStatus;
  leadUnitCode: string;
  /** When the current lead unit got the task: acknowledgement is chased from here. */
  assignedAt: string;
  dueAt: string | null;
  dueDate: string | null;
  /**
   * Bumped by every re-plan (extension, reassignment, return), so the new plan's mail keys
   * never collide with mail already sent on the old one.
   */
  planRevision: number;
  /** The current plan starts here: rungs that fell before a re-plan are not sent late. */
  plannedFrom: string;
  submittedAt: string | null;
  outcome: TaskOutcome | null;
  percent: number | null;
  extension: PendingExtension | null;
}

export type TaskCommand =
  | { action: 'acknowledge' }
  | { action: 'report_progress'; text: string; percent: number | null; attachmentIds: string[] }
  | { action: 'request_extension'; dueAt: string; dueDate: string | null; reason: string }
  | { action: 'approve_extension'; note: string | null }
  | { action: 'reject_extension'; reason: string }
  | {
      action: 'submit';
      result: string;
      attachmentIds: string[];
      /** Sub-tasks still to report, when the parent needs all of them first. */
      openSubtasks?: number;
    }
  | { action: 'accept'; note: string | null }
  | { action: 'return'; reason: string }
  | { action: 'reassign'; unitCode: string; reason: string }
  | { action: 'cancel'; reason: string };

export type TaskAction = TaskCommand['action'];

/** Actions of the lead unit; the others belong to whoever issued the task. */
export const UNIT_ACTIONS: readonly TaskAction[] = [
  'acknowledge',
  'report_progress',
  'request_extension',
  'submit',
];
export const ISSUER_ACTIONS: readonly TaskAction[] = [
  'approve_extension',
  'reject_extension',
  'accept',
  'return',
  'reassign',
  'cancel',
];

export type Decision = { ok: true; state: TaskState } | { ok: false; reason: string };

const STATUS_LABEL: Record<TaskStatus, string> = {
  assigned: 'đã giao',
  acknowledged: 'đã tiếp nhận',
  in_progress: 'đang thực hiện',
  submitted: 'đã báo cáo hoàn thành',
  done: 'đã hoàn thành',
  cancelled: 'đã hủy',
};

const ACTION_LABEL: Record<TaskAction, string> = {
  acknowledge: 'tiếp nhận',
  report_progress: 'báo cáo tiến độ',
  request_extension: 'đề nghị gia hạn',
  approve_extension: 'duyệt gia hạn',
  reject_extension: 'từ chối gia hạn',
  submit: 'báo cáo hoàn thành',
  accept: 'chấp nhận kết quả',
  return: 'trả lại',
  reassign: 'giao lại',
  cancel: 'hủy',
};

const ALLOWED_FROM: Record<TaskAction, readonly TaskStatus[]> = {
  acknowledge: ['assigned'],
  report_progress: WORKING_STATUSES,
  request_extension: WORKING_STATUSES,
  approve_extension: WORKING_STATUSES,
  reject_extension: WORKING_STATUSES,
  submit: WORKING_STATUSES,
  accept: ['submitted'],
  return: ['submitted'],
  reassign: OPEN_STATUSES,
  cancel: OPEN_STATUSES,
};

export function statusLabel(status: TaskStatus): string {
  return STATUS_LABEL[status];
}

export function actionLabel(action: TaskAction): string {
  return ACTION_LABEL[action];
}

/** Done on time when completed before the first late instant; tasks without a due date are always on time. */
export function outcomeOf(completedAt: Date, dueAt: Date | null): TaskOutcome {
  return dueAt === null || completedAt.getTime() < dueAt.getTime() ? 'on_time' : 'late';
}

const refuse = (reason: string): Decision => ({ ok: false, reason });

/** Who takes an action: for the lead unit's actions, the unit the actor acted for. */
export interface ActingFor {
  unitCode: string;
}

/**
 * Decides an action on a task: the next state, or a reason a clerk can read. Pure, so the
 * workflow's validator, its handler and the API all decide alike. A unit's action is taken
 * for the unit that holds the task when it is decided: one that arrives after the task was
 * given to another unit is refused, never credited to the new one.
 */
export function decide(
  state: TaskState,
  command: TaskCommand,
  at: Date,
  actingFor?: ActingFor,
): Decision {
  const { action } = command;
  if (actingFor && UNIT_ACTIONS.includes(action) && actingFor.unitCode !== state.leadUnitCode) {
    return refuse(
      'Nhiệm vụ đã được giao cho đơn vị khác; thao tác của đơn vị trước không còn hiệu lực.',
    );
  }
  if (!ALLOWED_FROM[action].includes(state.status)) {
    return refuse(
      `Không thể ${ACTION_LABEL[action]} nhiệm vụ đang ở trạng thái "${STATUS_LABEL[state.status]}".`,
    );
  }
  const now = at.toISOString();
  const next = (changes: Partial<TaskState>): Decision => ({
    ok: true,
    state: { ...state, ...changes },
  });
  // A re-plan starts a new revision from this instant: nothing fires on the old plan.
  const replan = (changes: Partial<TaskState>): Decision =>
    next({ ...changes, planRevision: state.planRevision + 1, plannedFrom: now });

  switch (command.action) {
    case 'acknowledge':
      return next({ status: 'acknowledged' });
    case 'report_progress':
      return next({ status: 'in_progress', percent: command.percent ?? state.percent });
    case 'request_extension':
      if (state.dueAt === null)
        return refuse('Nhiệm vụ thường xuyên không có hạn nên không cần gia hạn.');
      if (state.extension)
        return refuse('Đã có một đề nghị gia hạn đang chờ xử lý; hãy chờ quyết định trước.');
      if (Date.parse(command.dueAt) <= Date.parse(state.dueAt))
        return refuse('Hạn đề nghị phải sau hạn hiện tại của nhiệm vụ.');
      if (Date.parse(command.dueAt) <= at.getTime())
        return refuse('Hạn đề nghị đã qua; hãy chọn một ngày trong tương lai.');
      return next({
        extension: {
          dueAt: command.dueAt,
          dueDate: command.dueDate,
          reason: command.reason,
          requestedAt: now,
        },
      });
    case 'approve_extension':
      if (!state.extension) return refuse('Không có đề nghị gia hạn nào đang chờ xử lý.');
      return replan({
        dueAt: state.extension.dueAt,
        dueDate: state.extension.dueDate,
        extension: null,
      });
    case 'reject_extension':
      if (!state.extension) return refuse('Không có đề nghị gia hạn nào đang chờ xử lý.');
      return next({ extension: null });
    case 'submit':
      if (command.openSubtasks) {
        return refuse(
          `Còn ${command.openSubtasks} nhiệm vụ giao cho đơn vị cấp dưới chưa báo cáo; chưa thể báo cáo hoàn thành.`,
        );
      }
      // Submitting withdraws a pending extension: the work is in, the date no longer matters.
      return next({ status: 'submitted', submittedAt: now, extension: null });
    case 'accept':
      return next({
        status: 'done',
        // Judged by when the work came in, not by how long the review took.
        outcome: outcomeOf(
          new Date(state.submittedAt ?? now),
          state.dueAt === null ? null : new Date(state.dueAt),
        ),
      });
    case 'return':
      return replan({ status: 'in_progress', submittedAt: null });
    case 'reassign':
      if (command.unitCode === state.leadUnitCode)
        return refuse('Nhiệm vụ đang do chính đơn vị này chủ trì.');
      return replan({
        status: 'assigned',
        leadUnitCode: command.unitCode,
        assignedAt: now,
        submittedAt: null,
        percent: null,
        extension: null,
      });
    case 'cancel':
      return next({ status: 'cancelled', extension: null });
  }
}
