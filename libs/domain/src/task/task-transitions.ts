import { TaskOutcome, TaskStatus } from './task-status';

export type TaskAction = 'acknowledge' | 'complete';

const ALLOWED_FROM: Record<TaskAction, readonly TaskStatus[]> = {
  acknowledge: ['assigned'],
  complete: ['assigned', 'acknowledged', 'in_progress'],
};

const RESULT: Record<TaskAction, TaskStatus> = {
  acknowledge: 'acknowledged',
  complete: 'done',
};

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
  complete: 'hoàn thành',
};

export type TransitionCheck = { ok: true; to: TaskStatus } | { ok: false; reason: string };

/** Whether `action` may be taken on a task in `status`, with a reason a clerk can read when not. */
export function checkTransition(status: TaskStatus, action: TaskAction): TransitionCheck {
  if (ALLOWED_FROM[action].includes(status)) return { ok: true, to: RESULT[action] };
  return {
    ok: false,
    reason: `Không thể ${ACTION_LABEL[action]} nhiệm vụ đang ở trạng thái "${STATUS_LABEL[status]}".`,
  };
}

export function statusLabel(status: TaskStatus): string {
  return STATUS_LABEL[status];
}

/** Done on time when completed before the first late instant; tasks without a due date are always on time. */
export function outcomeOf(completedAt: Date, dueAt: Date | null): TaskOutcome {
  return dueAt === null || completedAt.getTime() < dueAt.getTime() ? 'on_time' : 'late';
}
