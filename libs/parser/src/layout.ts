import { TASK_VERBS } from './lexicon';
import { MappedText } from './mapped-text';
import { tokenize } from './tokens';
import { columns, isMotto, mottoAt, removeFurniture } from './page-furniture';
import { splitLines } from './normalize-text';
import { fold, isUpperCaseText } from './vietnamese-text';
import { DOC_TYPES } from './doc-types';
import { CellTable, TableRow, readCellTables, readTaskTables } from './task-table';

/** The three parts of a directive as laid out on paper. */
export interface Layout {
  /** Lines above the body, split into their columns. */
  header: MappedText[];
  /** Paragraphs of the body, lines re-joined, spaces collapsed. */
  body: MappedText[];
  /** "Nơi nhận" and the signature block, as column cells in reading order. */
  closing: MappedText[];
  source: string | null;
  /** Rows of task tables ("Nội dung | Cơ quan chủ trì | ... | Thời gian hoàn thành"). */
  table: TableRow[];
  /** Task tables copied one cell a line, read into rows once the reader is there. */
  cellTables: CellTable[];
}

const ITEM_START =
  /^(?:[IVXLC]{1,5}\s*[.)-]\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)](?!\d)|[a-zđ]\s*\)|[-–—+•*·▪●○◦►]|Điều\s+\d)/u;
const AUTHORITY = /^(?:TL|KT|TM|TUQ|Q|TQ|T\/M|K\/T)\.?\s+\S/;
const BODY_END = /\.\/\./;
const AUTHOR_LINE =
  /^(?:vien truong|bo truong|chu tich|giam doc|cuc truong|vu truong|chanh an|thu truong)\b/;
/** A line indented this far sits in the right-hand column (the signature). */
const RIGHT_COLUMN_INDENT = 20;

function isClosingStart(cell: string): boolean {
  const f = fold(cell.trim());
  return /^noi nhan\b/.test(f) || AUTHORITY.test(cell.trim());
}

/** Where the header ends: after the type line and its title, else after number/date lines. */
function headerEnd(lines: MappedText[]): number {
  const limit = Math.min(lines.length, 30);
  let typeLine = -1;
  let lastHeaderish = -1;
  for (let i = 0; i < limit; i++) {
    const cells = columns(lines[i]);
    for (const c of cells) {
      const f = fold(c.text).trim();
      if (
        /^so\s*[:.]/.test(f) ||
        /^(?:.{2,40}?),?\s*ngay\b.*\bnam\s+\d{4}$/.test(f) ||
        /^v\/v\b/.test(f)
      )
        lastHeaderish = i;
      if (
        typeLine < 0 &&
        isUpperCaseText(c.text) &&
        DOC_TYPES.some((t) => f === t.folded || f.startsWith(t.folded + ' '))
      )
        typeLine = i;
    }
    if (typeLine >= 0) break;
  }
  if (typeLine < 0) return addressees(lines, lastHeaderish + 1);
  // The title: the lines after the type line that read like a title, blank lines allowed.
  let end = typeLine + 1;
  let titleLines = 0;
  for (let i = typeLine + 1; i < lines.length && titleLines < 4; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    // "KẾ HOẠCH / Thực hiện công tác kiểm sát năm 2024": a title right under the type line,
    // not the "Thực hiện Công văn số ..., Sở ..." that opens a body
    const carriesOut =
      titleLines === 0 && /^thuc hien\s/.test(fold(t)) && !/[,.;:]/.test(t) && t.length <= 150;
    if (!looksLikeTitleLine(t) && !carriesOut) break;
    titleLines++;
    end = i + 1;
  }
  return addressees(lines, end);
}

/** "Kính gửi:", or a telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:": the addressees follow. */
export const ADDRESSEES_LINE = /^kinh gui\b|(?:^|\s)dien\s*:\s*$/;

