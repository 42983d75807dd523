import { LocalDate, localDateOf } from '../calendar/local-date.util';
import { OPEN_STATUSES, TaskStatus } from '../task/task-status';

/**
 * An explanation (giải trình) answers for overdue work: why, what is left, and the date the
 * unit now commits to. It is not an extension: the due date and every figure stay as they
 * are; the committed date is only chased. Returns why one cannot be given, or null.
 */
export function explanationProblem(
  task: { status: TaskStatus; dueAt: Date | null },
  committedDate: LocalDate,
  now: Date,
): string | null {
  if (!OPEN_STATUSES.includes(task.status) || task.status === 'submitted') {
    return 'Chỉ giải trình cho nhiệm vụ đang thực hiện.';
  }
  if (task.dueAt === null || task.dueAt.getTime() > now.getTime()) {
    return 'Nhiệm vụ chưa quá hạn nên chưa cần giải trình; nếu cần thêm thời gian, hãy đề nghị gia hạn.';
  }
  if (committedDate < localDateOf(now)) return 'Ngày cam kết hoàn thành không được trước hôm nay.';
  return null;
}
