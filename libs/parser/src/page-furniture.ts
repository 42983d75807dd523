import { MappedText } from './mapped-text';
import { fold } from './vietnamese-text';

/** Page numbers: "2", "- 2 -", "Trang 2/5", "2/5", "Page 2 of 5". */
const PAGE_NUMBER = [
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/,
  /^(?:trang|page)\s+\d{1,3}(?:\s*(?:\/|of|tren)\s*\d{1,3})?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];

/** The national motto and the rules under it: decoration of the header. */
const MOTTO = [
  /^cong hoa xa hoi chu nghia viet nam$/,
  /^doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc$/,
  /^[-–—_*=.~\s]{3,}$/,
];

/** News-page furniture: captions, bylines, the related-articles block (cut from there on). */
const CAPTION = /^(?:\(?anh\s*(?:minh hoa)?\s*[:.)]|anh minh hoa\.?$)/;
const SOURCE = /^nguon(?: tin)?\s*:\s*/;
const AUTHOR = /^(?:tac gia(?: bai viet)?|bai va anh|phong vien)\s*:/;
const RELATED =
  /^(?:cung chuyen muc|tin lien quan|tin tuc lien quan|danh gia$|doc them|bai viet lien quan|tin cung chuyen muc|cac tin khac|tin khac|xem them|co the ban quan tam)\b/;

export interface CleanLines {
  lines: MappedText[];
  /** "Nguồn tin: VKSND huyện Trà Cú": who published it. */
  source: string | null;
}

const MOTTO_IN_TEXT = /cong hoa xa hoi chu nghia viet nam/g;

/**
 * Where the national motto stands as the motto in `text` (a header run into a line), or -1:
 * in capitals, or before "Độc lập - Tự do - Hạnh phúc". "Ngày Pháp luật nước Cộng hòa xã hội
 * chủ nghĩa Việt Nam" in a sentence names the country.
 */
export function mottoAt(text: string): number {
  const folded = fold(text);
  for (const m of folded.matchAll(MOTTO_IN_TEXT)) {
    const written = text.slice(m.index, m.index + m[0].length);
    const capitals = written === written.toLocaleUpperCase('vi');
    if (capitals || /^[\s,.\-–—]*doc\s+lap/.test(folded.slice(m.index + m[0].length)))
      return m.index;
  }
  return -1;
}

export function isMotto(line: string): boolean {
  const f = fold(line.trim()).replace(/\s+/g, ' ');
  return MOTTO.some((re) => re.test(f)) || isMottoPiece(line, f);
}

/**
 * The motto broken over lines of a narrow column ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 * "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"): a line in capitals that is a run of its words.
 */
function isMottoPiece(line: string, folded: string): boolean {
  return (
    !!folded &&
    /\p{Lu}/u.test(line) &&
    line === line.toLocaleUpperCase('vi') &&
    /(?:^| )(?:cong|hoa|hoi|nghia)(?: |$)/.test(folded) &&
    ' cong hoa xa hoi chu nghia viet nam '.includes(` ${folded} `)
  );
}

/** Gaps of five or more spaces: columns of a two-column header or signature copied as text. */
export function columns(line: MappedText, gap = 5): MappedText[] {
  return line
    .split(new RegExp(`\\s{${gap},}`, 'g'))
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/**
 * Drops what is on the page but not in the document: page numbers, running headers and
 * footers (short lines repeated), slogan banners, captions and bylines, and everything
 * from a "related articles" block on. Blank lines stay (they separate paragraphs).
 */
export function removeFurniture(lines: readonly MappedText[]): CleanLines {
  let source: string | null = null;
  const counts = new Map<string, number>();
  const keyOf = (l: MappedText) => fold(l.text).replace(/\s+/g, ' ').trim();
  for (const l of lines) {
    const k = keyOf(l);
    if (k.length >= 3 && k.length <= 100) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: MappedText[] = [];
  let nonEmpty = 0;
  let bodySeen = false;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    let k = keyOf(line);
    // "Kính" / "gửi:" broken over two lines of a narrow cell
    if (k === 'kinh' && /^gui\b/.test(keyOf(lines[n + 1] ?? line))) {
      line = MappedText.join([line.trim(), lines[++n].trim()], ' ');
      k = keyOf(line);
    }
    if (!k) {
      out.push(line.slice(0, 0));
      continue;
    }
    nonEmpty++;
    if (RELATED.test(k)) break;
    if (PAGE_NUMBER.some((re) => re.test(k))) continue;
    if (columns(line, 8).length >= 3) continue; // slogan banners, table debris
    if (CAPTION.test(k) || AUTHOR.test(k)) continue;
    const src = SOURCE.exec(k);
    if (src) {
      source =
        line.text
          .trim()
          .slice(line.text.trim().indexOf(':') + 1)
          .trim() || null;
      continue;
    }
    // A short line seen again is a running header or footer; it stays while it is in the
    // document's own header, above the body (a page's title over the document's type line).
    const repeated = (counts.get(k) ?? 0) > 1 && !/[.;:!?]$/.test(k) && !/^[-–+•*]/.test(k);
    if (repeated && !(nonEmpty <= 12 && !bodySeen)) continue;
    if (k.length > 100 || /^\d{1,2}(?:\.\d{1,2})*[.)]\s/.test(k)) bodySeen = true;
    out.push(line);
  }
  return { lines: out, source };
}
