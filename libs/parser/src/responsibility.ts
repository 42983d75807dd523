import { Actor, ActorReader, ReadingContext, fromRef } from './actor-list';
import { opinionsAskedOf, takesOpinions } from './consultation';
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
  KIND_WORDS,
  PAST_MARKERS,
  PERSON_AFTER,
  PLURAL_KINDS,
  QUANTIFIERS,
  SPEECH_VERBS,
  TASK_VERBS,
} from './lexicon';
import { Lexicon, Phrase, Token, phrase, phraseAt, tokenIs } from './tokens';
import { fold } from './vietnamese-text';

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
  /** The writer says what it will do itself ("Bộ sẽ không đưa ..."): no one's task. */
  aside: boolean;
  /** The subject states a judgment ("Chính phủ thống nhất đánh giá:"), asks nothing. */
  statement: boolean;
  /** "X chủ trì": the lead of a shared task. */
  leads: boolean;
  /** "Y phối hợp (thực hiện)" with no partner named: Y helps whoever leads. */
  joinsAsPartner: boolean;
  /** In a partners' clause ("Sở Tài chính phối hợp xây dựng đề án"): where their work starts. */
  workStart?: number;
  /** Bodies named after "phối hợp với ...". */
  partners: Actor[];
  /** No units, but starts with a work verb ("Tăng cường ...", "cần ..."). */
  instruction: boolean;
  /** The news of a document that asks ("đã có công điện số 415 yêu cầu ..."). */
  announces?: boolean;
  /** The work a letter is about ("gửi X về việc đảm bảo ..."): X's task if no other is. */
  summedUp?: boolean;
  /** Opens like a report of what happened ("Tại hội nghị, ..."). */
  narrativeOpener: boolean;
  /** Opens with "Đồng thời", "Bên cạnh đó": goes on with the previous subject. */
  continuation: boolean;
}

const PHOI_HOP = phrase('phối hợp');
const CHU_TRI = phrase('chủ trì');
const GIUA = phrase('giữa');
const NGAY = phrase('ngày')[0];
const NGHE = phrase('nghe')[0];
const CUA = phrase('của')[0];
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
/** Where something goes: "chuyển ... cho X", "kết nối ... đến X". */
const DESTINATIONS = new Lexicon(['đến', 'tới', 'cho']);
const RELATIVE = phrase('mà')[0];
/** "các Cục THADS có tổng số giải quyết từ 500 việc, phấn đấu ...": which bodies, by what they have. */
const HAS = phrase('có')[0];
const HAS_IN_NAME = new Lexicon(['có liên quan', 'có thẩm quyền']);
/** "số", "tổng số" before a verb make it a noun: "tổng số giải quyết", "số phải thi hành". */
const COUNT = phrase('số')[0];
/**
 * "UBND tỉnh sau khi thống nhất với Thường trực HĐND tỉnh, Ban thường trực UBMTTQ tỉnh quyết
 * định thành lập ...": a clause of time between the body and its verb.
 */
const WHEN_CLAUSE = new Lexicon(['sau khi', 'trước khi']);
/** "quyết định" in lower case after its clause: the verb, not a decision's name. */
const DECIDES = phrase('quyết định');
/** "do Viện Nghiên cứu phát triển TP.HCM chủ trì": how far the lead's name may run. */
const BRANCH_LEAD_MAX_TOKENS = 15;
const RIENG = phrase('riêng');
const DOI_VOI = phrase('đối với');
/** "Thủ tướng", "Chủ tịch UBND tỉnh": who asks, after the units set apart. */
const SPEAKER_MAX_TOKENS = 10;
const PARTNER_VERBS = new Lexicon(['hướng dẫn', 'chỉ đạo']);
/**
 * "phối hợp đơn vị tư vấn", "phối hợp chủ đầu tư": a kind of body right after "phối hợp" is
 * its partner with no "với" ("tổ chức" is not here: "phối hợp tổ chức" is a verb).
 */
const PARTNER_KINDS = new Lexicon([
  'đơn vị',
  'chủ đầu tư',
  'nhà thầu',
  'cơ quan',
  'ban quản lý',
  'doanh nghiệp',
  'địa phương',
]);
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
/** "Chính phủ thống nhất đánh giá:", "Hội nghị nhận định:": a judgment follows, not a task. */
const JUDGES = new Lexicon([
  'đánh giá',
  'thống nhất đánh giá',
  'nhận định',
  'nhận thấy',
  'ghi nhận',
  'thống nhất nhận định',
]);
const VOI_VA = new Lexicon(['với', 'và']);
const ASK_VERBS = new Lexicon(['yêu cầu', 'đề nghị']);
const SUBJECT_MAX_TOKENS = 80;
const MANNER = new Lexicon([
  'với tinh thần',
  'với trách nhiệm',
  'với quyết tâm',
  'với phương châm',
  'bằng mọi biện pháp',
  'bằng mọi cách',
  'một cách',
  // "Bộ Tư pháp trân trọng đề nghị ...": a letter's courtesy before its ask
  'trân trọng',
]);
/** What bodies of a kind do, which says which ones they are ("các doanh nghiệp kinh doanh ..."). */
const QUALIFIER_VERBS = new Lexicon([
  'cung cấp',
  'kinh doanh',
  'sản xuất',
  'hoạt động',
  'sử dụng',
  'quản lý',
  'khai thác',
  'vận chuyển',
  'xuất khẩu',
  'nhập khẩu',
  // "các cá nhân, tổ chức, nhà xuất bản tham gia biên soạn sách lớp 2 ... nộp hồ sơ"
  'tham gia',
]);
/** "(chủ trì)", "(phối hợp)" after a unit in a list of units. */
const ROLE_ASIDES = new Lexicon(['chủ trì', 'phối hợp']);
/** Words whose pair with "thông" is a noun ("phổ thông", "truyền thông", "giao thông"). */
const THONG_PAIRS = new Set(['pho', 'truyen', 'giao', 'luu']);
/** "TP. Vinh", "TX. Sơn Tây", "Q. 1", "H. Đông Anh", "TT. Phong Điền", "P. 5". */
const LEVEL_ABBREVIATIONS = new Set(['tp', 'tx', 'q', 'h', 'tt', 'p']);
const PLURALS = new Lexicon(['các', 'những', 'mọi']);
const PASSIVE = new Lexicon(['được', 'bị']);
const DIRECTS_ABOUT = phrase('chỉ đạo về việc');
const DIRECTS = phrase('chỉ đạo');
/** Leaders whose direction, told in the news, is the directed bodies' work. */
const DIRECTORS = new Lexicon([
  'chủ tịch',
  'bộ trưởng',
  'thứ trưởng',
  'thủ tướng',
  'giám đốc',
  'bí thư',
  'viện trưởng',
  'chánh án',
  'tổng cục trưởng',
  'cục trưởng',
]);
const PLACE_LEVELS = new Lexicon(['thành phố', 'tỉnh', 'huyện', 'quận', 'thị xã']);
/** The head of the Government, whose "chỉ đạo X ..." hands X work whatever its tense. */
const GOVERNMENT_HEAD = /^(?:(?:pho )?thu tuong(?: chinh phu)?|chinh phu)$/;
/**
 * "Bí thư Huyện ủy đánh giá cao những kết quả ...", "biểu dương", "cảm ơn": praise of what was
 * done, which asks nothing.
 */
const PRAISE = new Lexicon([
  'đánh giá cao',
  'biểu dương',
  'khen ngợi',
  'ghi nhận',
  'cảm ơn',
  'trân trọng cảm ơn',
  // "Chính phủ thống nhất với kiến nghị của Bộ ... cho phép ...": a decision taken, not work
  'thống nhất với',
  'nhất trí với',
  'đồng ý với',
]);
const GUI = phrase('gửi');
const TO_WHOM = new Set(['toi', 'den']);
const DIEN = phrase('điện')[0];
const FOR_UNITS = new Lexicon(['đối với']);
/** Words after which a verb names a topic ("về bảo vệ rừng"), never the subject's act. */
const TOPIC_PREPOSITIONS = new Set(['trong', 've']);
/** Nouns a verb qualifies ("biên bản tổng kết", "kết quả kiểm tra"): that verb is no act. */
const NOUNS_BEFORE_VERBS = new Set([
  'bien ban',
  'bao cao',
  'ket qua',
  'ke hoach',
  'cong tac',
  'ho so',
]);
/** Bodies whose names carry a topic ("Ban Chỉ đạo ... về ...", "Hội đồng ... về ..."). */
const BOARD_HEADS = new Lexicon(['ban chỉ đạo', 'ban chỉ huy', 'hội đồng', 'ủy ban quốc gia']);
const MAY = new Lexicon(['có thể']);
const NEGATIONS = new Lexicon(['không', 'chưa', 'tuyệt đối không']);
/** An officer's title before the body they serve: "Phó Giám đốc Sở GD-ĐT TPHCM". */
const OFFICER_OF =
  /^(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Viện trưởng|Chánh án|Bộ trưởng|Thứ trưởng|Cục trưởng|Tổng cục trưởng|Vụ trưởng|Trưởng phòng|Trưởng ban|Chánh Văn phòng)\s+(\p{Lu}.+)$/u;
