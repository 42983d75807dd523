import {
  LocalDate,
  addDays,
  formatVietnameseDate,
  isValidLocalDate,
  localDateOf,
  localTimeOn,
} from '../calendar/local-date.util';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

/** A reporting period: whole local days from `from` to `to`, both included. */
export interface ReportPeriod {
  kind: PeriodKind;
  from: LocalDate;
  to: LocalDate;
  /** "Quý I/2025", "Tháng 3/2025", "Năm 2025", "Từ 1/3/2025 đến 15/4/2025". */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): LocalDate {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

export function monthPeriod(year: number, month: number): ReportPeriod {
  return {
    kind: 'month',
    from: `${year}-${pad(month)}-01`,
    to: lastDayOfMonth(year, month),
    label: `Tháng ${month}/${year}`,
  };
}

export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    from: `${year}-${pad(first)}-01`,
    to: lastDayOfMonth(year, first + 2),
    label: `Quý ${ROMAN[quarter - 1]}/${year}`,
  };
}

export function yearPeriod(year: number): ReportPeriod {
  return { kind: 'year', from: `${year}-01-01`, to: `${year}-12-31`, label: `Năm ${year}` };
}

export function rangePeriod(from: LocalDate, to: LocalDate): ReportPeriod {
  return {
    kind: 'range',
    from,
    to,
    label: `Từ ${formatVietnameseDate(from)} đến ${formatVietnameseDate(to)}`,
  };
}

/**
 * Reads a period as the API takes it: `2025` (a year), `2025-Q1` (a quarter), `2025-03`
 * (a month), or `2025-03-01..2025-04-15` (any range of days). Null for anything else.
 */
export function parsePeriod(value: string): ReportPeriod | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return validYear(+m[1]) ? yearPeriod(+m[1]) : null;
  m = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (m) return validYear(+m[1]) ? quarterPeriod(+m[1], +m[2]) : null;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return validYear(+m[1]) && +m[2] >= 1 && +m[2] <= 12 ? monthPeriod(+m[1], +m[2]) : null;
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (m && isValidLocalDate(m[1]) && isValidLocalDate(m[2]) && m[1] <= m[2]) {
    return rangePeriod(m[1], m[2]);
  }
  return null;
}

const validYear = (y: number) => y >= 1900 && y <= 2999;

/** The first instant of the period and the first instant after it, in Vietnamese time. */
export function periodBounds(p: ReportPeriod): { start: Date; end: Date } {
  return { start: localTimeOn(p.from), end: localTimeOn(addDays(p.to, 1)) };
}

/**
 * The instant a report is taken at: the period's end, or now while the period runs. A
 * finished period is a snapshot at its end; the running one shows today.
 */
export function cutoffOf(p: ReportPeriod, now: Date): Date {
  const { end } = periodBounds(p);
  return end.getTime() < now.getTime() ? end : now;
}

/** The months a period touches, for a trend line. */
export function monthsOf(p: ReportPeriod): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  let [y, m] = p.from.split('-').map(Number);
  const [ty, tm] = p.to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(monthPeriod(y, m));
    m++;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  return out;
}

/** The period a date falls in, of a given kind (for "this month", "this quarter"). */
export function periodContaining(kind: Exclude<PeriodKind, 'range'>, at: Date): ReportPeriod {
  const [y, m] = localDateOf(at).split('-').map(Number);
  if (kind === 'month') return monthPeriod(y, m);
  if (kind === 'quarter') return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  return yearPeriod(y);
}
