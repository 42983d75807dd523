import type { MappedText } from './mapped-text';
import { capitalizeFirst, fold, isUpperCaseText } from './vietnamese-text';

export interface Signer {
  name: string | null;
  title: string | null;
  /** "TL. Viện trưởng", "KT. Viện trưởng", "TM. Ban cán sự đảng"; null when signing in own right. */
  authority: string | null;
}

const AUTHORITY = /^(TL|KT|TM|TUQ|Q|TQ|T\/M|K\/T)\.?\s+(.+)$/;
const TITLE_WORDS =
  /^(?:pho\s+)?(?:vien truong|chanh van phong|vu truong|cuc truong|giam doc|bo truong|thu truong|chu tich|truong ban|truong phong|hieu truong|chanh an|chanh thanh tra|tong bien tap|bi thu|tong cuc truong|chi cuc truong|thu tuong)\b/;
const SIGNED = /^[([]?\s*(?:da ky|ky|ky ten|da ky va dong dau|daky)\s*[)\]]?$/;

/** "CHÁNH VĂN PHÒNG" → "Chánh Văn phòng", "PHÓ VIỆN TRƯỞNG" → "Phó Viện trưởng". */
export function officialCase(upper: string): string {
  const words = upper
    .trim()
    .split(/\s+/)
    .map((w) => w.toLocaleLowerCase('vi'));
  const folded = words.map(fold);
  const capital = new Set([0]);
  // "Phó Viện trưởng": the title after "Phó" keeps its capital.
  if (folded[0] === 'pho') capital.add(1);
  // "Chánh Văn phòng", "Chánh Thanh tra": the office after "Chánh" is a name.
  folded.forEach((w, i) => {
    if (w === 'chanh' && /^(van phong|thanh tra)$/.test(folded.slice(i + 1, i + 3).join(' ')))
      capital.add(i + 1);
  });
  return words.map((w, i) => (capital.has(i) ? capitalizeFirst(w) : w)).join(' ');
}

function isPersonName(t: string): boolean {
  const words = t.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || /\d/.test(t)) return false;
  if (TITLE_WORDS.test(fold(t))) return false;
  return words.every((w) => /^\p{Lu}[\p{L}\p{M}]*\.?$/u.test(w));
}

function personCase(t: string): string {
  const words = t.trim().split(/\s+/);
  return isUpperCaseText(t)
    ? words.map((w) => capitalizeFirst(w.toLocaleLowerCase('vi'))).join(' ')
    : words.join(' ');
}

/** The signature block: authority line, title lines, then the name under the signature. */
export function readSigner(cells: readonly MappedText[]): Signer | null {
  const texts = cells
    .map((c) => c.text.replace(/\s+/g, ' ').trim())
    .filter((t) => t && !SIGNED.test(fold(t)));
  let at = texts.findIndex((t) => AUTHORITY.test(t) && isUpperCaseText(t.replace(AUTHORITY, '$2')));
  let authority: string | null = null;
  if (at >= 0) {
    // "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH": the signer acts for the nearer one
    for (; at < texts.length && AUTHORITY.test(texts[at]); at++) {
      const m = AUTHORITY.exec(texts[at])!;
      if (!isUpperCaseText(m[2])) break;
      authority = `${m[1]}. ${officialCase(m[2])}`;
    }
  } else {
    at = texts.findIndex((t) => isUpperCaseText(t) && TITLE_WORDS.test(fold(t)));
    if (at < 0) return null;
  }
  const titleLines: string[] = [];
  let i = at;
  while (
    i < texts.length &&
    isUpperCaseText(texts[i]) &&
    !isPersonName(texts[i]) &&
    titleLines.length < 3
  ) {
    if (/^[-–+•*]/.test(texts[i])) break;
    titleLines.push(texts[i]);
    i++;
  }
  // All-capital names exist ("ĐỖ VĂN PHƯƠNG"): after the title, the first name-like line.
  let name: string | null = null;
  for (; i < texts.length; i++) {
    if (
      isPersonName(texts[i]) ||
      (isUpperCaseText(texts[i]) && isPersonName(personCase(texts[i])))
    ) {
      name = personCase(texts[i]);
      break;
    }
  }
  const title = titleLines.length ? officialCase(titleLines.join(' ')) : null;
  if (!title && !name) return null;
  return { name, title, authority };
}
