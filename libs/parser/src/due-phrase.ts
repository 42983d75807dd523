import { addDays } from '@dondoc/domain/calendar/local-date.util';
import { lunarNewYear } from '@dondoc/domain/calendar/lunar-calendar';
import type { SourceSpan } from './mapped-text';
import { realDate } from './real-date';
import { fold } from './vietnamese-text';

export type Recurrence = 'monthly' | 'quarterly' | 'yearly';

/** Adds working days (Vietnamese public holidays known): `WorkingCalendar` fits. */
export interface WorkingDays {
  addWorkingDays(date: string, n: number): string;
}

/**
 * A deadline counted from an event rather than a date: "trong thời hạn 02 ngày làm việc, kể
 * từ ngày kết thúc kỳ báo cáo". Kept as a rule for a person to see; it gives a date only
 * when the event is the signing of the document itself and the document is dated.
 */
export interface DueRule {
  working_days?: number;
  days?: number;
  months?: number;
  /** The event as written after "kể từ": "ngày kết thúc kỳ báo cáo". */
  from: string;
}

/** A deadline as written, and the last day on which the work is on time. */
export interface DuePhrase extends SourceSpan {
  phrase: string;
  due: string | null;
  /** "trước 16 giờ ngày 31/5/2020": the hour of the due day, "16:00". */
  time?: string;
  rule?: DueRule;
  /** A recurring deadline's day: "20" (of every month), "06-25" (of every year). */
  day?: string;
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
  /**
   * With no document date, the year a sentence's own full dates give a day and month written
   * without one: "trước ngày 10-5 để tổng hợp, báo cáo UBND tỉnh trước ngày 18-5-2017" is in
   * 2017. Set per match; a bare "trước 30/8" elsewhere stays without a year.
   */
  sentenceYear?: number | null;
}

const D = String.raw`(\d{1,2})`;
const M = String.raw`(\d{1,2})`;
const Y = String.raw`(\d{4})`;
/** "10/7/2020", "10-7", "10.7.2020", "10 tháng 7 năm 2020", "06 (sáu) tháng 06 (sáu)". */
const DATE = String.raw`${D}\s*[/.-]\s*${M}(?!\d)(?:\s*[/.-]\s*${Y})?|${D}(?:\s*\([a-z ]{1,30}\))?\s+thang\s+${M}(?:\s*\([a-z ]{1,30}\))?(?:\s*,?\s*nam\s+${Y})?`;
// "tháng 9/2020", "tháng 9-2020", "tháng 9.2020" (a dot only written tight)
const MONTH = String.raw`thang\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\.(\d{4})|\s*,?\s*nam\s+(\d{4}))?(?![\d/])`;
const QUARTER = String.raw`quy\s+(iv|i{1,3}|[1-4])(?![a-z])(?:\s*[/-]\s*(\d{4})|\s*,?\s*nam\s+(\d{4}))?`;
const HALF = String.raw`0?6\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?`;

/** One period: "tháng 6", "quý II/2025", "6 tháng đầu năm 2025", "năm 2025". */
const PERIOD_WORD = String.raw`thang\s+\d{1,2}(?:\s*[/-]\s*\d{4})?|quy\s+(?:iv|i{1,3}|[1-4])(?![a-z])(?:\s*[/-]\s*\d{4})?|0?6\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?|nam\s+\d{4}`;
/** A period longer than a month, after a list that began with one. */
const OTHER_PERIOD = String.raw`quy\s+(?:iv|i{1,3}|[1-4])(?![a-z])(?:\s*[/-]\s*\d{4})?|0?6\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?|\d+\s+thang(?:\s+dau\s+nam)?|nam\s+\d{4}`;

/** A weekday written before the date: "chậm nhất là thứ 2, ngày 26 tháng 3 năm 2012". */
const WEEKDAY = String.raw`(?:(?:thu\s+(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s*)?`;

/** Work done or sent within a day: "hoàn thành trong ngày 30/6/2023", "gửi ... trong ngày". */
const DONE_IN_DAY = /(?:hoan\s+thanh|xong|gui|nop|bao\s+cao|trinh)[^.;]{0,60}$/;

/** An hour at one end of a window: "7 giờ", "8h00", "17 giờ 30 phút". */
const WINDOW_HOUR = String.raw`\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2})?(?:\s*phut)?\s*,?\s*`;

