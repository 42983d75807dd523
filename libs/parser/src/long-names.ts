import type { MappedText } from './mapped-text';
import { ORG_HEADS } from './lexicon';
import { tokenize } from './tokens';

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
export function longNames(paragraphs: readonly MappedText[]) {
  const found: { words: string[]; text: string }[] = [];
  for (const p of paragraphs) {
    const tokens = tokenize(p.text);
    for (let i = 0; i < tokens.length; i++) {
      const head = ORG_HEADS.matchAt(tokens, i);
      if (!head || !tokens[i].cap) continue;
      let j = i + head;
      while (
        j < tokens.length &&
        tokens[j].word &&
        (tokens[j].cap ||
          tokens[j].allCaps ||
          /^\d+$/.test(tokens[j].text) ||
          LEVEL_WORDS.has(tokens[j].folded))
      )
        j++;
      if (j - i < 2) continue;
      const words = tokens.slice(i, j).map((t) => t.folded);
      if (!found.some((f) => f.words.join(' ') === words.join(' ')))
        found.push({ words, text: p.text.slice(tokens[i].start, tokens[j - 1].end) });
      i = j - 1;
    }
  }
  return {
    /** The longest name written out that starts with `words`, if longer than them. */
    longer(words: string[]): string | null {
      let best: { words: string[]; text: string } | null = null;
      for (const f of found)
        if (f.words.length > words.length && words.every((w, k) => f.words[k] === w))
          if (!best || f.words.length > best.words.length) best = f;
      return best?.text ?? null;
    },
  };
}
