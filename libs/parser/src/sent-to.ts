import { Actor, ActorReader, ReadingContext } from './actor-list';
import { tokenize } from './tokens';
import { fold } from './vietnamese-text';

/**
 * "đã ký gửi Công điện hỏa tốc số 1677/CĐ-TTg đến các Bộ, cơ quan ngang Bộ, ..., UBND các
 * tỉnh, thành phố trực thuộc Trung ương": the bodies a news item says the document was sent
 * to. They are its addressees, as under "Kính gửi:" in the document itself.
 */
const TYPE = String.raw`(?:cong\s+dien|cong\s+van|chi\s+thi|thong\s+bao|van\s+ban|ke\s+hoach|quyet\s+dinh)(?:\s+(?:hoa\s+toc|thuong\s+khan|khan))?(?:\s+so\s+[^\s,]+)?(?:\s*,?\s*ngay\s+[\d/.-]+)?`;
/**
 * Where an addressee starts: "các ...", "tất cả ...", "UBND ...", "Bộ ...", "Sở ...", "Tòa án ...",
 * or the head's title that stands for the body ("Thủ trưởng các đơn vị trực thuộc ...").
 */
const BODY_START = String.raw`(?:cac\s|tat\s+ca\s|uy\s+ban|ubnd|bo\s|so\s|tinh|thanh\s+pho|huyen|toa\s+an\s|vien\s+kiem\s+sat\s|thu\s+truong\s|giam\s+doc\s|chu\s+tich\s|truong\s+phong\s|hieu\s+truong\s|vien\s+truong\s)`;
/** "vừa thông báo (lần 2) đến tất cả cơ sở giáo dục": a notice sent, its addressees after. */
const NOTIFIED = String.raw`thong\s+bao(?:\s+lan\s+\d+)?\s+(?:den|toi)`;
const SENT = new RegExp(
  // "ký gửi Công điện ... đến <list>", "Công văn số 12/UBND-VX gửi (đến) <list>", "công văn Sở
  // GDĐT TP. Hồ Chí Minh gửi <list>" (who sent it between), "có Công văn
  // số 4243/BTP-... đôn đốc <list> gửi báo cáo", "Tại Công văn số ..., Bộ Nội vụ đã đôn đốc
  // <list> thực hiện báo cáo": the bodies chased are the addressees
  String.raw`(?:^|[^a-z])(?:(?:ky\s+)?gui\s+(?:[^.;:\n]{0,20}\s)?${TYPE}\s+(?:den|toi|cho)|${TYPE}(?:\s+(?!gui\s)[^\s;:,]+){0,8}?\s*,?\s+gui(?:\s+(?:den|toi))?|${NOTIFIED}|${TYPE}\s+don\s+doc|(?:da|vua)\s+don\s+doc)\s+(?=${BODY_START})`,
);
/**
 * Where the list of addressees ends: its subject, a purpose, the end of the sentence. A
 * semicolon before another body only parts the groups ("các sở, ngành ...; UBND các huyện").
 */
const LIST_END = new RegExp(
  String.raw`\s(?:ve\s+viec|ve|yeu\s+cau|de\s+nghi|nham|de|gui\s+bao\s+cao|thuc\s+hien)\s|;(?!\s*${BODY_START})|,\s*(?:den|tinh\s+den|tu|truoc|sau)\s+(?:ngay|nay|thang)\s|[.:\n“"]|\((?!\s*tru\s)`,
  'g',
);
/**
 * Where the list that starts at `from` ends; a semicolon before a capital goes on to the next
 * addressee ("...; Hiệu trưởng các trường ...; Phân hiệu BTVH; ...").
 */
function listEnd(text: string, folded: string, from: number): number {
  LIST_END.lastIndex = from;
  for (let m = LIST_END.exec(folded); m; m = LIST_END.exec(folded)) {
    if (m[0] === ';' && /^;\s*\p{Lu}/u.test(text.slice(m.index, m.index + 4))) continue;
    return m.index;
  }
  return folded.length;
}

/** How far into the text a news item states where its document went. */
const LEDE = 800;

export function proseAddressees(text: string, ctx: ReadingContext): Actor[] {
  const folded = fold(text.slice(0, LEDE));
  const m = SENT.exec(folded);
  if (!m) return [];
  const from = m.index + m[0].length;
  const to = listEnd(text, folded, from);
  // "các bộ, cơ quan ngang bộ (trừ Bộ Quốc phòng, Bộ Công an) và UBND ...": those set apart
  // in brackets are not sent to
  const list = text
    .slice(from, to)
    .replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length))
    .replace(/[\s,]+$/, '');
  if (!list) return [];
  const tokens = tokenize(list);
  const reader = new ActorReader(list, tokens, ctx.resolver.mentions(tokens), ctx);
  return reader.list(0, tokens.length, 'object') ?? [];
}
