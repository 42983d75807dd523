import { Actor, ActorReader, ReadingContext } from './actor-list';
import {
  ASPECT_MARKERS,
  ASSIGN_WORDS,
  CONNECTORS,
  CONTINUATION,
  MODALS,
  NARRATIVE_OPENERS,
  NOUN_COMPOUNDS,
  OBJECT_STOPS,
  OPENERS,
  ORG_HEADS,
  PAST_MARKERS,
  QUANTIFIERS,
  SPEECH_VERBS,
  TASK_VERBS,
} from './lexicon';
import { Lexicon, Phrase, Token, phrase, phraseAt, tokenIs } from './tokens';

export type { Actor, ReadingContext } from './actor-list';

/** What one clause says about who does what. Offsets are in the paragraph's text. */
export interface Reading {
  start: number;
  end: number;
  sentence: number;
  /** The units that must act, or null when the clause names none. */
  subject: Actor[] | null;
  /** Where the work itself is said (after the units), for summaries. */
  predicateStart: number;
  /** "đã ...": what was done, not a task. */
  past: boolean;
  /** The subject only speaks ("Bộ Tư pháp nêu rõ:"). */
  speech: boolean;
  /** "X chủ trì": the lead of a shared task. */
  leads: boolean;
  /** "Y phối hợp (thực hiện)" with no partner named: Y helps whoever leads. */
  joinsAsPartner: boolean;
  /** Bodies named after "phối hợp với ...". */
  partners: Actor[];
  /** No units, but starts with a work verb ("Tăng cường ...", "cần ..."). */
  instruction: boolean;
  /** Opens like a report of what happened ("Tại hội nghị, ..."). */
  narrativeOpener: boolean;
  /** Opens with "Đồng thời", "Bên cạnh đó": goes on with the previous subject. */
  continuation: boolean;
}

const PHOI_HOP = phrase('phối hợp');
const CHU_TRI = phrase('chủ trì');
const GIUA = phrase('giữa');
const NGAY = phrase('ngày')[0];
const OF = new Lexicon(['của', 'thuộc']);
/** Everyone and no one in particular: "Toàn Ngành", "các đơn vị". */
const GENERIC_SUBJECTS = new Lexicon([
  'toàn ngành',
  'toàn ngành kiểm sát',
  'các đơn vị',
  'các cơ quan',
  'mỗi đơn vị',
  'từng đơn vị',
  'các cấp',
  'toàn thể cán bộ',
]);
const PARTNER_INTRO = new Lexicon(['với', 'cùng', 'cùng với']);
const PARTNER_VERBS = new Lexicon(['hướng dẫn', 'chỉ đạo']);
const PARTNER_ADVERBS = new Lexicon([
  'chặt chẽ',
  'hơn nữa',
  'tốt',
  'thường xuyên',
  'có hiệu quả',
  'hiệu quả',
  'đồng bộ',
  'chủ động',
  'kịp thời',
  'tích cực',
]);
const RESPONSIBILITY_MODALS = new Lexicon(['phải', 'cần', 'có trách nhiệm', 'chịu trách nhiệm']);
const SPEECH_THEN_COLON = new Lexicon(['nêu rõ', 'nhấn mạnh', 'yêu cầu', 'chỉ đạo', 'kết luận']);
const VOI_VA = new Lexicon(['với', 'và']);
const SUBJECT_MAX_TOKENS = 25;
const OPENER_MAX_TOKENS = 30;

/** Reads the clauses of one paragraph. */
export class ClauseReader {
  private readonly bodies: ActorReader;

  constructor(
    text: string,
    private readonly tokens: readonly Token[],
    private readonly ctx: ReadingContext,
  ) {
    this.bodies = new ActorReader(text, tokens, ctx.resolver.mentions(tokens), ctx);
  }

  /** The readings of `text[start..end)`: one, or more when the clause hands over. */
  read(start: number, end: number, sentence: number): Reading[] {
    const from = this.tokens.findIndex((t) => t.start >= start);
    if (from < 0) return [];
    let to = from;
    while (to < this.tokens.length && this.tokens[to].end <= end) to++;
    return this.readTokens(from, to, sentence);
  }