const MODAL_AS_VERB = new Lexicon(['cho', 'vào', 'cao độ']);
const NOTICE = new Lexicon(['thông báo']);
const NOTICE_TO = new Lexicon(['cho', 'đến', 'tới']);
const ONLY_TOLD = /^biet\s*(?:[.;]|$)/;
const INSPECT = phrase('thanh tra');
/** "về việc", "về công tác", or "về" right before the work ("gửi các tỉnh về triển khai ..."). */
const ABOUT_THE_MATTER = new Lexicon(['về việc', 'về công tác', 'về']);
const DUTIES_OF = new Lexicon([
  'nhiệm vụ của',
  'trách nhiệm của',
  'nhiệm vụ, quyền hạn của',
  'nhiệm vụ và quyền hạn của',
  'nhiệm vụ cụ thể của',
]);
const GUIDES = phrase('hướng dẫn');
const GUIDANCE_HOLDS = new Lexicon([
  'một số nội dung',
  'các nội dung',
  'nội dung',
  'một số vấn đề',
  'những nội dung',
  'như sau',
  'cụ thể như sau',
]);
/** What a document announced in the news asks: "Công điện số ... yêu cầu / chỉ đạo X ...". */
const ANNOUNCE_VERBS = new Lexicon([
  'yêu cầu',
  'đề nghị',
  'chỉ đạo',
  'giao',
  'giao cho',
  'ủy quyền cho',
  // "có công văn gửi các bộ, ngành, địa phương về ..., đốc thúc các cơ quan khẩn trương ..."
  'đốc thúc',
  'đôn đốc',
]);
/** What a letter is about, after its addressees: "gửi các bộ về xây dựng ...". */
const ABOUT = new Lexicon(['về', 'về việc', 'để', 'nhằm']);
const ISSUING = new Lexicon(['ban hành', 'ký', 'ký ban hành', 'có']);
/** After "có": what a body said, not which bodies ("có ý kiến chỉ đạo"; a document too). */
const HAS_SAID = new Lexicon(['ý kiến', 'kết luận']);
const DOCUMENT_NAMES = new Lexicon([
  'nghị quyết',
  'công văn',
  'công điện',
  'quyết định',
  'kế hoạch',
  'chỉ thị',
  'thông báo',
  'thông tư',
  'hướng dẫn',
  'văn bản',
  // "đã có điện khẩn gửi Sở ... rà soát": a minister's telegram in the news
  'điện khẩn',
  'công điện khẩn',
]);
const DEADLINE_WORDS = new Lexicon(['trước', 'chậm nhất', 'trong', 'hạn chót']);
/** "Thời hạn (các đơn vị gửi báo cáo)": the units the deadline is for follow. */
const DEADLINE_NOUNS = new Lexicon(['thời hạn', 'thời gian', 'hạn']);
const FINAL = phrase('cuối cùng');
const LAST = phrase('cuối');
const DE = phrase('để')[0];
const LA = phrase('là')[0];
const TIME_ADVERBS = new Lexicon([
  // "các Tập đoàn kinh tế, Tổng công ty nhà nước đến nay chưa có báo cáo"
  'đến nay',
  'hiện nay',
  'hằng năm',
  'hàng năm',
  'hằng tháng',
  'hàng tháng',
  'hằng quý',
  'hàng quý',
  'định kỳ',
  'thường xuyên',
]);
/** What bodies send: "ý kiến đóng góp, kiến nghị của X ... gửi về". */
const COMMENT_NOUNS = new Lexicon(['ý kiến', 'văn bản góp ý', 'kiến nghị', 'hồ sơ', 'danh sách']);
/** "Báo cáo của X gửi ...", "thông báo của X": X sends it. */
const REPORT_OF = new Lexicon([
  'báo cáo của',
  'thông báo của',
  'các báo cáo của',
  'các thông báo của',
  // "Văn bản góp ý của Quý Cơ quan gửi về ... trước ngày 20/11/2022": the comments' authors send them
  'văn bản góp ý của',
  'ý kiến góp ý của',
  'ý kiến của',
]);
/**
 * "X căn cứ Kế hoạch ..., tiến hành xây dựng", "Giao Sở X trên cơ sở các điều kiện ..., hướng
 * dẫn ...": the units end before the grounds they act on.
 */
const GROUNDS = new Lexicon(['căn cứ', 'căn cứ vào', 'trên cơ sở', 'dựa trên', 'dựa vào']);
const TIEN_HANH = phrase('tiến hành');
/** Verbs whose object is other bodies that then act: "hướng dẫn X, Y tổ chức thực hiện". */
// "tham mưu Bộ Chính trị, Ban Bí thư chỉ định ...": the bodies advised, then what they decide
const GUIDING_VERBS = new Lexicon([
  'hướng dẫn',
  'đôn đốc',
  'chỉ đạo',
  'tham mưu',
  'tham mưu cho',
  // "UBND cấp tỉnh giúp Tỉnh ủy, Thành ủy xây dựng ...": whom the units help, then the work
  'giúp',
  'hỗ trợ',
]);
/** "căn cứ Quyết định thi hành", "căn cứ kế hoạch thực hiện": the verb after the grounds. */
const GROUNDS_VERBS = new Lexicon(['thi hành', 'thực hiện', 'tổ chức thực hiện']);
/**
 * Between the units and their verb: "theo chức năng, nhiệm vụ được giao", "trong phạm vi chức
 * năng, nhiệm vụ, quyền hạn của mình".
 */
const BY_DUTY = new Lexicon([
  'theo chức năng',
  'trong phạm vi chức năng',
  'căn cứ chức năng',
  // "Các Phó Chủ tịch UBND tỉnh theo lĩnh vực được phân công chỉ đạo ..."
  'theo lĩnh vực',
  'theo thẩm quyền',
]);
const BY_DUTY_REST = new Lexicon([
  'nhiệm vụ được giao',
  'nhiệm vụ',
  'được giao',
  'của mình',
  'quyền hạn',
  'quyền hạn của mình',
  'thẩm quyền',
  'thẩm quyền quản lý',
  'được phân công',
  'phụ trách',
  'được phân công phụ trách',
]);
const OPENER_MAX_TOKENS = 40;
/** What those heard did: "nghe Sở X báo cáo ...", "Viện ... trình bày ...". */
const REPORTED = new Lexicon([
  'trình bày',
  'báo cáo',
  'phát biểu',
  'đề xuất',
  'tham luận',
  'giải trình',
]);
/** What the one who heard the reports does: "..., Chủ tịch UBND tỉnh kết luận:". */
const CONCLUDES = new Lexicon([
  'kết luận',
  'chỉ đạo',
  'thống nhất',
  'yêu cầu',
  'giao',
  'đề nghị',
  'có ý kiến',
]);
/**
 * Openers that add work beside the task ("cùng với tập trung ..., thúc đẩy ..."): they list
 * phrases with commas, so the units come after their last comma, not their first.
 */
const ADDITIVE_OPENERS = new Lexicon(['cùng với', 'bên cạnh', 'song song với', 'ngoài việc']);
const BRACKET_MAX_TOKENS = 40;
/** A letter's addressees named in the news before its ask: seven ministries and firms or so. */
const ADDRESSEES_MAX_TOKENS = 80;

