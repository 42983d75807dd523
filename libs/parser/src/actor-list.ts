import type { Consultation } from './consultation';
import { provinceNamed } from './places';
import {
  BARE_HEADS,
  HEAD_TITLES,
  KIND_WORDS,
  PLURAL_KINDS,
  LIST_JOINERS,
  LOWERCASE_HEADS,
  MODALS,
  ORG_HEADS,
  OTHER_ROLES,
  PERSON_AFTER,
  QUANTIFIERS,
  SELF_REFERENCES,
  TASK_VERBS,
} from './lexicon';
import { Lexicon, Token, phrase, phraseAt, tokenIs } from './tokens';
import { nameKey } from './unit-resolver';
import type { Mention, UnitRef, UnitResolver } from './unit-resolver';
import { capitalizeFirst, fold } from './vietnamese-text';

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
  /** "các sở" standing for "các Sở GD&ĐT" written before, or null. */
  longerPlural?(words: string[]): string | null;
  /** A name read in the issuer's context ("VKSND các huyện" in a province's letter). */
  resolveNear(name: string): UnitRef | null;
  /** Bodies that speak ("Bộ Tư pháp nêu rõ:"), gathered for the issuer. */
  speakers: Actor[];
  /** The letter's addressees ("Kính gửi: ..."): what "các đơn vị" alone stands for. */
  addressees?: Actor[];
  /** A public consultation ("lấy ý kiến Nhân dân"), and whom it asks, if the text is one. */
  consultation?: Consultation | null;
  /** A news item or a page, not the document itself: what it tells was said elsewhere. */
  article?: boolean;
}

/** "các đơn vị" read with no addressees to stand for; a news item's addressees may come later. */
export const GENERIC_UNITS = 'Các đơn vị';

export function fromRef(ref: UnitRef): Actor {
  return {
    name: ref.name,
    kind: ref.kind,
    code: ref.kind === 'external' ? null : ref.code,
    root: ref.kind === 'unit' && ref.root,
  };
}

/** Heads' titles that name the kind of body they head: "Trưởng phòng Tư pháp" → "Phòng Tư pháp". */
const TITLE_KINDS: Record<string, string> = {
  'truong phong': 'Phòng',
  'truong ban': 'Ban',
  'chanh thanh tra': 'Thanh tra',
  'chanh van phong': 'Văn phòng',
};

const CAC = phrase('các')[0];
const QUY = phrase('quý')[0];
const NGANH = phrase('ngành');

/**
 * "Quý cơ quan, tổ chức, địa phương", "Quý đơn vị": the honorific plural of a letter's
 * addressees reads as "các" before a kind of body (not "quý II", a quarter).
 */
function honorificAt(t: readonly Token[], i: number): boolean {
  return !!t[i] && t[i].key === QUY.key && PLURAL_KINDS.matchAt(t, i + 1) > 0;
}

/** "các", or the honorific "Quý" before a kind of body. */
function pluralAt(t: readonly Token[], i: number): boolean {
  return tokenIs(t[i], CAC) || honorificAt(t, i);
}

function quantifierAt(t: readonly Token[], i: number): number {
  // "100% các cơ sở tiêm chủng": every one of them
  if (t[i]?.text === '100' && t[i + 1]?.text === '%') return 2;
  return QUANTIFIERS.matchAt(t, i) || (honorificAt(t, i) ? 1 : 0);
}
const TAT_CA = phrase('tất cả');
const PLURAL_WORDS = new Lexicon(['các', 'những']);
const PERSON_TITLES = new Lexicon(['đồng chí', 'các đồng chí', 'ông', 'bà']);
/** A head's title alone that names the kind of body it heads. */
const KIND_OF_TITLE: Record<string, string> = {
  'bo truong': 'Các Bộ',
  'cuc truong': 'Các Cục',
  'vu truong': 'Các Vụ',
};
const DON_VI = phrase('đơn vị');
/** "Các đơn vị thuộc bộ": the ministry in lower case, as its own letters write it. */
const OF_THE_MINISTRY = /^(.*\s(?:trực thuộc|thuộc))\s+bộ$/u;
/** A ministry's name at the end of a speaker's: "Lãnh đạo Bộ Tài chính", "Bộ Y tế". */
const MINISTRY_IN = /(?:^|\s)(Bộ\s+\p{Lu}.*)$/u;
const OF = new Lexicon(['của', 'thuộc', 'tại']);
/** Offices every procuracy has: named bare, they are the writer's own. */
const LOCAL_OFFICES = new Set([
  'van phong',
  'thanh tra',
  'co quan dieu tra',
  'phong to chuc can bo',
]);
/** A head shared by the list after a colon: "(Giám đốc) các Sở, ngành: Tư pháp, Y tế". */
const DISTRIBUTIVE = /(?:^|\s)cac\s+(bo|so|phong)(?:\s*,\s*(?:ban|nganh))*\s*$/;
const HEAD_OF: Record<string, string> = { bo: 'Bộ', so: 'Sở', phong: 'Phòng' };
const LEVEL_DISTRIBUTIVE =
  /(?:^|\s)(ubnd|uy ban nhan dan)\s+cac\s+(xa|huyen|tinh|phuong|quan|thi tran|thi xa)\s*$/;
const LEVEL_OF: Record<string, string> = {
  xa: 'xã',
  huyen: 'huyện',
  tinh: 'tỉnh',
  phuong: 'phường',
  quan: 'quận',
  'thi tran': 'thị trấn',
  'thi xa': 'thị xã',
};
/** Kind words as a heading writes them with a capital ("các Sở, Ban, Ngành"), diacritics and all. */
const CAPITAL_KINDS = new Set(
  'sở ban ngành đoàn thể bộ cơ quan phòng đơn vị huyện tỉnh thành phố thị xã quận phường trấn địa phương tổ chức cấp ngang thuộc chính phủ doanh nghiệp trung ương liên và các ở chuyên môn trực vụ cục tổng chi viện'.split(
    ' ',
  ),
);
/** "cấp tỉnh", "cấp huyện" after a name: the level of the bodies it names. */
const AT_LEVEL = /^cap (?:tinh|huyen|xa|trung uong|co so)$/;
/** Words that open a condition before the units it concerns. */
const CONDITIONS = new Lexicon(['trường hợp', 'trong trường hợp', 'nếu', 'khi']);
/** The people of a place, asked as one ("Nhân dân", as the labels and a clerk write it). */
/**
 * A board named with the kinds it stands in: "Ban Chỉ huy PCTT và TKCN | các Bộ, ngành" (not
 * "Sở Y tế các tỉnh, các bệnh viện": two addressees).
 */
const SECOND_PLURAL = /^((?:Ban Chỉ huy|Ban Chỉ đạo|Hội đồng|BCH|BCĐ)\s.*?)\s+các\s+\p{L}/u;
const NAMED_IN_ARTICLE =
  /^(?:,\s*)?(?:và\s+)?(?:các\s+)?(?:ông|bà|thành viên|cá nhân|đồng chí)[^;]{0,20}?\scó tên (?:tại|ở) điều \d+$/iu;