  private readTokens(from: number, to: number, sentence: number): Reading[] {
    const t = this.tokens;
    if (from >= to) return [];
    let i = from;
    const narrativeOpener =
      NARRATIVE_OPENERS.matchAt(t, i) > 0 && !(tokenIs(t[i], NGAY) && !isNumber(t[i + 1]));
    const continuation = CONTINUATION.matchAt(t, i) > 0;

    // Connectors, then adverbial openers up to their comma, then "Giao"/"Yêu cầu".
    const starts: number[] = [];
    for (;;) {
      const c = CONNECTORS.matchAt(t, i);
      if (c && i + c < to) {
        i += c;
        if (t[i]?.text === ',') i++;
        continue;
      }
      const o = OPENERS.matchAt(t, i);
      if (o) {
        const comma = this.nextComma(i + o, Math.min(to, i + OPENER_MAX_TOKENS));
        if (comma > 0) {
          starts.push(i);
          i = comma + 1;
          continue;
        }
      }
      break;
    }
    // The units may follow the openers ("Để ..., Vụ 8 ...") or be the opener's own words.
    for (const at of [i, ...[...starts].reverse()]) {
      const s = at + ASSIGN_WORDS.matchAt(t, at);
      const subject = this.subjectAt(s, to);
      if (subject)
        return this.readWithSubject(from, to, sentence, subject, narrativeOpener, continuation);
    }

    const fallback = this.subjectBeforeModal(from, to);
    if (fallback)
      return this.readWithSubject(from, to, sentence, fallback, narrativeOpener, continuation);

    // "..., đề nghị toàn thể đơn vị ...", "Đồng chí X nhắc nhở ...": the clause after the verb.
    const handOver = this.speechInside(from, to, sentence);
    if (handOver) return handOver;

    const speaker = this.speakerAtEnd(from, to);
    // Work asked of nobody named ("Tăng cường ...", "Toàn Ngành thực hiện ..."): an instruction.
    const verbAt = speaker
      ? undefined
      : [...starts, i]
          .map((at) => at + GENERIC_SUBJECTS.matchAt(t, at))
          .find(
            (at) =>
              TASK_VERBS.matchAt(t, at) > 0 ||
              RESPONSIBILITY_MODALS.matchAt(t, at) > 0 ||
              MODALS.matchAt(t, at) > 0,
          );
    return [
      {
        ...this.base(from, to, sentence),
        subject: null,
        predicateStart: t[verbAt ?? i]?.start ?? t[from].start,
        speech: !!speaker,
        partners: this.partners(from, to),
        instruction: verbAt !== undefined,
        narrativeOpener,
        continuation,
      },
    ];
  }

  private speechInside(from: number, to: number, sentence: number): Reading[] | null {
    const t = this.tokens;
    for (let k = from + 1; k < to - 1; k++) {
      const n = SPEECH_VERBS.matchAt(t, k);
      if (!n || (t[k].cap && t[k - 1]?.word) || this.bodies.insideMention(k)) continue;
      let rest = k + n;
      while (rest < to && !t[rest].word) rest++;
      const inner = this.readTokens(rest, to, sentence);
      if (!inner.some((r) => r.subject && !r.speech)) continue;
      return [{ ...this.base(from, rest, sentence), speech: true }, ...inner];
    }
    return null;
  }

  private base(from: number, to: number, sentence: number): Reading {
    return {
      start: this.tokens[from].start,
      end: this.tokens[to - 1].end,
      sentence,
      subject: null,
      predicateStart: this.tokens[from].start,
      past: false,
      speech: false,
      leads: false,
      joinsAsPartner: false,
      partners: [],
      instruction: false,
      narrativeOpener: false,
      continuation: false,
    };
  }

  private readWithSubject(
    from: number,
    to: number,
    sentence: number,
    subject: { actors: Actor[]; verbAt: number },
    narrativeOpener: boolean,
    continuation: boolean,
  ): Reading[] {
    const t = this.tokens;
    let v = subject.verbAt;
    let past = false;
    for (;;) {
      const p = PAST_MARKERS.matchAt(t, v);
      if (p) {
        past = true;
        v += p;
        continue;
      }
      const m =
        ASPECT_MARKERS.matchAt(t, v) || (SPEECH_VERBS.matchAt(t, v) ? 0 : MODALS.matchAt(t, v));
      if (m && !TASK_VERBS.matchAt(t, v)) {
        v += m;
        continue;
      }
      break;
    }

    // "X yêu cầu / đề nghị / nêu rõ: ...": X speaks, the clause after the verb is the task.
    const speech = SPEECH_VERBS.matchAt(t, v);
    if (speech && !TASK_VERBS.matchAt(t, v)) {
      const reading: Reading = {
        ...this.base(from, to, sentence),
        subject: subject.actors,
        predicateStart: t[v].start,
        past,
        speech: true,
        narrativeOpener,
        continuation,
      };
      this.ctx.speakers.push(...subject.actors);
      let rest = v + speech;
      while (rest < to && !t[rest].word) rest++;
      const inner = this.readTokens(rest, to, sentence);
      if (!inner.length) return [reading];
      reading.end = t[rest - 1].end;
      return [reading, ...inner];
    }

    // "Vụ 7 chủ trì, Vụ 8 phối hợp": a comma before other units and their verb starts a clause.
    const split = this.unitClauseAfterComma(v, to);
    const end = split > 0 ? split : to;
    const partners = this.partners(v, end);
    const reading: Reading = {
      ...this.base(from, end, sentence),
      subject: subject.actors,
      predicateStart: t[Math.min(v, end - 1)].start,
      past,
      leads: this.startsWithin(v, end, CHU_TRI, 3),
      joinsAsPartner: phraseAt(t, v, PHOI_HOP) > 0 && partners.length === 0,
      partners,
      narrativeOpener,
      continuation,
    };
    if (split > 0) return [reading, ...this.readTokens(split + 1, to, sentence)];
    return [reading];
  }

