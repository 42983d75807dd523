import type { MappedText } from './mapped-text';
import { fold } from './vietnamese-text';

export interface Recipient {
  name: string;
  /** "để báo cáo", "để thực hiện", "để biết", … ; "lưu" for the archive copy; null if unsaid. */
  purpose: string | null;
}

const PURPOSES: [RegExp, string][] = [
  [/^(?:bao cao|b\/c|bc)$/, 'để báo cáo'],
  [/^(?:thuc hien|t\/h|th)$/, 'để thực hiện'],
  [/^(?:biet|b\/b|b)$/, 'để biết'],
  [/^(?:phoi hop|p\/h|ph)$/, 'để phối hợp'],
  [/^(?:chi dao|c\/d|ch\/d|cd)$/, 'để chỉ đạo'],
  [/^(?:theo doi|t\/d|td)$/, 'để theo dõi'],
  [/^(?:chi dao thuc hien)$/, 'để chỉ đạo thực hiện'],
  [/^(?:tham khao)$/, 'để tham khảo'],
  [/^(?:xem xet)$/, 'để xem xét'],
  [/^(?:b\/c|bao cao)\s*(?:va|,)\s*(?:t\/h|thuc hien)$/, 'để báo cáo và thực hiện'],
];
const MARKER = /(\}?)\s*(?:\(\s*|(?<=\s|^))de\s+([a-z/ ,]+?)\s*\)?\s*[;.,]?\s*$/;
const BULLET = /^[-–—+•*·]\s*/;
const AUTHORITY = /^(?:TL|KT|TM|TUQ|Q|TQ|T\/M|K\/T)\.?\s+\S/;

interface Item {
  text: string;
  purpose: string | null;
  brace: boolean;
}

/** The "Nơi nhận" list: names as written, each with the purpose its brace or note gives. */
export function readRecipients(cells: readonly MappedText[]): Recipient[] {
  const texts = cells.map((c) => c.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const start = texts.findIndex((t) => /^noi nhan\b/.test(fold(t)));
  if (start < 0) return [];
  const items: Item[] = [];
  const first = texts[start].replace(/^[^:]*:?\s*/, '');
  const lines = first ? [first, ...texts.slice(start + 1)] : texts.slice(start + 1);
  for (const line of lines) {
    if (AUTHORITY.test(line)) break;
    if (BULLET.test(line) || !items.length) {
      items.push({ text: line.replace(BULLET, ''), purpose: null, brace: false });
    } else if (/^\}/.test(line) || /^\(?\s*de\s/.test(fold(line))) {
      items[items.length - 1].text += ' ' + line; // a brace's note on its own line
    } else if (/[;.]$/.test(items[items.length - 1].text)) {
      break; // the list ended; what follows belongs to the signature
    } else items[items.length - 1].text += ' ' + line;
  }
  for (const it of items) {
    const f = fold(it.text);
    const m = MARKER.exec(f);
    if (m) {
      const purpose = PURPOSES.find(([re]) => re.test(m[2].trim()))?.[1];
      if (purpose) {
        it.purpose = purpose;
        it.brace = m[1] === '}' || /\}/.test(it.text);
        it.text = it.text.slice(0, m.index);
      }
    }
    it.text = it.text
      .replace(/[}\s]+$/, '')
      .replace(/[\s;,.]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (/^luu\b/.test(fold(it.text))) it.purpose = 'lưu';
  }
  // A brace ("} (để báo cáo)") covers the lines around it: each line takes the nearest
  // brace above it, the lines before the first brace the first one. Without braces a note
  // ends its group: a line takes the nearest note at or below it.
  const notes = items
    .map((it, i) => ({ i, purpose: it.purpose }))
    .filter((n) => n.purpose && n.purpose !== 'lưu');
  const braces = items.some((it) => it.brace);
  return items
    .map((it, i) => {
      if (it.purpose) return { name: it.text, purpose: it.purpose };
      // "Như trên", "Như Điều 3": the addressees themselves, in no note's group.
      if (/^nhu\s/.test(fold(it.text))) return { name: it.text, purpose: null };
      const note = braces
        ? ([...notes].reverse().find((n) => n.i < i) ?? notes[0])
        : notes.find((n) => n.i > i);
      return { name: it.text, purpose: note?.purpose ?? null };
    })
    .filter((r) => r.name);
}
