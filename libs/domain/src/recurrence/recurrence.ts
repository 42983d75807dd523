import { LocalDate, localDateOf } from '../calendar/local-date.util';
import { parseDueInput } from '../due/due-input';

export const FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

const MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** "định kỳ hằng tháng / quý / năm": each period becomes its own task. */
export interface Recurrence {
  /** A calendar period, or a fixed number of seconds for demos and tests. */
  every: Frequency | { seconds: number };
  /** No period is due after this (`YYYY-MM-DD`, or an ISO instant); null runs until cancelled. */
  until: string | null;
}

/** A recurrence as it is asked for (a form, a draft): checked into a Recurrence on issue. */
export interface RecurrenceSpec {
  frequency?: Frequency;
  /** A period in seconds, for demos and tests; real series use a frequency. */
  everySeconds?: number;
  /** No period falls due after this (`YYYY-MM-DD` or an ISO instant). */
  until?: string | null;
}

export interface PeriodDue {
  dueAt: Date;
  dueDate: LocalDate;
}

/** A bound, not a policy: a hundred years of monthly reports. */
export const MAX_PERIODS = 1200;

const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month `months` later, clamped to the month's length; a due date on
 * the last day of its month stays on the last day (30/9 → 31/12 → 31/3).
 */
export function addMonthsKeepingDay(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  const endOfMonth = d === daysInMonth(y, m);
  const index = y * 12 + (m - 1) + months;
  const [ny, nm] = [Math.floor(index / 12), (index % 12) + 1];
  const nd = endOfMonth ? daysInMonth(ny, nm) : Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** The deadline of period `k` (0 is the first), keeping the first deadline's time of day. */
export function periodDue(first: PeriodDue, every: Recurrence['every'], k: number): PeriodDue {
  if (typeof every === 'object') {
    const dueAt = new Date(first.dueAt.getTime() + k * every.seconds * 1000);
    return { dueAt, dueDate: localDateOf(new Date(dueAt.getTime() - 1)) };
  }
  const dueDate = addMonthsKeepingDay(first.dueDate, k * MONTHS[every]);
  const days = Math.round(
    (Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${first.dueDate}T00:00:00Z`)) / DAY_MS,
  );
  return { dueAt: new Date(first.dueAt.getTime() + days * DAY_MS), dueDate };
}

/** Period `k` opens when the one before it falls due; the first opens at once. */
export function periodOpensAt(
  first: PeriodDue,
  every: Recurrence['every'],
  k: number,
  seriesStart: Date,
): Date {
  return k === 0 ? seriesStart : periodDue(first, every, k - 1).dueAt;
}

/** Whether period `k` still belongs to the series. */
export function periodWithin(first: PeriodDue, recurrence: Recurrence, k: number): boolean {
  if (k >= MAX_PERIODS) return false;
  if (recurrence.until === null) return true;
  const limit = parseDueInput(recurrence.until);
  if (!limit) return false;
  return periodDue(first, recurrence.every, k).dueAt.getTime() <= limit.dueAt.getTime();
}
