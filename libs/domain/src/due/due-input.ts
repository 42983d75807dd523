import {
  LocalDate,
  isValidLocalDate,
  localDateOf,
  localTimeOn,
  addDays,
} from '../calendar/local-date.util';

export interface Deadline {
  /** First instant at which the work is late. */
  dueAt: Date;
  /** Last civil day on which the work is on time. */
  dueDate: LocalDate;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads a due date given to the API: `YYYY-MM-DD` (on time through that local day) or an
 * ISO date-time with an explicit offset (an exact deadline, used for short demo and test
 * deadlines). Returns null for anything else, including impossible dates.
 */
export function parseDueInput(value: string): Deadline | null {
  if (isValidLocalDate(value)) return { dueDate: value, dueAt: localTimeOn(addDays(value, 1)) };
  if (!DATE_TIME.test(value) || !isValidLocalDate(value.slice(0, 10))) return null;
  const dueAt = new Date(value);
  if (Number.isNaN(dueAt.getTime())) return null;
  const [hh, mm] = [Number(value.slice(11, 13)), Number(value.slice(14, 16))];
  if (hh > 23 || mm > 59) return null;
  return { dueAt, dueDate: localDateOf(new Date(dueAt.getTime() - 1)) };
}
