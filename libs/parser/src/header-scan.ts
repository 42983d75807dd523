import { DOC_TYPES } from './doc-types';
import { realDate } from './real-date';
import { fold } from './vietnamese-text';

export interface ScannedHeader {
  docNumber: string | null;
  issuedOn: string | null;
  place: string | null;
  docType: string | null;
}

const MOTTO = 'cong hoa xa hoi chu nghia viet nam';
const NUMBER_COLON = /(?<![a-z])so\s*:\s*(\d{1,6}[^\s,;]*?\s?[/-][^\s,;]+)/;
const NUMBER_BARE = /(?<![a-z])so\s+(\d{1,6}[^\s,;]*?\s?[/-][^\s,;]+)/;
// (the motto may stand between the blank and the symbol: "Số:" ... "Hạnh phúc" ... "/TTr-VPCP")
const BLANK_NUMBER =
  /(?<![a-z])so\s*:\s*(?:cong hoa xa hoi chu nghia viet nam\s*doc lap\s*[-–]?\s*tu do\s*[-–]?\s*hanh phuc\s*)?[/-]/;
const BLANK_DAY = /,\s*ngay\s+thang\s+\d{1,2}\s*,?\s+nam\s+\d{4}/;
const PLACE_DATE = /([^,.;:]{2,60}?),\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})/;

/**
 * Number, date, place and type read from the top of a copy whose header lost its layout:
 * cells broken over lines ("Sơn" / "La, ngày 16 tháng 11" / "năm 2018"), a web table's
 * cells, or a PDF copy run into one line. The zone is the text around the national motto,
 * so a news story (which has none) never gets a header from its prose.
 */
export function scanHeader(text: string): ScannedHeader | null {
  const flat = text.replace(/\s+/g, ' ');
  const folded = fold(flat);
  const at = folded.indexOf(MOTTO);
  if (at < 0 || at > 2000) return null;
  const from = Math.max(0, at - 300);
  const zone = flat.slice(from, at + 700);
  const fz = folded.slice(from, at + 700);

  // "Số: /BTNMT-ĐĐBĐVN", "ngày tháng 11 năm 2023": a draft whose number and day are still
  // blank has none; a number or a date later in the zone is a cited document's
  const blankNumber = BLANK_NUMBER.test(fz);
  const blankDay = BLANK_DAY.test(fz);
  const num = blankNumber ? null : (NUMBER_COLON.exec(fz) ?? NUMBER_BARE.exec(fz));
  // "04/HD-VKSTC- V4": a symbol broken after its dash goes on
  const tail = num
    ? /^\s([A-Z0-9Đ]{1,6})(?=[\s,;]|$)/u.exec(zone.slice(num.index + num[0].length))
    : null;
  const docNumber = num
    ? (
        zone.slice(num.index + num[0].length - num[1].length, num.index + num[0].length) +
        (/[-/]$/.test(num[1]) && tail ? tail[1] : '')
      )
        .replace(/\s+/g, '')
        // "số 1028 /BTP-PBGDPL).": the bracket and the period close the sentence, not the symbol
        .replace(/[).]+$/, '')
    : null;

  let issuedOn: string | null = null;
  let place: string | null = null;
  const pd = blankDay ? null : PLACE_DATE.exec(fz);
  if (pd) {
    issuedOn = realDate(Number(pd[4]), Number(pd[3]), Number(pd[2]));
    // The place: the capitalised words just before the comma ("... QĐUBND Cao Bằng, ngày").
    const before = zone
      .slice(pd.index, pd.index + pd[1].length)
      .trim()
      .split(' ');
    const words: string[] = [];
    for (let i = before.length - 1; i >= 0 && words.length < 4; i--) {
      if (!/^\p{Lu}/u.test(before[i]) || /\d/.test(before[i])) break;
      words.unshift(before[i]);
    }
    place = words.length ? words.join(' ') : null;
  }

  // The type: a heading in capitals, not the "QUYẾT ĐỊNH:" that opens a decision's articles.
  let docType: string | null = null;
  let first = Infinity;
  const after = zone.slice(at - from);
  for (const t of DOC_TYPES) {
    const name = t.name.replace(/ /g, '\\s+');
    // A heading starts a run of capitals: "... năm 2019 QUYẾT ĐỊNH BAN HÀNH ...", not the
    // "BÁO CÁO" of "VỀ CHẾ ĐỘ BÁO CÁO".
    const re = new RegExp(`(?<!\\p{Lu}\\s+)(?<![\\p{L}])${name}(?![\\p{L}])(?!\\s*:)`, 'u');
    const m = re.exec(after);
    if (m && m.index < first) {
      first = m.index;
      docType = t.name;
    }
  }
  return { docNumber, issuedOn, place, docType };
}
