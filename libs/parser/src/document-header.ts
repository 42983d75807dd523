import { DOC_TYPES, typeOfSymbol } from './doc-types';
import { provinceNamed } from './places';
import type { MappedText } from './mapped-text';
import { ORG_HEADS } from './lexicon';
import { tokenize } from './tokens';
import { UnitRef, UnitResolver, isAbbreviation } from './unit-resolver';
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

// "Số: 123 /UBND-VX": a copy may put a space on either side of the slash
const NUMBER = /^so\s*[:.]?\s*(\d+\s*[/-]\s*\S+|\S+)/;
const WEEKDAY = /^(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)$/;
const PLACE_DATE_WORDS = /^(.{2,40}?)\s*,?\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const PLACE_DATE_DIGITS =
  /^(.{2,40}?)\s*,\s*ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const SUBJECT_LINE = /^(?:v\/v|ve viec)\s*[:.]?\s*/;
const GAZETTE_TITLE =
  /^cua\s+.{3,80}?\s+so\s+(\d+(?:\/\d{4})?[/-][a-z0-9&/-]+)(?:\s+ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})?\s*(?:ve\s+viec\s+|ve\s+)?/;
const GAZETTE_DATE = /\sso\s+\d+\S*\s+ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;

/**
 * The date after the number in an old gazette's heading ("... SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6
 * NĂM 2001 VỀ VIỆC ..."), read from the top of the text.
 */
export function gazetteDate(text: string): { issuedOn: string | null; title: string | null } {
  const flat = text.slice(0, 800).replace(/\s+/g, ' ');
  const dated = GAZETTE_DATE.exec(fold(flat));
  if (!dated) return { issuedOn: null, title: null };
  // the subject after the date, in capitals up to the first line of prose
  const after = /^\s*((?:VỀ VIỆC|VỀ)\s.{3,200}?)(?=\s+\p{Lu}\p{Ll}{2,}\s)/u.exec(
    flat.slice(dated.index + dated[0].length),
  );
  return {
    issuedOn: realDate(Number(dated[3]), Number(dated[2]), Number(dated[1])),
    title: after ? capitalizeFirst(after[1].toLocaleLowerCase('vi')) : null,
  };
}