/**
 * Handing something in ("nộp hồ sơ", "tiếp nhận hồ sơ", "đăng ký dự tuyển", a prize's "nhận bài
 * dự thi", "nhận tác phẩm") just before a
 * window: the window's last day is the deadline, as a consultation window's is (not what
 * those who have "chưa nộp" owe, nor when the issuer's teams collect: "thời gian thu").
 */
const HAND_IN =
  /(?<![a-z])(?<!chua\s)(?:nop|tiep\s+nhan|nhan\s+(?:ho\s+so|bai|tac\s+pham|don)|dang\s+ky|gui\s+ho\s+so)(?![a-z])(?:tp\.|(?!so\s+lieu|thoi\s+gian\s+thu)[^.;\n]){0,100}$/;

/** Phrases whose dates are periods of data or past events, never deadlines. */
const NOT_DEADLINES: RegExp[] = [
  // "từ ngày 1/12/2017 đến 30/11/2019", "từ tháng 1 đến hết tháng 6/2021"; either end may
  // carry an hour ("từ 7 giờ ngày 30/3/2020 đến hết ngày 15/04/2020"): still a window (but
  // see HAND_IN)
  new RegExp(
    String.raw`(?<![a-z])tu\s+(?:${WINDOW_HOUR})?(?:ngay\s+|thang\s+)?\d[\d\s/.\-]*(?:thang\s+\d+\s*)?(?:,?\s*nam\s+\d{4}\s*)?(?:den|toi|[-–])\s*(?:het\s+)?(?:${WINDOW_HOUR})?(?:ngay\s+|thang\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?(?:\s+thang\s+\d{1,2})?(?:\s*,?\s*nam\s+\d{4})?`,
    'g',
  ),
  // "thời điểm lấy số liệu ...", "số liệu tính đến ngày 30/6/2021", "kỳ báo cáo ..."; not
  // across a deadline's own word ("tổng hợp số liệu, báo cáo UBND tỉnh trước ngày 5/3/2024")
  new RegExp(
    String.raw`(?<![a-z])(?:so lieu|ky bao cao|tinh den|tinh tu|ky so lieu|thoi ky)(?:(?!truoc\s|cham\s+nhat|han\s+chot)[^;.\n]){0,60}?(?:${DATE})`,
    'g',
  ),
  // "Đến ngày 4.1, Sở ... vẫn chưa nhận được", "song đến ngày 15.3 mới chỉ có ...", "đến ngày
  // 24-10, nhiều đơn vị chưa nộp", "đến ngày 16/8/2021, Bộ mới nhận được báo cáo của 17/28
  // bộ": where things stood on a day, told after it; no deadline.
  new RegExp(
    String.raw`(?<![a-z])(?:den|tinh\s+den)\s+(?:het\s+)?(?:ngay\s+)?(?:${DATE})(?=\s*,?\s*(?:[^.;\n]{0,60}?\s)?(?:moi\s+chi|moi\s+co|moi\s+nhan|van\s+chua|van\s+con|chua\s+co|chua\s+nhan|chua\s+(?:nop|gui|bao\s+cao)|chi\s+co|da\s+co)(?![a-z]))`,
    'g',
  ),
  // "báo cáo các kết quả thực hiện Chiến lược ... đến ngày 31/12/2020": results counted up to a
  // day, the period a report covers; its deadline is stated apart ("trước ngày 30/3/2021")
  new RegExp(
    String.raw`(?<![a-z])ket\s+qua(?:\s+thuc\s+hien)?(?:(?!truoc\s|cham\s+nhat|han\s+chot|gui\s|nop\s)[^;.\n]){0,80}?\s(?:den|tinh\s+den)\s+(?:het\s+)?ngay\s+(?:${DATE})`,
    'g',
  ),
  // "trong tháng 6, quý II và 6 tháng đầu năm 2025": a month with the quarter and the half
  // year it lies in is what a report covers, never a deadline ("trong tháng 11, tháng 12" are two)
  new RegExp(
    String.raw`(?<![a-z])(?:trong\s+)?(?:${PERIOD_WORD})(?:\s*(?:,|va)\s*(?:${PERIOD_WORD}))*\s*(?:,|va)\s*(?:${OTHER_PERIOD})`,
    'g',
  ),
  // "có hiệu lực (thi hành) kể từ ngày ký / từ ngày 08/11/2019 / sau 10 ngày kể từ ngày ký"
  /(?<![a-z])(?:co\s+)?hieu\s+luc(?:\s+thi\s+hanh)?\s+(?:ke\s+tu|tu|sau|ngay|den)[^.;\n]{0,80}/g,
  // "thụ lý trước ngày 1/1/2020": a date that sorts cases, not a deadline
  new RegExp(
    String.raw`(?<![a-z])(?:thu ly|phat sinh|xay ra|co hieu luc|khoi to|duoc ban hanh|da ban hanh|ban an|truoc khi)\s+(?:tu\s+)?truoc\s+(?:ngay\s+)?(?:${DATE})`,
    'g',
  ),
];

