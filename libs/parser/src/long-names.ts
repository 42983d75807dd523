import type { MappedText } from './mapped-text';
import { ORG_HEADS, PERSON_AFTER, TASK_VERBS } from './lexicon';
import { Token, tokenize } from './tokens';
import type { UnitResolver } from './unit-resolver';

const LEVEL_WORDS = new Set([
  'tinh',
  'huyen',
  'thanh',
  'pho',
  'thi',
  'xa',
  'quan',
  'toi',
  'cao',
  'cap',
  'nhan',
  'dan',
  'trung',
  'uong',
  'khu',
  'vuc',
]);

/**
 * Full names of bodies the text writes out ("Cục THADS tỉnh Bình Phước"), so that a later
 * "Cục THADS tỉnh" or plain "Cục" can stand for them.
 */
export function longNames(paragraphs: readonly MappedText[], resolver?: UnitResolver) {
  const found: { words: string[]; text: string; plural: boolean }[] = [];
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    // a known name is taken whole, its lower-case words too ("Bộ Tư pháp", not "Bộ Tư")
    const known = new Map((resolver?.mentions(tokens) ?? []).map((m) => [m.from, m.to]));
    for (let i = 0; i < tokens.length; i++) {
      const head = ORG_HEADS.matchAt(tokens, i);
      if (!head || !tokens[i].cap) continue;
      let j = Math.max(i + head, known.get(i) ?? 0);
      while (
        j < tokens.length &&
        (tokens[j].word || joinsAbbreviations(tokens, j)) &&
        // "CƠ SỞ IN KHỐI TRUNG ƯƠNG THỰC HIỆN ...": a heading in capitals names up to its verb
        !(tokens[j].allCaps && TASK_VERBS.matchAt(tokens, j)) &&
        (joinsAbbreviations(tokens, j) ||
          tokens[j].cap ||
          tokens[j].allCaps ||
          /^\d+$/.test(tokens[j].text) ||
          // "Cơ quan quan tâm chỉ đạo": "quan" starts the verb, it is no "quận"
          (LEVEL_WORDS.has(tokens[j].folded) &&
            !TASK_VERBS.matchAt(tokens, j) &&
            // "Sở Tư pháp tỉnh Tuyên Quang cấp 12 bản": "cấp" the verb, not a level's
            !(tokens[j].folded === 'cap' && !LEVEL_WORDS.has(tokens[j + 1]?.folded ?? ''))))
      )
        j++;
      // "Cục Thống kê thành phố Hồ Chí Minh", "Sở Tài nguyên và Môi trường tỉnh Lào Cai": a
      // name's own lower-case words, when a level and a place follow them
      let k = j;
      while (
        k < tokens.length &&
        k < j + 4 &&
        tokens[k].word &&
        !tokens[k].cap &&
        !LEVEL_WORDS.has(tokens[k].folded) &&
        !TASK_VERBS.matchAt(tokens, k)
      )
        k++;
      // (not "UBND xã sẽ thành lập": a level word that starts a verb is the verb)
      const level = (x: number) =>
        LEVEL_WORDS.has(tokens[x]?.folded ?? '') && !TASK_VERBS.matchAt(tokens, x);
      if (k > j && level(k)) {
        let e = k;
        while (e < tokens.length && tokens[e].word && level(e) && !tokens[e].cap) e++;
        const placeFrom = e;
        while (e < tokens.length && tokens[e].word && tokens[e].cap) e++;
        // "Cục Thống kê tỉnh triển khai ...": the level alone, the place being the issuer's
        const levelOnly = e === placeFrom && e - k === 1 && TASK_VERBS.matchAt(tokens, e) > 0;
        if (e > placeFrom || levelOnly) j = e;
      }
      if (j - i < 2) continue;
      const words = tokens.slice(i, j).map((t) => t.folded);
      if (!found.some((f) => f.words.join(' ') === words.join(' ')))
        found.push({
          words,
          text: p.text.slice(tokens[i].start, tokens[j - 1].end).replace(PERSON_AFTER, ''),
          plural: tokens[i - 1]?.folded === 'cac',
        });
      i = j - 1;
    }
  }
  return {
    /** The longest name written out that starts with `words`, if longer than them. */
    longer(words: string[]): string | null {
      return longest(found, words)?.text ?? null;
    },
    /** "các sở" after "các Sở GD&ĐT": the name written with its "các", the same bodies. */
    longerPlural(words: string[]): string | null {
      return (
        longest(
          found.filter((f) => f.plural),
          words,
        )?.text ?? null
      );
    },
  };
}

function longest<T extends { words: string[] }>(found: T[], words: string[]): T | null {
  let best: T | null = null;
  for (const f of found)
    if (f.words.length > words.length && words.every((w, k) => f.words[k] === w))
      if (!best || f.words.length > best.words.length) best = f;
  return best;
}

/**
 * "Sở GD-ĐT", "Sở GD&ĐT": a dash or "&" written tight between two abbreviations is inside the
 * name, so a later "Sở" or "các sở" stands for the whole of it.
 */
function joinsAbbreviations(tokens: readonly Token[], j: number): boolean {
  const [before, mark, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return (
    !!before &&
    !!after &&
    /^[-&]$/.test(mark.text) &&
    before.allCaps &&
    after.allCaps &&
    before.end === mark.start &&
    mark.end === after.start
  );
}