  /** `p` starts within the first `span` tokens of `[from, to)`. */
  private startsWithin(from: number, to: number, p: Phrase, span: number): boolean {
    for (let k = from; k < Math.min(to, from + span); k++)
      if (phraseAt(this.tokens, k, p)) return true;
    return false;
  }

  private nextComma(from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const x = this.tokens[k];
      if (x.text === ',') return k;
      if (x.text === ';' || x.text === ':' || x.text === '.') return -1;
    }
    return -1;
  }

  /** The units from `i` up to the first verb, if they really are units. */
  private subjectAt(i: number, to: number): { actors: Actor[]; verbAt: number } | null {
    const t = this.tokens;
    let k = i;
    while (k < to) {
      const skip = this.mentionAt(k)?.to ?? k + NOUN_COMPOUNDS.matchAt(t, k);
      if (skip > k) {
        k = skip;
        continue;
      }
      const x = t[k];
      if (!x.word && (x.text === ';' || x.text === ':' || x.text === '(' || x.text === '.')) break;
      if (this.isVerbAt(k, i)) break;
      k++;
      if (k - i > SUBJECT_MAX_TOKENS) return null;
    }
    if (k === i || k >= to) return null;
    if (!this.isVerbAt(k, i)) return null;
    const actors = this.actors(i, k, 'subject');
    return actors && actors.length ? { actors, verbAt: k } : null;
  }

  /** A verb, modal or tense word that ends the units; a capitalized one inside a name does not. */
  private isVerbAt(k: number, regionStart: number): boolean {
    const t = this.tokens;
    const x = t[k];
    if (!x?.word) return false;
    const hit =
      TASK_VERBS.matchAt(t, k) ||
      MODALS.matchAt(t, k) ||
      PAST_MARKERS.matchAt(t, k) ||
      ASPECT_MARKERS.matchAt(t, k) ||
      SPEECH_VERBS.matchAt(t, k);
    if (!hit) return false;
    if (k > regionStart && x.cap && !x.allCaps && t[k - 1]?.word) return false;
    return true;
  }

  private mentionAt(k: number) {
    return this.bodies.mentionAt(k);
  }

  private actors(from: number, to: number, mode: 'subject' | 'object'): Actor[] | null {
    return this.bodies.list(from, to, mode);
  }

  /** "... nhiệm vụ của Viện kiểm sát phải phối hợp ...": the unit right before the modal. */
  private subjectBeforeModal(from: number, to: number): { actors: Actor[]; verbAt: number } | null {
    const t = this.tokens;
    for (let k = from; k < to; k++) {
      if (!OF.matchAt(t, k)) continue;
      const s = k + 1;
      let e = s;
      const m = this.mentionAt(s);
      if (m) e = m.to;
      else while (e < to && t[e].word && !this.isVerbAt(e, s) && e - s < 6) e++;
      if (e >= to || !RESPONSIBILITY_MODALS.matchAt(t, e)) continue;
      const actors = this.actors(s, e, 'subject');
      if (actors?.length && actors.every((a) => a.kind === 'unit' || a.kind === 'group'))
        return { actors, verbAt: e };
    }
    return null;
  }

  /** "..., Bộ Tư pháp nêu rõ" before a colon: who speaks (the issuer, in a news report). */
  private speakerAtEnd(from: number, to: number): Actor[] | null {
    const t = this.tokens;
    let last = to;
    while (last > from && !t[last - 1].word) last--;
    for (let k = last - 1; k > from; k--) {
      const n = SPEECH_THEN_COLON.matchAt(t, k);
      if (!n || k + n !== last) continue;
      let s = k;
      while (s > from && t[s - 1].text !== ',') s--;
      const actors = this.actors(s, k, 'subject');
      if (actors?.length) {
        this.ctx.speakers.push(...actors);
        return actors;
      }
    }
    return null;
  }

  /** Position of a comma after which other units and their own verb start a new clause. */
  private unitClauseAfterComma(from: number, to: number): number {
    const t = this.tokens;
    const lists = this.partnerLists(from, to);
    for (let k = from + 1; k < to - 1; k++) {
      if (t[k].text !== ',' || lists.some(([a, b]) => a <= k && k < b)) continue;
      const next = this.subjectAt(k + 1, to);
      if (next && next.actors.every((a) => a.kind !== 'unresolved' || /^\p{Lu}/u.test(a.name)))
        if (this.mentionAt(k + 1) || ORG_HEADS.matchAt(t, k + 1) || QUANTIFIERS.matchAt(t, k + 1))
          return k;
    }
    return -1;
  }

  /** Token ranges of the lists after "phối hợp với" ("với Vụ 1, Vụ 2 và Văn phòng"). */
  private partnerLists(from: number, to: number): [number, number][] {
    const t = this.tokens;
    const out: [number, number][] = [];
    for (let k = from; k < to; k++) {
      if (!phraseAt(t, k, PHOI_HOP)) continue;
      let j = k + PHOI_HOP.length;
      for (let n = PARTNER_ADVERBS.matchAt(t, j); n; n = PARTNER_ADVERBS.matchAt(t, j)) j += n;
      const intro = PARTNER_INTRO.matchAt(t, j) || (phraseAt(t, j, GIUA) ? 1 : 0);
      if (intro) out.push([j, this.objectEnd(j + intro, to)]);
    }
    return out;
  }

  /** Bodies after "phối hợp với", "phối hợp, hướng dẫn", "phối hợp giữa A với B". */
  private partners(from: number, to: number): Actor[] {
    const t = this.tokens;
    const out: Actor[] = [];
    for (let k = from; k < to; k++) {
      if (!phraseAt(t, k, PHOI_HOP)) continue;
      let j = k + PHOI_HOP.length;
      for (let n = PARTNER_ADVERBS.matchAt(t, j); n; n = PARTNER_ADVERBS.matchAt(t, j)) j += n;
      let list: Actor[] | null = null;
      const intro = PARTNER_INTRO.matchAt(t, j);
      if (intro) list = this.objectList(j + intro, to);
      else if (t[j]?.text === ',' && PARTNER_VERBS.matchAt(t, j + 1))
        list = this.objectList(j + 1 + PARTNER_VERBS.matchAt(t, j + 1), to);
      else if (phraseAt(t, j, GIUA)) {
        const first = this.objectEnd(j + 1, to, true);
        list = this.actors(j + 1, first, 'object') ?? [];
        const sep = VOI_VA.matchAt(t, first);
        if (sep) {
          const second = this.actors(first + sep, this.objectEnd(first + sep, to), 'object') ?? [];
          list.push(...second.filter((a) => a.kind !== 'unresolved'));
        }
      } else if (this.mentionAt(j)) list = this.objectList(j, to);
      for (const a of list ?? []) if (!out.some((o) => o.name === a.name)) out.push(a);
    }
    return out;
  }

  private objectList(from: number, to: number): Actor[] {
    return this.actors(from, this.objectEnd(from, to), 'object') ?? [];
  }

  /** Where a list of bodies ends: a preposition, a verb, a clause mark. */
  private objectEnd(from: number, to: number, stopAtWith = false): number {
    const t = this.tokens;
    let k = from;
    while (k < to && k - from < 20) {
      const skip = this.mentionAt(k)?.to ?? k + NOUN_COMPOUNDS.matchAt(t, k);
      if (skip > k) {
        k = skip;
        continue;
      }
      const x = t[k];
      if (!x.word && /[;:().“”"]/.test(x.text)) break;
      if (stopAtWith && VOI_VA.matchAt(t, k)) break;
      if (OBJECT_STOPS.matchAt(t, k)) break;
      if (
        k > from &&
        (TASK_VERBS.matchAt(t, k) || PAST_MARKERS.matchAt(t, k)) &&
        !(x.cap && t[k - 1].word)
      )
        break;
      k++;
    }
    while (k > from && !t[k - 1].word) k--;
    return k;
  }
}

function isNumber(t: Token | undefined): boolean {
  return !!t && /^\d+$/.test(t.text);
}
