import { addDays } from '../../domain/src/calendar/local-date.util';
import type { SourceSpan } from './mapped-text';
import { realDate } from './real-date';
import { fold } from './vietnamese-text';

export type Recurrence = 'monthly' | 'quarterly' | 'yearly';

/** Adds working days (Vietnamese public holidays known): `WorkingCalendar` fits. */
export interface WorkingDays {
  addWorkingDays(date: string, n: number): string;
}

/** A deadline as written, and the last day on which the work is on time. */
export interface DuePhrase extends SourceSpan {
  phrase: string;
  due: string | null;
}

export interface RecurrencePhrase extends SourceSpan {
  recurrence: Recurrence;
}

export interface DueContext {
  /** The document's date: the year of "trước 30/7", the start of "15 ngày kể từ ngày ký". */
  issuedOn: string | null;
  calendar: WorkingDays;
  /** Ranges that are not deadlines whatever they say (referenced documents). */
  masked?: readonly SourceSpan[];
}

const D = String.raw`(\d{1,2})`;
const M = String.raw`(\d{1,2})`;
const Y = String.raw`(\d{4})`;
/** "10/7/2020", "10-7", "10.7.2020", "10 tháng 7 năm 2020", "10 tháng 7". */
const DATE = String.raw`${D}\s*[/.-]\s*${M}(?!\d)(?:\s*[/.-]\s*${Y})?|${D}\s+thang\s+${M}(?:\s*,?\s*nam\s+${Y})?`;
const MONTH = String.raw`thang\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s*,?\s*nam\s+(\d{4}))?(?![\d/])`;
const QUARTER = String.raw`quy\s+(iv|i{1,3}|[1-4])(?![a-z])(?:\s*[/-]\s*(\d{4})|\s*,?\s*nam\s+(\d{4}))?`;
const HALF = String.raw`6\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?`;

/** Phrases whose dates are periods of data or past events, never deadlines. */
const NOT_DEADLINES: RegExp[] = [
  // "từ ngày 1/12/2017 đến 30/11/2019", "từ tháng 1 đến hết tháng 6/2021"
  new RegExp(
    String.raw`(?<![a-z])tu\s+(?:ngay\s+|thang\s+)?\d[\d\s/.\-]*(?:thang\s+\d+\s*)?(?:,?\s*nam\s+\d{4}\s*)?(?:den|toi|[-–])\s*(?:het\s+)?(?:ngay\s+|thang\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?(?:\s+thang\s+\d{1,2})?(?:\s*,?\s*nam\s+\d{4})?`,
    'g',
  ),
  // "thời điểm lấy số liệu ...", "số liệu tính đến ngày 30/6/2021", "kỳ báo cáo ..."
  new RegExp(
    String.raw`(?<![a-z])(?:so lieu|ky bao cao|tinh den|tinh tu|ky so lieu|thoi ky)(?:[^;.\n]{0,60}?)(?:${DATE})`,
    'g',
  ),
  // "thụ lý trước ngày 1/1/2020": a date that sorts cases, not a deadline
  new RegExp(
    String.raw`(?<![a-z])(?:thu ly|phat sinh|xay ra|co hieu luc|khoi to|duoc ban hanh|da ban hanh|ban an|truoc khi)\s+(?:tu\s+)?truoc\s+(?:ngay\s+)?(?:${DATE})`,
    'g',
  ),
];

interface Rule {
  pattern: RegExp;
  /** `before`: the folded text just in front of the match, for context. */
  resolve(m: RegExpExecArray, ctx: DueContext, before: string): string | null;
  /** A null date means "not a deadline at all" rather than "a deadline without a year". */
  quietWhenUnresolved?: boolean;
}