/** "Kính gửi: ..." and the list under it belong to the header (the addressees). */
function addressees(lines: MappedText[], from: number): number {
  let i = from;
  // blank lines, and the rest of a subject line broken over lines ("về thông tin, báo cáo ...")
  for (let cont = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    if (/^\p{Ll}/u.test(t) && cont < 3 && i + 1 < lines.length) {
      cont++;
      continue;
    }
    break;
  }
  if (i >= lines.length || !ADDRESSEES_LINE.test(fold(lines[i].text.trim()))) return from;
  let end = i + 1;
  // "Kính gửi:" (or a telegram's "..., điện:") with nothing after its colon: the next line is
  // the addressee however it starts ("Ủy ban nhân dân các tỉnh Gia Lai, Đắk Lắk, ...")
  let bare = /:\s*$/.test(lines[i].text);
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (!t) continue;
    if (bare && t.length <= 600) {
      bare = ADDRESSEES_LINE.test(fold(t)) && /:\s*$/.test(t);
      end = j + 1;
      continue;
    }
    // "- Các bộ, cơ quan ngang bộ,\ncơ quan thuộc Chính phủ;", "- Các bộ, cơ quan ngang bộ, cơ
    // quan\nthuộc Chính phủ;": an addressee broken over lines
    const goesOn =
      end > i + 1 &&
      !/[.;:]$/.test(lines[end - 1].text.trim()) &&
      /^\p{Ll}/u.test(t) &&
      t.length < 150;
    if (!goesOn && (!/^[-–+•]/.test(t) || t.length > 150)) break;
    end = j + 1;
  }
  return end;
}

export function looksLikeTitleLine(t: string): boolean {
  const f = fold(t);
  if (t.length > 200 || /[.;:]$/.test(t)) return false;
  // "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" over a decision's preamble: its author.
  if (isUpperCaseText(t) && AUTHOR_LINE.test(f)) return false;
  if (ITEM_START.test(t)) return false;
  if (
    /^(?:can cu|thuc hien|ngay|vao ngay|nham|de|qua|tren co so|kinh gui|theo|trong|sau khi)\b/.test(
      f,
    )
  )
    return false;
  return true;
}

/**
 * Splits a cleaned text into header, body and closing, drops page furniture and re-joins
 * the lines a PDF copy broke inside sentences.
 */
export function layoutDocument(text: MappedText): Layout {
  // Tables first: the page furniture filter drops lines of three columns and more.
  const all = splitLines(text);
  const table = readTaskTables(all);
  const cells = readCellTables(all);
  const { lines, source } = removeFurniture(
    all.map((l, i) => (cells.consumed.has(i) ? l.slice(0, 0) : l)),
  );
  const hEnd = headerEnd(lines);
  const header: MappedText[] = [];
  for (const l of lines.slice(0, hEnd))
    for (const c of columns(l)) if (!isMotto(c.text)) header.push(c);

  const bodyLines: MappedText[] = [];
  // "Nơi nhận" on the left, the signature on the right: read each column whole.
  const left: MappedText[] = [];
  const right: MappedText[] = [];
  let inClosing = false;
  for (const l of lines.slice(hEnd)) {
    const cells = columns(l);
    if (!inClosing && cells.length && isClosingStart(cells[0].text)) inClosing = true;
    if (inClosing) {
      if (cells.length >= 2) {
        left.push(cells[0]);
        right.push(...cells.slice(1));
      } else if (cells.length === 1) {
        const indent = l.text.length - l.text.trimStart().length;
        (indent >= RIGHT_COLUMN_INDENT ? right : left).push(cells[0]);
      }
      continue;
    }
    const end = BODY_END.exec(l.text);
    if (end) {
      bodyLines.push(l.slice(0, end.index + end[0].length));
      inClosing = true;
      continue;
    }
    bodyLines.push(l);
  }
  const closing = [...left, ...right];
  // A PDF copy run into one line: its header and preamble are one paragraph, which holds the
  // national motto; its articles are cut apart where "Điều N." starts.
  const body = paragraphs(bodyLines.flatMap(splitRunOn)).filter((p) => mottoAt(p.text) < 0);
  return { header, body, closing, source, table, cellTables: cells.tables };
}

/** A very long line cut before each "Điều N." and "Nơi nhận:" it runs into. */
function splitRunOn(line: MappedText): MappedText[] {
  if (line.length < 400) return [line];
  const out: MappedText[] = [];
  let from = 0;
  for (const m of line.text.matchAll(/\s(?=(?:Điều\s+\d{1,3}\s*\.|Nơi nhận\s*:))/gu)) {
    out.push(line.slice(from, m.index));
    from = m.index + 1;
  }
  out.push(line.slice(from));
  return out.flatMap((piece) => [piece, piece.slice(piece.length, piece.length)]);
}

/**
 * A copy whose lines were cut at a width (a PDF or a web page's fixed layout): most lines stop
 * mid-sentence and run straight into the next. In such a copy a short line that stops
 * mid-sentence ("Thực hiện Luật Đầu tư công, Luật") goes on too, whatever the next word's case.
 */