/** Reads the clauses of one paragraph. */
export class ClauseReader {
  private readonly bodies: ActorReader;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly ctx: ReadingContext,
  ) {
    this.bodies = new ActorReader(text, tokens, ctx.resolver.mentions(tokens), ctx);
  }

  /**
   * "Chủ tịch UBND tỉnh yêu cầu các thành viên Ban chỉ đạo ...;" — a clause that hands over to
   * a list that goes on after the ";", up to the verb of the next clause.
   */
  handsOverList(start: number, end: number): boolean {
    const t = this.tokens;
    const from = t.findIndex((x) => x.start >= start);
    if (from < 0) return false;
    let to = from;
    while (to < t.length && t[to].end <= end) to++;
    for (let k = to - 1; k > from; k--) {
      const n =
        SPEECH_VERBS.matchAt(t, k) ||
        ASSIGN_WORDS.matchAt(t, k) ||
        ANNOUNCE_VERBS.matchAt(t, k) ||
        // "vừa có văn bản gửi Sở Xây dựng các tỉnh; các Sở Kiến trúc Quy hoạch ... yêu cầu"
        (phraseAt(t, k, GUI) && this.documentBefore(k) ? GUI.length : 0);
      // not inside a name ("Ban chỉ đạo")
      if (!n || t[k].cap || NOUN_COMPOUNDS.matchAt(t, k - 1) > 1) continue;
      return k + n < to && this.isBareList(t[k + n].start, end);
    }
    return false;
  }

  /**
   * In a public consultation: "Các ý kiến đóng góp đề nghị gửi về ..." is the consulted
   * group's task; the notice's own taking of opinions and posting is none.
   */
  private consultation(from: number, to: number, sentence: number): Reading[] | null {
    const consultation = this.ctx.consultation;
    if (!consultation) return null;
    const t = this.tokens;
    const clause = this.text.slice(t[from].start, t[to - 1].end);
    const asked = opinionsAskedOf(clause, consultation);
    if (asked !== undefined)
      return [
        {
          ...this.base(from, to, sentence),
          subject: asked ? [asked] : null,
          predicateStart: t[from].start,
          instruction: true,
        },
      ];
    if (takesOpinions(clause)) return [{ ...this.base(from, to, sentence), subject: null }];
    return null;
  }

  /**
   * "gửi <addressees> về việc <work>": where the addressees end and the work (a verb right after
   * "về việc") starts; null when the letter names no work so.
   */
  private workAbout(from: number, to: number): { to: number; work: number } | null {
    const t = this.tokens;
    for (let k = from + 1; k < to; k++) {
      if (t[k].text === ';' || t[k].text === '.' || t[k].text === ':') return null;
      const n = ABOUT_THE_MATTER.matchAt(t, k);
      if (!n || this.bodies.insideMention(k)) continue;
      return TASK_VERBS.matchAt(t, k + n) ? { to: k, work: k + n } : null;
    }
    return null;
  }

  /** "về (việc)", "để", "nhằm" between `from` and `to`, outside a body's name. */
  private aboutWithin(from: number, to: number): boolean {
    for (let k = from; k < to; k++)
      if (ABOUT.matchAt(this.tokens, k) && !this.bodies.insideMention(k)) return true;
    return false;
  }

  /** A document's name a few words before `k`: "có văn bản (số ...) gửi". */
  private documentBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 8); j--)
      if (DOCUMENT_NAMES.matchAt(this.tokens, j) && !this.tokens[j].cap) return true;
    return false;
  }

  textOf(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /**
   * `text[start..end)` names bodies and nothing else ("Chánh Văn phòng UBND tỉnh;", "Giao
   * các sở, ngành tỉnh;"): the list goes on in the next clause, up to its verb.
   */
  isBareList(start: number, end: number): boolean {
    const t = this.tokens;
    let from = t.findIndex((x) => x.start >= start);
    if (from < 0) return false;
    let to = from;
    while (to < t.length && t[to].end <= end) to++;
    // "Giao các Sở:", "Giám đốc các Sở, ngành:": the list of which ones follows.
    if (t[to - 1]?.text === ':' && this.bodies.distributiveHeadBefore(from, to - 1)) return true;
    while (to > from && !t[to - 1].word) to--;
    from += ASSIGN_WORDS.matchAt(t, from);
    // "Riêng các bộ Công an, Quốc phòng; UBND TP Hà Nội, Thủ tướng yêu cầu ...": set apart
    const apart = phraseAt(t, from, RIENG);
    if (apart) from += apart + phraseAt(t, from + apart, DOI_VOI);
    return !!this.listedBodies(from, to)?.length;
  }

  /**
   * The bodies a heading names and nothing else ("1. Sở Thông tin và Truyền thông", "3. Các
   * sở, ban, ngành; UBND các huyện:"): the items under it are their work. Null otherwise.
   */
  headingUnits(start: number, end: number): Actor[] | null {
    const t = this.tokens;
    let from = t.findIndex((x) => x.start >= start);
    if (from < 0) return null;
    // "Điều 2. Nhiệm vụ của Tổ công tác": whose duties the items under it list
    from += DUTIES_OF.matchAt(t, from);
    let to = from;
    while (to < t.length && t[to].end <= end) to++;
    while (to > from && !t[to - 1].word) to--;
    return this.listedBodies(from, to);
  }

  private listedBodies(from: number, to: number): Actor[] | null {
    const t = this.tokens;
    if (from >= to) return null;
    let distributed = this.bodies.sharedHeadAt(from);
    for (let k = from; k < to; k++) {
      const compound = NOUN_COMPOUNDS.matchAt(t, k);
      if (compound) {
        k += compound - 1;
        continue;
      }
      if (t[k].text === ':') distributed = this.bodies.distributiveHeadBefore(from, k);
      if (t[k].text === ';') distributed = null;
      if (distributed && t[k].word && /^[,:]$/.test(t[k - 1]?.text ?? '')) {
        const e = this.bodies.distributedNameEnd(distributed, k, to);
        if (e > k) {
          k = e - 1;
          continue;
        }
      }
      if (this.isVerbAt(k, from) && !this.bodies.insideMention(k)) return null;
    }
    const actors = this.actors(from, to, 'subject');
    return actors?.length ? actors : null;
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
    // "“Viện kiểm sát các cấp nắm vững ...": an opening quote, or any other marks first.
    // (but "(a)" marks an item, read below)
    while (from < to && !t[from].word && !(t[from].text === '(' && t[from + 2]?.text === ')'))
      from++;
    if (from >= to) return [];
    // "Giao: a) Phòng Tư pháp ...; b) UBND các xã ...": an inline item mark.
    if (/^[a-zđ]$|^[ivx]{1,4}$/.test(t[from].text) && t[from + 1]?.text === ')') from += 2;
    else if (
      t[from].text === '(' &&
      /^(?:[a-zđ]|[ivx]{1,4})$/.test(t[from + 1]?.text ?? '') &&
      t[from + 2]?.text === ')'
    )
      from += 3;
    if (from >= to) return [];
    const opinions = this.consultation(from, to, sentence);
    if (opinions) return opinions;
    let i = from;
    const narrativeOpener =
      NARRATIVE_OPENERS.matchAt(t, i) > 0 && !(tokenIs(t[i], NGAY) && !isNumber(t[i + 1]));
    const continuation = CONTINUATION.matchAt(t, i) > 0;

    // Connectors, then adverbial openers up to their comma, then "Giao"/"Yêu cầu".
    const starts: number[] = [];
    let additive = -1; // where an opener or connector that adds work beside the task starts
    for (;;) {
      if (additive < 0 && ADDITIVE_OPENERS.matchAt(t, i)) additive = i;
      const c = CONNECTORS.matchAt(t, i);
      if (c && i + c < to) {
        i += c;
        if (t[i]?.text === ',') i++;
        continue;
      }
      const forUnits = this.unitsForColon(i, to);
      if (forUnits)
        return this.readWithSubject(from, to, sentence, forUnits, narrativeOpener, continuation);
      const o = OPENERS.matchAt(t, i);
      // "Sau khi nghe Văn phòng, Cục Quản lý chất lượng ... trình bày ...; ý kiến của các đại
      // biểu, Bộ trưởng kết luận:": who was heard reported, they are not asked
      const heard = (o && tokenIs(t[i + o], NGHE) ? o + 1 : 0) || (tokenIs(t[i], NGHE) ? 1 : 0);
      if (heard) {
        i = this.afterHearing(i + heard, to);
        if (i < to) starts.push(i);
        continue;
      }
      if (o) {
        const comma = this.openerEnd(i, o, Math.min(to, i + OPENER_MAX_TOKENS));
        if (comma > 0) {
          starts.push(i);
          i = comma + 1;
          continue;
        }
      }
      break;
    }
    // "Tại kế hoạch này ngoài giao nhiệm vụ cho Sở X chủ trì ..., UBND tỉnh giao ...": an
    // assignment inside an opener is a clause of its own.
    const embedded: Reading[] = [];
    for (const st of starts) {
      const comma = this.nextComma(st, Math.min(to, st + OPENER_MAX_TOKENS));
      for (let k = st + 1; k < comma; k++) {
        const n = ASSIGN_WORDS.matchAt(t, k);
        const inner = n ? this.subjectAt(k + n, comma) : null;
        if (!inner) continue;
        embedded.push(
          ...this.readWithSubject(k, comma, sentence, inner, narrativeOpener, continuation),
        );
        break;
      }
    }
    const withEmbedded = (rs: Reading[]) => (embedded.length ? [...embedded, ...rs] : rs);
    // "Đối với phụ lục “...” các đơn vị làm theo mẫu, gửi ...": the units after a quoted title.
    const afterQuotes = starts.flatMap((st) => {
      const out: number[] = [];
      for (let k = st; k < Math.min(to, st + OPENER_MAX_TOKENS) && t[k].text !== ','; k++)
        if (t[k].text === '”' || t[k].text === '"') out.push(k + 1);
      return out;
    });
    const apart = this.unitsSetApart(from, to, sentence);
    if (apart) return withEmbedded(apart);
    // The units may follow the openers ("Để ..., Vụ 8 ...") or be the opener's own words;
    // "Thời hạn các cơ quan ... gửi báo cáo:" names them after the deadline noun.
    for (const at of [i, ...afterQuotes, ...[...starts].reverse()]) {
      const s =
        at +
        (ASSIGN_WORDS.matchAt(t, at) ||
          REPORT_OF.matchAt(t, at) ||
          this.deadlineNounAt(at) ||
          this.commentsOfAt(at));
      const subject = this.subjectAt(s, to) ?? this.genericSubjectAt(s, to);
      if (subject)
        return withEmbedded(
          this.readWithSubject(from, to, sentence, subject, narrativeOpener, continuation),
        );
    }

    const leadInBrackets = this.leadInBrackets(from, to, sentence, narrativeOpener, continuation);
    if (leadInBrackets) return leadInBrackets;
    // "bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, ...": parts of the work and who leads each
    const branches = this.branchLeads(from, to, []);
    if (branches)
      return [
        {
          ...this.base(from, to, sentence),
          subject: branches.actors,
          leads: true,
          narrativeOpener,
          continuation,
        },
      ];
    const fallback = this.subjectBeforeModal(from, to) ?? this.subjectBeforeDeadline(from, to);
    if (fallback)
      return withEmbedded(
        this.readWithSubject(from, to, sentence, fallback, narrativeOpener, continuation),
      );

    // "..., đề nghị toàn thể đơn vị ...", "Đồng chí X nhắc nhở ...": the clause after the verb.
    const handOver = this.speechInside(from, to, sentence);
    if (handOver) return handOver;

    // "Thủ tướng yêu cầu tập trung kiểm tra ...", "Công điện nêu rõ, yêu cầu khẩn trương ...":
    // work asked with no addressee named; the document's addressees, or a person, take it.
    const unaddressed = this.askWithoutAddressee(from, to);
    if (unaddressed >= 0)
      return [
        { ...this.base(from, unaddressed, sentence), speech: true, narrativeOpener, continuation },
        {
          ...this.base(unaddressed, to, sentence),
          partners: this.partners(unaddressed, to),
          instruction: true,
        },
      ];

    // "yêu cầu thời gian tới, cùng với tập trung ổn định kinh tế, thúc đẩy tăng trưởng... các bộ,
    // ngành, địa phương tiếp tục ...": the last opener lists its own phrases with commas (or an
    // ellipsis), so it ends at the separator the units and their verb follow, not its first comma.
    if (additive >= 0)
      for (const at of this.separatorsWithin(
        additive,
        Math.min(to, additive + OPENER_MAX_TOKENS),
      )) {
        const subject = this.subjectAt(at, to);
        if (subject)
          return withEmbedded(
            this.readWithSubject(from, to, sentence, subject, narrativeOpener, continuation),
          );
      }

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
              MODALS.matchAt(t, at) > 0 ||
              this.deadlineOfWorkAt(at, to),
          );
    return [
      {
        ...this.base(from, to, sentence),
        // "Tại hội nghị ..., Thường trực HĐND tỉnh yêu cầu:": who speaks, as a speech's subject
        subject: speaker,
        predicateStart: t[verbAt ?? i]?.start ?? t[from].start,
        speech: !!speaker,
        partners: this.partners(from, to),
        instruction: verbAt !== undefined,
        narrativeOpener,
        continuation,
      },
    ];
  }

  /**
   * "Riêng các bộ Công an, Quốc phòng; UBND TP Hà Nội, Thủ tướng yêu cầu có báo cáo ...": the
   * units are put first, then who asks; the ask names no one else, so they do the work.
   */
  private unitsSetApart(from: number, to: number, sentence: number): Reading[] | null {
    const t = this.tokens;
    const n = phraseAt(t, from, RIENG);
    if (!n) return null;
    const start = from + n + phraseAt(t, from + n, DOI_VOI);
    let ask = start + 1;
    while (ask < to && (!ASK_VERBS.matchAt(t, ask) || this.bodies.insideMention(ask))) ask++;
    if (ask >= to) return null;
    let comma = ask - 1;
    while (comma > start && t[comma].text !== ',') comma--;
    if (comma <= start || ask - comma > SPEAKER_MAX_TOKENS) return null;
    // who asks is named by title ("Thủ tướng"), so may be no body of the list
    if (!t[comma + 1]?.cap) return null;
    const speaker = this.actors(comma + 1, ask, 'subject') ?? [];
    const units = this.actors(start, comma, 'subject');
    let rest = ask + ASK_VERBS.matchAt(t, ask);
    while (rest < to && !t[rest].word) rest++;
    if (!units?.length || rest >= to || this.subjectAt(rest, to)) return null;
    this.speaks(speaker);
    return [
      { ...this.base(from, rest, sentence), speech: true },
      {
        ...this.base(rest, to, sentence),
        subject: units,
        predicateStart: t[rest].start,
        partners: this.partners(rest, to),
      },
    ];
  }

  /** Where the work starts after an ask ("yêu cầu", "đề nghị") followed by a verb, or -1. */
  private askWithoutAddressee(from: number, to: number): number {
    const t = this.tokens;
    for (let k = from; k < Math.min(to - 1, from + 20); k++) {
      const n = ASK_VERBS.matchAt(t, k);
      if (!n || (k > from && t[k].cap && t[k - 1]?.word) || this.bodies.insideMention(k)) continue;
      let rest = k + n;
      while (rest < to && !t[rest].word) rest++;
      return rest < to && (TASK_VERBS.matchAt(t, rest) || MODALS.matchAt(t, rest)) ? rest : -1;
    }
    return -1;
  }

  private speechInside(from: number, to: number, sentence: number): Reading[] | null {
    const t = this.tokens;
    for (let k = from + 1; k < to - 1; k++) {
      const n = SPEECH_VERBS.matchAt(t, k) || (this.newsOfDirection(k) ? DIRECTS.length : 0);
      if (!n || (t[k].cap && t[k - 1]?.word) || this.bodies.insideMention(k)) continue;
      let rest = k + n;
      while (rest < to && !t[rest].word) rest++;
      // who speaks: the bodies right before the verb ("..., Bộ yêu cầu")
      let s = k;
      while (s > from && t[s - 1].text !== ',') s--;
      // the speaker first: "các đồng chí Cục trưởng" after "Tổng cục ... đề nghị" are its Cục
      const speaker = s < k ? this.actors(s, k, 'subject') : null;
      const known = this.ctx.speakers.length;
      if (speaker?.length) this.speaks(speaker);
      const inner = this.readTokens(rest, to, sentence);
      if (!inner.some((r) => r.subject && !r.speech)) {
        this.ctx.speakers.length = known; // no one was asked anything: nobody spoke
        continue;
      }
      return [{ ...this.base(from, rest, sentence), speech: true }, ...inner];
    }
    return null;
  }

  /** Bodies that speak in the text, each once (a 20-page plan names the same few again). */
  private speaks(actors: Actor[]): void {
    // "Phó Giám đốc Sở GD-ĐT TPHCM ... cho biết": the body speaks through its officer too
    const bodies = actors.flatMap((a) => {
      const body =
        a.kind === 'role' || a.kind === 'unresolved' ? OFFICER_OF.exec(a.name)?.[1] : null;
      return body
        ? [{ ...a, name: body.replace(PERSON_AFTER, ''), kind: 'unresolved' as const }]
        : [];
    });
    for (const a of [...actors, ...bodies])
      if (!this.ctx.speakers.some((x) => x.name === a.name)) this.ctx.speakers.push(a);
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
      aside: false,
      statement: false,
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
    subject: { actors: Actor[]; verbAt: number; listPartners?: Actor[]; assigned?: boolean },
    narrativeOpener: boolean,
    continuation: boolean,
  ): Reading[] {
    const t = this.tokens;
    let v = subject.verbAt;
    let past = false;
    let aside = false;
    // "(Nếu ..., ) Bộ sẽ không đưa ...": the writer telling what it will do, no one's task
    const speaking = subject.actors.every((a) => this.ctx.speakers.some((s) => s.name === a.name));
    /** "không được chủ quan", "tuyệt đối không để xảy ra ...": kept in what they must do */
    let negation = -1;
    for (;;) {
      const p = PAST_MARKERS.matchAt(t, v);
      if (p) {
        past = true;
        v += p;
        continue;
      }
      if (negation < 0 && NEGATIONS.matchAt(t, v)) negation = v;
      if (speaking && t[v]?.folded === 'se') aside = true;
      // "các bộ, ngành, địa phương có thể xây dựng văn bản riêng ...": leave to, not a task
      if (MAY.matchAt(t, v)) aside = true;
      // a letter's writer, in a letter to the bodies under "Kính gửi:", telling what it does
      // ("Bộ Thông tin và Truyền thông hướng dẫn Khung ... tại Phụ lục kèm theo")
      if (speaking && this.ctx.addressees?.length) aside = true;
      const m =
        ASPECT_MARKERS.matchAt(t, v) || (SPEECH_VERBS.matchAt(t, v) ? 0 : MODALS.matchAt(t, v));
      // "tiếp tục có công văn gửi ...": a modal that is also a verb, before another verb
      // "tập trung cho công tác ...", "tập trung cao độ vào ...": the modal is the verb itself
      if (m && MODAL_AS_VERB.matchAt(t, v + m)) break;
      if (m && (!TASK_VERBS.matchAt(t, v) || ISSUING.matchAt(t, v + m))) {
        v += m;
        continue;
      }
      break;
    }
    // "Viện kiểm sát nhân dân tối cao không tổ chức tiếp công dân trong các ngày ...": what
    // the issuer will not do itself is a notice, no one's task ("không được ..." forbids)
    const issuer = this.ctx.issuer ? fromRef(this.ctx.issuer).name : null;
    if (
      negation >= 0 &&
      t[negation + 1]?.folded !== 'duoc' &&
      subject.actors.length > 0 &&
      subject.actors.every((a) => a.name === issuer)
    )
      aside = true;
    // "Bộ KH&ĐT cũng yêu cầ": a copy cut off before its verb states no work
    if (to === t.length && t[to - 1].word && to - v <= 2 && !this.isVerbAt(v, v)) return [];
    // "vừa ban hành quyết định ...": the news of a document, whatever its case
    const marked = past;
    // "UBND tỉnh chỉ đạo về việc ...": a headline of what was decided, not the task.
    if (phraseAt(t, v, DIRECTS_ABOUT) || PRAISE.matchAt(t, v)) past = true;
    // "Chính phủ ban hành Nghị quyết số 86/NQ-CP ...": the news of a document, done already.
    const issues = ISSUING.matchAt(t, v);
    let announced = -1;
    let sentTo: { from: number; to: number } | null = null;
    let sentDirect = -1;
    let sentAbout: { from: number; to: number; work: number } | null = null;
    if (issues && DOCUMENT_NAMES.matchAt(t, v + issues)) {
      // (not "Đối với các tỉnh, ... ban hành Kế hoạch ...": work assigned to them)
      const capital = t[v + issues].cap && !subject.assigned;
      if (capital) past = true;
      // "... đã ký ban hành Công điện số 1478/CĐ-TTg yêu cầu các Bộ ngành ...": the news of a
      // document, then what it asks; the asked units act.
      // right after the document's name, number and date, not in its subject ("về việc giao")
      let k = v + issues + DOCUMENT_NAMES.matchAt(t, v + issues);
      // "có văn bản số 3681/BC-TCT ...": a document with its number exists already
      let numbered = false;
      while (
        k < to &&
        (!t[k].word ||
          /^\d+$/.test(t[k].text) ||
          t[k].allCaps ||
          /^[/-]$/.test(t[k - 1]?.text ?? '') ||
          /^(?:số|khẩn|ngày|tháng|năm|hỏa|tốc)$/iu.test(t[k].text))
      ) {
        if (/^\d+$/.test(t[k].text)) numbered = true;
        k++;
      }
      // "gửi", or a telegram's "điện" ("gửi Công điện số 665/CĐ-BYT điện Chủ tịch UBND tỉnh ...")
      // ("gửi tới", "gửi đến" the same)
      const sends = phraseAt(t, k, GUI)
        ? GUI.length + (TO_WHOM.has(t[k + 1]?.folded ?? '') ? 1 : 0)
        : tokenIs(t[k], DIEN) && !t[k].cap
          ? 1
          : 0;
      // "vừa có văn bản gửi các sở, ngành yêu cầu khẩn trương rà soát": the addressees are
      // the asked units when the ask names none of its own
      const sent = sends > 0 ? this.askAfterAddressees(k + sends, to) : -1;
      // "có điện khẩn gửi Sở LĐTBXH các địa phương phối hợp ... rà soát": the addressees and
      // their work, with no ask word between
      const direct = sent < 0 && sends > 0 ? this.subjectAt(k + sends, to) : null;
      if (
        direct &&
        TASK_VERBS.matchAt(t, direct.verbAt) &&
        !SPEECH_VERBS.matchAt(t, direct.verbAt) &&
        // "gửi UBND TP về việc phối hợp cung cấp ...": what the letter is about, not their work
        !this.aboutWithin(k + sends, direct.verbAt)
      )
        sentDirect = k + sends;
      // "vừa có văn bản gửi các đơn vị trực thuộc và Sở Y tế các tỉnh về việc đảm bảo công tác y
      // tế ...": with no ask after, the work the letter is about is its addressees'
      else if (sent < 0 && sends > 0) {
        const about = this.workAbout(k + sends, to);
        if (about) sentAbout = { from: k + sends, ...about };
      }
      if (sent > k + sends) {
        // "gửi các bộ, ngành, địa phương về xây dựng Kế hoạch ..., đốc thúc ...": the
        // addressees end where what the letter is about begins
        let end = k + sends;
        while (end < sent && !(ABOUT.matchAt(t, end) && !this.bodies.insideMention(end))) end++;
        while (end > k + sends && !t[end - 1].word) end--;
        sentTo = { from: k + sends, to: end };
        k = sent;
      }
      if (ANNOUNCE_VERBS.matchAt(t, k) && !t[k].cap) {
        announced = k;
        past = true;
      } else if (numbered) past = true;
      else if (!capital && !marked) past = false; // "Sở X ban hành kế hoạch ..." is work to do
    }
    if (announced >= 0) v = announced;
    // the news that the document was sent, up to where its addressees' work starts
    const sending = (end: number): Reading => {
      this.speaks(subject.actors);
      return {
        ...this.base(from, end, sentence),
        subject: subject.actors,
        predicateStart: t[v].start,
        past: true,
        speech: true,
        announces: true,
        narrativeOpener,
        continuation,
      };
    };
    const aboutActors = sentAbout ? this.actors(sentAbout.from, sentAbout.to, 'subject') : null;
    if (sentAbout && aboutActors?.length)
      return [
        sending(sentAbout.work),
        {
          ...this.base(sentAbout.work, to, sentence),
          subject: aboutActors,
          predicateStart: t[sentAbout.work].start,
          summedUp: true,
        },
      ];
    if (sentDirect >= 0) return [sending(sentDirect), ...this.readTokens(sentDirect, to, sentence)];

    // "Phòng Thống kê hướng dẫn các đơn vị thực hiện ... như sau:": a guidance's intro; the
    // guided units act.
    // "VKSND tối cao hướng dẫn VKSND các cấp một số nội dung sau:": the guided, with no verb
    const guided =
      phraseAt(t, v, GUIDES) > 0 && t[to - 1]?.text === ':'
        ? this.guidedBodies(v + GUIDES.length, to)
        : null;
    const guides =
      phraseAt(t, v, GUIDES) > 0 &&
      t[to - 1]?.text === ':' &&
      (!!guided || this.subjectAt(v + GUIDES.length, to));
    // "X yêu cầu / đề nghị / nêu rõ: ...": X speaks, the clause after the verb is the task.
    const judges = JUDGES.matchAt(t, v);
    const judgment = judges > 0 && t[v + judges]?.text === ':';
    // "Chủ tịch UBND tỉnh đã chỉ đạo các sở, ngành tập trung ...": a direction told, or the
    // writer's own, hands the bodies directed their work ("Phó Viện trưởng ... chỉ đạo các đơn
    // vị giải quyết" in an item is the deputy's own work of directing)
    const directs =
      phraseAt(t, v, DIRECTS) > 0 &&
      !phraseAt(t, v, DIRECTS_ABOUT) &&
      (marked ||
        speaking ||
        this.newsOfDirection(v) ||
        subject.actors.every((a) => GOVERNMENT_HEAD.test(fold(a.name)))) &&
      !!this.subjectAt(v + DIRECTS.length, to);
    const speech = guides
      ? GUIDES.length
      : announced >= 0
        ? ANNOUNCE_VERBS.matchAt(t, v)
        : judgment
          ? judges
          : directs
            ? DIRECTS.length
            : SPEECH_VERBS.matchAt(t, v);
    // "nhận được Công văn ...": the longer phrase decides between speech and work ("nhận")
    const taskHere = TASK_VERBS.matchAt(t, v);
    if (
      speech &&
      (guides || judgment || directs || announced >= 0 || !taskHere || speech > taskHere)
    ) {
      const reading: Reading = {
        ...this.base(from, to, sentence),
        subject: subject.actors,
        predicateStart: t[v].start,
        past,
        speech: true,
        statement: judgment,
        announces: announced >= 0,
        narrativeOpener,
        continuation,
      };
      this.speaks(subject.actors);
      let rest = v + speech;
      // "UBND xã thông báo cho các gia đình chủ động chuẩn bị ...": those told are asked
      // (not "thông báo cho các hộ dân biết": only told)
      const told = NOTICE.matchAt(t, v) === speech && NOTICE_TO.matchAt(t, rest) > 0;
      if (told) rest++;
      while (rest < to && !t[rest].word) rest++;
      let inner = this.readTokens(rest, to, sentence);
      if (sentTo && !inner.some((r) => r.subject)) {
        const addressees =
          this.actors(sentTo.from, sentTo.to, 'subject') ??
          this.genericUnits(sentTo.from, sentTo.to);
        if (addressees?.length)
          inner = [
            {
              ...this.base(rest, to, sentence),
              subject: addressees,
              predicateStart: t[rest].start,
            },
          ];
      }
      // "Ngày 15/10/2022, Sở Tư pháp ban hành Công văn số 812/STP-VP đề nghị các đơn vị báo cáo
      // ..." told in a document of its own: what an earlier document asked, which this one
      // chases or follows up; not asked again here
      // (so is "Để chuẩn bị ..., Bộ đã có Công văn số 2501 ... đề nghị các Sở báo cáo ...")
      if (announced >= 0 && (narrativeOpener || past) && this.ctx.article === false)
        return [reading];
      // (what they are to do is the guidance's content: "một số nội dung sau:")
      if (guided && !inner.some((r) => r.subject))
        inner = [
          {
            ...this.base(rest, to, sentence),
            subject: guided.actors,
            predicateStart: t[guided.holds].start,
          },
        ];
      // "... chỉ đạo các Bộ, cơ quan ngang Bộ và UBND các tỉnh ...": addressees, the rest cut
      if (!inner.some((r) => r.subject)) {
        const end = this.addresseesEnd(rest, to);
        const addressees =
          end > rest ? (this.actors(rest, end, 'subject') ?? this.genericUnits(rest, end)) : null;
        if (addressees?.length)
          inner = [
            {
              ...this.base(rest, to, sentence),
              subject: addressees,
              predicateStart: t[rest].start,
            },
          ];
      }
      if (
        told &&
        inner.some(
          (r) => r.subject && ONLY_TOLD.test(fold(this.textOf(r.predicateStart, r.end)).trim()),
        )
      )
        return [reading];
      if (!inner.length) return [reading];
      reading.end = t[rest - 1].end;
      return [reading, ...inner];
    }

    // "Vụ 7 chủ trì, Vụ 8 phối hợp": a comma before other units and their verb starts a clause.
    const split = this.unitClauseAfterComma(v, to);
    const end = split > 0 ? split : to;
    const partners = [...(subject.listPartners ?? []), ...this.partners(v, end)];
    const reading: Reading = {
      ...this.base(from, end, sentence),
      subject: subject.actors,
      predicateStart: t[Math.min(negation >= 0 ? negation : v, end - 1)].start,
      past,
      aside,
      leads: this.startsWithin(v, end, CHU_TRI, 3),
      joinsAsPartner: phraseAt(t, v, PHOI_HOP) > 0 && partners.length === 0,
      ...(phraseAt(t, v, PHOI_HOP) && v + PHOI_HOP.length < end
        ? { workStart: t[v + PHOI_HOP.length].start }
        : {}),
      partners,
      narrativeOpener,
      continuation,
    };
    const branches = this.branchLeads(v, end, subject.actors);
    const withBranches = branches
      ? [
          reading,
          {
            ...this.base(branches.from, end, sentence),
            subject: branches.actors,
            predicateStart: t[branches.from].start,
            leads: true,
          },
        ]
      : [reading];
    if (split > 0) return [...withBranches, ...this.readTokens(split + 1, to, sentence)];
    return withBranches;
  }

  /**
   * "xây dựng các đề án nhánh: Kinh tế đô thị do Sở KH-ĐT chủ trì, Văn hóa đô thị do Sở VH-TT
   * chủ trì": bodies that lead parts of the work, a task of their own beside the clause's
   * units (who lead the whole already). Where the first part starts, and its leads.
   */
  private branchLeads(
    from: number,
    to: number,
    own: Actor[],
  ): { from: number; actors: Actor[] } | null {
    const t = this.tokens;
    const actors: Actor[] = [];
    let first = -1;
    for (let k = from; k < to; k++) {
      if (t[k].folded !== 'do' || t[k].cap || this.bodies.insideMention(k)) continue;
      let c = k + 1;
      while (c < Math.min(to, k + BRANCH_LEAD_MAX_TOKENS) && !phraseAt(t, c, CHU_TRI)) c++;
      if (c >= to || !phraseAt(t, c, CHU_TRI)) continue;
      const leads = this.actors(k + 1, c, 'subject');
      if (!leads?.length) continue;
      if (first < 0) first = this.partStart(from, k);
      for (const a of leads)
        if (![...own, ...actors].some((o) => o.name === a.name)) actors.push(a);
    }
    return actors.length ? { from: first, actors } : null;
  }

  /** Where the part that "do X chủ trì" follows starts: after the comma or colon before it. */
  private partStart(from: number, k: number): number {
    let s = k;
    while (s > from && !/^[,:;]$/.test(this.tokens[s - 1].text)) s--;
    return s;
  }

  /**
   * Where the addressees after an ask end: before the first verb outside a name ("đề nghị các
   * đơn vị khẩn trương rà soát hồ sơ"), else at the last word.
   */
  /**
   * "gửi các sở, ngành và đơn vị liên quan yêu cầu ...": where the ask after the addressees
   * starts, or -1 when no ask follows them in the clause.
   */
  private askAfterAddressees(from: number, to: number): number {
    const t = this.tokens;
    for (let k = from; k < Math.min(to, from + ADDRESSEES_MAX_TOKENS); k++) {
      // a ";" here joins a list of addressees that goes on (`handsOverList`)
      if (t[k].text === '.' || t[k].text === ':') return -1;
      if (ANNOUNCE_VERBS.matchAt(t, k) && !t[k].cap) return k;
    }
    return -1;
  }

  /** After "(Nghi Sơn, Bình Sơn)" at `open`: names only, split by commas; else `open`. */
  private bracketedNames(open: number, to: number): number {
    const t = this.tokens;
    let k = open + 1;
    let names = 0;
    while (k < to && t[k].text !== ')') {
      if (t[k].text === ',') names++;
      else if (!t[k].word || !t[k].cap) return open;
      k++;
    }
    return k < to && names > 0 ? k + 1 : open;
  }

  /** "VKSND các cấp | một số nội dung sau:": the bodies guided, before what the guidance holds. */
  private guidedBodies(from: number, to: number): { actors: Actor[]; holds: number } | null {
    for (let k = from + 1; k < to; k++)
      if (GUIDANCE_HOLDS.matchAt(this.tokens, k)) {
        // "(gọi chung là các Sở GDĐT)": what the text will call them, no body
        let end = k;
        for (let j = from; j < k; j++)
          if (this.tokens[j].text === '(') {
            end = j;
            break;
          }
        const actors = this.actors(from, end, 'subject') ?? this.genericUnits(from, end);
        return actors ? { actors, holds: k } : null;
      }
    return null;
  }

  private addresseesEnd(from: number, to: number): number {
    const t = this.tokens;
    let end = from;
    while (end < to && !(end > from && this.isVerbAt(end, from) && !this.bodies.insideMention(end)))
      end++;
    while (end > from && !t[end - 1].word) end--;
    return end;
  }

  /**
   * "Đề nghị các đơn vị báo cáo ...", "Yêu cầu Thủ trưởng các đơn vị nghiêm túc thực hiện": the
   * units asked, named by their plural only, and their verb.
   */
  private genericSubjectAt(i: number, to: number): { actors: Actor[]; verbAt: number } | null {
    for (let k = i + 1; k < Math.min(to, i + 8); k++) {
      if (!this.isVerbAt(k, i)) continue;
      const actors = this.genericUnits(i, k);
      return actors ? { actors, verbAt: k } : null;
    }
    return null;
  }

  /** "các đơn vị" after an ask, in a letter with no addressees listed: the group itself. */
  private genericUnits(from: number, to: number): Actor[] | null {
    const generic = this.bodies.genericUnits(from, to);
    return generic ? [generic] : null;
  }

  /** `p` starts within the first `span` tokens of `[from, to)`. */
  private startsWithin(from: number, to: number, p: Phrase, span: number): boolean {
    for (let k = from; k < Math.min(to, from + span); k++)
      if (phraseAt(this.tokens, k, p)) return true;
    return false;
  }

  /** Where the words after each comma or ellipsis of `[from, to)` start, up to a clause mark. */
  private separatorsWithin(from: number, to: number): number[] {
    const t = this.tokens;
    const out: number[] = [];
    for (let k = from; k < to; k++) {
      const x = t[k].text;
      if (x === ';' || x === ':') break;
      const ellipsis = x === '…' || (x === '.' && t[k + 1]?.text === '.');
      if (x === '.' && !ellipsis) break;
      if (x !== ',' && !ellipsis) continue;
      while (k + 1 < to && !t[k + 1].word) k++;
      out.push(k + 1);
    }
    return out;
  }

  /**
   * "Thời hạn cuối cùng để gửi báo cáo là ngày 30/9/2025": the deadline of work named right
   * after it, asked of nobody named; an instruction as "Gửi báo cáo trước ngày ..." is.
   */
  private deadlineOfWorkAt(at: number, to: number): boolean {
    const t = this.tokens;
    const n = this.deadlineNounAt(at);
    if (!n) return false;
    const k = at + n;
    if (!TASK_VERBS.matchAt(t, k)) return false;
    // the day stated ("... là ngày 30/9/2025"), not a heading ("2. Thời hạn gửi báo cáo")
    for (let j = k; j < to - 1; j++) {
      if (!tokenIs(t[j], LA)) continue;
      const day = tokenIs(t[j + 1], NGAY) ? t[j + 2] : t[j + 1];
      if (day && /^\d/.test(day.text)) return true;
    }
    return false;
  }

  /** "Thời hạn", "Thời hạn cuối cùng để", "Hạn cuối để": the words before whose work it is. */
  private deadlineNounAt(at: number): number {
    const t = this.tokens;
    let k = at + DEADLINE_NOUNS.matchAt(t, at);
    if (k === at) return 0;
    k += phraseAt(t, k, FINAL) || phraseAt(t, k, LAST);
    if (tokenIs(t[k], DE)) k++;
    return k - at;
  }

  /** The comma at `k` parts kinds of one plural run that began after `from` ("các bộ, ngành"). */
  private insidePluralRun(from: number, k: number): boolean {
    const t = this.tokens;
    const next = t[k + 1];
    if (!next?.word || next.cap || !PLURAL_KINDS.matchAt(t, k + 1)) return false;
    let j = k - 1;
    while (
      j > from &&
      (t[j].text === ',' || (t[j].word && !t[j].cap && KIND_WORDS.has(t[j].folded)))
    )
      j--;
    return j >= from && PLURALS.matchAt(t, j) > 0;
  }

  /**
   * After "(Sau khi) nghe ...": the clause of the one who heard ("..., Chủ tịch UBND tỉnh giao
   * Sở Y tế ..."), or past them and their verb when they name no one ("..., Bộ trưởng kết luận:",
   * "..., Phó Chủ tịch chỉ đạo tập trung ..."); with no such verb, none of the clause when it
   * tells what was reported ("nghe Văn phòng, Cục ... trình bày ...;"), else after its first comma.
   */
  private afterHearing(from: number, to: number): number {
    const t = this.tokens;
    let comma = -1;
    let first = -1;
    for (let k = from; k < to; k++) {
      const c = comma > 0 ? CONCLUDES.matchAt(t, k) : 0;
      if (t[k].text === ',') {
        comma = k;
        if (first < 0) first = k;
      } else if (c && !tokenIs(t[k + c], CUA)) return this.subjectAt(k + c, to) ? comma + 1 : k + c;
    }
    for (let k = from; k < to; k++) if (REPORTED.matchAt(t, k)) return to;
    return first > 0 ? first + 1 : to;
  }

  /**
   * "Đối với Sở Y tế: Tổ chức kiểm tra ...", "- Đối với người ứng cử đại biểu Quốc hội: Nộp
   * 02 bộ hồ sơ ...": the bodies before the colon do what follows it.
   */
  private unitsForColon(
    at: number,
    to: number,
  ): { actors: Actor[]; verbAt: number; assigned: true } | null {
    const t = this.tokens;
    const n = FOR_UNITS.matchAt(t, at);
    if (!n) return null;
    let colon = at + n;
    while (colon < Math.min(to, at + OPENER_MAX_TOKENS) && !/^[:;,.]$/.test(t[colon].text)) colon++;
    // "Đối với các tỉnh, căn cứ Kế hoạch của Thanh tra Chính phủ, ban hành ...": a comma too,
    // when the work follows it (past an opener of its own)
    let verbAt = colon + 1;
    if (t[colon]?.text === ',' && OPENERS.matchAt(t, verbAt)) {
      const comma = this.nextComma(verbAt, to);
      if (comma > 0) verbAt = comma + 1;
    }
    if (!/^[:,]$/.test(t[colon]?.text ?? '') || verbAt >= to || !TASK_VERBS.matchAt(t, verbAt))
      return null;
    const actors =
      this.listedBodies(at + n, colon) ??
      this.actors(at + n, colon, 'subject') ??
      this.genericUnits(at + n, colon);
    return actors?.length ? { actors, verbAt, assigned: true } : null;
  }

  /**
   * "Các ý kiến đóng góp, kiến nghị (nếu có) của các tổ chức, cá nhân xin gửi về ...": the
   * tokens up to "của", whose bodies send what is named before it; 0 when none.
   */
  private commentsOfAt(at: number): number {
    const t = this.tokens;
    let k = at + (QUANTIFIERS.matchAt(t, at) > 0 && t[at].folded === 'cac' ? 1 : 0);
    if (!COMMENT_NOUNS.matchAt(t, k)) return 0;
    for (const end = Math.min(t.length, k + 14); k < end; k++) {
      if (/^[.;:]$/.test(t[k].text)) return 0;
      if (t[k].folded === 'cua') return k + 1 - at;
    }
    return 0;
  }

  /** Where the opener of `n` tokens at `at` ends: its comma, or "Đối với X:"'s colon. */
  private openerEnd(at: number, n: number, end: number): number {
    const comma = this.nextComma(at + n, end);
    if (comma > 0 || !FOR_UNITS.matchAt(this.tokens, at)) return comma;
    // "Đối với hồ sơ tồn đọng: Sở Tư pháp rà soát ...": its colon ends it too
    for (let k = at + n; k < end; k++) if (this.tokens[k].text === ':') return k;
    return -1;
  }

  private nextComma(from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const x = this.tokens[k];
      // "phòng, chống dịch": one word pair
      if (
        x.text === ',' &&
        this.tokens[k - 1]?.folded === 'phong' &&
        this.tokens[k + 1]?.folded === 'chong'
      )
        continue;
      // "nếu các bộ, ngành, địa phương không gửi ...": a comma inside a plural run of kinds
      if (x.text === ',' && this.insidePluralRun(from, k)) continue;
      if (x.text === ',') return k;
      if (x.text === ';' || x.text === ':' || (x.text === '.' && !this.inNumber(k))) return -1;
    }
    return -1;
  }

  /**
   * "Thành phố Hà Nội chỉ đạo UBND các xã ...": a news item telling of a direction, not an ask's
   * content ("đề nghị UBND các tỉnh chỉ đạo Sở ...": the asked body directs) nor a body
   * directing its own ("chỉ đạo Thanh tra cấp mình").
   */
  private newsOfDirection(k: number): boolean {
    return (
      !!this.ctx.article &&
      phraseAt(this.tokens, k, DIRECTS) > 0 &&
      !phraseAt(this.tokens, k, DIRECTS_ABOUT) &&
      // (a numbered item is the text's own assignment, even in a copy with no header)
      !/^\s*(?:\d+(?:\.\d+)*|[a-zđ]|[IVX]+)[.)]\s/u.test(this.text) &&
      // by a leader or a place ("Chủ tịch UBND huyện ... chỉ đạo", "Tỉnh Quảng Nam chỉ đạo"),
      // not a body telling its own past work ("Cục cũng chỉ đạo các cơ quan THADS ...") nor a
      // line that opens on "(Tiếp tục khẩn trương) chỉ đạo ...", which is work to do
      this.directorBefore(k) &&
      !this.askedBefore(k) &&
      !this.ownBodyAfter(k + DIRECTS.length)
    );
  }

  /**
   * "chỉ đạo Thanh tra VKSND cấp mình ...", "chỉ đạo các đơn vị trực thuộc ...": the directing
   * body's own, whom directing is its work.
   */
  private ownBodyAfter(k: number): boolean {
    const s = this.subjectAt(k, this.tokens.length);
    if (!s) return false;
    const words = this.tokens
      .slice(k, s.verbAt)
      .map((x) => x.folded)
      .join(' ');
    return /\b(?:cap minh|cua minh|truc thuoc|thuoc quyen)\b/.test(words);
  }

  /** A leader's title, or a place that opens the sentence, before `k`. */
  private directorBefore(k: number): boolean {
    const t = this.tokens;
    let j = k;
    while (j > 0 && !/^[.!?;:]$/.test(t[j - 1].text)) j--;
    while (j < k && !t[j].word) j++;
    const level = t[j]?.cap ? PLACE_LEVELS.matchAt(t, j) : 0;
    if (level && t[j + level]?.cap) return true;
    for (; j < k; j++) if (DIRECTORS.matchAt(t, j)) return true;
    return false;
  }

  /** An ask or hand-over earlier in the sentence of `k`: what follows is what was asked. */
  private askedBefore(k: number): boolean {
    const t = this.tokens;
    for (let j = k - 1; j >= 0 && !/^[.!?;]$/.test(t[j].text); j--)
      if (SPEECH_VERBS.matchAt(t, j) || ASSIGN_WORDS.matchAt(t, j)) return true;
    return false;
  }

  /**
   * "10.000 công trình": a dot before three digits, written with no space, groups a number's
   * thousands (a date's "9.5" or "20.7.2020" is not one).
   */
  private inNumber(k: number): boolean {
    const [a, x, b] = [this.tokens[k - 1], this.tokens[k], this.tokens[k + 1]];
    return (
      !!a &&
      !!b &&
      /^\d+$/.test(a.text) &&
      /^\d{3}$/.test(b.text) &&
      a.end === x.start &&
      x.end === b.start
    );
  }

  /** The units from `i` up to the first verb, if they really are units. */
  private subjectAt(
    i: number,
    to: number,
  ): { actors: Actor[]; verbAt: number; listPartners?: Actor[] } | null {
    const t = this.tokens;
    let k = i;
    let listEnd = -1;
    /** "Sở GD&ĐT (chủ trì), Sở Y tế (phối hợp)": who leads and who helps, in brackets. */
    const roles: { at: number; end: number; partner: boolean }[] = [];
    let distributed = this.bodies.sharedHeadAt(i);
    while (k < to) {
      // "Trung tâm ... hàng năm chỉ đạo", "Sở Y tế hằng năm, trước ngày 25/6 báo cáo": a time
      // adverb ends the units; the verb comes after it.
      // "các thành viên Tổ công tác với tinh thần trách nhiệm cao, khẩn trương ...": how they
      // must act ends the units as well.
      const manner = k > i && !this.bodies.insideMention(k) ? MANNER.matchAt(t, k) : 0;
      if (manner) {
        if (listEnd < 0) listEnd = k;
        k += manner;
        while (k < to && t[k].text !== ',' && !this.isVerbAt(k, k)) k++;
        continue;
      }
      if (k > i && TIME_ADVERBS.matchAt(t, k)) {
        if (listEnd < 0) listEnd = k;
        k += TIME_ADVERBS.matchAt(t, k);
        continue;
      }
      if (listEnd >= 0 && (DEADLINE_WORDS.matchAt(t, k) || !t[k].word)) {
        k++;
        continue;
      }
      // "các bộ, ngành, địa phương trước ngày 20.4 phải báo cáo", "tất cả các sở chậm nhất ngày
      // 20/10 phải ...": a deadline between the units and their verb ends the units.
      const deadline = k > i && listEnd < 0 ? this.deadlineBeforeVerb(k, to) : -1;
      if (deadline > k) {
        listEnd = k;
        k = deadline;
        continue;
      }
      // "các Cục THADS có tổng số giải quyết từ 500 đến 5.000 việc, phấn đấu đạt ...": what the
      // bodies have says which ones; the units end before it, the verb follows its comma.
      if (
        k > i &&
        listEnd < 0 &&
        tokenIs(t[k], HAS) &&
        !TASK_VERBS.matchAt(t, k) &&
        !HAS_IN_NAME.matchAt(t, k) &&
        !this.bodies.insideMention(k)
      ) {
        let e = k + 1;
        while (e < to && !(t[e].text === ',' && this.isVerbAt(e + 1, e + 1))) e++;
        if (e < to) {
          listEnd = k;
          k = e + 1;
          break;
        }
        // "UBND các huyện, thành phố có rừng thực hiện nghiêm ...": a short "có ..." says
        // which ones, part of their name, and the verb follows it
        // (not "có ý kiến chỉ đạo", "có văn bản đề nghị": what the body said or sent; nor the
        // modal "có thể")
        let v = k + 2;
        while (v < Math.min(to, k + 5) && t[v].word && !this.isVerbAt(v, v)) v++;
        if (
          v < Math.min(to, k + 5) &&
          t[v].word &&
          TASK_VERBS.matchAt(t, v) &&
          !HAS_SAID.matchAt(t, k + 1) &&
          t[k + 1]?.folded !== 'the' &&
          !DOCUMENT_NAMES.matchAt(t, k + 1)
        ) {
          k = v;
          break;
        }
      }
      // "UBND tỉnh sau khi thống nhất với ..., Ban thường trực UBMTTQ tỉnh quyết định ...": the
      // body, then when; its verb comes after a comma that closes the clause.
      const when = k > i && listEnd < 0 ? WHEN_CLAUSE.matchAt(t, k) : 0;
      if (when && !this.bodies.insideMention(k)) {
        let e = k + when;
        let comma = false;
        while (e < to && !(comma && this.isVerbAt(e, e))) {
          if (t[e].text === ',') comma = true;
          e++;
        }
        if (e < to) {
          listEnd = k;
          k = e;
          break;
        }
      }
      // "X, Y theo chức năng, nhiệm vụ được giao triển khai ...": the list ends before it.
      const byDuty = BY_DUTY.matchAt(t, k);
      if (byDuty) {
        if (listEnd < 0) listEnd = k;
        k += byDuty;
        for (;;) {
          while (k < to && !t[k].word && t[k].text === ',') k++;
          const n = BY_DUTY_REST.matchAt(t, k);
          if (!n) break;
          k += n;
        }
        while (k < to && !t[k].word && t[k].text === ',') k++;
        continue;
      }
      // "... các sở, ban, ngành tiến hành xây dựng": "tiến hành" before a verb is the verb
      const carriesOut = phraseAt(t, k, TIEN_HANH) > 0 && TASK_VERBS.matchAt(t, k + 2) > 0;
      // (a compound that a longer verb begins with is that verb: "điều tra làm rõ")
      const compound = NOUN_COMPOUNDS.matchAt(t, k);
      const skip = carriesOut
        ? k
        : (this.mentionAt(k)?.to ?? k + (TASK_VERBS.matchAt(t, k) > compound ? 0 : compound));
      if (skip > k) {
        k = skip;
        continue;
      }
      if (carriesOut) break;
      const x = t[k];
      // ";" separates the bodies of a list before its verb ("Chánh Văn phòng ...; Giám đốc
      // các sở ...; Chủ tịch UBND các huyện ... chịu trách nhiệm"); ":" after "các Sở" opens
      // the list of which ones ("Giám đốc các Sở: Tư pháp, Y tế").
      if (!x.word && x.text === ':' && this.bodies.distributiveHeadBefore(i, k)) {
        distributed = this.bodies.distributiveHeadBefore(i, k);
        k++;
        continue;
      }
      if (!x.word && x.text === ';') distributed = null;
      // "các Bộ: Quốc phòng, Xây dựng, Công Thương": "Xây dựng" completes "Bộ Xây dựng".
      if (distributed && x.word && /^[,:]$/.test(t[k - 1]?.text ?? '')) {
        const e = this.bodies.distributedNameEnd(distributed, k, to);
        if (e > k) {
          k = e;
          continue;
        }
      }
      // "Các đơn vị cấp huyện: Gửi thống kê ...": the units, then what they do.
      if (!x.word && x.text === ':' && k > i && this.isVerbAt(k + 1, k + 1)) {
        if (listEnd < 0) listEnd = k;
        k++;
        break;
      }
      const role = x.text === '(' && k > i && listEnd < 0 ? ROLE_ASIDES.matchAt(t, k + 1) : 0;
      if (role && t[k + 1 + role]?.text === ')') {
        roles.push({ at: k, end: k + 2 + role, partner: phraseAt(t, k + 1, PHOI_HOP) > 0 });
        k += 2 + role;
        continue;
      }
      // "Cục điều tra hình sự Bộ Quốc phòng (BQP), Cục ...": an abbreviation in brackets
      if (x.text === '(' && t[k + 2]?.text === ')' && t[k + 1]?.allCaps) {
        k += 3;
        continue;
      }
      // "Ban Chỉ đạo ... các tỉnh, thành phố (Ban Chỉ đạo Đại hội cấp tỉnh) thực hiện ...": an
      // aside in brackets (the short name the text will use, a role) ends the units
      const aside = x.text === '(' && k > i && listEnd < 0 ? this.asideBeforeVerb(k, to) : -1;
      if (aside > 0) {
        listEnd = k;
        k = aside;
        break;
      }
      // "UBND TP. Vinh", "UBND TX. Cai Lậy": a level's abbreviation keeps its period in a name
      if (x.text === '.' && LEVEL_ABBREVIATIONS.has(t[k - 1]?.folded ?? '') && t[k + 1]?.cap) {
        k++;
        continue;
      }
      // "các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn), UBND các tỉnh ...": names in brackets
      if (x.text === '(' && k > i && this.bracketedNames(k, to) > k) {
        k = this.bracketedNames(k, to);
        continue;
      }
      if (!x.word && (x.text === ':' || x.text === '(' || x.text === '.')) break;
      // "... căn cứ Quyết định thi hành", "căn cứ Kế hoạch ..., tiến hành xây dựng"
      const grounds = k > i ? GROUNDS.matchAt(t, k) : 0;
      if (grounds && !this.bodies.insideMention(k)) {
        if (listEnd < 0) listEnd = k;
        let e = k + grounds;
        // ("căn cứ Kế hoạch này xây dựng kế hoạch ...": "này" ends the document's name)
        const verbAfterThis = (x: number) => t[x - 1]?.folded === 'nay' && TASK_VERBS.matchAt(t, x);
        while (e < to && t[e].text !== ',' && !GROUNDS_VERBS.matchAt(t, e) && !verbAfterThis(e))
          e++;
        if (e < to && t[e].text !== ',') {
          k = e; // "căn cứ Quyết định thi hành": the verb
          break;
        }
        // "Ủy ban bầu cử ở tỉnh căn cứ vào biên bản tổng kết cuộc bầu cử công bố kết quả ...":
        // with no comma to end them, the grounds end at the first verb past their noun
        if (e >= to) {
          let w = k + grounds + 2;
          const noun = (x: number) =>
            TOPIC_PREPOSITIONS.has(t[x - 1].folded) ||
            NOUNS_BEFORE_VERBS.has(`${t[x - 2]?.folded} ${t[x - 1].folded}`);
          while (w < to && !(TASK_VERBS.matchAt(t, w) && !noun(w)))
            w += Math.max(1, NOUN_COMPOUNDS.matchAt(t, w));
          if (w < to) {
            k = w;
            break;
          }
        }
        // Grounds may list with commas ("quy hoạch thăm dò, khai thác, sử dụng khoáng sản
        // ..., hướng dẫn"): they end at the comma before a verb, when one comes.
        let v = e;
        while (v < to && !(t[v].text === ',' && this.isVerbAt(v + 1, v + 1))) v++;
        k = (v < to ? v : e) + 1;
        continue;
      }
      // "các bộ, cơ quan chủ trì tiếp tục phối hợp ...": the lead bodies, then their verb
      const lead = phraseAt(t, k, CHU_TRI);
      if (
        lead &&
        k > i &&
        KIND_WORDS.has(t[k - 1].folded) &&
        (MODALS.matchAt(t, k + lead) || ASPECT_MARKERS.matchAt(t, k + lead))
      ) {
        k += lead;
        continue;
      }
      // "các doanh nghiệp cung cấp dịch vụ viễn thông báo cáo ...": what the bodies do says
      // which ones, when their own verb follows
      const which = k > i && listEnd < 0 ? this.qualifierEnd(i, k, to) : -1;
      if (which > k) {
        k = which;
        continue;
      }
      // "Ban chỉ đạo Trung ương về các vấn đề cấp bách trong bảo vệ rừng ... yêu cầu": in a
      // board's name, a verb right after "trong", "về" is its topic, not what the board does
      if (
        k > i &&
        BOARD_HEADS.matchAt(t, i) &&
        TOPIC_PREPOSITIONS.has(t[k - 1].folded) &&
        t[k - 1].word
      ) {
        k++;
        continue;
      }
      if (this.isVerbAt(k, i)) break;
      // "các Bộ, cơ quan, địa phương mà Đoàn kiểm tra đã đến": what others did to the bodies,
      // so they are no subject of the verb after.
      if (k > i && tokenIs(x, RELATIVE) && !this.bodies.insideMention(k)) return null;
      k++;
      if (k - i > SUBJECT_MAX_TOKENS) return null;
    }
    if (k === i || k >= to) return null;
    if (!this.isVerbAt(k, i)) return null;
    let end = listEnd >= 0 ? listEnd : k;
    while (end > i && !t[end - 1].word && t[end - 1].text === ',') end--;
    if (roles.length) return this.byRoles(i, end, roles, k);
    const actors = this.actors(i, end, 'subject');
    return actors && actors.length ? { actors, verbAt: k } : null;
  }

  /** The units of a list whose roles are in brackets, leads apart from partners. */
  private byRoles(
    from: number,
    end: number,
    roles: { at: number; end: number; partner: boolean }[],
    verbAt: number,
  ): { actors: Actor[]; verbAt: number; listPartners: Actor[] } | null {
    const t = this.tokens;
    const leads: Actor[] = [];
    const partners: Actor[] = [];
    let start = from;
    for (const r of [...roles, { at: end, end, partner: false }]) {
      while (start < r.at && !t[start].word) start++;
      if (start < r.at) {
        const list = this.actors(start, r.at, 'subject');
        if (!list?.length) return null;
        (r.partner ? partners : leads).push(...list);
      }
      start = r.end;
    }
    return leads.length ? { actors: leads, verbAt, listPartners: partners } : null;
  }

  /**
   * Where the verb after a deadline phrase at `k` stands ("trước ngày 20.4 phải", "chậm nhất
   * là ngày 30/6/2024 gửi"), or -1: the phrase must start with a deadline word and a day or
   * an hour, and reach a modal or verb within a few tokens, with no comma between.
   */
  private deadlineBeforeVerb(k: number, to: number): number {
    const t = this.tokens;
    const w = DEADLINE_WORDS.matchAt(t, k);
    if (!w || this.bodies.insideMention(k)) return -1;
    let e = k + w;
    if (t[e]?.folded === 'la') e++;
    if (t[e]?.folded === 'truoc') e++;
    const day = t[e];
    if (!day || !(/^(?:ngay|gio|thang|quy)$/.test(day.folded) || /^\d/.test(day.text))) return -1;
    for (let j = e + 1; j < Math.min(to, e + 12); j++) {
      if (t[j].text === ',' || t[j].text === ';') return -1;
      if (MODALS.matchAt(t, j) || (this.isVerbAt(j, k) && !/^\d/.test(t[j].text))) return j;
    }
    return -1;
  }

  /**
   * "Ban Thường trực UBMTTQ tỉnh quyết định danh sách ...": "quyết định" in lower case is the
   * verb; a decision is named with its number or its issuer ("quyết định số ...", "quyết định
   * của ...").
   */
  private decidesAt(k: number): boolean {
    const t = this.tokens;
    if (!phraseAt(t, k, DECIDES) || t[k].cap) return false;
    const next = t[k + DECIDES.length];
    return !!next?.word && !/^(?:so|cua|nay|do|tren|\d+)$/.test(next.folded);
  }

  /**
   * The token after an aside in brackets between the units and their verb ("(Ban Chỉ đạo cấp
   * tỉnh)", "(sau đây gọi tắt là Sở)", "(cơ quan thường trực)"), or -1.
   */
  private asideBeforeVerb(open: number, to: number): number {
    const t = this.tokens;
    let close = open + 1;
    while (close < to && close - open <= 16 && t[close].text !== ')' && t[close].text !== '(')
      close++;
    if (t[close]?.text !== ')' || close === open + 1) return -1;
    // right before the verb: "..., Bộ, ngành (tặng Kỷ niệm chương), lập hồ sơ" is no subject
    const after = close + 1;
    return after < to && (this.isVerbAt(after, after) || MODALS.matchAt(t, after) > 0) ? after : -1;
  }

  /**
   * After a plural kind of body ("các doanh nghiệp", "các cơ sở"), a verb of what such bodies
   * do ("cung cấp dịch vụ viễn thông", "kinh doanh xăng dầu") followed, with no mark between, by
   * another verb: where the qualifier ends (that verb), or -1.
   */
  private qualifierEnd(from: number, k: number, to: number): number {
    const t = this.tokens;
    const n = QUALIFIER_VERBS.matchAt(t, k);
    if (!n || !PLURALS.matchAt(t, from) || !KIND_WORDS.has(t[k - 1]?.folded ?? '')) return -1;
    // "các đơn vị tham gia phối hợp ...": a verb right after is the work, not what they do
    if (TASK_VERBS.matchAt(t, k + n)) return -1;
    for (let j = k + n + 1; j < Math.min(to, k + n + 12); j++) {
      if (!t[j].word && !isNumber(t[j])) return -1;
      if (TASK_VERBS.matchAt(t, j) || MODALS.matchAt(t, j)) return j;
    }
    return -1;
  }

  /** A verb, modal or tense word that ends the units; a capitalized one inside a name does not. */
  private isVerbAt(k: number, regionStart: number): boolean {
    const t = this.tokens;
    const x = t[k];
    if (!x?.word) return false;
    const hit =
      TASK_VERBS.matchAt(t, k) ||
      PRAISE.matchAt(t, k) ||
      this.decidesAt(k) ||
      MODALS.matchAt(t, k) ||
      PAST_MARKERS.matchAt(t, k) ||
      ASPECT_MARKERS.matchAt(t, k) ||
      SPEECH_VERBS.matchAt(t, k);
    if (!hit) return false;
    if (k > regionStart && x.cap && !x.allCaps && t[k - 1]?.word) return false;
    // "Vụ Kế hoạch - Tổng hợp": a capital after a name's dash goes on with the name
    if (k > regionStart + 1 && x.cap && !x.allCaps && /^[-–]$/.test(t[k - 1].text) && t[k - 2].word)
      return false;
    // "các cấp ủy, tổ chức đảng lãnh đạo": a kind of body that starts as a verb does
    if (PLURAL_KINDS.matchAt(t, k) > Number(hit)) return false;
    // "các trường trung học phổ thông báo cáo", "Sở Truyền thông báo cáo": "thông báo" begins
    // in the middle of a word pair ("phổ thông", "truyền thông", "giao thông")
    if (k > regionStart && x.folded === 'thong' && THONG_PAIRS.has(t[k - 1]?.folded ?? ''))
      return false;
    // "Thư ký", "Ủy viên thư ký": a role, not signing
    if (k > regionStart && x.folded === 'ky' && t[k - 1]?.folded === 'thu') return false;
    // "các tổ chức", "những đơn vị quản lý": a noun after a plural word, not a verb;
    // "phòng ban được phân công": a participle.
    if (k > regionStart && (PLURALS.matchAt(t, k - 1) || PASSIVE.matchAt(t, k - 1))) return false;
    // "Vụ kiểm sát việc giải quyết các vụ án", "công tác kiểm sát việc thi hành": a verb after
    // "việc" is a noun.
    if (k > regionStart && t[k - 1].folded === 'viec') return false;
    // "có tổng số giải quyết từ 500 việc": a verb after "số" counts, it is a noun
    if (k > regionStart && tokenIs(t[k - 1], COUNT)) return false;
    // "đơn vị có sử dụng ngân sách": a relative clause after a kind of body.
    if (k > regionStart + 1 && t[k - 1].folded === 'co' && KIND_WORDS.has(t[k - 2]?.folded ?? ''))
      return false;
    // "các bộ, cơ quan, tổ chức ở trung ương": a kind in a plural run, after a comma.
    if (
      k > regionStart + 1 &&
      t[k - 1].text === ',' &&
      KIND_WORDS.has(t[k - 2]?.folded ?? '') &&
      t.slice(Math.max(regionStart, k - 6), k).some((y) => PLURALS.matchAt(t, t.indexOf(y)) > 0)
    )
      return false;
    // "người đứng đầu cơ quan, tổ chức, đơn vị": a kind between commas, after a kind.
    if (
      k > regionStart + 1 &&
      t[k - 1].text === ',' &&
      KIND_WORDS.has(t[k - 2]?.folded ?? '') &&
      t[k + TASK_VERBS.matchAt(t, k)]?.text === ','
    )
      return false;
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

  /** "Tổng kết công tác (Vụ 8 chủ trì, Vụ 9 phối hợp)": the lead named in brackets. */
  private leadInBrackets(
    from: number,
    to: number,
    sentence: number,
    narrativeOpener: boolean,
    continuation: boolean,
  ): Reading[] | null {
    const t = this.tokens;
    for (let k = from; k < to; k++) {
      if (t[k].text !== '(') continue;
      // "(Vụ 8 chủ trì, Vụ 9 phối hợp)" is short: look no further than that
      let close = k + 1;
      const limit = Math.min(to, k + BRACKET_MAX_TOKENS);
      while (close < limit && t[close].text !== ')' && t[close].text !== '(') close++;
      if (close >= limit || t[close].text !== ')') continue;
      let c = k + 1;
      while (c < close && !phraseAt(t, c, CHU_TRI)) c++;
      if (c >= close) continue;
      const actors = this.actors(k + 1, c, 'subject');
      if (!actors?.length) continue;
      let partners: Actor[] = [];
      const comma = t.slice(c, close).findIndex((x) => x.text === ',');
      if (comma >= 0) {
        let e = c + comma + 1;
        while (e < close && !phraseAt(t, e, PHOI_HOP)) e++;
        partners = this.actors(c + comma + 1, e, 'object') ?? [];
      }
      return [
        {
          ...this.base(from, to, sentence),
          subject: actors,
          predicateStart: t[from].start,
          leads: true,
          partners: [...partners, ...this.partners(from, to)],
          narrativeOpener,
          continuation,
        },
      ];
    }
    return null;
  }

  /**
   * "(i) các Bộ, cơ quan ngang Bộ ... là trước ngày 16/6/2020", "(ii) báo cáo của UBND các
   * tỉnh ... là trước ngày 25/6/2020": a list of deadlines per body, with no verb.
   */
  private subjectBeforeDeadline(
    from: number,
    to: number,
  ): { actors: Actor[]; verbAt: number } | null {
    const t = this.tokens;
    let s = from;
    if (t[s]?.text === '(' && t[s + 2]?.text === ')') s += 3;
    s += REPORT_OF.matchAt(t, s);
    for (let k = s + 1; k < to - 1; k++) {
      if (t[k].folded !== 'la' || !DEADLINE_WORDS.matchAt(t, k + 1)) continue;
      const actors = this.actors(s, k, 'subject');
      return actors?.length ? { actors, verbAt: k } : null;
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
        this.speaks(actors);
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
      // "... của Trung ương, Bộ Chính trị, Ban Bí thư": owners in a list, not a new subject;
      // "các cơ quan, đơn vị liên quan": one collective, not a new subject after the comma;
      // "do ngành, địa phương, đơn vị mình quản lý": who manages it, not who must act.
      if (this.afterPossessive(from, k) || this.afterAgentWord(from, k)) continue;
      // "kết nối từ Văn phòng Chính phủ đến Bộ, cơ quan, địa phương": where something goes.
      if (this.afterPreposition(from, k)) continue;
      // "hướng dẫn UBND thị xã Quảng Trị, UBND huyện Triệu Phong tổ chức thực hiện": the units
      // the verb guides, then what they do; not a subject of its own.
      if (this.afterGuidingVerb(from, k)) continue;
      if (
        !t[k + 1].cap &&
        KIND_WORDS.has(t[k + 1].folded) &&
        (t.slice(Math.max(from, k - 4), k).some((x) => PLURALS.matchAt(t, t.indexOf(x))) ||
          (!t[k - 1].cap && KIND_WORDS.has(t[k - 1].folded)))
      )
        continue;
      const next = this.subjectAt(k + 1, to);
      const clean = (a: Actor) =>
        a.kind !== 'unresolved' ||
        (/^\p{Lu}/u.test(a.name) && !/\s(?:đối với|của|về|cho|tại|trong)\s/u.test(a.name));
      if (next && next.actors.every(clean))
        if (this.mentionAt(k + 1) || ORG_HEADS.matchAt(t, k + 1) || QUANTIFIERS.matchAt(t, k + 1))
          return k;
    }
    return -1;
  }

  /** "các Sở, ngành tỉnh" right after "phối hợp": the partners, with no "với". */
  private pluralKindAt(j: number): boolean {
    const t = this.tokens;
    return PLURALS.matchAt(t, j) > 0 && PLURAL_KINDS.matchAt(t, j + 1) > 0;
  }

  /** A "của" before `k` with no verb after it: `k` is inside a list of owners. */
  private afterPossessive(from: number, k: number): boolean {
    const t = this.tokens;
    for (let j = k - 1; j >= from && j > k - 30; j--) {
      if (this.isVerbAt(j, from) && !this.bodies.insideMention(j)) return false;
      if (OF.matchAt(t, j) && t[j].folded === 'cua') return true;
    }
    return false;
  }

  /** A verb that guides others ("hướng dẫn", "đôn đốc") before `k`, only bodies between. */
  private afterGuidingVerb(from: number, k: number): boolean {
    const t = this.tokens;
    for (let j = k - 1; j >= from && j > k - 30; j--) {
      const start = this.bodies.insideMention(j) ? -1 : GUIDING_VERBS.matchAt(t, j);
      const body = j + start < k && (this.mentionAt(j + start) || ORG_HEADS.matchAt(t, j + start));
      if (start > 0 && body) return true;
      if (this.isVerbAt(j, from) && !this.bodies.insideMention(j)) return false;
    }
    return false;
  }

  /** A "do" before `k` with no verb between: `k` is in the list of who did something. */
  private afterAgentWord(from: number, k: number): boolean {
    const t = this.tokens;
    for (let j = k - 1; j >= from && j > k - 15; j--) {
      if (this.isVerbAt(j, from) && !this.bodies.insideMention(j)) return false;
      if (t[j].folded === 'do' && !t[j].cap) return true;
    }
    return false;
  }

  /**
   * "đến", "tới", "cho" before `k` with no verb between: `k` is in the list of bodies something
   * goes to ("chuyển kinh phí cho Sở Y tế, Sở Giáo dục"), not before a subject of its own.
   * ("giao cho X, Y thực hiện" hands work over: its bodies act.)
   */
  private afterPreposition(from: number, k: number): boolean {
    const t = this.tokens;
    for (let j = k - 1; j >= from && j > k - 20; j--) {
      if (this.bodies.insideMention(j)) continue;
      if (this.isVerbAt(j, from)) return false;
      if (!t[j].cap && DESTINATIONS.matchAt(t, j) && !ASSIGN_WORDS.matchAt(t, j - 1)) return true;
    }
    return false;
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
      else if (this.mentionAt(j) || this.pluralKindAt(j) || PARTNER_KINDS.matchAt(t, j))
        out.push([j, this.objectEnd(j, to)]);
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
      } else if (this.mentionAt(j) || this.pluralKindAt(j) || PARTNER_KINDS.matchAt(t, j))
        list = this.objectList(j, to);
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
      // "phối hợp với các cơ quan liên quan thanh tra việc ...": the work, in lower case (a
      // body's name when written with a capital, and a sector in "ngành thanh tra")
      if (k > from && !x.cap && phraseAt(t, k, INSPECT) && t[k - 1].folded !== 'nganh') break;
      // "... và các đơn vị liên quan khẩn trương xử lý": how they act ends the bodies too
      if (
        k > from &&
        (TASK_VERBS.matchAt(t, k) ||
          PAST_MARKERS.matchAt(t, k) ||
          (MODALS.matchAt(t, k) && !x.cap)) &&
        !(x.cap && t[k - 1].word) &&
        t[k - 1].folded !== 'viec'
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