/** Words that begin with a body's head but name a meeting or a staff: "Hội nghị", "Đội ngũ". */
const NOT_BODIES = new Lexicon([
  'hội nghị',
  'hội thảo',
  'hội thi',
  'hội diễn',
  'hội chợ',
  'hội giảng',
  'đội ngũ',
]);
const PEOPLE = new Lexicon([
  'nhân dân',
  'bà con nhân dân',
  'bà con',
  'người dân',
  'toàn thể nhân dân',
  'quần chúng nhân dân',
]);
/** "và các tổ chức, cá nhân có liên quan": everyone else, not a body to track. */
const CATCH_ALL_START = new Lexicon(['cá nhân', 'tổ chức', 'nhân dân']);
/** "các ngành, các cấp" after a name: the body at every level and in every sector. */
const EVERY_LEVEL = new Set(['cac cap', 'cac nganh', 'moi cap', 'cac nganh cac cap']);
const THANH_TRA = phrase('thanh tra');
/** "UBND các tỉnh Quảng Nam": "các" before a level that a list of places follows. */
const SINGLE_LEVEL =
  /^(.*\s)(?:các|cac)\s+((?:huyện|tỉnh|thị xã|thành phố|quận|xã|phường|thị trấn|huyen|tinh|thi xa|thanh pho|quan|xa|phuong|thi tran)\s+\p{Lu}.*)$/u;
/** A body's name up to its level word, before the place: "UBND huyện" of "UBND huyện Quang Bình". */
const LEVEL_PREFIX =
  /^(.*(?:^|\s)(?:huyện|tỉnh|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn|huyen|tinh|thi xa|thanh pho|quan|xa|phuong|thi tran))\s+\p{Lu}[^,;]*$/u;
const CATCH_ALL_WORDS = new Set([
  'to',
  'chuc',
  'ca',
  'nhan',
  'co',
  'lien',
  'quan',
  'khac',
  'va',
  'dan',
]);
/** "Ủy ban nhân dân các huyện": the head before a plural level. */
const PLURAL_LEVEL =
  /^(.+?)\s+(?:các|cac)\s+(?:huyện|tỉnh|quận|xã|phường|thị xã|thành phố|huyen|tinh|quan|xa|phuong|thi xa|thanh pho)(?:\s|,|$)/u;
/** Words that only tell a level apart ("các huyện, thị xã, thành phố"). */
const LEVEL_WORDS = new Set([
  'huyen',
  'quan',
  'thi',
  'xa',
  'thanh',
  'pho',
  'tinh',
  'cap',
  'phuong',
  'tran',
]);

interface Piece {
  from: number;
  to: number;
  /** Kinds of body that take the plural of the levels before them ("..., thành phố, sở, ban"). */
  plural?: boolean;
}

type PieceKind =
  | { type: 'actor'; actor: Actor; from: number }
  | { type: 'title' }
  | { type: 'bare'; from: number }
  | { type: 'invalid' };

