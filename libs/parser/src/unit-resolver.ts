import type { DirectoryGroup, DirectoryUnit } from '@dondoc/org/directory';
import { ABBREVIATIONS } from '../data/abbreviations';
import { EXTERNAL_BODIES } from './external-bodies';
import { QUANTIFIERS, HEAD_TITLES } from './lexicon';
import { Token, tokenize } from './tokens';

/** The org directory the parser resolves names against (what `parseDirectory` returns). */
export interface UnitDirectory {
  units: readonly Pick<DirectoryUnit, 'code' | 'short_name' | 'full_name' | 'aliases' | 'parent'>[];
  groups: readonly Pick<DirectoryGroup, 'code' | 'name' | 'aliases'>[];
}

/** What a name stands for: a unit or group of the directory, or a known outside body. */
export type UnitRef =
  | { kind: 'unit'; name: string; code: string; root: boolean; parent: string | null }
  | { kind: 'group'; name: string; code: string }
  | { kind: 'external'; name: string };

/** A directory name found in a run of tokens: `tokens[from..to)`. */
export interface Mention {
  from: number;
  to: number;
  ref: UnitRef;
}

/** Normalized words of a name, each pointing back to the tokens it came from. */
interface NormWord {
  w: string;
  from: number;
  to: number;
}

/** Written forms that mean the same (../data/abbreviations.ts), as folded words, longest first. */
const REWRITES: [string[], string[]][] = ABBREVIATIONS.flatMap(({ forms, means }) => {
  const words = (s: string) =>
    tokenize(s)
      .filter((t) => t.word)
      .map((t) => t.folded);
  return forms.map((f): [string[], string[]] => [words(f), words(means)]);
}).sort((a, b) => b[0].length - a[0].length);

const SHORT_FORMS = new Set(REWRITES.filter(([f]) => f.length === 1).map(([f]) => f[0]));

/** A word that is one of the abbreviations of state bodies ("ubnd", "thads"), folded. */
export function isAbbreviation(folded: string): boolean {
  return SHORT_FORMS.has(folded);
}

/** Punctuation a name may carry inside it ("Vụ 1, VKSND tối cao", "Bà Rịa - Vũng Tàu"). */
const TRANSPARENT = new Set([',', '-', '–', '—', '.', '&']);
const BARRIER = '|';
const INSIDE_ABBREVIATION = new Set(['.', '-', '&']);

function normalizeWords(tokens: readonly Token[], from = 0, to = tokens.length): NormWord[] {
  const out: NormWord[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!t.word) {
      // "Thương binh & Xã hội": the ampersand is the "và" of the name
      if (t.text === '&') out.push({ w: 'va', from: i, to: i + 1 });
      else if (!TRANSPARENT.has(t.text)) out.push({ w: BARRIER, from: i, to: i + 1 });
      i++;
      continue;
    }
    let rewritten = false;
    for (const [pattern, replacement] of REWRITES) {
      let k = 0;
      let j = i;
      while (k < pattern.length && j < to) {
        if (!tokens[j].word) {
          // "VKSND TC.", "GD&ĐT", "LĐ-TB&XH": marks between an abbreviation's letters
          if (INSIDE_ABBREVIATION.has(tokens[j].text)) {
            j++;
            continue;
          }
          break;
        }
        if (tokens[j].folded !== pattern[k]) break;
        k++;
        j++;
      }
      if (k === pattern.length) {
        for (const w of replacement) out.push({ w, from: i, to: j });
        i = j;
        rewritten = true;
        break;
      }
    }
    if (!rewritten) {
      out.push({ w: t.folded, from: i, to: i + 1 });
      i++;
    }
  }
  return out;
}

/** The normalized key of a name, for comparing two names. */
export function nameKey(name: string): string {
  return normalizeWords(tokenize(name))
    .map((n) => n.w)
    .filter((w) => w !== BARRIER)
    .join(' ');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ref?: UnitRef;
  /** A name ending here is written with a comma inside ("Bộ Văn hóa, Thể thao và Du lịch"). */
  comma?: boolean;
}

const SYSTEM_GROUP = 'VKSND các cấp';

/**
 * Names of the directory, its groups and the known outside bodies, matched the way
 * officials write them: any case, with or without diacritics, spelled out or abbreviated,
 * with or without "các" or a "VKSND tối cao" suffix.
 */
export class UnitResolver {
  private readonly root: TrieNode = { next: new Map() };
  /** The group a bare "Viện kiểm sát" stands for, when the directory has it. */
  readonly systemGroup: UnitRef | null;
  readonly rootUnit: Extract<UnitRef, { kind: 'unit' }> | null;

  constructor(directory: UnitDirectory, external: readonly string[] = EXTERNAL_BODIES) {
    const rootUnit = directory.units.find((u) => u.parent === null);
    this.rootUnit = rootUnit
      ? { kind: 'unit', name: rootUnit.short_name, code: rootUnit.code, root: true, parent: null }
      : null;
    const rootKeys = rootUnit
      ? [rootUnit.short_name, rootUnit.full_name, ...rootUnit.aliases].map(nameKey)
      : [];
    const rootSuffixes = [...new Set(rootKeys)].flatMap((k) => [k, `cua ${k}`, `thuoc ${k}`]);

    for (const u of directory.units) {
      const ref: UnitRef = {
        kind: 'unit',
        name: u.short_name,
        code: u.code,
        root: u.parent === null,
        parent: u.parent,
      };
      const names = [u.short_name, u.full_name, ...u.aliases];
      this.addNames(names, ref, u.parent === rootUnit?.code ? rootSuffixes : []);
    }
    for (const g of directory.groups) {
      const ref: UnitRef = { kind: 'group', name: g.name, code: g.code };
      this.addNames([g.name, ...g.aliases], ref, rootSuffixes);
    }
    for (const name of external) this.addNames([name], { kind: 'external', name }, []);
    const sys = directory.groups.find((g) => nameKey(g.name) === nameKey(SYSTEM_GROUP));
    this.systemGroup = sys ? { kind: 'group', name: sys.name, code: sys.code } : null;
  }