/** "16/2001/CT-TTG" written in capitals: the symbol as issued ("16/2001/CT-TTg"). */
function canonicalSymbol(written: string): string {
  return written.replace(/TTG$/u, 'TTg');
}

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
  let subjectLine = false;
  let numberLine = false;
  let typeAt = -1;
  let firstMarker = cells.length;
  cells.forEach((cell, i) => {
    const text = cell.text.trim();
    const f = fold(text);
    const num = NUMBER.exec(f);
    if (num && !out.docNumber && /[/-]/.test(num[1])) {
      numberLine = true;
      // ("Số: 225 - KH/TWĐTN-CTTN": spaces around a dash or slash inside the symbol)
      const parts = text
        .replace(/^\p{L}+\s*[:.]?\s*/u, '')
        .replace(/(?<=\d)\s+([-/])\s+(?=\p{Lu})/u, '$1')
        .split(/\s+/);
      // "04/HD-VKSTC- V4": a symbol broken after its dash goes on with the next word
      const symbol =
        (/[-/]$/.test(parts[0]) || /^[-/]/.test(parts[1] ?? '')) && parts[1]
          ? parts[0] + parts[1]
          : parts[0];
      // "Số: /BTNMT-ĐĐBĐVN": a draft whose number is still to be given has none
      if (/^\d/.test(symbol)) out.docNumber = symbol;
      firstMarker = Math.min(firstMarker, i);
      return;
    }
    const pd = PLACE_DATE_WORDS.exec(f) ?? PLACE_DATE_DIGITS.exec(f);
    // "Thứ Tư, ngày 28 tháng 10 năm 2020", "11:51, Ngày 21/10/2017": the day a page was
    // posted, not a place and its date
    const stamp =
      WEEKDAY.test(pd?.[1].replace(/[\s,]+$/, '') ?? '') || /\d\s*:\s*\d/.test(pd?.[1] ?? '');
    if (pd && !out.issuedOn && !stamp) {
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
    if (sub && /^v\/v/.test(f)) subjectLine = true;
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
  // "CHỈ THỊ" / "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC
  // ...": an old gazette's heading, the number and date inside the title
  const gazette = out.title && !out.docNumber ? GAZETTE_TITLE.exec(fold(out.title)) : null;
  if (gazette && out.title) {
    const at = fold(out.title).indexOf(gazette[1], gazette.index);
    out.docNumber = canonicalSymbol(out.title.slice(at, at + gazette[1].length));
    const rest = out.title.slice(gazette.index + gazette[0].length).trim();
    out.title = rest ? capitalizeFirst(rest) : null;
  }
  if (!out.docType && out.docNumber) out.docType = typeOfSymbol(out.docNumber)?.name ?? null;
  // a "V/v" line under a number line is a công văn's, also where the number is still blank
  if (!out.docType && subjectLine && numberLine) out.docType = 'CÔNG VĂN';

  // The issuer: the lowest name above the number, date and type lines (a Vụ under its Viện).
  // A name may run over two lines ("VIỆN KIỂM SÁT NHÂN DÂN" / "TỈNH TRÀ VINH").
  const top = cells
    .slice(0, firstMarker)
    // "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": two columns run into one line
    .map((c) => c.text.replace(MOTTO_RUN_IN, ' ').trim())
    .filter((t) => isUpperCaseText(t) && !/^[-–_*=.\s]+$/.test(t));
  for (let i = 0; i < top.length; i++) {
    // "VIỆN" / "KIỂM SÁT NHÂN DÂN" / "TỐI CAO": a name broken over up to four lines
    let ref: UnitRef | null = null;
    let span = 1;
    for (let n = Math.min(4, top.length - i); n >= 1 && !ref; n--) {
      ref = resolver.resolve(top.slice(i, i + n).join(' '));
      if (ref) span = n;
    }
    // "ỦY BAN NHÂN DÂN" / "HUYỆN CHÂU THÀNH": a body's kind, then its level and place
    if (!ref) {
      const level = top.slice(i + 1, i + 4).findIndex((line) => LEVEL_LINE.test(fold(line)));
      span = level >= 0 ? level + 2 : 1;
    }
    const parent = out.issuer?.name ?? null;
    const name = ref?.name ?? bodyNameCase(top.slice(i, i + span).join(' '), resolver);
    const placed = ofParentPlace(name, parent);
    if (placed) out.issuer = { name: placed, ref: null };
    else if (ref) out.issuer = { name: ref.name, ref };
    else if (!out.issuer?.ref) out.issuer = { name, ref: null };
    i += span - 1;
  }
  // "ỦY BAN NHÂN DÂN" over "Hà Nội, ngày ...": the province the place line names
  if (out.issuer && out.place) {
    const placed = committeeOfPlace(out.issuer.name, out.place);
    if (placed) out.issuer = { name: placed, ref: null };
  }
  return out;
}

/**
 * A committee named with no place ("Ủy ban nhân dân", "UBND tỉnh") in a letter dated from a
 * province's name ("Lai Châu, ngày ..."): that province's committee. A town's name (a
 * province's seat) is no province, and leaves the name as it is.
 */
function committeeOfPlace(name: string, place: string): string | null {
  const bare = /^(Ủy ban nhân dân|UBND)(?:\s+(tỉnh|thành phố))?$/iu.exec(name.trim());
  const province = provinceNamed(place);
  if (!bare || !province) return null;
  const level = /^(tỉnh|thành phố)/u.exec(province)![1];
  if (bare[2] && fold(bare[2]) !== fold(level)) return null;
  return `${bare[1]} ${province}`;
}

/** A committee's level and place: "Ủy ban nhân dân tỉnh Quảng Ngãi" → "tỉnh Quảng Ngãi". */
const COMMITTEE_PLACE =
  /^(?:Ủy ban nhân dân|UBND)\s+((?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\S.*)$/iu;
const OFFICE = /^(?:Sở|Văn phòng|Phòng|Ban|Trung tâm|Chi cục|Thanh tra)(?:\s|$)/u;
const HAS_PLACE = /\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.?)(?:\s|$)/u;

/**
 * "SỞ Y TẾ" under "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI": the department of that province, "Sở Y tế
 * tỉnh Quảng Ngãi"; a bare "VĂN PHÒNG" is the committee's own office. Null when the name is
 * no office of a committee above it.
 */
function ofParentPlace(name: string, parent: string | null): string | null {
  const place = parent ? COMMITTEE_PLACE.exec(parent) : null;
  if (!place || !OFFICE.test(name) || HAS_PLACE.test(name)) return null;
  return /^Văn phòng$/iu.test(name) ? `Văn phòng UBND ${place[1]}` : `${name} ${place[1]}`;
}

const MOTTO_RUN_IN =
  /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc/gu;
/** A header line that is a level and a place: "HUYỆN CHÂU THÀNH", "TỈNH LAI CHÂU". */
// (not "HUYỆN ỦY NAM ĐÀN" under "ĐẢNG BỘ TỈNH NGHỆ AN": a party committee of its own)
const LEVEL_LINE = /^(?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran)\s+(?!uy(?:\s|$))\S/;

/** Words of a level, written in lower case before the place they name. */
const LEVELS = new Set(['tinh', 'huyen', 'xa', 'phuong', 'quan', 'thi', 'tran', 'thanh', 'pho']);

/**
 * "SỞ TÀI CHÍNH TỈNH BÌNH ĐỊNH" → "Sở Tài chính tỉnh Bình Định": a heading in capitals as the
 * body's name is written, its known part as the gazetteer spells it, the level in lower case and
 * the place with capitals. Text not all in capitals is kept.
 */
export function bodyNameCase(text: string, resolver: UnitResolver): string {
  if (!isUpperCaseText(text)) return text;
  const tokens = tokenize(text);
  const known = resolver.mentions(tokens).find((m) => m.from === 0 && m.ref.kind === 'external');
  let out = known ? known.ref.name : '';
  let at = known ? tokens[known.to - 1].end : 0;
  // "Sở Tài chính", "Ban Chỉ đạo": the word after the kind of body has its capital
  const head = known ? known.to : ORG_HEADS.matchAt(tokens, 0);
  // "ĐẢNG ỦY XÃ ĐẠI HIỆP": a level after the head is in lower case, the place after it not
  const named = !known && head && !LEVELS.has(tokens[head]?.folded ?? '') ? head : -1;
  // "HUYỆN ỦY NAM ĐÀN", "TỈNH ỦY QUẢNG NINH": a party committee's place follows its head
  const partyPlace = head > 1 && tokens[head - 1].folded === 'uy';
  let place = false;
  for (let i = known?.to ?? 0; i < tokens.length; i++) {
    const t = tokens[i];
    out += text.slice(at, t.start);
    at = t.end;
    if (!t.word) {
      out += t.text;
      continue;
    }
    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI": a province named with no level word before it
    if (!place && i > 0 && provinceNamed(text.slice(t.start))) place = true;
    if (partyPlace && i === head && !LEVELS.has(t.folded)) place = true;
    const lower = t.text.toLocaleLowerCase('vi');
    // "UBND", "COVID-19": abbreviations and code words stay in capitals
    const code = isAbbreviation(t.folded) || /^[-–]\d/.test(text.slice(t.end, t.end + 2));
    out += code ? t.text : i === 0 || i === named || place ? capitalizeFirst(lower) : lower;
    if (LEVELS.has(t.folded) && !LEVELS.has(tokens[i + 1]?.folded ?? '')) place = true;
  }
  // "Ủy ban nhân dân", "Tòa án nhân dân": "nhân dân" is part of the kind, not the name
  return (out + text.slice(at)).replace(
    /^(Ủy ban|Hội đồng|Tòa án|Viện kiểm sát) Nhân dân/u,
    '$1 nhân dân',
  );
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
