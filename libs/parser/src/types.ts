import type { Recurrence } from './due-phrase';
import type { SourceSpan } from './mapped-text';
import type { Recipient } from './recipients';
import type { Signer } from './signer';

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