const GOM = phrase('gồm')[0];
/** "TP.Huế", "TX.Cai Lậy": a level's abbreviation before a place's name. */
const CITY_ABBREVIATION = /^(?:TP|TX)$/u;
/** The levels of government after "cấp". */
const LEVEL_NAMES = new Set(['tinh', 'huyen', 'xa', 'trung uong', 'co so', 'thanh pho']);

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

  /** A ":" at `colon` opens a list sharing the head just before it ("các Sở, ngành:"). */
  distributiveHeadBefore(from: number, colon: number): string | null {
    const words = this.tokens
      .slice(Math.max(from, colon - 8), colon)
      .map((x) => x.folded)
      .join(' ')
      .replace(/ , /g, ', ');
    const m = DISTRIBUTIVE.exec(words);
    if (m) return HEAD_OF[m[1]];
    // "UBND các xã: Phổ Châu, Phổ Thạnh": each place's committee at that level
    const l = LEVEL_DISTRIBUTIVE.exec(words);
    return l ? `${l[1] === 'ubnd' ? 'UBND' : 'Ủy ban nhân dân'} ${LEVEL_OF[l[2]]}` : null;
  }

  /**
   * "Sở Tư pháp", "Sở Lao động, Thương binh và Xã hội" ... from "các Sở, ngành: Tư pháp, Lao
   * động, Thương binh và Xã hội, Y tế, Công an tỉnh": each item takes the head unless it
   * names a body of its own; known names are taken whole, commas and all.
   */
  private distributive(head: string, from: number, to: number): Actor[] {
    const t = this.tokens;
    const out: Actor[] = [];
    let k = from;
    while (k < to) {
      while (k < to && (!t[k].word || LIST_JOINERS.matchAt(t, k)))
        k += Math.max(1, LIST_JOINERS.matchAt(t, k));
      if (k >= to) break;
      const own = this.mentionAt(k);
      if (own && own.to <= to) {
        out.push(fromRef(own.ref));
        k = own.to;
        continue;
      }
      let taken = 0;
      for (let j = Math.min(to, k + 12); j > k; j--) {
        if (t[j - 1].text === ';') continue;
        const ref = this.ctx.resolver.resolve(`${head} ${this.asWritten(k, j)}`);
        if (ref) {
          out.push(fromRef(ref));
          taken = j;
          break;
        }
      }
      if (taken) {
        k = taken;
        continue;
      }
      let e = k;
      // "..., Báo Quảng Trị và Thủ trưởng các cơ quan có liên quan": "và" before another
      // head's title ends the shared list; what follows is read on its own
      let rest = -1;
      while (e < to && t[e].text !== ',' && t[e].text !== ';') {
        const j = LIST_JOINERS.matchAt(t, e);
        if (j && e > k && HEAD_TITLES.matchAt(t, e + j)) {
          rest = e + j;
          break;
        }
        e++;
      }
      const written = this.asWritten(k, e);
      const named = ORG_HEADS.matchAt(t, k) > 0 && t[k].cap;
      out.push({
        name: named ? written : `${head} ${written}`,
        kind: 'unresolved',
        code: null,
        root: false,
      });
      if (rest >= 0) {
        out.push(...(this.list(rest, to, 'subject') ?? []));
        break;
      }
      k = e;
    }
    return out;
  }

  /**
   * "các bộ Công an, Quốc phòng, Y tế": a plural head right before a proper name is shared by
   * the names listed after it, as after a colon. The head, or null.
   */
  sharedHeadAt(from: number): string | null {
    const t = this.tokens;
    if (!pluralAt(t, from) || !t[from + 2]?.cap || !t[from + 2].word) return null;
    const head = HEAD_OF[t[from + 1]?.folded ?? ''];
    if (!head) return null;
    let first = this.mentionAt(from + 1)?.to ?? from + 2;
    while (first === from + 2 || (t[first]?.word && t[first].cap)) first++;
    // a list after the first name, not one name ("các Sở Tư pháp" of every province)
    return t[first]?.text === ',' && t[first + 1]?.cap && !this.mentionAt(first + 1) ? head : null;
  }

  /**
   * In a list sharing a head ("các Bộ: Quốc phòng, Xây dựng, Công Thương"), the item at `k`
   * that the head completes into a known body ("Bộ Xây dựng"): where it ends, or -1. Such an
   * item is a name even when its first word is also a verb ("Xây dựng").
   */
  distributedNameEnd(head: string, k: number, to: number): number {
    const t = this.tokens;
    for (let j = Math.min(to, k + 12); j > k; j--) {
      if (!t[j - 1].word) continue;
      if (t.slice(k, j).some((x) => x.text === ';' || x.text === ':')) continue;
      // the name ends before a joiner, a mark, or the list's verb ("Xây dựng phối hợp ...")
      const verbAfter = j < to && (TASK_VERBS.matchAt(t, j) > 0 || MODALS.matchAt(t, j) > 0);
      if (j < to && t[j].word && !LIST_JOINERS.matchAt(t, j) && !verbAfter) continue;
      if (this.ctx.resolver.resolve(`${head} ${this.asWritten(k, j)}`)) return j;
    }
    return -1;
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
    // "các Bộ, ngành, đơn vị gồm Bộ Công an, Bộ Tài chính, ...": the bodies it goes on to name
    for (let k = from + 1; k < to - 1; k++)
      if (
        tokenIs(this.tokens[k], GOM) &&
        this.kindsOnly(from + (this.tokens[from].folded === 'cac' ? 1 : 0), k)
      ) {
        from = k + 1;
        break;
      }
    const out = this.listed(from, to, mode);
    // "đề nghị các Sở Giáo dục và Đào tạo ..." in a letter to "Sở Giáo dục và Đào tạo các tỉnh,
    // thành phố trực thuộc Trung ương": those addressees, by their full name
    const addressees = this.ctx.addressees ?? [];
    if (!out || !addressees.length) return out;
    return dedupeActors(
      out.flatMap((a) => {
        const key = `${fold(a.name).replace(/^cac /u, '')} cac `;
        const whole = addressees.find((b) => fold(b.name).startsWith(key));
        if (whole) return [whole];
        // "Các địa phương căn cứ ..." in a letter to the provinces' committees: those provinces
        if (
          /^(?:cac )?dia phuong$/.test(fold(a.name)) &&
          addressees.every((b) => /^(?:uy ban nhan dan|ubnd)\s/.test(fold(b.name)))
        )
          return addressees;
        // "yêu cầu UBND các tỉnh:" in a telegram to "Ủy ban nhân dân các tỉnh Gia Lai, Đắk Lắk,
        // ...": each province it was sent to
        const plural = /^(.*?)\s*\bcac (tinh|bo|so)$/u.exec(fold(a.name));
        if (!plural) return [a];
        const head = nameKey(plural[1]);
        const each = addressees.filter((b) => {
          const m = new RegExp(`^(.*?)\\s*\\b${plural[2]} \\S`, 'u').exec(fold(b.name));
          return !!m && nameKey(m[1]) === head;
        });
        return each.length >= 2 ? each : [a];
      }),
    );
  }

  private listed(from: number, to: number, mode: 'subject' | 'object'): Actor[] | null {
    // "... và các ông (bà) có tên tại Điều 1 căn cứ Quyết định thi hành": the persons the
    // decision names close the list; they are no body to track
    for (let j = from + 1; j < to; j++)
      if (LIST_JOINERS.matchAt(this.tokens, j) || this.tokens[j].text === ',')
        if (NAMED_IN_ARTICLE.test(this.asWritten(j, to))) {
          to = j;
          break;
        }
    // "UBND phường đề nghị bà con nhân dân nâng cao ý thức ...": the people asked
    if (mode === 'subject' && from < to && PEOPLE.matchAt(this.tokens, from) === to - from)
      return [{ name: this.asWritten(from, to), kind: 'unresolved', code: null, root: false }];
    // "đề nghị các đồng chí chỉ đạo ..." in a letter to heads ("Kính gửi: Chánh án ..."): those
    // heads, so their bodies
    if (
      this.ctx.addressees?.length &&
      /^(?:cac )?dong chi$/.test(this.foldedWords(from, to).join(' '))
    )
      return [...this.ctx.addressees];
    const shared = this.sharedHeadAt(from);
    if (shared) {
      let end = from;
      while (end < to && this.tokens[end].text !== ';') end++;
      const after = end < to ? this.list(end + 1, to, mode) : [];
      if (after === null) return null;
      return dedupeActors([...this.distributive(shared, from + 1, end), ...after]);
    }
    // "Giám đốc các Sở, ngành: Tư pháp, Y tế; Chủ tịch UBND các huyện": the distributed part
    // up to the next ";" is read apart, the rest as usual.
    for (let k = from; k < to; k++) {
      if (this.tokens[k].text !== ':') continue;
      const head = this.distributiveHeadBefore(from, k);
      if (!head) continue;
      let start = k;
      while (start > from && this.tokens[start - 1].text !== ';') start--;
      let end = k + 1;
      while (end < to && this.tokens[end].text !== ';') end++;
      const before = start > from ? this.list(from, start, mode) : [];
      const after = end < to ? this.list(end + 1, to, mode) : [];
      if (before === null || after === null) return null;
      // "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: ...": bodies before the head, up to its comma
      let comma = k - 1;
      while (comma > start && this.tokens[comma].text !== ',') comma--;
      const shared =
        this.list(start, k, mode) ?? (comma > start ? this.list(start, comma, mode) : null) ?? [];
      // the head's own words ("các Sở, ngành") name no body; anything else before it does
      const named = shared.filter(
        (a) => a.kind === 'unit' || a.kind === 'group' || a.kind === 'external',
      );
      return dedupeActors([...before, ...named, ...this.distributive(head, k + 1, end), ...after]);
    }
    const out: Actor[] = [];
    const expanded: Actor[] = [];
    let pendingFrom = -1;
    let lastUnresolved: { actor: Actor; from: number } | null = null;
    let levelHead: string | null = null;
    const pieces = this.pieces(from, to);
    /** "VKSND cấp cao" of "VKSND cấp cao 1, 2, 3": numbers alone go on with the name before. */
    let numberedBase: string | null = null;
    const t = this.tokens;
    const add = (name: string) => {
      if (!out.some((o) => o.name === name))
        out.push({ name, kind: 'unresolved', code: null, root: false });
    };
    for (const p of pieces) {
      // "người ứng cử ĐBQH, ứng cử đại biểu HĐND": the role's head left out of the next part
      const role = out.at(-1);
      if (role?.kind === 'role' && this.sameRole(role.name, p)) {
        const more = this.asWritten(p.from, p.to);
        role.name = `${role.name}, ${more.charAt(0).toLocaleLowerCase('vi')}${more.slice(1)}`;
        continue;
      }
      // "Ủy ban bầu cử cấp tỉnh, cấp xã", "UBND cấp huyện, cấp xã": the body of each level
      const level = /^(.*\S)\s+cấp\s+\S+$/u.exec(out.at(-1)?.name ?? '');
      if (level && this.levelOnly(p)) {
        add(`${level[1]} ${this.asWritten(p.from, p.to).toLocaleLowerCase('vi')}`);
        continue;
      }
      // "TP.Huế", "TX.Cai Lậy": a city or town named with its level's abbreviation, in a list
      if (
        p !== pieces[0] &&
        p.to > p.from + 2 &&
        CITY_ABBREVIATION.test(t[p.from].text) &&
        t[p.from + 1]?.text === '.' &&
        t.slice(p.from + 2, p.to).every((x) => x.word && x.cap)
      ) {
        add(this.asWritten(p.from, p.to));
        continue;
      }
      // "Lực lượng kiểm lâm, quân đội, công an": each force with the head left out
      if (
        /^luc luong \S/.test(fold(out.at(-1)?.name ?? '')) &&
        t.slice(p.from, p.to).every((x) => x.word && !x.cap) &&
        !quantifierAt(t, p.from) &&
        !this.mentionAt(p.from)
      ) {
        add(`Lực lượng ${this.asWritten(p.from, p.to).toLocaleLowerCase('vi')}`);
        continue;
      }
      const named = this.namedInBrackets(p);
      if (named) {
        named.forEach(add);
        continue;
      }
      const numbers = numberedBase ? this.numbersOnly(p) : null;
      if (numbers) {
        for (const n of numbers) {
          const name = `${numberedBase} ${n}`;
          const ref = this.ctx.resolver.resolve(name);
          const a: Actor = ref
            ? fromRef(ref)
            : { name, kind: 'unresolved', code: null, root: false };
          if (!out.some((o) => o.name === a.name)) out.push(a);
        }
        continue;
      }
      numberedBase = /^(.*\D)\s+\d+$/u.exec(this.asWritten(p.from, p.to))?.[1] ?? null;
      // "Ban Chỉ huy ... các ngành, các cấp": at every level, part of the name before
      if (lastUnresolved && EVERY_LEVEL.has(this.foldedWords(p.from, p.to).join(' '))) {
        lastUnresolved.actor.name = this.asWritten(lastUnresolved.from, p.to);
        continue;
      }
      // "UBND các huyện, thành phố Mỹ Tho, thị xã Gò Công": towns named with their level, each
      // a body with the head of the plural before them
      levelHead ??= PLURAL_LEVEL.exec(out.at(-1)?.name ?? '')?.[1] ?? null;
      const levelled = levelHead ? this.levelledPlace(levelHead, p) : null;
      if (levelled) {
        if (!out.some((o) => o.name === levelled.name)) out.push(levelled);
        lastUnresolved = null;
        continue;
      }
      levelHead = null;
      // "UBND huyện Quang Bình, Bắc Quang": a place alone takes the body and level before it
      const shared = this.placesAfter(out.at(-1), p);
      if (shared) {
        // "UBND các tỉnh Quảng Nam, Quảng Ngãi": each place one province, named singly
        const single = (a: Actor): Actor => {
          if (a.kind !== 'unresolved' || !SINGLE_LEVEL.test(a.name)) return a;
          const name = a.name.replace(SINGLE_LEVEL, '$1$2');
          const ref = this.ctx.resolver.resolve(name);
          return ref ? fromRef(ref) : { ...a, name };
        };
        const plural = SINGLE_LEVEL.test(out.at(-1)!.name);
        if (plural) out[out.length - 1] = single(out.at(-1)!);
        for (const a of plural ? shared.map(single) : shared)
          if (!out.some((o) => o.name === a.name)) out.push(a);
        lastUnresolved = null;
        continue;
      }
      // "Ban Chỉ huy PCTT và TKCN các Bộ, ngành, các tỉnh, thành phố": a second plural of kinds
      // after a body named with one is that body's too
      const headOfPlural = SECOND_PLURAL.exec(out.at(-1)?.name ?? '')?.[1];
      if (headOfPlural && pluralAt(this.tokens, p.from) && this.kindsOnly(p.from + 1, p.to)) {
        const written = this.asWritten(p.from, p.to);
        const name = `${headOfPlural} ${written.charAt(0).toLocaleLowerCase('vi')}${written.slice(1)}`;
        if (!out.some((o) => o.name === name))
          out.push({ name, kind: 'unresolved', code: null, root: false });
        lastUnresolved = null;
        continue;
      }
      const kind = this.classify(p, p === pieces[0]);
      if (kind.type === 'title') continue;
      if (kind.type === 'bare') {
        const longer = this.bareAsKnown(p);
        const addressees = this.addresseesFor(p);
        if (longer) out.push(longer);
        else if (addressees) expanded.push(...addressees);
        // "Giám đốc các Sở triển khai": every such body, when the text names none of them
        else if (
          mode === 'subject' &&
          pluralAt(this.tokens, p.to - 2) &&
          this.tokens[p.to - 1].cap &&
          PLURAL_KINDS.matchAt(this.tokens, p.to - 1)
        )
          out.push({
            name: this.asWritten(kind.from, p.to),
            kind: 'unresolved',
            code: null,
            root: false,
          });
        else if (mode === 'subject') return null;
        else if (pendingFrom < 0) pendingFrom = kind.from;
        continue;
      }
      if (kind.type === 'invalid') {
        // "Ban Quản lý dự án chuyên ngành, khu vực": lower-case alternatives of the name before
        if (lastUnresolved && this.qualifiesName(p)) {
          lastUnresolved.actor.name = this.asWritten(lastUnresolved.from, p.to);
          continue;
        }
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
      // "các Sở Kiến trúc Quy hoạch Hà Nội và TPHCM": one body of the kind in each place
      const each = actor.kind === 'unresolved' ? overPlaces(actor.name) : null;
      for (const a of each ?? [actor]) if (!out.some((o) => o.name === a.name)) out.push(a);
    }
    if (mode === 'subject' && pendingFrom >= 0) return null;
    // Everyone concerned ("các đơn vị, tổ chức, cá nhân có liên quan") after bodies the list
    // names is no body to track; alone, it is the addressee.
    const everyone = (a: Actor) => a.kind === 'unresolved' && /(?:^|\s)cá nhân\b/iu.test(a.name);
    if (out.some((a) => !everyone(a)))
      out.splice(0, out.length, ...out.filter((a) => !everyone(a)));
    // "các đơn vị, Viện kiểm sát địa phương": beside bodies it names, "các đơn vị" are the
    // addressees that are units ("Thủ trưởng các đơn vị thuộc ..."); alone, all of them.
    if (expanded.length) {
      const units = expanded.filter((a) => /đơn vị/iu.test(a.name));
      for (const a of out.length && units.length ? units : expanded)
        if (!out.some((o) => o.name === a.name)) out.push(a);
    }
    return out;
  }

  /** "các đơn vị" or "Quý cơ quan" alone, in a letter that lists its addressees. */
  private addresseesFor(p: Piece): Actor[] | null {
    const list = this.ctx.addressees;
    if (!list?.length) return null;
    const words = this.foldedWords(p.from, p.to).join(' ');
    // "Quý cơ quan", "Quý đơn vị": the letter's addressees, addressed with respect
    return /^(?:(?:cac|toan the cac)\s+don vi|quy\s+(?:co quan|don vi))$/.test(words) ? list : null;
  }

  /**
   * "các đơn vị" in `[from, to)` with no list of addressees to stand for, as a group named as
   * written; null for anything else.
   */
  genericUnits(from: number, to: number): Actor | null {
    if (this.ctx.addressees?.length) return null;
    let i = from;
    while (i < to && HEAD_TITLES.matchAt(this.tokens, i)) i += HEAD_TITLES.matchAt(this.tokens, i);
    const words = this.foldedWords(i, to).join(' ');
    return /^(?:(?:toan the |tat ca )?cac don vi|quy (?:co quan|don vi))$/.test(words)
      ? { name: GENERIC_UNITS, kind: 'unresolved', code: null, root: false }
      : null;
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
      // "các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)": the names in brackets stay with the kind
      if (t[k].text === '(' && k > start) {
        const close = t.findIndex((x, j) => j > k && j < to && x.text === ')');
        if (close > 0) {
          k = close + 1;
          continue;
        }
      }
      // "Ban chỉ đạo phòng, chống dịch": "phòng, chống" is one word pair, not two bodies.
      if (t[k].text === ',' && t[k - 1]?.folded === 'phong' && t[k + 1]?.folded === 'chong') {
        k++;
        continue;
      }
      // "Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban ...": what the body is, no body
      if (
        (t[k].text === '-' || t[k].text === '–') &&
        k > start &&
        t[k + 1]?.word &&
        !t[k + 1].cap &&
        LOWERCASE_HEADS.matchAt(t, k + 1)
      ) {
        out.push({ from: start, to: k });
        while (k < to && t[k].text !== ',' && t[k].text !== ';') k++;
        start = k;
        continue;
      }
      // "Phòng Kế hoạch - Đầu tư" is one name; "Vụ 7 - Vụ 9" two.
      const dash = (t[k].text === '-' || t[k].text === '–') && k > start;
      const mark = t[k].text === ',' || t[k].text === ';' || (dash && this.bodyStartsAt(k + 1, to));
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
    // "các huyện, thị xã, thành phố": alternatives inside one name, not three bodies; "các
    // sở, ban, ngành, đoàn thể tỉnh": kinds of body, one collective addressee.
    const kindOnly = (p: Piece) => {
      let i = p.from;
      for (let n = HEAD_TITLES.matchAt(t, i) || quantifierAt(t, i); n && i + n < p.to;)
        n = HEAD_TITLES.matchAt(t, (i += n)) || quantifierAt(t, i);
      if (this.mentionAt(i)) return false;
      // "cá nhân", "nhà xuất bản": kinds whose words are no kind words alone
      for (let j = i; j < p.to; j++) {
        const n = t[j].cap ? 0 : PLURAL_KINDS.matchAt(t, j);
        if (n > 1) j += n - 1;
        else if (t[j].word && !KIND_WORDS.has(t[j].folded)) return false;
        // "Phổ Thạnh" is a place whose words fold to kind words ("phố", "thành")
        else if (t[j].cap && !CAPITAL_KINDS.has(t[j].text.toLowerCase())) return false;
      }
      return true;
    };
    return out
      .reduce<Piece[]>((acc, p) => {
        const words = t.slice(p.from, p.to);
        const prev = acc[acc.length - 1];
        // "UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa": the levels, then what bounds them
        const levelOnly =
          words.every(
            (x) =>
              !x.word ||
              (LEVEL_WORDS.has(x.folded) && (!x.cap || CAPITAL_KINDS.has(x.text.toLowerCase()))),
          ) ||
          (!!prev &&
            !words[0].cap &&
            LEVEL_WORDS.has(words[0].folded) &&
            !this.isLevelAndPlace(p) &&
            /(?:^| )cac (?:tinh|huyen|quan|xa|phuong|thi xa|thanh pho)(?: |$)/.test(
              this.foldedWords(prev.from, prev.to).join(' '),
            ));
        const sameList = prev && t.slice(prev.to, p.from).every((x) => x.text === ',');
        // "các Sở, Ban, ngành": capitals too, when the whole item is a kind of body.
        // "các cơ quan, đơn vị, các ngành có liên quan" goes on; "các sở, ban, ngành, các chủ
        // đầu tư" names another addressee after its "các".
        const startsKind = quantifierAt(t, p.from)
          ? kindOnly(p)
          : (t[p.from].word &&
              KIND_WORDS.has(t[p.from].folded) &&
              (!t[p.from].cap || kindOnly(p))) ||
            // "các cá nhân, tổ chức, nhà xuất bản tham gia biên soạn sách": a kind that what
            // it does qualifies
            (!t[p.from].cap && PLURAL_KINDS.matchAt(t, p.from) > 1);
        // "Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện": lower-case kinds go on a name.
        // (not "..., thủ trưởng các đơn vị có liên quan": a head's title heads a body of its own)
        // (not after a plural of levels: "UBND các huyện, thị xã, thành phố, sở, ban, ngành liên
        // quan" goes on to other bodies, the departments, once the levels give way to kinds)
        const afterLevels =
          !!prev &&
          PLURAL_LEVEL.test(this.asWritten(prev.from, prev.to)) &&
          !LEVEL_WORDS.has(t[p.from].folded);
        const goesOn =
          !afterLevels &&
          kindOnly(p) &&
          !t[p.from].cap &&
          !quantifierAt(t, p.from) &&
          !HEAD_TITLES.matchAt(t, p.from) &&
          !this.mentionAt(p.from);
        // "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ": each kind a body of its own
        // when no plural "các" made the run one collective
        // "người đứng đầu cơ quan, tổ chức, đơn vị": bare kinds after one title are one run too
        const plural =
          !!prev && (this.pluralRun(prev) || (this.bareKinds(prev, true) && this.bareKinds(p)));
        const kinds =
          sameList &&
          plural &&
          ((kindOnly(prev) && startsKind) || goesOn) &&
          !this.mentionAt(p.from);
        // "các đơn vị, tổ chức, cá nhân có liên quan", "các cơ quan, tổ chức, doanh nghiệp và cá
        // nhân liên quan": everyone concerned, one addressee with the kinds before it
        const everyoneElse =
          !!prev && this.isCatchAll(p.from, p.to) && kindOnly(prev) && !this.mentionAt(prev.from);
        // "các sở, ngành và đơn vị liên quan": a last kind after "và", with no "các" of its own,
        // closes the same plural run
        const lastKind =
          !!prev &&
          t.slice(prev.to, p.from).every((x) => x.text === ',' || x.folded === 'va') &&
          pluralAt(t, prev.from) &&
          kindOnly(prev) &&
          !this.mentionAt(prev.from) &&
          !t[p.from].cap &&
          !quantifierAt(t, p.from) &&
          !HEAD_TITLES.matchAt(t, p.from) &&
          kindOnly(p);
        // "Ủy ban bầu cử cấp tỉnh, cấp xã": another level's body, not one name
        const anotherLevel =
          !!prev && this.levelOnly(p) && this.foldedWords(prev.from, prev.to).at(-2) === 'cap';
        if ((levelOnly || kinds || everyoneElse || lastKind) && prev && !anotherLevel)
          acc[acc.length - 1] = { ...prev, to: p.to };
        else acc.push(afterLevels && kindOnly(p) && !t[p.from].cap ? { ...p, plural: true } : p);
        return acc;
      }, [])
      .map((p, k) =>
        // "Bộ Tư pháp đề nghị bộ, ngành, đoàn thể, địa phương chủ động ...": a list that opens
        // on two or more kinds in lower case names them by their plural, "các" left unwritten
        k === 0 &&
        !t[p.from].cap &&
        this.bareKinds(p) &&
        t.slice(p.from, p.to).some((x) => x.text === ',')
          ? { ...p, plural: true }
          : p,
      );
  }

  /** "cấp xã", "cấp tỉnh": a level alone, another body of the level named before it. */
  private levelOnly(p: Piece): boolean {
    const words = this.foldedWords(p.from, p.to);
    return words.length === 2 && words[0] === 'cap' && LEVEL_NAMES.has(words[1]);
  }

  /** Whether `p` goes on with the role "Người ứng cử ..." without its "người". */
  private sameRole(role: string, p: Piece): boolean {
    const words = fold(role).split(' ');
    if (words[0] !== 'nguoi' || words.length < 3) return false;
    const piece = this.foldedWords(p.from, p.to);
    return piece.length > 2 && piece[0] === words[1] && piece[1] === words[2];
  }

  /**
   * "các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)": a kind, then the names of each in
   * brackets, one body per name; null for any other piece.
   */
  private namedInBrackets(p: Piece): string[] | null {
    const t = this.tokens;
    if (t[p.to - 1]?.text !== ')') return null;
    let open = p.to - 2;
    while (open > p.from && t[open].text !== '(') open--;
    if (open <= p.from || !pluralAt(t, p.from)) return null;
    const names: string[] = [];
    let start = open + 1;
    for (let k = open + 1; k < p.to; k++) {
      if (t[k].text !== ',' && t[k].text !== ')') continue;
      if (k === start || !t.slice(start, k).every((x) => x.word && x.cap)) return null;
      names.push(this.asWritten(start, k));
      start = k + 1;
    }
    if (names.length < 2) return null;
    const kind = this.asWritten(p.from + 1, open);
    return names.map((n) => `${kind} ${n}`);
  }

  /**
   * A run of kinds one collective addressee: not "Thủ trưởng cơ quan ngang bộ, cơ quan thuộc
   * Chính phủ", where a head's title with no plural word heads each kind on its own.
   */
  /** Kinds of body and commas only, in either case ("Bộ, ngành", "tỉnh, thành phố"). */
  private kindsOnly(from: number, to: number): boolean {
    const t = this.tokens;
    let i = from;
    while (i < to) {
      const n = t[i].text === ',' ? 1 : PLURAL_KINDS.matchAt(t, i);
      if (!n) return false;
      i += n;
    }
    return i > from;
  }

  /** Kinds of body and commas only ("cơ quan, tổ chức"), after a head's title if `titled`. */
  private bareKinds(p: Piece, titled = false): boolean {
    const t = this.tokens;
    let i = p.from;
    if (titled) {
      const n = HEAD_TITLES.matchAt(t, i);
      if (!n) return false;
      i += n;
    }
    if (i >= p.to) return false;
    while (i < p.to) {
      if (t[i].text === ',') i++;
      else {
        const n = t[i].cap ? 0 : PLURAL_KINDS.matchAt(t, i);
        if (!n) return false;
        i += n;
      }
    }
    return true;
  }

  private pluralRun(p: Piece): boolean {
    const t = this.tokens;
    if (!HEAD_TITLES.matchAt(t, p.from)) return true;
    for (let i = p.from; i < p.to; i++) if (PLURAL_WORDS.matchAt(t, i)) return true;
    return false;
  }

  /** One to three lower-case words with no head or title: a qualifier of the name before. */
  /**
   * A place's proper name alone ("Bắc Quang", or "Tân Hòa và Tân Phú") after "UBND huyện Quang
   * Bình": "UBND huyện Bắc Quang", each place its own body.
   */
  /** The numbers a piece is made of ("2", "3 và 4"), or null. */
  private numbersOnly(p: Piece): string[] | null {
    const words = this.tokens.slice(p.from, p.to).filter((x) => x.word);
    const numbers = words.filter((x) => /^\d{1,2}$/.test(x.text)).map((x) => x.text);
    const joins = words.length - numbers.length;
    return numbers.length &&
      joins <= 1 &&
      words.every((x) => /^\d{1,2}$/.test(x.text) || x.folded === 'va')
      ? numbers
      : null;
  }

  private placesAfter(prev: Actor | undefined, p: Piece): Actor[] | null {
    if (!prev) return null;
    const level = LEVEL_PREFIX.exec(prev.name);
    if (!level) return null;
    const t = this.tokens;
    const parts: Piece[] = [];
    let start = p.from;
    for (let k = p.from; k <= p.to; k++)
      if (k === p.to || t[k].folded === 'va') {
        parts.push({ from: start, to: k });
        start = k + 1;
      }
    const out: Actor[] = [];
    for (const part of parts) {
      const words = t.slice(part.from, part.to);
      if (words.length < 1 || words.length > 4) return null;
      if (!words.every((x) => x.word && x.cap && !x.allCaps)) return null;
      if (
        this.mentionAt(part.from) ||
        ORG_HEADS.matchAt(t, part.from) ||
        HEAD_TITLES.matchAt(t, part.from)
      )
        return null;
      const name = `${level[1]} ${this.asWritten(part.from, part.to)}`;
      const ref = this.ctx.resolver.resolve(name);
      out.push(ref ? fromRef(ref) : { name, kind: 'unresolved', code: null, root: false });
    }
    return out;
  }

  /** "thành phố Mỹ Tho", "thị xã Gò Công": level words in lower case, then a place's name. */
  private isLevelAndPlace(p: Piece): boolean {
    const words = this.tokens.slice(p.from, p.to);
    let k = 0;
    while (k < words.length && words[k].word && !words[k].cap && LEVEL_WORDS.has(words[k].folded))
      k++;
    return k > 0 && k < words.length && words.slice(k).every((x) => x.word && x.cap);
  }

  /**
   * "thành phố Mỹ Tho" after "Ủy ban nhân dân các huyện" (head "Ủy ban nhân dân"): "Ủy ban nhân
   * dân thành phố Mỹ Tho", a body of its own.
   */
  private levelledPlace(head: string, p: Piece): Actor | null {
    if (!this.isLevelAndPlace(p)) return null;
    const written = this.text.slice(this.tokens[p.from].start, this.tokens[p.to - 1].end);
    const name = `${head} ${written.replace(/\s+/g, ' ')}`;
    const ref = this.ctx.resolver.resolve(name);
    return ref ? fromRef(ref) : { name, kind: 'unresolved', code: null, root: false };
  }

  private qualifiesName(p: Piece): boolean {
    const t = this.tokens;
    const words = t.slice(p.from, p.to).filter((x) => x.word);
    return (
      words.length > 0 &&
      words.length <= 3 &&
      words.every((x) => !x.cap) &&
      !quantifierAt(t, p.from) &&
      !ORG_HEADS.matchAt(t, p.from) &&
      !HEAD_TITLES.matchAt(t, p.from) &&
      !OTHER_ROLES.matchAt(t, p.from) &&
      !CATCH_ALL_START.matchAt(t, p.from)
    );
  }

  /** Two to five capitalised words and nothing else: a person's name. */
  private isPersonName(i: number, to: number): boolean {
    const words = this.tokens.slice(i, to);
    return (
      words.length >= 2 &&
      words.length <= 5 &&
      words.every((x) => x.word && x.cap && !x.allCaps) &&
      !ORG_HEADS.matchAt(this.tokens, i) &&
      !this.mentionAt(i)
    );
  }

  /** "các tổ chức, cá nhân có liên quan" from `i` to `to`. */
  private isCatchAll(i: number, to: number): boolean {
    const t = this.tokens;
    if (!CATCH_ALL_START.matchAt(t, i)) return false;
    return t.slice(i, to).every((x) => !x.word || CATCH_ALL_WORDS.has(x.folded));
  }

  private bodyStartsAt(k: number, to: number): boolean {
    const t = this.tokens;
    let i = k;
    for (let n = quantifierAt(t, i); n && i + n < to; n = quantifierAt(t, i)) {
      if (this.mentionAt(i)) return true;
      i += n;
    }
    if (CATCH_ALL_START.matchAt(t, i)) return true;
    if (i > k && pluralAt(t, k) && PLURAL_KINDS.matchAt(t, i)) return true;
    if (this.mentionAt(i) || HEAD_TITLES.matchAt(t, i) || OTHER_ROLES.matchAt(t, i)) return true;
    // "... các huyện, thị xã và TP.Huế": a city written with its level's abbreviation
    if (t[i]?.cap && CITY_ABBREVIATION.test(t[i].text) && t[i + 1]?.text === '.' && t[i + 2]?.cap)
      return true;
    return ORG_HEADS.matchAt(t, i) > 0 && (t[i].cap || LOWERCASE_HEADS.matchAt(t, i) > 0);
  }

  private classify(p: Piece, first = false): PieceKind {
    const t = this.tokens;
    // "Trường hợp có khó khăn, vướng mắc, các đơn vị ...": a condition, never a body
    if (CONDITIONS.matchAt(t, p.from) && !this.mentionAt(p.from)) return { type: 'invalid' };
    // "Hội nghị dự kiến tổ chức ...": a meeting, not the association "Hội ..."
    if (NOT_BODIES.matchAt(t, p.from)) return { type: 'invalid' };
    let i = p.from;
    let quantifier = -1;
    const known = (at: number) => {
      const m = this.mentionAt(at);
      return m && (m.to === p.to || (m.to < p.to && OF.matchAt(t, m.to))) ? m : undefined;
    };
    for (let n = quantifierAt(t, i); n && i + n < p.to; n = quantifierAt(t, i)) {
      if (known(i)) break; // "Các đơn vị thuộc VKSND tối cao" is a name with its "các"
      // "tất cả các sở, ban, ngành": the plural is the last word of the quantifier
      quantifier = pluralAt(t, i + n - 1) ? i + n - 1 : i;
      i += n;
    }
    if (CONDITIONS.matchAt(t, i) && !this.mentionAt(i)) return { type: 'invalid' };
    // "đồng chí Bùi Mạnh Cường, Phó Viện trưởng ...": the person; the role after names them.
    // (A name set off by a dash, "Đồng chí X – Viện trưởng ...", stays as it was read.)
    if (
      quantifier >= 0 &&
      PERSON_TITLES.matchAt(t, quantifier) &&
      t[p.to]?.text === ',' &&
      OTHER_ROLES.matchAt(t, p.to + 1) &&
      this.isPersonName(i, p.to)
    )
      return { type: 'title' };
    // "11 Bộ, cơ quan": a count is part of the name.
    const counted = /^\d+$/.test(t[i]?.text ?? '') && i + 1 < p.to ? i : -1;
    if (counted >= 0) i++;
    // A role that is not the head stays as written: "Phó Viện trưởng VKSND tối cao".
    const role = OTHER_ROLES.matchAt(t, i);
    if (role) {
      const after = i + role + HEAD_TITLES.matchAt(t, i + role);
      if (this.mentionAt(after)?.to === p.to)
        return { type: 'actor', from: i, actor: this.unresolved(i, p.to, 'role') };
      // "Các thành viên Ban Chỉ đạo ...", "Chấp hành viên" alone: people by their role.
      const body = ORG_HEADS.matchAt(t, after) > 0 && t[after].cap;
      const from = quantifier >= 0 && pluralAt(t, quantifier) ? quantifier : i;
      // "Chấp hành viên thi hành án dân sự trong quân đội": a role and what it serves
      const qualified =
        after < p.to && t.slice(after, p.to).every((x) => !x.word || !x.cap || x.allCaps);
      if (
        body ||
        (i === p.from && !HEAD_TITLES.matchAt(t, i + role) && (after >= p.to || qualified))
      )
        return { type: 'actor', from, actor: this.unresolved(from, p.to, 'role') };
      return after >= p.to ? { type: 'title' } : { type: 'invalid' };
    }
    // The head's title stands for the unit: "Viện trưởng VKSND các cấp", "Thủ trưởng các đơn vị".
    let afterTitle = false;
    let lastTitle = -1;
    for (let n = HEAD_TITLES.matchAt(t, i); n; n = HEAD_TITLES.matchAt(t, i)) {
      if ((this.mentionAt(i)?.to ?? Infinity) <= p.to) break;
      const title = i;
      lastTitle = i;
      afterTitle = true;
      i += n;
      if (i >= p.to) {
        // "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ": the ministers stand for the ministries
        const kind = KIND_OF_TITLE[this.foldedWords(title, i).join(' ')];
        if (kind)
          return {
            type: 'actor',
            from: title,
            actor: this.underSpeaker(kind) ?? {
              name: kind,
              kind: 'unresolved',
              code: null,
              root: false,
            },
          };
        return { type: 'title' };
      }
      for (let q = quantifierAt(t, i); q && i + q < p.to; q = quantifierAt(t, i)) {
        if (known(i)) break;
        quantifier = i;
        i += q;
      }
    }
    // "Trưởng phòng Giáo dục và Đào tạo các quận, huyện": the title holds the kind of body
    const embedded =
      lastTitle >= 0 && !known(i) && !ORG_HEADS.matchAt(t, i) && t[i]?.cap
        ? TITLE_KINDS[this.foldedWords(lastTitle, i).join(' ')]
        : undefined;
    if (embedded) {
      const name = `${embedded} ${this.asWritten(i, p.to)}`;
      const ref = this.ctx.resolver.resolve(name);
      return {
        type: 'actor',
        from: lastTitle,
        actor: ref ? fromRef(ref) : { name, kind: 'unresolved', code: null, root: false },
      };
    }
    // "sở GD&ĐT cấp tỉnh": a known name with the level it stands at, as written
    const leveled = this.mentionAt(i);
    if (leveled && leveled.to < p.to && AT_LEVEL.test(this.foldedWords(leveled.to, p.to).join(' ')))
      return { type: 'actor', from: i, actor: this.unresolved(i, p.to, 'unresolved') };
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
      const plural = quantifier >= 0 && pluralAt(t, quantifier);
      if (!unitWordAlone || (i + self === p.to && !plural))
        return { type: 'actor', from: i, actor: fromRef(this.ctx.issuer) };
    }

    // "và các tổ chức, cá nhân có liên quan" closes a list; first, they are whom it asks
    if (this.isCatchAll(i, p.to) && !first) return { type: 'title' };
    // "các sở, ban, ngành", "các bộ, ngành, địa phương": kinds of body, named by their plural.
    // A head's title before a kind in lower case heads every such body: "người đứng đầu cơ
    // quan, tổ chức, đơn vị", "giám đốc sở, thủ trưởng ban, ngành".
    const headOfKind = afterTitle && quantifier < 0 && !t[i].cap && PLURAL_KINDS.matchAt(t, i) > 0;
    const named =
      !headOfKind &&
      ORG_HEADS.matchAt(t, i) > 0 &&
      (t[i].cap || t[i].allCaps || LOWERCASE_HEADS.matchAt(t, i) > 0);
    const plural =
      !named &&
      (this.pluralAt(quantifier) || counted >= 0 || headOfKind || !!p.plural) &&
      PLURAL_KINDS.matchAt(t, i) > 0;
    // "Thanh tra việc thực hiện pháp luật về ...": an inspection, not the inspectorate
    const after = t[i + THANH_TRA.length];
    if (
      named &&
      phraseAt(t, i, THANH_TRA) &&
      after?.word &&
      !after.cap &&
      !LEVEL_WORDS.has(after.folded)
    )
      return { type: 'invalid' };
    const head = named ? ORG_HEADS.matchAt(t, i) : plural ? PLURAL_KINDS.matchAt(t, i) : 0;
    // "Tổ công tác ... có văn bản số 3681/BC-TCT ngày 22 tháng 9": a sentence, not a name.
    if (head && /\d\s*\/|\bngày\s+\d/u.test(this.asWritten(i, p.to))) return { type: 'invalid' };
    if (head) {
      const from = counted >= 0 ? counted : this.keepsCac(quantifier, i) ? quantifier : i;
      // "các ngành" alone at a district's meeting is every sector's office, named by its plural
      const sectors = phraseAt(t, i, NGANH) > 0 && this.pluralAt(quantifier);
      if (i + head >= p.to && BARE_HEADS.matchAt(t, i) && !plural && counted < 0 && !sectors)
        return { type: 'bare', from };

      // A plural kind ("các sở") is every such body, never one longer name written before,
      // unless that name was written plural too ("các Sở GD&ĐT").
      const actor: Actor = plural
        ? {
            name: this.pluralNamedBefore(i, p.to) ?? this.asWritten(from, p.to),
            kind: 'unresolved',
            code: null,
            root: false,
          }
        : this.unresolved(from, p.to, 'unresolved');
      return { type: 'actor', from, actor };
    }
    return { type: 'invalid' };
  }

  /**
   * "các đồng chí Cục trưởng" asked by Tổng cục Thi hành án dân sự: its Cục, "Cục Thi hành án
   * dân sự". Null when no Tổng cục speaks.
   */
  private underSpeaker(kind: string): Actor | null {
    if (kind !== 'Các Cục') return null;
    const upper = [...this.ctx.speakers, ...(this.ctx.issuer ? [fromRef(this.ctx.issuer)] : [])]
      .map((a) => a.name)
      .find((n) => /^Tổng cục\s/u.test(n));
    if (!upper) return null;
    const name = `Cục ${upper.replace(/^Tổng cục\s+/u, '')}`;
    const ref = this.ctx.resolver.resolve(name);
    return ref ? fromRef(ref) : { name, kind: 'unresolved', code: null, root: false };
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

  /** "các sở" alone, after "các Sở GD&ĐT": "Các Sở GD&ĐT". */
  private pluralNamedBefore(head: number, to: number): string | null {
    const t = this.tokens;
    if (t[head].cap) return null;
    const longer = this.ctx.longerPlural?.(this.foldedWords(head, to));
    return longer ? `Các ${longer}` : null;
  }

  /** "các" or "tất cả" at `quantifier`: the kind after it is every such body. */
  private pluralAt(quantifier: number): boolean {
    const t = this.tokens;
    if (quantifier < 0) return false;
    return pluralAt(t, quantifier) || phraseAt(t, quantifier, TAT_CA) > 0;
  }

  /** Names drop a leading "các", except groups of units: "Các đơn vị liên quan". */
  private keepsCac(quantifier: number, head: number): boolean {
    const t = this.tokens;
    return quantifier >= 0 && pluralAt(t, quantifier) && phraseAt(t, head, DON_VI) > 0;
  }

  /** "Cục" or "Cục THADS tỉnh" standing for a longer name written earlier. */
  private bareAsKnown(p: Piece): Actor | null {
    const t = this.tokens;
    let i = p.from;
    for (let n = quantifierAt(t, i); n && i + n < p.to; n = quantifierAt(t, i)) i += n;
    if (!t[i]?.cap) return null;
    const longer = this.ctx.longerName(this.foldedWords(i, p.to));
    return longer ? { name: longer, kind: 'unresolved', code: null, root: false } : null;
  }

  private unresolved(from: number, to: number, kind: 'unresolved' | 'role'): Actor {
    const written = this.withMinistryNamed(this.asWritten(from, to));
    if (kind === 'role') return { name: written, kind, code: null, root: false };
    const near = this.ctx.resolveNear(written);
    if (near) return fromRef(near);
    // "UBND các xã" is every commune, not the two a later "UBND các xã Phổ Châu, Phổ Thạnh" names
    const words = this.foldedWords(from, to);
    const longer = words.includes('cac') ? null : this.ctx.longerName(words);
    return { name: longer ?? written, kind, code: null, root: false };
  }

  /**
   * "các đơn vị thuộc bộ" in a letter of Bộ Tài chính: that ministry, who speaks or wrote its
   * name before ("Lãnh đạo Bộ Tài chính yêu cầu ...").
   */
  private withMinistryNamed(name: string): string {
    const m = OF_THE_MINISTRY.exec(name);
    if (!m) return name;
    const named = [...this.ctx.speakers, ...(this.ctx.issuer ? [fromRef(this.ctx.issuer)] : [])]
      .map((a) => MINISTRY_IN.exec(a.name)?.[1])
      .find((n) => n);
    const ministry = named ?? this.ctx.longerName(['bo']);
    return ministry ? `${m[1]} ${ministry}` : name;
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
    // "Cục điều tra hình sự Bộ Quốc phòng (BQP)", "Bộ Thông tin và Truyền thông (Bộ TTTT)",
    // "Hội đồng ... (sau đây gọi là Hội đồng)": the short name it defines is no part of it, nor
    // the courtesy after it ("trân trọng đề nghị")
    return capitalizeFirst(
      raw
        .replace(/\s+/g, ' ')
        .replace(/\s*\((?:\p{Lu}\p{Ll}*\s)?\p{Lu}{2,10}\)/u, '')
        .replace(/\s*\((?:sau đây|gọi tắt|viết tắt)[^()]*\)/iu, '')
        .replace(/\s+trân trọng$/u, '')
        .replace(PERSON_AFTER, '')
        .replace(/[\s,;:.]+$/, ''),
    );
  }
}

/**
 * "Sở Kiến trúc Quy hoạch Hà Nội và TPHCM", "UBND tỉnh Quảng Nam và Quảng Ngãi": a head shared
 * by two provinces joined by "và", one body each; null when the two are no provinces.
 */
function overPlaces(name: string): Actor[] | null {
  const m = /^(?:các\s+)?(.+?)\s+và\s+(.+)$/iu.exec(name);
  if (!m || !provinceNamed(m[2])) return null;
  const words = m[1].split(/\s+/);
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const place = words.slice(-n).join(' ');
    if (!provinceNamed(place)) continue;
    const head = words.slice(0, -n).join(' ');
    return [place, m[2]].map((p) => ({
      name: capitalizeFirst(`${head} ${p}`),
      kind: 'unresolved' as const,
      code: null,
      root: false,
    }));
  }
  return null;
}

function dedupeActors(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) if (!out.some((o) => o.name === a.name)) out.push(a);
  return out;
}
