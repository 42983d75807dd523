import type { DueRule, Recurrence } from './due-phrase';
import type { SourceSpan } from './mapped-text';
import type { Recipient } from './recipients';
import type { Signer } from './signer';

/** One level of a reporting chain: who sends, until when, to whom. */
export interface Tier {
  /** The group or level as written and resolved: "VKSND cấp huyện". */
  level: string;
  due: string | null;
  due_phrase: string;
  reports_to: string | null;
}

/** One task of the draft: an item, who leads, who helps, until when. */
export interface ParsedTask {
  /** "1", "4.2", "II.1"; null when the text has no numbered items. */
  item: string | null;
  /** Directory short names, group names, or the names as written when unresolved. */
  lead_units: string[];
  coordinating_units: string[];
  /** The last day on which the work is on time (YYYY-MM-DD). */
  due: string | null;
  /** The deadline as the text writes it. */
  due_phrase: string | null;
  recurrence: Recurrence | null;
  /** "trước 16 giờ ngày 31/5/2020": "16:00" (full output only). */
  due_time?: string;
  /** A deadline counted from an event ("02 ngày làm việc kể từ ngày kết thúc kỳ báo cáo"). */
  due_rule?: DueRule;
  /** A recurring deadline's day: "20" of every month, "06-25" of every year. */
  recurrence_day?: string;
  /** A reporting chain through the levels of a hierarchy, top (consolidating) level first. */
  tiers?: Tier[];
  summary: string;
  /** Where in the pasted text the task comes from. */
  span: SourceSpan;
  /** Names among the units above that the directory does not hold. */
  unresolved_units: string[];
}

/** A draft directive read from its text; the keys of the CLI contract, plus spans. */
export interface ParsedDirective {
  doc_number: string | null;
  doc_type: string | null;
  title: string | null;
  issued_on: string | null;
  issued_at_place: string | null;
  issuer: string | null;
  signer: Signer | null;
  references: string[];
  tasks: ParsedTask[];
  recipients: Recipient[];
  /** Every name the directory did not resolve, for a person to map. */
  unresolved_units: string[];
}
