import type { MappedText } from './mapped-text';
import { columns } from './page-furniture';
import { fold } from './vietnamese-text';

/** One row of a task table: the work, who leads, who helps, until when. */
export interface TableRow {
  item: string | null;
  content: MappedText;
  lead: string;
  partners: string;
  /** The completion cell, as a deadline phrase ("trong quý III/2021", "trước 30/6/2021"). */
  due: string;
  /** The completion cell as written. */
  dueWritten: string;
}

const LEAD = /chu tri|don vi thuc hien|co quan thuc hien/;
const PARTNER = /phoi hop/;
const TIME = /thoi gian|thoi han|hoan thanh|tien do/;
const CONTENT = /noi dung|nhiem vu|cong viec/;

/**
 * Rows of a table whose header reads "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
 * hoàn thành" (columns copied as wide gaps, tabs or "|"), one row a line. The completion cell
 * becomes a deadline phrase: "Quý III/2021" → "trong quý III/2021", "30/6/2021" → "chậm nhất
 * ngày 30/6/2021", what already reads as one is kept.
 */
export function readTaskTables(lines: readonly MappedText[]): TableRow[] {
  const out: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = columns(lines[i]).map((c) => fold(c.text));
    const lead = head.findIndex((h) => LEAD.test(h));
    const time = head.findIndex((h) => TIME.test(h) && !LEAD.test(h));
    if (head.length < 3 || lead < 0 || time < 0) continue;
    const content = head.findIndex((h) => CONTENT.test(h));
    const partner = head.findIndex((h) => PARTNER.test(h) && !LEAD.test(h));
    const number = head.findIndex((h) => /^(?:stt|tt|so tt)$/.test(h));
    for (i++; i < lines.length; i++) {
      const cells = columns(lines[i]);
      if (!cells.length) continue;
      // "|---|---|": a markdown table's rule under its header
      if (cells.every((c) => /^[\s:–—-]*$/.test(c.text))) continue;
      if (cells.length < 3) break;
      // A short row lacks its number, or (numbered) an empty cell, most often "phối hợp".
      const kept = head.map((_, k) => k);
      if (cells.length === head.length - 1) {
        const numbered = number >= 0 && /^\d{1,3}\.?$/.test(cells[0].text);
        const missing = numbered ? (partner >= 0 ? partner : head.length - 1) : number;
        if (missing >= 0) kept.splice(kept.indexOf(missing), 1);
      }
      const at = (k: number) => {
        const pos = kept.indexOf(k);
        return k < 0 || pos < 0 ? null : (cells[pos] ?? null);
      };
      const c = at(content >= 0 ? content : Math.max(0, lead - 1));
      const l = at(lead);
      if (!c || !l) continue;
      out.push({
        item: at(number)?.text.replace(/\.$/, '') ?? null,
        content: c,
        lead: l.text,
        partners: at(partner)?.text ?? '',
        due: asDeadline(at(time)?.text ?? ''),
        dueWritten: at(time)?.text.trim() ?? '',
      });
    }
  }
  return out;
}

/** A completion cell or field as a deadline phrase ("Quý III/2021" → "trong Quý III/2021"). */
export function asDeadline(cell: string): string {
  const f = fold(cell.trim());
  if (!f) return '';
  if (/^(?:truoc|cham nhat|trong|han|den|hoan thanh|xong)\b/.test(f)) return cell.trim();
  if (/^(?:quy|thang|6 thang|nam)\b/.test(f)) return `trong ${cell.trim()}`;
  if (/^(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/.test(f))
    return `chậm nhất ngày ${cell.trim().replace(/^ngày\s+/i, '')}`;
  return cell.trim();
}