const RULES: Rule[] = [
  // "trong thời hạn 15 ngày làm việc kể từ ngày ký"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:(?:trong|sau)\s+(?:thoi\s+han|vong|thoi\s+gian|han)\s+)?(\d{1,3})\s+ngay(\s+lam\s+viec)?\s*,?\s*(?:ke\s+tu|tinh\s+tu)\s+(?:ngay\s+)?(?:ky|ban\s+hanh|nhan\s+duoc|van\s+ban|thong\s+bao|ke\s+hoach|quyet\s+dinh|cong\s+van|chi\s+thi)[a-z ]{0,20}?(?=[\s,.;:)]|$)`,
      'g',
    ),
    resolve: (m, ctx) => {
      if (!ctx.issuedOn) return null;
      const n = Number(m[1]);
      return m[2] ? ctx.calendar.addWorkingDays(ctx.issuedOn, n) : addDays(ctx.issuedOn, n);
    },
  },
  // "chậm nhất ngày 15/8/2021", "hạn chót 30/7", "chậm nhất trước ngày 10/7"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:cham\s+nhat|han\s+chot|han\s+cuoi|muon\s+nhat|khong\s+muon\s+hon|khong\s+qua)\s*(?::\s*)?(?:la\s+)?(?:vao\s+)?(truoc\s+)?(?:den\s+)?(?:het\s+)?(?:ngay\s+)?(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx) => {
      const date = dateOf(m, 2, ctx);
      return date && m[1] ? addDays(date, -1) : date;
    },
  },
  // "trước ngày 20 hằng tháng": the next such day
  {
    pattern: /(?<![a-z])truoc\s+ngay\s+(\d{1,2})\s+(?:hang|cua\s+moi|moi)\s+thang/g,
    resolve: (m, ctx) => nextMonthlyDay(Number(m[1]), ctx.issuedOn, -1),
  },
  // "trước ngày 10/7/2020", "trước 30/7"
  {
    pattern: new RegExp(String.raw`(?<![a-z])truoc\s+(?:ngay\s+)?(?:${DATE})`, 'g'),
    resolve: (m, ctx) => {
      const date = dateOf(m, 1, ctx);
      return date && addDays(date, -1);
    },
  },
  // "đến hết ngày 31/12/2021"
  {
    pattern: new RegExp(String.raw`(?<![a-z])(?:den\s+)?het\s+ngay\s+(?:${DATE})`, 'g'),
    resolve: (m, ctx) => dateOf(m, 1, ctx),
  },
  // "hoàn thành trong tháng 9/2021", "trước tháng 10"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(trong|het|cuoi|vao\s+cuoi|truoc|den\s+het)\s+${MONTH}`,
      'g',
    ),
    resolve: (m, ctx) => {
      const month = Number(m[2]);
      const year = yearOf(m[3] ?? m[4], month, 31, ctx);
      if (!year || month < 1 || month > 12) return null;
      return m[1] === 'truoc' ? addDays(monthStart(year, month), -1) : monthEnd(year, month);
    },
  },
  // "trong quý III/2021", "trước quý IV"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(trong|het|cuoi|vao|truoc|den\s+het)\s+${QUARTER}`,
      'g',
    ),
    resolve: (m, ctx) => {
      const q = quarterNumber(m[2]);
      const year = yearOf(m[3] ?? m[4], q * 3, 31, ctx);
      if (!year) return null;
      const end = monthEnd(year, q * 3);
      return m[1] === 'truoc' ? addDays(monthStart(year, q * 3 - 2), -1) : end;
    },
  },
  // "trong 6 tháng cuối năm 2021"; "công tác 6 tháng cuối năm" is a period of work, not a deadline
  {
    pattern: new RegExp(String.raw`(?<![a-z])(?:(trong|hoan\s+thanh|xong|het)\s+)?${HALF}`, 'g'),
    resolve: (m, ctx, before) => {
      const [, trigger, half, explicitYear] = m;
      const nominal =
        /(cong tac|ket|hoi nghi|bao cao|ke hoach|chuong trinh|so lieu|nhiem vu|tinh hinh|ket qua)\s*$/;
      if (!trigger && (!explicitYear || nominal.test(before))) return null;
      const year = explicitYear
        ? Number(explicitYear)
        : ctx.issuedOn
          ? Number(ctx.issuedOn.slice(0, 4))
          : null;
      if (!year) return null;
      return half === 'dau' ? `${year}-06-30` : `${year}-12-31`;
    },
    quietWhenUnresolved: true,
  },
  // "hoàn thành trong năm 2021"
  {
    pattern: /(?<![a-z])(?:hoan\s+thanh|xong|ket\s+thuc)\s+(?:trong\s+)?nam\s+(\d{4})/g,
    resolve: (m) => `${m[1]}-12-31`,
  },
];

