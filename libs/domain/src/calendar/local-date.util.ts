/**
 * Dates as Vietnamese officials write them: a civil day in Asia/Ho_Chi_Minh.
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact
 * and keeps this code free of time-zone databases (it also runs inside workflows).
 */
export type LocalDate = string; // YYYY-MM-DD

export const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years this system can mean: wider than any directive, narrow enough for date arithmetic. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function parts(value: string): [number, number, number] | null {
  const m = LOCAL_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  const real =
    probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
  return real ? [y, mo, d] : null;
}

/** A real calendar day, in the years a directive can mean. */
export function isValidLocalDate(value: string): boolean {
  const p = parts(value);
  return p !== null && p[0] >= MIN_YEAR && p[0] <= MAX_YEAR;
}

// Arithmetic accepts any real day, so a day just past the range still computes.
function toUtcMidnight(date: LocalDate): number {
  const p = parts(date);
  if (!p) throw new RangeError(`invalid local date: ${date}`);
  return Date.UTC(p[0], p[1] - 1, p[2]);
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
