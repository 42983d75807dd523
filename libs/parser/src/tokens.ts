import { fold, toneKey } from './vietnamese-text';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, new tone placement. */
  key: string;
  /** Lower case, no diacritics. */
  folded: string;
  /** Written without any diacritic (so it may stand for any accented word). */
  plain: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Every letter a capital (abbreviations such as VKSND, THADS). */
  allCaps: boolean;
  word: boolean;
  /** Character offsets in the text the token came from. */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

/** A word's compared forms, computed once per spelling (texts repeat their words). */
const FORMS = new Map<string, { key: string; folded: string; upper: string }>();
function forms(t: string): { key: string; folded: string; upper: string } {
  let f = FORMS.get(t);
  if (!f) {
    const key = toneKey(t);
    f = { key, folded: fold(key), upper: t.toLocaleUpperCase('vi') };
    if (FORMS.size > 50_000) FORMS.clear();
    FORMS.set(t, f);
  }
  return f;
}

/** Words (letters, or digits) and single punctuation marks; letters and digits split apart. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0]);
    const { key, folded, upper } = forms(t);
    out.push({
      text: t,
      key,
      folded,
      plain: folded === key,
      cap: word && /\p{Lu}/u.test(t[0]),
      allCaps: word && /\p{L}/u.test(t) && t === upper && t.length > 1,
      word,
      start: m.index,
      end: m.index + t.length,
    });
  }
  return out;
}

/** A word of a phrase: its exact lower-case form and its folded form. */
export interface LexWord {
  key: string;
  folded: string;
  /** written with a capital only: "Vụ" names a body, "vụ" a case ("các vụ án") */
  cap?: boolean;
}

export type Phrase = readonly LexWord[];

export function phrase(words: string): LexWord[] {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const key = toneKey(w);
      return { key, folded: fold(key) };
    });
}

/** A token is a lexicon word when it is written the same, or written plain and folds the same. */
export function tokenIs(t: Token | undefined, w: LexWord): boolean {
  return !!t && t.word && (t.key === w.key || (t.plain && t.folded === w.folded));
}

/**
 * Length (in tokens) of `p` at `tokens[i]`, or 0. A phrase whose words are written with their
 * diacritics is not matched through a plain word beside them: "Phan Công Vỹ" is a name, not
 * "phân công" (a plain word stands for any accented one only where the writer drops them).
 */
export function phraseAt(tokens: readonly Token[], i: number, p: Phrase): number {
  let accented = false;
  let loose = false;
  for (let k = 0; k < p.length; k++) {
    const t = tokens[i + k];
    if (!tokenIs(t, p[k])) return 0;
    if (!t.plain) accented = true;
    else if (t.key !== p[k].key) loose = true;
  }
  return accented && loose ? 0 : p.length;
}

/**
 * Words that are another word when the next one follows: "giao" hands work over, but
 * "giao thông", "giao dịch", "giao ban" are nouns ("Ban An toàn giao thông tỉnh" names a body).
 */
const COMPOUND_NOUNS: Record<string, ReadonlySet<string>> = {
  giao: new Set(['thong', 'dich', 'luu', 'ban', 'tiep', 'huu', 'thoa', 'nhan']),
  // "trật tự", "tương tự": not "tự" doing it oneself
  trat: new Set(['tu']),
  tuong: new Set(['tu']),
};

/**
 * "giao Ban Quản lý ...", "giao ban thường vụ các tỉnh ủy": "ban" naming a body is the one
 * given the work, not the meeting ("giao ban").
 */
const BODY_AFTER_BAN = new Set(['thuong', 'chi', 'quan', 'to', 'tuyen', 'dan', 'noi', 'kinh']);

/** Whether `tokens[i]` and the word after it make one of the compound nouns above. */
function compoundAt(tokens: readonly Token[], i: number): boolean {
  const tails = COMPOUND_NOUNS[tokens[i]?.folded ?? ''];
  const next = tokens[i + 1];
  if (!tails || !next?.word || !tails.has(next.folded)) return false;
  if (next.folded !== 'ban') return true;
  return !next.cap && !BODY_AFTER_BAN.has(tokens[i + 2]?.folded ?? '');
}

/** A phrase that ends where a compound noun begins is not that phrase. */
function endsInCompound(tokens: readonly Token[], i: number, p: Phrase): boolean {
  return compoundAt(tokens, i + p.length - 1);
}

/** Words that end in "sự" and are no nominaliser: "dân sự", "hình sự", "quân sự" ... */
const SU_COMPOUNDS = new Set(['dân', 'hình', 'quân', 'nhân', 'thực', 'lịch', 'hộ', 'đương']);

/** "sự" right before `tokens[i]` makes the verb there a noun ("sự phối hợp"). */
function nominalisedAt(tokens: readonly Token[], i: number): boolean {
  const su = tokens[i - 1];
  return su?.key === 'sự' && !SU_COMPOUNDS.has(tokens[i - 2]?.key ?? '');
}

/** A set of phrases, looked up by their first word. */
export class Lexicon {
  private readonly byFirst = new Map<string, Phrase[]>();

  /**
   * `verbs`: the phrases are verbs, which "sự" makes nouns ("trân trọng cảm ơn sự phối hợp
   * của Quý cơ quan" thanks for help; no one is asked to help).
   */
  constructor(
    words: readonly string[],
    private readonly options: { verbs?: boolean; capitalised?: readonly string[] } = {},
  ) {
    for (const w of words) {
      const p = phrase(w);
      if (!p.length) continue;
      if (this.options.capitalised?.includes(w)) p[0] = { ...p[0], cap: true };
      const list = this.byFirst.get(p[0].folded) ?? [];
      list.push(p);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(p[0].folded, list);
    }
  }

  /** Longest phrase at `tokens[i]`, as a token count, or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    if (!t || !t.word) return 0;
    // "giao thông báo cáo": "thông" is the end of "giao thông", not the start of "thông báo"
    if (tokens[i - 1]?.word && compoundAt(tokens, i - 1)) return 0;
    if (this.options.verbs && nominalisedAt(tokens, i)) return 0;
    for (const p of this.byFirst.get(t.folded) ?? []) {
      if (p[0].cap && !t.cap) continue;
      const n = phraseAt(tokens, i, p);
      if (n && !endsInCompound(tokens, i, p)) return n;
    }
    return 0;
  }
}
