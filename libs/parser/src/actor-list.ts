import {
  BARE_HEADS,
  HEAD_TITLES,
  LIST_JOINERS,
  LOWERCASE_HEADS,
  ORG_HEADS,
  OTHER_ROLES,
  QUANTIFIERS,
  SELF_REFERENCES,
} from './lexicon';
import { Lexicon, Token, phrase, phraseAt, tokenIs } from './tokens';
import type { Mention, UnitRef, UnitResolver } from './unit-resolver';
import { capitalizeFirst } from './vietnamese-text';

/** One responsible or partner body as the text names it. */
export interface Actor {
  /** What the output shows: the directory's short name, or the name as written. */
  name: string;
  /** Directory unit/group, known outside body, a role ("Phó Viện trưởng ..."), or unknown. */
  kind: 'unit' | 'group' | 'external' | 'role' | 'unresolved';
  code: string | null;
  /** The directory's root (the issuing procuracy itself). */
  root: boolean;
}

/** What the reader knows of the whole document. */
export interface ReadingContext {
  resolver: UnitResolver;
  /** The issuer, for "đơn vị", "tập thể đơn vị", "các bộ phận" (a unit speaking of itself). */
  issuer: UnitRef | null;
  /** Longer names seen in the document, for "Cục THADS tỉnh" → "Cục THADS tỉnh Bình Phước". */
  longerName(words: string[]): string | null;
  /** A name read in the issuer's context ("VKSND các huyện" in a province's letter). */
  resolveNear(name: string): UnitRef | null;
  /** Bodies that speak ("Bộ Tư pháp nêu rõ:"), gathered for the issuer. */
  speakers: Actor[];
}

export function fromRef(ref: UnitRef): Actor {
  return {
    name: ref.name,
    kind: ref.kind,
    code: ref.kind === 'external' ? null : ref.code,
    root: ref.kind === 'unit' && ref.root,
  };
}

const CAC = phrase('các')[0];
const DON_VI = phrase('đơn vị');
const OF = new Lexicon(['của', 'thuộc', 'tại']);
/** Offices every procuracy has: named bare, they are the writer's own. */
const LOCAL_OFFICES = new Set([
  'van phong',
  'thanh tra',
  'co quan dieu tra',
  'phong to chuc can bo',
]);
/** Words that only tell a level apart ("các huyện, thị xã, thành phố"). */
const LEVEL_WORDS = new Set(['huyen', 'quan', 'thi', 'xa', 'thanh', 'pho', 'tinh', 'cap']);

interface Piece {
  from: number;
  to: number;
}

type PieceKind =
  | { type: 'actor'; actor: Actor; from: number }
  | { type: 'title' }
  | { type: 'bare'; from: number }
  | { type: 'invalid' };

/**
 * Reads lists of bodies in a run of tokens: "Vụ 7, Vụ 9, Vụ 10 VKSND tối cao", "Thủ
 * trưởng, Viện trưởng Viện kiểm sát các cấp", "các cơ quan, ban, ngành hữu quan".
 */
