import type { MappedText } from './mapped-text';
import { fold } from './vietnamese-text';

export type MarkerKind = 'section' | 'number' | 'letter' | 'article' | 'bullet' | 'none';

/** A body paragraph and the item it belongs to. */
export interface ItemParagraph {
  paragraph: MappedText;
  /** "1", "4.2", "II.1", "4.a", "Điều 2"; null before the first item or in unnumbered text. */
  item: string | null;
  marker: MarkerKind;
  /** Where the text starts after the marker ("1. ", "- ", "a) "). */
  textStart: number;
  /** After the last item: "Trên đây là ...", "Nhận được ...". */
  closing: boolean;
}

const SECTION = /^([IVXLC]{1,5})\s*[.)\-–]\s+/;
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s*[.)](?!\d)\s*(?=\S)|\s+(?=\p{Lu}))/u;
const LETTER = /^([a-zđ])\s*\)\s*|^([a-zđ])\.\s+(?=\p{Lu})/u;
const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*/u;
const BULLET = /^[-–—+•*·▪●○◦►]\s*/;
const CLOSING =
  /^(?:tren day la|nhan duoc (?:thong bao|van ban|cong van|ke hoach|chi thi|quyet dinh))/;

export function markerOf(text: string): { kind: MarkerKind; value: string; length: number } {
  let m = SECTION.exec(text);
  if (m) return { kind: 'section', value: m[1], length: m[0].length };
  m = ARTICLE.exec(text);
  if (m) return { kind: 'article', value: m[1], length: m[0].length };
  m = NUMBER.exec(text);
  if (m && !/^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(text))
    return { kind: 'number', value: m[1], length: m[0].length };
  // "(1) Thời hạn các cơ quan ... gửi báo cáo:", "(2) Các cơ quan, đơn vị thuộc Bộ ..."
  m = /^\((\d{1,2})\)\s*(?=\S)/.exec(text);
  if (m) return { kind: 'number', value: m[1], length: m[0].length };
  m = LETTER.exec(text);
  if (m) return { kind: 'letter', value: m[1] ?? m[2], length: m[0].length };
  m = BULLET.exec(text);
  if (m && !/^[-–]\s*\d/.test(text)) return { kind: 'bullet', value: '', length: m[0].length };
  return { kind: 'none', value: '', length: 0 };
}

/**
 * Labels paragraphs with their item: "1.", "4.2." and "II." open items ("II.1" under a
 * section), "a)" a sub-item of the current number ("4.a"), "Điều 2." an article; bullets
 * ("-", "+", "•") and plain paragraphs stay in the item above them.
 */
export function labelItems(paragraphs: readonly MappedText[]): {
  paragraphs: ItemParagraph[];
  numbered: boolean;
} {
  let section: string | null = null;
  let number: string | null = null;
  let current: string | null = null;
  let closing = false;
  let numbered = false;
  const out: ItemParagraph[] = paragraphs.map((paragraph) => {
    const marker = markerOf(paragraph.text);
    switch (marker.kind) {
      case 'section':
        section = marker.value;
        number = null;
        current = section;
        numbered = true;
        break;
      case 'article':
        number = `Điều ${marker.value}`;
        current = number;
        numbered = true;
        break;
      case 'number':
        number = section ? `${section}.${marker.value}` : marker.value;
        current = number;
        numbered = true;
        break;
      case 'letter':
        current = number ? `${number}.${marker.value}` : marker.value;
        numbered = true;
        break;
      default:
        break;
    }
    if (marker.kind !== 'bullet' && marker.kind !== 'none') closing = false;
    else if (numbered && CLOSING.test(fold(paragraph.text.slice(marker.length)))) closing = true;
    return {
      paragraph,
      item: closing ? null : current,
      marker: marker.kind,
      textStart: marker.length,
      closing,
    };
  });
  return { paragraphs: out, numbered };
}
