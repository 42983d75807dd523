import type { Actor } from './actor-list';
import { capitalizeFirst, fold } from './vietnamese-text';

/**
 * A public consultation ("Bộ Nội vụ tiến hành lấy ý kiến Nhân dân đối với việc tặng danh hiệu
 * ...", "nếu tổ chức, cá nhân có ý kiến đề nghị phản ánh ..."): the notice asks the people it
 * consults to send their opinions, and that is its one task. Its body's own work (taking the
 * opinions, posting the notice, the awards it proposes) is what the notice reports, no task of
 * anyone. The patterns read folded text (no diacritics, lower case, same length), so a copy
 * typed without diacritics, or with them scrambled, reads the same; names come from the text
 * as written.
 */

/** Whom a notice may consult: the public and kinds of bodies, as a list. */
const KIND = String.raw`(?:nhan dan|cu tri|to chuc|ca nhan|cong dan|co quan|tap the|don vi|dia phuong|doanh nghiep)`;
const GROUP = String.raw`((?:cac\s+|moi\s+)?${KIND}(?:(?:\s*,\s*|\s+va\s+)(?:cac\s+)?${KIND})*(?:\s+trong va ngoai nuoc)?)`;
/** "lấy ý kiến (rộng rãi) (của) Nhân dân", "xin ý kiến nhân dân". */
const TAKES_OPINIONS = new RegExp(
  String.raw`(?:lay|xin|tham do)\s+y\s+kien\s+(?:rong rai\s+)?(?:dong gop\s+)?(?:cua\s+)?${GROUP}(?![a-z])`,
  'd',
);
/**
 * "nếu tổ chức, cá nhân có ý kiến", "đề nghị các cơ quan, tổ chức, cá nhân gửi ý kiến", "để
 * các cơ quan, tổ chức, cá nhân trong và ngoài nước biết, cho ý kiến phản ánh".
 */
const ASKED_FOR_OPINIONS = new RegExp(
  String.raw`(?:neu|de nghi|moi|de)\s+${GROUP}\s+(?:biet\s*,?\s+)?(?:(?:co|cho|gui)\s+y\s+kien|dong\s+gop|gop\s+y|phan\s+anh)`,
  'd',
);
/** The public only: a consultation of bodies by name stays an ordinary request. */
const PUBLIC = /nhan dan|cu tri|ca nhan|cong dan|tap the/;

/** Opinions taken on an award ("lấy ý kiến danh sách đề nghị khen thưởng"): whoever reads. */
const ON_AN_AWARD =
  /(?:lay|xin)\s+y\s+kien[^.\n]{0,200}(?:khen\s+thuong|danh\s+hieu|huan\s+chuong|tang\s+thuong|bang\s+khen|giay\s+khen|ky\s+niem\s+chuong)/;

export interface Consultation {
  /** Whom it asks, or null when it names no one (an award's list put up for opinions). */
  group: Actor | null;
}

/** "Các ý kiến đóng góp ... gửi về", "Mọi thông tin xin gửi về" opening a sentence. */
const SENT_IN =
  /(?:^|[.!?\n]\s*)(?:(?:cac|moi)\s+)?(?:y\s+kien|thong\s+tin)(?![a-z])[^.\n]*?(?:gui|phan\s+anh)(?![a-z])/;

/** A notice is short: a long plan that takes opinions among its items is no consultation. */
const NOTICE_MAX = 6000;

/** The public consultation a text is, with the group it asks, or null when it is none. */
export function readConsultation(text: string): Consultation | null {
  if (text.length > NOTICE_MAX) return null;
  const folded = fold(text);
  // a notice asks for the opinions in so many words; a letter that gives the consulting to a
  // body ("Sở Tư pháp tổ chức lấy ý kiến Nhân dân") is an ordinary assignment
  if (!ASKED_FOR_OPINIONS.test(folded) && !SENT_IN.test(folded)) return null;
  const m = TAKES_OPINIONS.exec(folded) ?? ASKED_FOR_OPINIONS.exec(folded);
  if (m && PUBLIC.test(m[1])) return { group: groupIn(text, m) };
  return ON_AN_AWARD.test(folded) ? { group: null } : null;
}