type Resolved =
  | string
  | null
  /** `period`: the words name when work is done or counted, no deadline at all. */
  | { due: string | null; time?: string; rule?: DueRule; day?: string; period?: true };

interface Rule {
  pattern: RegExp;
  /** `before`/`after`: the folded text around the match, for context. */
  resolve(m: RegExpExecArray, ctx: DueContext, before: string, after: string): Resolved;
  /** A null date means "not a deadline at all" rather than "a deadline without a year". */
  quietWhenUnresolved?: boolean;
  /** How far back `before` reaches (60 characters unless said). */
  lookBack?: number;
}

/** How far back a window's hand-in verb may stand: "nộp phiếu ... tại Sở Nội vụ (18 ...) từ". */
const HAND_IN_REACH = 110;

/** A number as officials write it, sometimes spelled out after it: "06 (sáu)". */
const SPELLED = String.raw`(?:\s*\([a-z ]{1,30}\))?`;
/** "16 giờ", "16 giờ 30", "16h30", "10 giờ 30 phút", and the minutes' mark: "17 giờ 00’", "16h00'". */
const HOUR = String.raw`(\d{1,2})\s*(?:gio|h)(?:\s*(\d{1,2})(?:\s*phut|\s?['’′])?)?`;
/** "trước 09 giờ 00, các ngày": an hour written once over a list of days. */
const HOUR_OVER_DAYS = String.raw`(?<![a-z])(?:truoc|cham\s+nhat(?:\s+la)?)\s+(?:luc\s+)?${HOUR}\s*,?\s*(?:vao\s+)?cac\s+ngay\s+`;
const HOUR_OVER_DAYS_NC = String.raw`(?<![a-z])(?:truoc|cham\s+nhat(?:\s+la)?)\s+(?:luc\s+)?\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut|\s?['’′])?)?\s*,?\s*(?:vao\s+)?cac\s+ngay\s+`;
/** The hour of a list further back than the 60 characters the rules are shown. */
const HOUR_AT_LIST = new RegExp(String.raw`${HOUR}\s*,?\s*(?:vao\s+)?cac\s+ngay\s`);

function clock(hour: string, minutes: string | undefined): string {
  return `${hour.padStart(2, '0')}:${(minutes ?? '00').padStart(2, '0')}`;
}

/** The event a relative deadline counts from; the signing of the document gives a date. */
const SIGNING =
  /^(?:ngay\s+)?(?:ky|ban\s+hanh)(?:\s+ban\s+hanh)?(?:\s+(?:van\s+ban|thong\s+bao|ke\s+hoach|quyet\s+dinh|cong\s+van|chi\s+thi)(?:\s+nay)?)?$/;