export class ActorReader {
  private readonly mentionsByStart: Map<number, Mention>;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    readonly mentions: readonly Mention[],
    private readonly ctx: ReadingContext,
  ) {
    this.mentionsByStart = new Map(mentions.map((m) => [m.from, m]));
  }

  mentionAt(k: number): Mention | undefined {
    return this.mentionsByStart.get(k);
  }

  insideMention(k: number): boolean {
    return this.mentions.some((m) => m.from <= k && k < m.to);
  }

  /**
   * The bodies of `tokens[from..to)`. As a subject every item must name a body (or null);
   * after "phối hợp với" odd items are glued to their neighbours instead.
   */
  list(from: number, to: number, mode: 'subject' | 'object'): Actor[] | null {
    const out: Actor[] = [];
    let pendingFrom = -1;
    let lastUnresolved: { actor: Actor; from: number } | null = null;
    for (const p of this.pieces(from, to)) {
      const kind = this.classify(p);
      if (kind.type === 'title') continue;
      if (kind.type === 'bare') {
        const longer = this.bareAsKnown(p);
        if (longer) out.push(longer);
        else if (mode === 'subject') return null;
        else if (pendingFrom < 0) pendingFrom = kind.from;
        continue;
      }
      if (kind.type === 'invalid') {
        if (mode === 'subject') return null;
        if (lastUnresolved) lastUnresolved.actor.name = this.asWritten(lastUnresolved.from, p.to);
        continue;
      }
      let actor = kind.actor;
      if (pendingFrom >= 0 && actor.kind === 'unresolved') {
        actor = { ...actor, name: this.asWritten(pendingFrom, p.to) };
        lastUnresolved = { actor, from: pendingFrom };
      } else lastUnresolved = actor.kind === 'unresolved' ? { actor, from: kind.from } : null;
      pendingFrom = -1;
      if (!out.some((o) => o.name === actor.name)) out.push(actor);
    }
    if (mode === 'subject' && pendingFrom >= 0) return null;
    return out;
  }

  /** Items of a list: split at commas, dashes and "và" outside known names. */
  private pieces(from: number, to: number): Piece[] {
    const t = this.tokens;
    const out: Piece[] = [];
    let start = from;
    let k = from;
    while (k < to) {
      const m = this.mentionAt(k);
      if (m && m.to <= to) {
        k = m.to;
        continue;
      }
      const mark = t[k].text === ',' || t[k].text === '–' || (t[k].text === '-' && k > start);
      const joiner = mark ? 0 : LIST_JOINERS.matchAt(t, k);
      // "và", "cùng" join two bodies, not "Tài nguyên và Môi trường" or "cùng cấp".
      const j = mark ? 1 : joiner && this.bodyStartsAt(k + joiner, to) ? joiner : 0;
      if (j) {
        if (k > start) out.push({ from: start, to: k });
        k += j;
        start = k;
        continue;
      }
      k++;
    }
    if (to > start) out.push({ from: start, to });
    // "các huyện, thị xã, thành phố": alternatives inside one name, not three bodies.
    return out.reduce<Piece[]>((acc, p) => {
      const levelOnly = t.slice(p.from, p.to).every((x) => !x.word || LEVEL_WORDS.has(x.folded));
      if (levelOnly && acc.length)
        acc[acc.length - 1] = { from: acc[acc.length - 1].from, to: p.to };
      else acc.push(p);
      return acc;
    }, []);
  }

  private bodyStartsAt(k: number, to: number): boolean {
    const t = this.tokens;
    let i = k;
    for (let n = QUANTIFIERS.matchAt(t, i); n && i + n < to; n = QUANTIFIERS.matchAt(t, i)) {
      if (this.mentionAt(i)) return true;
      i += n;
    }
    if (this.mentionAt(i) || HEAD_TITLES.matchAt(t, i) || OTHER_ROLES.matchAt(t, i)) return true;
    return ORG_HEADS.matchAt(t, i) > 0 && (t[i].cap || LOWERCASE_HEADS.matchAt(t, i) > 0);
  }

  private classify(p: Piece): PieceKind {
    const t = this.tokens;
    let i = p.from;
    let quantifier = -1;
    const known = (at: number) => {
      const m = this.mentionAt(at);
      return m && (m.to === p.to || (m.to < p.to && OF.matchAt(t, m.to))) ? m : undefined;
    };
    for (let n = QUANTIFIERS.matchAt(t, i); n && i + n < p.to; n = QUANTIFIERS.matchAt(t, i)) {
      if (known(i)) break; // "Các đơn vị thuộc VKSND tối cao" is a name with its "các"
      quantifier = i;
      i += n;
    }
    // A role that is not the head stays as written: "Phó Viện trưởng VKSND tối cao".
    const role = OTHER_ROLES.matchAt(t, i);
    if (role) {
      const after = i + role + HEAD_TITLES.matchAt(t, i + role);
      if (this.mentionAt(after)?.to === p.to)
        return { type: 'actor', from: i, actor: this.unresolved(i, p.to, 'role') };
      return after >= p.to ? { type: 'title' } : { type: 'invalid' };
    }
    // The head's title stands for the unit: "Viện trưởng VKSND các cấp", "Thủ trưởng các đơn vị".
    for (let n = HEAD_TITLES.matchAt(t, i); n; n = HEAD_TITLES.matchAt(t, i)) {
      if ((this.mentionAt(i)?.to ?? Infinity) <= p.to) break;
      i += n;
      if (i >= p.to) return { type: 'title' };
      for (let q = QUANTIFIERS.matchAt(t, i); q && i + q < p.to; q = QUANTIFIERS.matchAt(t, i)) {
        if (known(i)) break;
        quantifier = i;
        i += q;
      }
    }
    const m = known(i);
    if (m && this.isLocalOffice(m))
      return { type: 'actor', from: i, actor: this.unresolved(i, p.to, 'unresolved') };
    if (m) return { type: 'actor', from: i, actor: fromRef(m.ref) };

    // A bare "Viện kiểm sát": every procuracy.
    const words = this.ctx.resolver.normalizedWords(t, i, p.to);
    const system = this.ctx.resolver.systemGroup;
    if (system && words.length === 1 && words[0] === 'vksnd')
      return { type: 'actor', from: i, actor: fromRef(system) };

    const self = SELF_REFERENCES.matchAt(t, i);
    if (self && this.ctx.issuer) {
      const unitWordAlone = phraseAt(t, i, DON_VI) === self;
      const plural = quantifier >= 0 && tokenIs(t[quantifier], CAC);
      if (!unitWordAlone || (i + self === p.to && !plural))
        return { type: 'actor', from: i, actor: fromRef(this.ctx.issuer) };
    }

    const head = ORG_HEADS.matchAt(t, i);
    if (head && (t[i].cap || t[i].allCaps || LOWERCASE_HEADS.matchAt(t, i))) {
      const from = this.keepsCac(quantifier, i) ? quantifier : i;
      if (i + head >= p.to && BARE_HEADS.matchAt(t, i)) return { type: 'bare', from };
      return { type: 'actor', from, actor: this.unresolved(from, p.to, 'unresolved') };
    }
    return { type: 'invalid' };
  }

  /**
   * "Văn phòng" in a letter of VKSND tỉnh X is that procuracy's own office, not the one of
   * VKSND tối cao the directory knows by that name.
   */
  private isLocalOffice(m: Mention): boolean {
    const issuer = this.ctx.issuer;
    if (issuer?.kind !== 'unit' || issuer.root || m.ref.kind !== 'unit' || m.ref.root) return false;
    const words = this.ctx.resolver.normalizedWords(this.tokens, m.from, m.to).join(' ');
    return m.ref.parent === this.ctx.resolver.rootUnit?.code && LOCAL_OFFICES.has(words);
  }

  /** Names drop a leading "các", except groups of units: "Các đơn vị liên quan". */
  private keepsCac(quantifier: number, head: number): boolean {
    const t = this.tokens;
    return quantifier >= 0 && tokenIs(t[quantifier], CAC) && phraseAt(t, head, DON_VI) > 0;
  }

  /** "Cục" or "Cục THADS tỉnh" standing for a longer name written earlier. */
  private bareAsKnown(p: Piece): Actor | null {
    const t = this.tokens;
    let i = p.from;
    for (let n = QUANTIFIERS.matchAt(t, i); n && i + n < p.to; n = QUANTIFIERS.matchAt(t, i))
      i += n;
    if (!t[i]?.cap) return null;
    const longer = this.ctx.longerName(this.foldedWords(i, p.to));
    return longer ? { name: longer, kind: 'unresolved', code: null, root: false } : null;
  }

  private unresolved(from: number, to: number, kind: 'unresolved' | 'role'): Actor {
    const written = this.asWritten(from, to);
    if (kind === 'role') return { name: written, kind, code: null, root: false };
    const near = this.ctx.resolveNear(written);
    if (near) return fromRef(near);
    const longer = this.ctx.longerName(this.foldedWords(from, to));
    return { name: longer ?? written, kind, code: null, root: false };
  }

  private foldedWords(from: number, to: number): string[] {
    return this.tokens
      .slice(from, to)
      .filter((x) => x.word)
      .map((x) => x.folded);
  }

  /** The name as the text writes it, tidied: one space, first letter capital. */
  private asWritten(from: number, to: number): string {
    const raw = this.text.slice(this.tokens[from].start, this.tokens[to - 1].end);
    return capitalizeFirst(raw.replace(/\s+/g, ' ').replace(/[\s,;:.]+$/, ''));
  }
}