/**
 * "Thời gian lấy ý kiến là 10 ngày (kể từ ngày 26-9 đến hết ngày 5-10-2022)", "(đến hết ngày
 * 10-2-2020)", "xin ý kiến ... trong vòng 05 ngày (từ ngày 07/10/2021-11/10/2021)": the window
 * the opinions are taken in; its last day is the opinions' deadline.
 */
const WINDOW = new RegExp(
  String.raw`(?:(?:thoi\s+gian|thoi\s+han)(?:\s+du\s+kien)?\s+(?:lay|xin|tiep\s+nhan|nhan|gop)\s+y\s+kien|(?:lay|xin)\s+y\s+kien)[^.\n]{0,80}?((?:ke\s+)?(?:tu\s+ngay\s+[\d/.-]+?\s*(?:den\s+(?:het\s+)?ngay\s+|[-–]\s*)|den\s+het\s+ngay\s+)(\d[\d/.-]*\d))`,
  'd',
);

/** The consultation window's phrase and its last day as written ("5-10-2022"), if any. */
export function consultationWindow(text: string): { phrase: string; last: string } | null {
  const m = WINDOW.exec(fold(text));
  if (!m?.indices?.[1]) return null;
  const [from, to] = m.indices[1];
  return { phrase: text.slice(from, to), last: m[2] };
}

/** "Ý kiến đóng góp của tổ chức, cá nhân xin gửi về ...": the opinions of those it names. */
const OPINIONS_OF = new RegExp(
  String.raw`^(?:(?:cac|moi)\s+)?(?:y\s+kien|thong\s+tin)(?:\s+(?:dong\s+gop|gop\s+y|phan\s+anh))?(?:\s*,\s*(?:kien\s+nghi|phan\s+anh))?(?:\s*\(neu co\))?\s+cua\s+${GROUP}`,
  'd',
);

/** "Các ý kiến đóng góp ... gửi về ...", "Mọi thông tin xin gửi về ...": opinions sent in. */
const OPINIONS_FIRST =
  /^(?:(?:cac|moi)\s+)?(?:y\s+kien|thong\s+tin|van\s+ban\s+gop\s+y)(?![a-z])[^.]*?(?:gui|phan\s+anh)(?![a-z])/;

/**
 * Whom a clause of a consultation asks for opinions: the group it names itself ("nếu tổ chức,
 * cá nhân có ý kiến ..."), or the consultation's, when the clause opens on the opinions;
 * undefined when the clause asks no opinions.
 */
export function opinionsAskedOf(
  clause: string,
  consultation: Consultation,
): Actor | null | undefined {
  const folded = fold(clause);
  const own = ASKED_FOR_OPINIONS.exec(folded) ?? OPINIONS_OF.exec(folded);
  if (own) return groupIn(clause, own);
  return OPINIONS_FIRST.test(folded) ? consultation.group : undefined;
}

/** A task whose words open on the opinions sent in ("Ý kiến đóng góp ... gửi về ..."). */
export function opinionsFirst(words: string): boolean {
  return OPINIONS_FIRST.test(fold(words));
}

/**
 * The notice's own act: taking the opinions, posting the notice, the awards it proposes; its
 * first work after the body that does it (and an opener), not work further on in a list.
 */
const TAKES_THEM =
  /^(?:[^,.;]*,\s*){0,3}?(?:[^\s,.;]+\s+){0,16}?(?:(?<!(?:thoi\s+gian|thoi\s+han)\s+)(?:lay|xin)\s+y\s+kien|dang\s+tai|niem\s+yet)|^(?:[a-z]+\s+){0,3}?de\s+nghi\s+(?:truy\s+|phong\s+|xet\s+)?tang/;

export function takesOpinions(clause: string): boolean {
  return TAKES_THEM.test(fold(clause));
}

/** The group a match captured, as the text writes it. */
function groupIn(text: string, m: RegExpExecArray): Actor {
  const [from, to] = m.indices![1];
  const name = capitalizeFirst(text.slice(from, to).replace(/\s+/g, ' ').trim());
  return { name, kind: 'unresolved', code: null, root: false };
}
