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

/** What a column of a task table holds, by its header. */
export type ColumnRole = 'number' | 'content' | 'lead' | 'partner' | 'time' | 'other';

/** A row of a table copied one cell a line: its number and its cells, empty ones left out. */
export interface CellRow {
  item: string;
  cells: MappedText[];
}

export interface CellTable {
  roles: ColumnRole[];
  rows: CellRow[];
}

const NUMBER_HEAD = /^(?:stt|tt|so tt|so thu tu)$/;
/** Other header cells a task table has ("Sản phẩm", "Ghi chú", "Số ngày ..."). */
const OTHER_HEAD = /^(?:san pham|ket qua|ghi chu|kinh phi|so ngay|muc tieu|yeu cau|chi tieu)/;
/** A header cell is a short line. */
const HEAD_MAX = 120;
/** Lines a row may hold beyond one a column: a cell of several paragraphs. */
const ROW_SLACK = 4;

function roleOf(folded: string): ColumnRole | null {
  if (NUMBER_HEAD.test(folded)) return 'number';
  if (LEAD.test(folded)) return 'lead';
  if (PARTNER.test(folded)) return 'partner';
  if (CONTENT.test(folded) && !/^(?:so ngay|ngay)/.test(folded)) return 'content';
  if (TIME.test(folded)) return 'time';
  if (OTHER_HEAD.test(folded)) return 'other';
  return null;
}

/**
 * Task tables a web page's copy gives one cell a line ("STT", "Nội dung", "Cơ quan chủ trì",
 * ..., then "1", "Xây dựng đề án ...", "Sở Nội vụ", ...): the header cells in a run, then rows
 * that each open on their number. Returns the tables and the indices of the lines they hold,
 * which are no paragraphs of the body.
 */
export function readCellTables(lines: readonly MappedText[]): {
  tables: CellTable[];
  consumed: Set<number>;
} {
  const tables: CellTable[] = [];
  const consumed = new Set<number>();
  const filled = lines.map((l, i) => ({ l: l.trim(), i })).filter((x) => x.l.length > 0);
  for (let h = 0; h < filled.length; h++) {
    if (roleOf(fold(filled[h].l.text)) !== 'number') continue;
    const roles: ColumnRole[] = ['number'];
    let k = h + 1;
    for (; k < filled.length && filled[k].l.length <= HEAD_MAX; k++) {
      const role = roleOf(fold(filled[k].l.text));
      if (!role || role === 'number') break;
      // of two time columns ("Số ngày chậm nhất ... hoàn thành", "Ngày chậm nhất phải hoàn
      // thành"), the last gives the date
      if (role === 'time')
        for (let r = 0; r < roles.length; r++) if (roles[r] === 'time') roles[r] = 'other';
      roles.push(role);
    }
    if (
      roles.length < 3 ||
      !roles.includes('content') ||
      !(roles.includes('lead') || roles.includes('time'))
    )
      continue;
    const rows: CellRow[] = [];
    const used: number[] = [];
    const numberAt = (x: number, n: number) =>
      x < filled.length && filled[x].l.text.replace(/\.$/, '') === String(n);
    let j = k;
    for (let n = 1; numberAt(j, n); n++) {
      const limit = j + roles.length + ROW_SLACK;
      let end = j + 1;
      while (end < filled.length && end < limit && !numberAt(end, n + 1)) {
        if (SECTION_START.test(filled[end].l.text)) break;
        end++;
      }
      // the last row, with no next number to close it, holds one line a column
      if (end === limit && !numberAt(end, n + 1)) end = j + roles.length;
      rows.push({ item: String(n), cells: filled.slice(j + 1, end).map((x) => x.l) });
      for (let u = j; u < end; u++) used.push(filled[u].i);
      j = end;
    }
    if (!rows.length) continue;
    for (let u = h; u < k; u++) consumed.add(filled[u].i);
    for (const u of used) consumed.add(u);
    tables.push({ roles, rows });
    h = j - 1;
  }
  return { tables, consumed };
}

/** A line that opens the document's next part after a table ("IV. TỔ CHỨC THỰC HIỆN"). */
const SECTION_START = /^(?:[IVXLC]{1,5}\s*[.)]\s|\d{1,2}\.\s+\p{Lu}|Nơi nhận)/u;

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
