/** A clause of a paragraph: `text.slice(start, end)`, and which sentence it belongs to. */
export interface Clause {
  start: number;
  end: number;
  sentence: number;
}

/** Words that end with a period without ending a sentence ("TP. Hồ Chí Minh", "TL."). */
const ABBREVIATIONS = new Set([
  'tp',
  'tx',
  'tt',
  'q',
  'p',
  'ths',
  'ts',
  'pgs',
  'gs',
  'kt',
  'tl',
  'tm',
  'st',
  'v.v',
  'th',
  'bs',
  'ks',
  'ds',
  'cn',
  'ttg',
  'tw',
  'nd',
  'cp',
  'qh',
  'ubtvqh',
]);

/** "Đối với Sở Y tế: Tổ chức kiểm tra ...": whom the work after the colon is for, one clause. */
const FOR_WHOM = /^\s*(?:[-–+•*]\s*)?(?:đối với|Đối với)\s[^.;:]{1,100}$/u;

/**
 * Sentences end at ".", "!", "?", "…" or "./." before a capital, a digit, a bullet or the
 * end; clauses end at ";" and ":" (the list after a colon is its own clause, but not the work
 * after "Đối với X:").
 */
export function splitClauses(text: string): Clause[] {
  const cuts: { at: number; kind: 'sentence' | 'clause' }[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '“') depth++;
    else if ((c === ')' || c === '”') && depth > 0) depth--;
    else if (c === ';' && depth === 0) cuts.push({ at: i + 1, kind: 'clause' });
    else if (
      c === ':' &&
      depth === 0 &&
      !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) &&
      !FOR_WHOM.test(text.slice(cuts.at(-1)?.at ?? 0, i))
    )
      cuts.push({ at: i + 1, kind: 'clause' });
    else if (/[.!?…]/.test(c)) {
      let j = i;
      while (j + 1 < text.length && /[.!?…/]/.test(text[j + 1])) j++;
      const after = text.slice(j + 1);
      const nextStarts = /^\s*($|[\p{Lu}\d"“(\-–•+*])/u.test(after);
      if (!nextStarts || !/^\s/.test(after || ' ')) continue;
      const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 12), i + 1))?.[1] ?? '';
      if (c === '.' && j === i && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)))
        continue;
      depth = 0;
      cuts.push({ at: j + 1, kind: 'sentence' });
      i = j;
    }
  }
  const out: Clause[] = [];
  let from = 0;
  let sentence = 0;
  for (const cut of [...cuts, { at: text.length, kind: 'sentence' as const }]) {
    if (cut.at > from) {
      const piece = text.slice(from, cut.at);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed) out.push({ start: from + lead, end: from + lead + trimmed.length, sentence });
    }
    from = cut.at;
    if (cut.kind === 'sentence') sentence++;
  }
  return out;
}