/**
 * Every deadline phrase of `text`, in order, not overlapping, with the date it resolves to
 * (null when the phrase needs a year or a signing date the document does not give).
 */
export function findDuePhrases(text: string, ctx: DueContext): DuePhrase[] {
  const folded = fold(text);
  const blocked: SourceSpan[] = [...(ctx.masked ?? [])];
  for (const re of NOT_DEADLINES)
    for (const m of folded.matchAll(re))
      blocked.push({ start: m.index, end: m.index + m[0].length });
  const found: DuePhrase[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(blocked, start, end) || overlaps(found, start, end)) continue;
      const due = rule.resolve(m, ctx, folded.slice(Math.max(0, start - 30), start));
      if (due === null && rule.quietWhenUnresolved) continue;
      found.push({ start, end, phrase: text.slice(start, end).replace(/\s+/g, ' '), due });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const RECURRENCE =
  /(?<![a-z])(?:(?:theo\s+)?dinh\s+ky\s+)?(?:hang|moi)\s+(thang|quy|nam)(?![a-z])|(?<![a-z])dinh\s+ky\s+(thang|quy|nam)(?![a-z])/g;
const PERIOD: Record<string, Recurrence> = { thang: 'monthly', quy: 'quarterly', nam: 'yearly' };

/** "định kỳ hằng tháng", "hàng quý", "hằng năm". */
export function findRecurrences(text: string): RecurrencePhrase[] {
  const folded = fold(text);
  return [...folded.matchAll(RECURRENCE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    recurrence: PERIOD[m[1] ?? m[2]],
  }));
}

function overlaps(spans: readonly SourceSpan[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

/** The date of a DATE match whose first group is `m[g]` (5 groups: d, m, y | d, m, y). */
function dateOf(m: RegExpExecArray, g: number, ctx: DueContext): string | null {
  const day = Number(m[g] ?? m[g + 3]);
  const month = Number(m[g + 1] ?? m[g + 4]);
  const written = m[g + 2] ?? m[g + 5];
  const year = yearOf(written, month, day, ctx);
  if (!year) return null;
  return realDate(year, month, day);
}

/** The written year, else the document's (the next one if the date would fall before it). */
function yearOf(
  written: string | undefined,
  month: number,
  day: number,
  ctx: DueContext,
): number | null {
  if (written) return Number(written);
  if (!ctx.issuedOn) return null;
  const year = Number(ctx.issuedOn.slice(0, 4));
  const candidate = realDate(year, month, Math.min(day, 28));
  return candidate && candidate < ctx.issuedOn.slice(0, 7) + '-01' ? year + 1 : year;
}

function monthStart(y: number, m: number): string {
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

function monthEnd(y: number, m: number): string {
  return addDays(m === 12 ? `${y + 1}-01-01` : monthStart(y, m + 1), -1);
}

function quarterNumber(q: string): number {
  return ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[q] ?? Number(q);
}

function nextMonthlyDay(day: number, issuedOn: string | null, shift: number): string | null {
  if (!issuedOn) return null;
  let y = Number(issuedOn.slice(0, 4));
  let m = Number(issuedOn.slice(5, 7));
  for (let k = 0; k < 13; k++) {
    const d = realDate(y, m, day);
    if (d) {
      const due = addDays(d, shift);
      if (due >= issuedOn) return due;
    }
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return null;
}
