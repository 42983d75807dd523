/**
 * Dates as Vietnamese officials write them: a civil day in Asia/Ho_Chi_Minh.
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact
 * and keeps this code free of time-zone databases (it also runs inside workflows).
 */
export type LocalDate = string; // YYYY-MM-DD

export const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

function toUtcMidnight(date: LocalDate): number {
  if (!isValidLocalDate(date)) throw new RangeError(`invalid local date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMidnight(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function localDateOf(instant: Date): LocalDate {
  return fromUtcMidnight(instant.getTime() + VN_OFFSET_MS);
}

/** The instant of `hh:mm` local time on `date`. */
export function localTimeOn(date: LocalDate, hours = 0, minutes = 0): Date {
  return new Date(toUtcMidnight(date) - VN_OFFSET_MS + (hours * 60 + minutes) * 60_000);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

/** "20/7/2021", the way dates are written in Vietnamese documents. */
export function formatVietnameseDate(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}/${m}/${y}`;
}