const RULES: Rule[] = [
  // "nộp phiếu đăng ký ... từ ngày 20/8 đến hết ngày 18/9/2025": a window for handing in ends
  // on its due day (also one that opens "từ ngày nay", "từ ngày ra thông báo")
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])tu\s+(?:(?:${WINDOW_HOUR})?(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?(?:\s+thang\s+\d{1,2})?(?:\s*,?\s*nam\s+\d{4})?|(?:ngay\s+)?nay|ngay\s+(?:ra|ban\s+hanh|ky)\s+thong\s+bao(?:\s+nay)?)\s*(?:den|toi|[-–])\s*(?:het\s+)?(?:${WINDOW_HOUR})?(?:ngay\s+)?(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx, before) => (HAND_IN.test(before) ? dateOf(m, 1, ctx) : null),
    quietWhenUnresolved: true,
    lookBack: HAND_IN_REACH,
  },
  // "thời hạn nhận tác phẩm sẽ kết thúc vào ngày 30/11/2017": handing in closes that day
  {
    pattern: new RegExp(String.raw`(?<![a-z])ket\s+thuc\s+(?:vao\s+)?(?:ngay\s+)?(?:${DATE})`, 'g'),
    resolve: (m, ctx, before) => (HAND_IN.test(before) ? dateOf(m, 1, ctx) : null),
    quietWhenUnresolved: true,
    lookBack: HAND_IN_REACH,
  },
  // "trong vòng 10 ngày làm việc kể từ ngày 16 tháng 5 năm 2021": counted from a day the text
  // gives, so a date
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:(?:trong|sau)\s+(?:thoi\s+han|vong|thoi\s+gian)\s+|trong\s+|khong\s+qua\s+)?(\d{1,3})${SPELLED}\s+(ngay|thang)(\s+lam\s+viec)?\s*,?\s*\(?\s*(?:ke\s+tu|tinh\s+tu)\s+ngay\s+(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx) => {
      const n = Number(m[1]);
      const start = dateOf(m, 4, ctx);
      if (!start) return { due: null };
      const due =
        m[2] === 'thang'
          ? addMonths(start, n)
          : m[3]
            ? ctx.calendar.addWorkingDays(start, n)
            : addDays(start, n);
      return { due };
    },
  },
  // "trong thời hạn 02 ngày làm việc, kể từ ngày kết thúc kỳ báo cáo", "không quá 2 tháng
  // kể từ ngày ban hành văn bản này", "chậm nhất 04 ngày làm việc, kể từ ngày ...", "chậm
  // nhất là 05 ngày làm việc sau khi kết thúc hội nghị"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:(?:(?:trong|sau)\s+(?:thoi\s+han|vong|thoi\s+gian|han)|cham\s+nhat(?:\s+la)?|khong\s+qua|trong|sau)\s+)?(\d{1,3})${SPELLED}\s+(ngay|thang)(\s+lam\s+viec)?\s*,?\s*(\(\s*)?(?:ke\s+tu|tinh\s+tu|sau\s+khi)\s+(ngay\s+[a-z ]{1,50}?|[a-z ]{1,40}?)(?:(?<=\(\s*(?:ke\s+tu|tinh\s+tu|sau\s+khi)\s+[a-z ]{1,60})\s*\)|(?=\s*[,.;:)(]|$))`,
      'g',
    ),
    resolve: (m, ctx) => {
      const n = Number(m[1]);
      const from = m[5].trim();
      const rule: DueRule =
        m[2] === 'thang'
          ? { months: n, from }
          : m[3]
            ? { working_days: n, from }
            : { days: n, from };
      if (!SIGNING.test(from) || !ctx.issuedOn) return { due: null, rule };
      const due =
        rule.months !== undefined
          ? addMonths(ctx.issuedOn, n)
          : rule.working_days !== undefined
            ? ctx.calendar.addWorkingDays(ctx.issuedOn, n)
            : addDays(ctx.issuedOn, n);
      return { due, rule };
    },
  },
  // "Trước 09 giờ 00, các ngày 02/02/2022 (mùng 02 Tết), 04/02/2022, ...": one deadline a day,
  // at the hour written once before the list; this is the first day.
  {
    pattern: new RegExp(String.raw`${HOUR_OVER_DAYS}(?:${DATE})`, 'g'),
    resolve: (m, ctx) => ({ due: dateOf(m, 3, ctx), time: clock(m[1], m[2]) }),
  },
  // ... and each later day of that list, with the same hour.
  {
    pattern: new RegExp(
      // (a day's digit first, so the look back runs only where a date may start)
      String.raw`(?=\d)(?<=${HOUR_OVER_DAYS_NC}(?:[^.;:\n]{0,40}?,\s*){1,6})(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx, before) => {
      const hour = new RegExp(HOUR_OVER_DAYS).exec(before) ?? HOUR_AT_LIST.exec(before);
      return { due: dateOf(m, 1, ctx), ...(hour ? { time: clock(hour[1], hour[2]) } : {}) };
    },
  },
  // "trước 16 giờ ngày 31/5/2020", "trước 14 giờ, ngày 05/12/2017", "chậm nhất vào 17h00 ngày
  // 20/12/2023": the day itself is on time
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:truoc|cham\s+nhat(?:\s+la)?|han\s+chot)\s+(?:vao\s+)?(?:luc\s+)?${HOUR}\s*,?\s*${WEEKDAY}(?:ngay\s+)?(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx) => {
      const due = dateOf(m, 3, ctx);
      return { due, time: `${m[1].padStart(2, '0')}:${(m[2] ?? '00').padStart(2, '0')}` };
    },
  },
  // "chậm nhất ngày 15/8/2021", "hạn chót 30/7", "chậm nhất trước ngày 10/7", "chậm nhất
  // trong ngày 18/8/2021"; "Thời hạn (cuối cùng) (để) gửi báo cáo là ngày 30/9/2025" and
  // "Thời hạn các đơn vị gửi báo cáo là ngày ..." name the last day as the subject of "là"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:cham\s+nhat|han\s+chot|han\s+cuoi|muon\s+nhat|khong\s+muon\s+hon|khong\s+qua|(?:thoi\s+han|han\s+cuoi)(?:\s+cuoi\s+cung)?(?:\s+(?:de\s+)?(?:gui|nop|hoan\s+thanh|bao\s+cao|thuc\s+hien)(?:\s*,?\s+[a-z0-9]+){0,16}?|(?:\s+de)?(?:\s*,?\s+[a-z0-9]+){1,24}?)?(?=\s+la\s+(?:ngay\s+)?\d))\s*(?::\s*)?(?:la\s+)?(?:vao\s+)?(truoc\s+)?(?:den\s+)?(?:het\s+)?(?:trong\s+)?${WEEKDAY}(?:ngay\s+)?(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx) => {
      const date = dateOf(m, 2, ctx);
      return { due: date && m[1] ? addDays(date, -1) : date, day: yearlessDay(m, 2) };
    },
  },
  // "trước ngày 20 hằng tháng", "chậm nhất ngày 15 của tháng báo cáo": a monthly day
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(truoc|cham\s+nhat(?:\s+la)?|den|vao)\s+(?:het\s+)?ngay\s+(\d{1,2})${SPELLED}\s+(?:cua\s+)?(?:hang|moi|cac)\s+thang|(?<![a-z])(truoc|cham\s+nhat(?:\s+la)?)\s+(?:het\s+)?ngay\s+(\d{1,2})${SPELLED}\s+(?:cua\s+thang\s+(?:bao\s+cao|cuoi\s+ky|tiep\s+theo|sau)|(?:cua\s+)?thang\s+(?:cuoi\s+quy|dau\s+quy(?:\s+sau)?|dau\s+cua\s+quy\s+sau))`,
      'g',
    ),
    resolve: (m, ctx) => {
      const before = (m[1] ?? m[3]) === 'truoc';
      const day = Number(m[2] ?? m[4]);
      // "(của) tháng cuối quý", "tháng đầu quý sau": a day of every quarter's last month, or
      // of its first (which follows the quarter reported on)
      const quarter = /cuoi\s+quy/.test(m[0]) ? 0 : /dau\s+(?:cua\s+)?quy/.test(m[0]) ? 1 : -1;
      const months = quarter < 0 ? undefined : (month: number) => month % 3 === quarter;
      return { due: nextMonthlyDay(day, ctx.issuedOn, before ? -1 : 0, months), day: String(day) };
    },
  },
  // "định kỳ hằng tháng, trước ngày 20": a day with no month beside a monthly recurrence
  {
    pattern:
      /(?<![a-z])(truoc|cham\s+nhat(?:\s+la)?)\s+ngay\s+(\d{1,2})(?!\s*[/.-]\s*\d)(?!\s*(?:\([a-z ]*\)\s*)?thang)(?![\d])/g,
    resolve: (m, ctx, before, after) => {
      const monthly = /(hang|moi)\s+thang|dinh\s+ky\s+thang/;
      if (!monthly.test(before) && !monthly.test(after.slice(0, 30))) return null;
      const day = Number(m[2]);
      return {
        due: nextMonthlyDay(day, ctx.issuedOn, m[1] === 'truoc' ? -1 : 0),
        day: String(day),
      };
    },
    quietWhenUnresolved: true,
  },
  // "xong trước ngày Quốc khánh 02/9/2025", "trước ngày 10/7/2020", "trước 30/7"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])truoc\s+(?:thoi\s+diem\s+)?${WEEKDAY}(?:ngay\s+)?(?:le\s+)?(?:quoc\s+khanh\s+)?\(?(?:ngay\s+)?(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx) => {
      const date = dateOf(m, 1, ctx);
      return { due: date && addDays(date, -1), day: yearlessDay(m, 1) };
    },
  },
  // "trước Tết Nguyên đán Ất Tỵ 2025", "trước Tết Nguyên đán năm 2025": the last day of the
  // lunar year; with no year written, the Tết that follows the document's date ("trước Tết"
  // alone is left as said: it may be a season, "giải quyết trước Tết các việc ...")
  {
    pattern:
      /(?<![a-z])(?:xong\s+|hoan\s+thanh\s+)?truoc\s+tet\s+(?:(nguyen\s+dan)(?:\s+[a-z]{1,5}\s+[a-z]{1,4}(?=\s*(?:nam\s+)?\d{4}|\s*[.,;)]|\s*$))?(?:\s+(?:nam\s+)?(\d{4}))?|(?:[a-z]{1,5}\s+[a-z]{1,4}\s+)?(?:nam\s+)?(\d{4}))(?![a-z\d])/g,
    resolve: (m, ctx) => {
      const year = Number(m[2] ?? m[3]) || null;
      if (year) return addDays(lunarNewYear(year), -1);
      if (!ctx.issuedOn) return null;
      const y = Number(ctx.issuedOn.slice(0, 4));
      const tet = [y, y + 1].map(lunarNewYear).find((d) => d > ctx.issuedOn!);
      return tet ? addDays(tet, -1) : null;
    },
  },
  // "đến hết ngày 31/12/2021", "đến ngày 30/7/2021", "đến hết 30/9/2022"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(?:(?:den\s+het|den|het)\s+${WEEKDAY}ngay|den\s+het)\s+(?:${DATE})`,
      'g',
    ),
    resolve: (m, ctx) => dateOf(m, 1, ctx),
  },
  // "hoàn thành trong ngày 30/6/2023": the day itself, when work is to be done or sent in it
  {
    pattern: new RegExp(String.raw`(?<![a-z])trong\s+ngay\s+(?:${DATE})`, 'g'),
    resolve: (m, ctx, before) => (DONE_IN_DAY.test(before) ? dateOf(m, 1, ctx) : null),
    quietWhenUnresolved: true,
  },
  // "gửi ... vào ngày họp báo huyện (ngày 29/5/2014)", "nộp vào ngày 15/8/2021"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])vao\s+(?:ngay\s+)?(?:[a-z ]{1,30}\(\s*)?(?:ngay\s+)?(?:${DATE})\)?`,
      'g',
    ),
    resolve: (m, ctx, before) =>
      /(gui|nop|bao\s+cao|hoan\s+thanh|trinh|xong)[^.;]{0,60}$/.test(before)
        ? dateOf(m, 1, ctx)
        : null,
    quietWhenUnresolved: true,
  },
  // "trong tuần đầu tháng 12/2023": the month's first seven days; "tuần cuối": its end
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(trong|truoc)\s+tuan\s+(dau|cuoi)(?:\s+tien)?\s+(?:cua\s+)?${MONTH}`,
      'g',
    ),
    resolve: (m, ctx) => {
      const month = Number(m[3]);
      const year = yearOf(m[4] ?? m[5] ?? m[6], month, 31, ctx);
      if (!year || month < 1 || month > 12) return null;
      const first = monthStart(year, month);
      if (m[2] === 'dau') return m[1] === 'truoc' ? addDays(first, -1) : addDays(first, 6);
      return m[1] === 'truoc' ? addDays(monthEnd(year, month), -7) : monthEnd(year, month);
    },
  },
  // "hoàn thành trong tháng 9/2021", "trước tháng 10"
  {
    pattern: new RegExp(
      String.raw`(?<![a-z])(trong|het|cuoi|vao\s+cuoi|truoc|den\s+het)\s+${MONTH}`,
      'g',
    ),
    resolve: (m, ctx, before, after) => {
      // "Đối với nhiệm vụ trong tháng 11.2019, ...": the month's work, no deadline
      if (
        m[1] === 'trong' &&
        /(?:^|[^a-z])(?:doi\s+voi|ve)\s+(?:nhiem\s+vu|cong\s+tac|ke\s+hoach)\s+$/.test(before)
      )
        return { due: null, period: true };
      const month = Number(m[2]);
      // "trong tháng 11, tháng 12 năm 2025": the year written after the list
      const later = /^\s*,\s*(?:va\s+)?thang\s+\d{1,2}\s*(?:\/|,?\s*nam)\s*(\d{4})/.exec(
        after,
      )?.[1];
      const year = yearOf(m[3] ?? m[4] ?? m[5] ?? later, month, 31, ctx);
      if (!year || month < 1 || month > 12) return null;
      return m[1] === 'truoc' ? addDays(monthStart(year, month), -1) : monthEnd(year, month);
    },
  },
  // "Đồng ý lùi thời gian trình Đề án ... sang tháng 12 năm 2014": a deadline moved into that
  // month ("chuyển sang tháng 12" alone moves no deadline)
  {
    pattern: new RegExp(String.raw`(?<![a-z])sang\s+${MONTH}`, 'g'),
    resolve: (m, ctx, before) => {
      if (!/(?:lui|hoan|gia\s+han)\s[^.;]*$/.test(before)) return null;
      const month = Number(m[1]);
      const year = yearOf(m[2] ?? m[3] ?? m[4], month, 31, ctx);
      return year && month >= 1 && month <= 12 ? monthEnd(year, month) : null;
    },
    quietWhenUnresolved: true,
  },
  // "..., tháng 12 năm 2025": the next month of a list started by the rule above
  {
    pattern:
      /(?<=thang\s+\d{1,2}\s*,\s*(?:va\s+)?)thang\s+(\d{1,2})(?:\s*\/\s*(\d{4})|\s*,?\s*nam\s+(\d{4}))?(?![\d/])/g,
    resolve: (m, ctx) => {
      const month = Number(m[1]);
      const year = yearOf(m[2] ?? m[3], month, 31, ctx);
      return year && month >= 1 && month <= 12 ? monthEnd(year, month) : null;
    },
    quietWhenUnresolved: true,
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
        /(cong tac|ket|hoi nghi|bao cao|ke hoach|chuong trinh|so lieu|nhiem vu|tinh hinh|ket qua|thong ke|huong dan)\s*$/;
      // a bare "6 tháng đầu năm 2014" names a period ("thống kê 6 tháng đầu năm 2014"), no
      // deadline; "thực hiện 6 tháng cuối năm 2021" says when the work is done
      if (!trigger && !/(?:thuc hien|trien khai)\s*$/.test(before)) return null;
      if (!explicitYear && nominal.test(before.slice(-30))) return null;
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
 * (null when the phrase needs a year or a signing date the document does not give, or counts
 * from some other event: then `rule` says from what).
 */
export function findDuePhrases(text: string, ctx: DueContext): DuePhrase[] {
  const folded = fold(text);
  const blocked: SourceSpan[] = [...(ctx.masked ?? [])];
  for (const re of NOT_DEADLINES)
    for (const m of folded.matchAll(re))
      if (
        re !== NOT_DEADLINES[0] ||
        !HAND_IN.test(folded.slice(Math.max(0, m.index - HAND_IN_REACH), m.index))
      )
        blocked.push({ start: m.index, end: m.index + m[0].length });
  const found: DuePhrase[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(folded); m; m = rule.pattern.exec(folded)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(blocked, start, end) || overlaps(found, start, end)) continue;
      const before = folded.slice(Math.max(0, start - (rule.lookBack ?? 60)), start);
      const here = ctx.issuedOn ? ctx : { ...ctx, sentenceYear: sentenceYear(folded, start) };
      const r = rule.resolve(m, here, before, folded.slice(end, end + 60));
      const res = r === null || typeof r === 'string' ? { due: r } : r;
      if ('period' in res) continue;
      if (res.due === null && !res.rule && !res.day && rule.quietWhenUnresolved) continue;
      found.push({
        start,
        end,
        phrase: text.slice(start, end).replace(/\s+/g, ' '),
        ...res,
        ...(res.rule ? { rule: asWrittenRule(res.rule, text, folded, start, end) } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The event of a rule as the text writes it ("ngày kết thúc kỳ báo cáo"), for the reviewer. */
function asWrittenRule(
  rule: DueRule,
  text: string,
  folded: string,
  start: number,
  end: number,
): DueRule {
  const at = folded.lastIndexOf(rule.from, end);
  if (at < start) return rule;
  return { ...rule, from: text.slice(at, at + rule.from.length).replace(/\s+/g, ' ') };
}

// "định kỳ tháng 3/2020", "định kỳ quý I/2021": one named session, not a recurrence.
const NAMED_PERIOD = String.raw`(?!\s*(?:\d{1,2}|[ivx]+)\s*(?:\/|-|nam)\s*\d{4})`;
const RECURRENCE = new RegExp(
  String.raw`(?<![a-z])(?:(?:theo\s+)?dinh\s+ky\s+)?(?:hang|moi)\s+(thang|quy|nam)(?![a-z])${NAMED_PERIOD}|(?<![a-z])dinh\s+ky\s+(thang|quy|nam)(?![a-z])${NAMED_PERIOD}|` +
    String.raw`(?<![a-z])(?:cua|sau|ke)\s+(nam)\s+bao\s+cao(?![a-z])`,
  'g',
);
/** "không thực hiện báo cáo hàng tháng", "bãi bỏ báo cáo hằng quý": no recurrence. */
const NEGATED = /(?<![a-z])(?:khong|bai bo|ngung)\s+(?:[a-z]+\s+){0,4}$/;
const PERIOD: Record<string, Recurrence> = { thang: 'monthly', quy: 'quarterly', nam: 'yearly' };

/** "định kỳ hằng tháng", "hàng quý", "hằng năm"; "trước ngày 10/7 của năm báo cáo" (yearly). */
export function findRecurrences(text: string): RecurrencePhrase[] {
  const folded = fold(text);
  return [...folded.matchAll(RECURRENCE)]
    .filter((m) => !NEGATED.test(folded.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      recurrence: PERIOD[m[1] ?? m[2] ?? m[3]],
    }));
}

const FULL_DATE = /(?<!\d)\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*((?:19|20)\d{2})(?!\d)/g;

/** The latest year of the full dates in the sentence around `at` (`DueContext.sentenceYear`). */
function sentenceYear(folded: string, at: number): number | null {
  const stop = /[.;!?](?=\s+[^\d\s])|\n/g;
  let from = 0;
  let to = folded.length;
  for (const m of folded.matchAll(stop)) {
    if (m.index < at) from = m.index + 1;
    else {
      to = m.index;
      break;
    }
  }
  let year: number | null = null;
  for (const m of folded.slice(from, to).matchAll(FULL_DATE))
    year = Math.max(year ?? 0, Number(m[2]));
  return year;
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

/** "06-25" for a DATE match written without a year (a yearly deadline's day), else undefined. */
function yearlessDay(m: RegExpExecArray, g: number): string | undefined {
  if (m[g + 2] ?? m[g + 5]) return undefined;
  const day = Number(m[g] ?? m[g + 3]);
  const month = Number(m[g + 1] ?? m[g + 4]);
  if (!realDate(2000, month, day)) return undefined;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The written year, else the document's (the next one if the date would fall before it). */
function yearOf(
  written: string | undefined,
  month: number,
  day: number,
  ctx: DueContext,
): number | null {
  if (written) return Number(written);
  if (!ctx.issuedOn) return ctx.sentenceYear ?? null;
  const year = Number(ctx.issuedOn.slice(0, 4));
  const candidate = realDate(year, month, Math.min(day, 28));
  return candidate && candidate < ctx.issuedOn.slice(0, 7) + '-01' ? year + 1 : year;
}

function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = Number(monthEnd(year, month).slice(8));
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
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

function nextMonthlyDay(
  day: number,
  issuedOn: string | null,
  shift: number,
  months: (m: number) => boolean = () => true,
): string | null {
  if (!issuedOn) return null;
  let y = Number(issuedOn.slice(0, 4));
  let m = Number(issuedOn.slice(5, 7));
  for (let k = 0; k < 13; k++) {
    const d = months(m) ? realDate(y, m, day) : null;
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
