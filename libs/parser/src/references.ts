import { fold } from './vietnamese-text';

/** A referenced document ("Công văn số 2348/VKSTC-VP ngày 14/6/2021") and where it is. */
export interface DocumentReference {
  text: string;
  symbol: string;
  start: number;
  end: number;
}

const TYPES = [
  'thong tu lien tich',
  'chi thi',
  'cong van',
  'quyet dinh',
  'ke hoach',
  'thong bao ket luan',
  'thong bao',
  'nghi quyet',
  'nghi dinh',
  'thong tu',
  'luat',
  'bao cao',
  'huong dan',
  'ket luan',
  'quy che',
  'quy dinh',
  'chuong trinh',
  'to trinh',
  'cong dien',
  'van ban',
  'phap lenh',
  'de an',
  'thong tri',
  'chi thi lien tich',
].sort((a, b) => b.length - a.length);

const DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s*,?\s*nam\s+\d{4}`;
const SYMBOL = String.raw`\d+(?:\/\d{4})?\s*[/-]\s*[a-z][a-z0-9]*(?:\s*[/-]\s*[a-z0-9]+)*`;
const REFERENCE = new RegExp(
  String.raw`(?<![a-z])(?:${TYPES.join('|')})\s+(?:so\s*:?\s*)?(${SYMBOL})(?:\s*,?\s+ngay\s+(?:${DATE}))?`,
  'g',
);

/**
 * Documents the text refers to by number and symbol, in order, each once. Their dates are
 * when those documents were signed, never a deadline.
 */
export function findReferences(text: string): DocumentReference[] {
  const folded = fold(text);
  const out: DocumentReference[] = [];
  for (const m of folded.matchAll(REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const symbolStart = start + m[0].indexOf(m[1]);
    const symbol = text.slice(symbolStart, symbolStart + m[1].length).replace(/\s+/g, '');
    if (!/\p{Lu}/u.test(symbol)) continue; // "số 5/2021" is a count, not a document symbol
    out.push({ text: text.slice(start, end).replace(/\s+/g, ' '), symbol, start, end });
  }
  return out;
}