  private addNames(names: string[], ref: UnitRef, suffixes: string[]): void {
    for (const name of names) {
      const key = nameKey(name);
      if (!key) continue;
      const keys = [key];
      if (key.startsWith('cac ')) keys.push(key.slice(4));
      // "VKSND các tỉnh, thành phố ..." is also written "VKSND tỉnh, thành phố ...".
      for (const k of [...keys]) if (k.includes(' cac ')) keys.push(k.replace(' cac ', ' '));
      for (const k of [...keys]) for (const s of suffixes) keys.push(`${k} ${s}`);
      for (const k of keys) this.add(k.split(' '), ref, /[,\-–]/.test(name));
    }
  }

  private add(words: string[], ref: UnitRef, comma: boolean): void {
    let node = this.root;
    for (const w of words) {
      let next = node.next.get(w);
      if (!next) {
        next = { next: new Map() };
        node.next.set(w, next);
      }
      node = next;
    }
    node.ref ??= ref; // the first name registered wins: units, then groups, then outsiders
    if (comma) node.comma = true;
  }

  /** Every directory name in `tokens[from..to)`, longest first, left to right. */
  mentions(tokens: readonly Token[], from = 0, to = tokens.length): Mention[] {
    const words = normalizeWords(tokens, from, to);
    const out: Mention[] = [];
    let i = 0;
    while (i < words.length) {
      const hit = this.longestAt(words, i, tokens);
      if (!hit) {
        i++;
        continue;
      }
      const { end, ref } = hit;
      const mention: Mention = { from: words[i].from, to: words[end - 1].to, ref };
      if (!this.isPartOfLongerName(tokens, mention, to)) out.push(mention);
      // Skip to the first word after the mention.
      i = end;
    }
    return out;
  }

  /**
   * The longest name at `words[i]`. In running text a comma is inside a name only where the
   * name itself has one: "các sở, ban, ngành tỉnh, Ủy ban nhân dân" holds no "Tỉnh ủy".
   */
  private longestAt(
    words: NormWord[],
    i: number,
    tokens?: readonly Token[],
  ): { end: number; ref: UnitRef } | null {
    let node: TrieNode | undefined = this.root;
    let best: { end: number; ref: UnitRef } | null = null;
    let comma = false;
    for (let j = i; j < words.length && node; j++) {
      if (tokens && j > i)
        for (let k = words[j - 1].to; k < words[j].from; k++)
          if (tokens[k].text === ',') comma = true;
      node = node.next.get(words[j].w);
      if (node?.ref && (!comma || node.comma)) best = { end: j + 1, ref: node.ref };
    }
    return best;
  }

  /**
   * "Văn phòng Bộ Tư pháp" is not the procuracy's Văn phòng: a name running on into a
   * capitalized word names some other body (a unit's own parent is already in its aliases,
   * "Vụ 8 VKSND tối cao").
   */
  private isPartOfLongerName(tokens: readonly Token[], m: Mention, to: number): boolean {
    const next = tokens[m.to];
    if (!next || m.to >= to || !next.word || !next.cap || next.allCaps) return false;
    const inside = tokens.slice(m.from, m.to).filter((t) => t.word);
    return !inside.every((t) => t.allCaps || !/\p{L}/u.test(t.text));
  }

  /** Names asked again and again while one text is read (lists, tiers, addressees). */
  private readonly resolved = new Map<string, UnitRef | null>();

  /** A whole name ("Vụ 8 VKSND tối cao", "vien kiem sat cac cap") to what it stands for. */
  resolve(name: string): UnitRef | null {
    let ref = this.resolved.get(name);
    if (ref === undefined) {
      ref = this.resolveUncached(name);
      if (this.resolved.size > 10_000) this.resolved.clear();
      this.resolved.set(name, ref);
    }
    return ref;
  }

  private resolveUncached(name: string): UnitRef | null {
    const tokens = tokenize(name);
    let i = 0;
    for (;;) {
      const n = QUANTIFIERS.matchAt(tokens, i) || HEAD_TITLES.matchAt(tokens, i);
      if (!n || n + i >= tokens.length) break;
      i += n;
    }
    const words = normalizeWords(tokens, i).filter((w) => w.w !== BARRIER);
    const hit = words.length ? this.longestAt(words, 0) : null;
    return hit && hit.end === words.length ? hit.ref : null;
  }

  /** The normalized words of `tokens[from..to)`, for "is this just 'Viện kiểm sát'?" checks. */
  normalizedWords(tokens: readonly Token[], from: number, to: number): string[] {
    return normalizeWords(tokens, from, to)
      .map((w) => w.w)
      .filter((w) => w !== BARRIER);
  }
}
