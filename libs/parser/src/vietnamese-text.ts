/**
 * Comparing Vietnamese words as officials type them: with or without diacritics, with the
 * old or the new tone placement ("hoà" / "hòa"), in any case.
 */

const OLD_TONE_PLACEMENT: Record<string, string> = {
  òa: 'oà',
  óa: 'oá',
  ỏa: 'oả',
  õa: 'oã',
  ọa: 'oạ',
  òe: 'oè',
  óe: 'oé',
  ỏe: 'oẻ',
  õe: 'oẽ',
  ọe: 'oẹ',
  ùy: 'uỳ',
  úy: 'uý',
  ủy: 'uỷ',
  ũy: 'uỹ',
  ụy: 'uỵ',
};
const NEW_BY_OLD = new Map(Object.entries(OLD_TONE_PLACEMENT).map(([n, o]) => [o, n]));
const OLD_TONE = new RegExp([...NEW_BY_OLD.keys()].join('|'), 'g');

/** Lower case, composed, tone marks where the 2017 rules put them. */
export function toneKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(OLD_TONE, (m) => NEW_BY_OLD.get(m) ?? m);
}

const foldCache = new Map<string, string>();

/** One character without diacritics, lower case: always exactly one character out. */
export function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    f = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (f.length !== 1) f = c.length === 1 ? (lower.length === 1 ? lower : c) : c;
    foldCache.set(c, f);
  }
  return f;
}

/** Lower case without diacritics, character for character (same length as the input). */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]);
  return out;
}

/** Upper-cases the first letter, leaves the rest as written. */
export function capitalizeFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  return i < 0 ? s : s.slice(0, i) + s[i].toLocaleUpperCase('vi') + s.slice(i + 1);
}

export function isUpperCaseText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
}
