/**
 * Dates as Vietnamese officials write them: dd/mm/yyyy, 24-hour time, in Asia/Ho_Chi_Minh
 * whatever the browser's own zone. Vietnam has kept UTC+7 without daylight saving since 1975.
 */
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant, in Vietnam. */
export function localDateOf(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "20/07/2021" from "2021-07-20". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "20/07/2021 14:05" from an ISO instant, in Vietnam's time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const local = new Date(Date.parse(iso) + VN_OFFSET_MS).toISOString();
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
