import { DOC_TYPES, typeOfSymbol } from './doc-types';
import type { MappedText } from './mapped-text';
import { UnitRef, UnitResolver } from './unit-resolver';
import { realDate } from './real-date';
import { capitalizeFirst, fold, isUpperCaseText } from './vietnamese-text';

export interface DocumentHeader {
  docNumber: string | null;
  docType: string | null;
  title: string | null;
  issuedOn: string | null;
  place: string | null;
  /** The issuing body named at the top left, resolved or as written. */
  issuer: { name: string; ref: UnitRef | null } | null;
}

const NUMBER = /^so\s*[:.]?\s*(\S+)/;
const PLACE_DATE_WORDS = /^(.{2,40}?)\s*,?\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const PLACE_DATE_DIGITS =
  /^(.{2,40}?)\s*,\s*ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const SUBJECT_LINE = /^(?:v\/v|ve viec)\s*[:.]?\s*/;

/** Reads number, type, title, place and date, and the issuer from the lines above the body. */
export function readHeader(cells: readonly MappedText[], resolver: UnitResolver): DocumentHeader {
  const out: DocumentHeader = {
    docNumber: null,
    docType: null,
    title: null,
    issuedOn: null,
    place: null,
    issuer: null,
  };
  const titleParts: string[] = [];
  let typeAt = -1;
  let firstMarker = cells.length;
  cells.forEach((cell, i) => {
    const text = cell.text.trim();
    const f = fold(text);
    const num = NUMBER.exec(f);
    if (num && !out.docNumber && /[/-]/.test(num[1])) {
      const parts = text.replace(/^\p{L}+\s*[:.]?\s*/u, '').split(/\s+/);
      // "04/HD-VKSTC- V4": a symbol broken after its dash goes on with the next word
      out.docNumber = /[-/]$/.test(parts[0]) && parts[1] ? parts[0] + parts[1] : parts[0];
      firstMarker = Math.min(firstMarker, i);
      return;
    }
    const pd = PLACE_DATE_WORDS.exec(f) ?? PLACE_DATE_DIGITS.exec(f);
    if (pd && !out.issuedOn) {
      const date = realDate(Number(pd[4]), Number(pd[3]), Number(pd[2]));
      if (date) {
        out.issuedOn = date;
        const place = text.slice(0, pd[1].length).trim();
        out.place = /\d/.test(place) ? null : place;
        firstMarker = Math.min(firstMarker, i);
        return;
      }
    }
    // "V/v báo cáo ..." is the subject line of a công văn; "Về việc ..." stays as written.
    const sub = SUBJECT_LINE.exec(f);
    if (sub && (typeAt < 0 || i > typeAt)) {
      titleParts.push(capitalizeFirst(/^v\/v/.test(f) ? text.slice(sub[0].length).trim() : text));
      return;
    }
    if (/^kinh gui\b/.test(f)) return;
    if (typeAt < 0 && isUpperCaseText(text)) {
      const type = DOC_TYPES.find((t) => f === t.folded || f.startsWith(t.folded + ' '));
      if (type) {
        out.docType = type.name;
        typeAt = i;
        firstMarker = Math.min(firstMarker, i);
        const rest = text.slice(type.name.length).trim();
        if (rest) titleParts.push(rest);
        return;
      }
    }
    if (typeAt >= 0 && i > typeAt) titleParts.push(text);
  });
  if (titleParts.length) out.title = titleParts.join(' ').replace(/\s+/g, ' ').trim();
  if (!out.docType && out.docNumber) out.docType = typeOfSymbol(out.docNumber)?.name ?? null;

  // The issuer: the lowest name above the number, date and type lines (a Vụ under its Viện).
  // A name may run over two lines ("VIỆN KIỂM SÁT NHÂN DÂN" / "TỈNH TRÀ VINH").
  const top = cells
    .slice(0, firstMarker)
    .map((c) => c.text.trim())
    .filter((t) => isUpperCaseText(t) && !/^[-–_*=.\s]+$/.test(t));
  for (let i = 0; i < top.length; i++) {
    const joined = i + 1 < top.length ? resolver.resolve(`${top[i]} ${top[i + 1]}`) : null;
    const ref = joined ?? resolver.resolve(top[i]);
    if (ref) out.issuer = { name: ref.name, ref };
    else if (!out.issuer?.ref) out.issuer = { name: top[i], ref: null };
    if (joined) i++;
  }
  return out;
}

/** The issuing body a symbol names ("2348/VKSTC-VP" → VKSND tối cao). */
export function issuerOfSymbol(symbol: string, resolver: UnitResolver): UnitRef | null {
  const parts = symbol.split('/').slice(1).join('/').split(/[-/]/);
  for (const p of parts) {
    const ref = resolver.resolve(p);
    if (ref && ref.kind === 'unit') return ref;
  }
  return null;
}