function hardWrapped(lines: MappedText[]): boolean {
  let open = 0;
  let all = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i].text.trim();
    const b = lines[i + 1].text.trim();
    if (a.length < 20 || !b) continue;
    all++;
    if (!/[.:;!?…)"”]$/.test(a) && !ITEM_START.test(b)) open++;
  }
  return all >= 6 && open / all >= 0.6;
}

/** Lines back into paragraphs: a line that stops mid-sentence goes on with the next one. */
function paragraphs(lines: MappedText[]): MappedText[] {
  const out: MappedText[][] = [];
  let current: MappedText[] = [];
  let blankSince = false;
  const wrapped = hardWrapped(lines);
  for (const raw of lines) {
    const l = raw.trim();
    if (!l.length) {
      blankSince = true;
      continue;
    }
    const prev = current.length ? current[current.length - 1].text : '';
    // "giai đoạn 2016\n- 2020": a range broken at its dash, not a bullet
    const range = /^[-–]\s*\d/.test(l.text) && /\d$/.test(prev);
    const prevOpen = prev && !/[.:;!?…)"”]$/.test(prev);
    // "Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, ...": in a hard-wrapped copy, a name
    // broken at its dash mid-sentence, not a bullet (under an item's heading it is one)
    const brokenName =
      !ITEM_START.test(current[0]?.text ?? '') &&
      wrapped &&
      !blankSince &&
      !!prevOpen &&
      /\p{L}$/u.test(prev) &&
      /^[-–]\s*\p{Lu}/u.test(l.text);
    const startsItem = ITEM_START.test(l.text) && !range && !brokenName;
    const lower = /^[\p{Ll}\d]/u.test(l.text);
    // a heading in capitals ends where the text under it starts
    const afterHeading = isUpperCaseText(prev) && !isUpperCaseText(l.text);
    // "I. Nhiệm vụ chung" over "Ban Chỉ huy ... tập trung thực hiện": in a hard-wrapped copy a
    // short numbered heading still ends where the capitalised text under it starts
    const shortHeading =
      current.length === 1 &&
      ITEM_START.test(prev) &&
      prev.split(/\s+/).length <= 6 &&
      !/[,;]/.test(prev) &&
      !/\s(?:với|và|của|cho|các|tại|về|để|theo)$/iu.test(prev) &&
      /^\p{Lu}/u.test(l.text) &&
      !(isUpperCaseText(prev) && isUpperCaseText(l.text));
    // "3. Sở Thông tin và Truyền thông, ..., Báo Bình Định" over "Tăng cường thông tin, ...":
    // a numbered heading of any length ends where a sentence opens on its verb
    const headingOverWork =
      current.length === 1 &&
      ITEM_START.test(prev) &&
      /^\p{Lu}/u.test(l.text) &&
      TASK_VERBS.matchAt(tokenize(l.text), 0) > 0;
    const join =
      prev &&
      !startsItem &&
      !NEWS_TAG.test(l.text) &&
      !shortHeading &&
      !headingOverWork &&
      prevOpen &&
      !afterHeading &&
      (lower || (!blankSince && (prev.length >= 50 || wrapped)));
    if (!join && current.length) {
      out.push(current);
      current = [];
    }
    current.push(l);
    blankSince = false;
  }
  if (current.length) out.push(current);
  return out
    .map((ls) => stripNewsTag(MappedText.join(ls, ' ').collapseSpaces()))
    .filter((p) => p.length);
}

/**
 * "(PLVN) -Nhằm ...", and unbracketed in capitals "GD&TĐ - Thực hiện ...", "TTĐT - Sở ...";
 * a portal's posting stamp may stand before it ("26/12/2013 | 10:17(VP) – Bộ ...").
 */
const NEWS_TAG =
  /^(?:\d{1,2}\/\d{1,2}\/\d{4}\s*\|?\s*\d{1,2}:\d{2}\s*(?:[-–—|]\s*(?=\p{Lu}))?)?(?:\([A-ZĐ][A-Za-zĐđ.]{1,10}\)\s*[-–—]\s*|[A-ZĐ][A-ZĐ&.]{1,9}\s+[-–—]\s+(?=\p{Lu}))/u;

/** The agency tag of a news story, which opens its lede. */
function stripNewsTag(p: MappedText): MappedText {
  const m = NEWS_TAG.exec(p.text);
  return m ? p.slice(m[0].length) : p;
}
