import type { WorkingDays } from './working-days';
import { daysBetween, formatDate, localDateOf } from './dates';

export type DeadlineState = 'overdue' | 'due_soon' | 'on_track' | 'closed' | 'no_deadline';

export const DEADLINE_LABEL: Record<DeadlineState, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  on_track: 'Trong hạn',
  closed: 'Đã kết thúc',
  no_deadline: 'Thường xuyên',
};

/**
 * Colours by deadline state (green, amber, red), dark enough on their light backgrounds for
 * WCAG AA contrast.
 */
export const DEADLINE_STYLE: Record<
  DeadlineState,
  { color: string; background: string; border: string }
> = {
  overdue: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  due_soon: { color: '#7c4a03', background: '#fffbe6', border: '#ffd666' },
  on_track: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  closed: { color: '#262626', background: '#f5f5f5', border: '#d9d9d9' },
  no_deadline: { color: '#10239e', background: '#f0f5ff', border: '#adc6ff' },
};

interface Due {
  date?: string | null;
  at?: string | null;
}

/** The last day on time, whether the task has a whole-day deadline or one with a time of day. */
export function lastDayOf(due: Due): string | null {
  if (due.date) return due.date;
  if (due.at) return localDateOf(new Date(Date.parse(due.at) - 1));
  return null;
}

/**
 * How far the deadline is, as a clerk says it: "còn 3 ngày làm việc", "hạn cuối hôm nay",
 * "quá hạn 2 ngày". Empty for closed tasks and tasks without a deadline.
 */
export function remainingText(
  state: DeadlineState,
  due: Due,
  now: Date,
  calendar: WorkingDays,
): string {
  const last = lastDayOf(due);
  if (!last || state === 'closed' || state === 'no_deadline') return '';
  const today = localDateOf(now);
  if (state === 'overdue') {
    const late = daysBetween(last, today);
    return late <= 0 ? 'quá hạn hôm nay' : `quá hạn ${late} ngày`;
  }
  if (last === today) return 'hạn cuối hôm nay';
  const left = calendar.countBetween(today, last);
  return left === 0 ? 'hạn cuối là ngày nghỉ' : `còn ${left} ngày làm việc`;
}

export function dueDateText(due: Due & { text?: string }): string {
  const last = lastDayOf(due);
  return last ? formatDate(last) : 'Không có hạn';
}
