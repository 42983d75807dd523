import { SYLLABLE_COUNTS } from '../data/syllable-counts';
import { MappedText } from './mapped-text';
import { fold } from './vietnamese-text';

/**
 * Two syllables a copy ran together ("cơquan", "cácsở", "Kếhoạch", "BANHÀNH"), split again.
 * A Vietnamese syllable is one vowel group between an optional onset and an optional final
 * consonant, so a Vietnamese word (it has a letter or mark English lacks) that is not one
 * syllable but is exactly two is two words. Where two splits fit, the one whose rarer half is
 * the commoner syllable in the language wins ("chủ|trì", not "chủt|rì"; "Chánh|án", not
 * "Chán|hán"); between syllables never seen, the second keeps a consonant onset and the first
 * is the longer ("ban|hành", not "banh|ành" nor "ba|nhành").
 */
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)';
const SYLLABLE = `${ONSET}?[aeiouy]{1,3}(?:ng|nh|ch|c|m|n|p|t)?`;
const ONE = new RegExp(`^${SYLLABLE}$`);
const FIRST = new RegExp(`^${SYLLABLE}`);
/** A Vietnamese word: "đ", or a mark (a tone, a breve, a circumflex, a horn) once decomposed. */
const VIETNAMESE = /[đĐ]|[\u0300-\u0323]/u;

/** How many tone marks a word carries: a syllable has one at most ("Tòaán" is two). */
function tones(word: string): number {
  return word.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/gu)?.length ?? 0;
}

/** Whether a lower-case word has the shape of one Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  const f = fold(word);
  return f.length === word.length && ONE.test(f);
}

let counts: Map<string, number> | null = null;
function countOf(syllable: string): number {
  counts ??= new Map(
    SYLLABLE_COUNTS.flatMap((line) => line.split(' ')).map((e) => {
      const at = e.lastIndexOf(':');
      return [e.slice(0, at), Number(e.slice(at + 1))];
    }),
  );
  return counts.get(syllable.toLocaleLowerCase('vi')) ?? 0;
}

/** Where to cut `word` (an index into it), or -1 when it is one word. */
export function gluedAt(word: string): number {
  if (word.length < 4 || word.length > 14 || !VIETNAMESE.test(word.normalize('NFD'))) return -1;
  const f = fold(word);
  if (f.length !== word.length || !/^[a-z]+$/.test(f)) return -1;
  // One syllable's shape with two tone marks ("Tòaán") is two only when both halves are
  // syllables in use: a page that scatters its marks ("kíến", "ngàỵ") stays as it is.
  const twoTones = ONE.test(f);
  if (twoTones && tones(word) < 2) return -1;
  let best = -1;
  let bestOnset = false;
  let bestSeen = 0;
  for (let k = f.length - 1; k > 0; k--) {
    if (!ONE.test(f.slice(0, k)) || !ONE.test(f.slice(k))) continue;
    const onset = /^[^aeiouy]/.test(f.slice(k));
    const seen = Math.min(countOf(word.slice(0, k)), countOf(word.slice(k)));
    if (best < 0 || seen > bestSeen || (seen === bestSeen && onset && !bestOnset)) {
      best = k;
      bestOnset = onset;
      bestSeen = seen;
    }
  }
  if (twoTones && bestSeen === 0) return -1;
  return FIRST.test(f) ? best : -1;
}

/** The text with run-together syllables split by a space mapped to the gap between them. */
export function unglueWords(text: MappedText): MappedText {
  const words = [...text.text.matchAll(/\p{L}+/gu)];
  if (!words.some((m) => gluedAt(m[0]) > 0)) return text;
  const b = MappedText.builder();
  let from = 0;
  for (const m of words) {
    const at = gluedAt(m[0]);
    if (at <= 0) continue;
    const cut = m.index + at;
    b.append(text.slice(from, cut));
    const gap = text.span(cut - 1, cut).end;
    b.push(' ', gap, gap);
    from = cut;
  }
  b.append(text.slice(from));
  return b.build();
}

/**
 * A headline or a page's time stamp run into the next line by a copy ("... sau sáp
 * nhậpThời sự - 26/04 19:05Ban Tổ chức Trung ương sẽ ..."): a lower-case word of two letters
 * or more, or a clock time, directly before a capitalised word is a lost line break.
 */
const LOST_BREAK = /(?:\p{Ll}{2}|\b\d{1,2}[:h]\d{2})(?=\p{Lu}\p{Ll})/gu;

/** The text with each lost break put back as a blank line mapped to the gap. */
export function restoreLineBreaks(text: MappedText): MappedText {
  const cuts = [...text.text.matchAll(LOST_BREAK)].map((m) => m.index + m[0].length);
  if (!cuts.length) return text;
  const b = MappedText.builder();
  let from = 0;
  for (const cut of cuts) {
    b.append(text.slice(from, cut));
    const gap = text.span(cut - 1, cut).end;
    b.push('\n\n', gap, gap);
    from = cut;
  }
  b.append(text.slice(from));
  return b.build();
}
