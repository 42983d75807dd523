import { DOC_TYPES, typeOfSymbol } from './doc-types';
import { realDate } from './real-date';
import { findReferences } from './references';
import { fold } from './vietnamese-text';

/** The directive a news item or portal page conveys, read from its prose. */
export interface ProseDocument {
  docType: string | null;
  docNumber: string | null;
  issuedOn: string | null;
}

/** The document, and who the prose says issued it. */
export interface ProseReading {
  document: ProseDocument;
  /**
   * As written: the subject of "X (đã) ký gửi / ban hành / có Công văn ..." or the body after
   * "do" in "... Công văn số 168/CV-BNCTU do X ban hành"; the caller resolves it.
   */
  issuerText: string | null;
}

const TYPES = [
  'thong tu lien tich',
  'cong van',
  'cong dien',
  'nghi quyet',
  'thong tu',
  'chi thi',
  'ke hoach',
  'thong bao',
  'quyet dinh',
  'huong dan',
  'nghi dinh',
  // "Kết luận số 163-KL/TW" (a Party body's conclusions); only as a name with its number, for
  // "kết luận" is also what a leader concludes
  'ket luan',
  // "Nguồn: CV số 518/VPUBND-NC ngày 31/1/2018": a công văn by its abbreviation, with its number
  'cv',
  // "Văn bản số 252/TTrCP-C.IV": a symbol with no type code is a công văn (Nghị định 30/2020)
  'van ban',
  // "đã có điện khẩn gửi ...": a minister's telegram, named by its urgency
  'dien khan',
  // "đã có Điện chỉ đạo số 104 yêu cầu ...": a police director's telegram
  'dien chi dao',
];
/** Names that write another type's name: "văn bản số ..." is a công văn, "điện khẩn" a công điện. */
const SAME_TYPE: Record<string, string> = {
  'van ban': 'cong van',
  cv: 'cong van',
  'dien khan': 'cong dien',
  'dien chi dao': 'cong dien',
};
const SYMBOL = String.raw`\d+(?:\s*\/\s*\d{4})?\s*[/-]\s*[a-z][a-z0-9&]*(?:\s*[/-]\s*(?!\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4})[a-z0-9&]+(?:\.[a-z0-9]+)*)*`;
const FULL_DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})`;
const MENTION = new RegExp(
  // "Công điện hỏa tốc số 1677/CĐ-TTg", "Công văn khẩn số ...": the urgency before the number;
  // "Công văn của Văn phòng Bộ Tư pháp số 143/VP-TH": its author.
  String.raw`(?<![a-z])(${TYPES.join('|')})(?:\s+(?:hoa\s+toc|thuong\s+khan|khan|mat))?(?:\s+cua\s+[a-z ]{3,60}?(?=\s+so\s+\d+\s*[/-]))?(?:\s+so)?\s*:?\s*\(?(?:so\s+)?(${SYMBOL}|(?<=so\s+)\d+(?![\d/.]))?\)?(?:\s*(?:,?\s*ngay|[-–])\s+(?:${FULL_DATE}))?`,
  'g',
);
/** Words before a mention that make it the document itself: it was issued, or is the source. */
const ISSUED =
  /(?:ban\s+hanh|banh|phat\s+di|vua\s+ky|da\s+ky|ky|da\s+co|vua\s+co|co|(?<!sao\s)(?:ky\s+)?gui|(?:duoc\s+)?the\s+hien\s+(?:tai|trong)|theo\s+khoan\s+\d+\s+dieu\s+\d+|y\s+kien\s+chi\s+dao[^.;]{0,50}\stai)\s+(?:cac\s+)?$/;
/**
 * A source note names the document wherever it stands: "(Theo Công văn số ...)", "(Nguồn: Từ
 * Công văn số 1150/UBND-VP ngày 22/04/2021)", "(Nguồn công văn số 2983/UBND-VP - 22/09/2020)"; so does a
 * sentence opening on it: "Tại Công văn số 8405/BNV-TCBC, Bộ Nội vụ đã đôn đốc ...", also after
 * its date ("Ngày 16/11/2018, tại Quyết định số 989/QĐ-TTCP, Thanh tra Chính phủ đã ...").
 */
const SOURCE_NOTE =
  /(?:\(\s*theo|(?:\(|^|\n)\s*nguon\s*:?(?:\s+tu)?|gioi\s+thieu(?:\s+toan\s+van)?|xem\s+chi\s+tiet(?:\s+tai)?|xem\s+them|trich|(?:^|[.!?\n]\s*)(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,\s*)?tai)\s+(?:cac\s+)?$/;
/** "Đó là (nội dung) chỉ đạo của ... tại": the sentence, up to the mention it ends on. */
const THAT_IS_DIRECTION =
  /(?:^|[.!?\n]\s*)(?:do|day)\s+la\s+(?:noi\s+dung\s+)?(?:y\s+kien\s+)?chi\s+dao\s[^.!?\n]*$/;
/** A direction earlier in the same sentence ("... chỉ đạo, đôn đốc ..., tại Công văn số"). */
const DIRECTION_BEFORE =
  /(?:^|[.!?\n])[^.!?\n]*\s(?:chi\s+dao|yeu\s+cau|de\s+nghi|truyen\s+dat|don\s+doc|giao)\s[^.!?\n]*$/;
/** After the document, a body that asks: ", Chủ tịch UBND tỉnh yêu cầu ...". */
const ASKED_AFTER =
  /^\s*(?:,\s*(?:ban\s+hanh|ky)\s+ngay\s+[\d/.-]+\s*)?,\s*[^,.;!?\n]{3,60}?\s(?:da\s+)?(?:yeu\s+cau|chi\s+dao|de\s+nghi|giao)\s/;
/** Words of a reminder: what is still not done of an earlier document's work. */
const CHASE =
  /(?:tinh\s+den\s+(?:nay|thoi\s+diem)|den\s+nay|con\s+thieu|chua\s+gui|chua\s+ban\s+hanh|van\s+chua|con\s+\d+\s+(?:van\s+ban|don\s+vi|nhiem\s+vu)\s+chua)/;
/** A news item names its document in the lede; later mentions report other, past work. */
const LEDE = 600;
/**
 * Words before a mention that make it a document the text only cites, also with the article
 * cited in it ("Căn cứ Khoản 1 Điều 46, Nghị định số ...", "Thực hiện quy định tại Khoản 10
 * Điều 45 Nghị định số ..."), and a reply's ("Phúc đáp Công văn số ...").
 */
const CITED =
  /(?:thuc\s+hien|nhan\s+duoc|(?:de\s+nghi|quy\s+dinh|yeu\s+cau|huong\s+dan)[^.;]{0,40}\stai|can\s+cu|phuc\s+dap|tra\s+loi|thay\s+the|kem\s+theo|du\s+thao|theo|cua)(?:\s+(?:diem\s+[a-z0-9]+|khoan\s+\d+|dieu\s+\d+)\s*,?)*\s+(?:cac\s+)?$/;
/**
 * "Ngày 26/5/2020, ..." or "Ngày 21/ 5, ...": the date a sentence's event happened; a news
 * agency's tag may open the lede ("(BĐT) - Ngày 16/8/2021, ...", "CTTĐT - Ngày 6/8, ..."), and a purpose may come
 * first ("Để góp phần ..., ngày 18/3/2021, Uỷ ban nhân dân tỉnh đã ban hành ...").
 */
const SENTENCE_DATE =
  /(?:^|[.!?\n]\s*|,\s+)(?:\([^()\n]{1,20}\)\s*[-–]?\s*|[a-z0-9]{2,15}\s*[-–]\s*)?(?:[^.!?\n,]{1,20},\s*)?(?:(?:sang|chieu|toi|trua)(?:\s+(?:nay|qua|hom nay))?)?\s*ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*,?(?:[^.!?\n]|\.(?=\d))*$/;
/** "chiều hôm nay 18 tháng 8 năm 2016, Thủ tướng đã ký ...": a full date in the same sentence. */
const SENTENCE_FULL_DATE =
  /(?:ngay|hom nay)\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})[^.!?\n]*$/;

/**
 * The type, number and date of the document a news item quotes: "Ngày 26/5/2020, Bộ Tư pháp
 * đã ban hành Công văn số 1888/BTP-VP ...", "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)",
 * "Thủ tướng đã có Công điện yêu cầu ...", "Theo Khoản 2 Điều 9 Thông tư 06/2019/TT-BTP",
 * in the lede or in a source note. Documents the text only cites ("Thực hiện Văn bản số ...", "nhận được Công văn ...") are
 * not it. Null fields when the prose does not say.
 */
export function readProseDocument(text: string): ProseDocument {
  return readProse(text).document;
}

/** `readProseDocument` with the issuer's words beside the document. */
export function readProse(text: string): ProseReading {
  const folded = fold(text);
  const none: ProseDocument = { docType: null, docNumber: null, issuedOn: null };
  let best: { score: number; doc: ProseDocument; issuerText: string | null } | null = null;
  const found: { doc: ProseDocument; issuerText: string | null }[] = [];
  const cited: { end: number; type: string; m: RegExpMatchArray }[] = [];
  const preamble = (folded.match(/(?:^|\n)\s*(?:trang\s*\d+\s*)?can\s+cu\s/g) ?? []).length >= 2;
  for (const m of folded.matchAll(MENTION)) {
    const before = folded.slice(Math.max(0, m.index - 60), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const capital = /^\p{Lu}/u.test(text[m.index]);
    // "Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch": a body's name, not a document.
    if (/(?<![a-z])(?:bo|so|vu|phong|cuc|ban)\s+$/.test(before)) continue;
    if (m[1] === 'ket luan' && !(m[2] && /^\p{Lu}/u.test(text[m.index]))) continue;
    if (m[1] === 'cv' && !(m[2] && text.slice(m.index, m.index + 2) === 'CV')) continue;
    const lede = m.index < LEDE;
    let score = 0;
    // "Căn cứ Hướng dẫn 32/HD-VKSTC năm 2019 quy định ...": a page that quotes a regulation.
    // A run of "Căn cứ ..." lines is a document's preamble: its grounds are cited, never it.
    // (not the grounds of a reply to voters: "TRẢ LỜI:" then "Căn cứ Thông tư số 04/2020 ...")
    const quoted =
      lede &&
      !preamble &&
      /can\s+cu\s+$/.test(before) &&
      !/(?:^|\n)\s*(?:noi dung |y kien )?tra\s+loi\s*:?\s*\n\s*can\s+cu\s+$/.test(before) &&
      /^[^.;]{0,25}quy\s+dinh/.test(after);
    // "Quyết định số 832/QĐ-BTP về ban hành Kế hoạch ...": the subject of another document
    const subjectOfOther = /(?:^|\s)ve\s+(?:viec\s+)?(?:ban\s+hanh|phe\s+duyet)\s+$/.test(before);
    // "Đó là chỉ đạo của UBND tỉnh đối với ... tại Công văn số 4079/UBND-KT": the news
    // formula that names, after its addressees, the document the headline sums up
    const thatIsDirection =
      lede &&
      /\stai\s+$/.test(before) &&
      THAT_IS_DIRECTION.test(folded.slice(Math.max(0, m.index - 400), m.index));
    // "..., tại Văn bản số 1646/UBND-KTN, Chủ tịch UBND tỉnh yêu cầu ...": where the ask is made
    // ("Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố yêu cầu")
    const askedIn =
      lede &&
      /(?:,\s*tai|(?:^|[.!?\n]\s*)trong\s+noi\s+dung)\s+$/.test(before) &&
      ASKED_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 90));
    // "Căn cứ Thông tư số 04/2020/TT-BTP ... và Nghị định số 123/2015/NĐ-CP ...": cited alike
    const lastCited = cited.at(-1);
    const citedWith =
      !!lastCited &&
      /(?:\sva|,)\s+$/.test(before) &&
      !/[.;\n]/.test(folded.slice(lastCited.end, m.index));
    // "... truyền đạt ý kiến ... chỉ đạo ..., tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.":
    // the document the sentence's direction is given in
    const directedIn =
      lede &&
      /(?:^|,)\s*tai\s+$/.test(before) &&
      DIRECTION_BEFORE.test(folded.slice(Math.max(0, m.index - 300), m.index));
    // "Theo văn bản 2642/UBND-KT ngày 19/11/2010, Chủ tịch UBND tỉnh yêu cầu ...": the source
    // of the ask that opens the story
    const accordingTo =
      lede &&
      /(?:^|[.!?\n])\s*theo\s+$/.test(before) &&
      ASKED_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 90));
    if (subjectOfOther || citedWith) score -= 5;
    else if (
      SOURCE_NOTE.test(before) ||
      (lede && ISSUED.test(before)) ||
      quoted ||
      thatIsDirection ||
      askedIn ||
      directedIn ||
      accordingTo
    )
      score += 3;
    else if (CITED.test(before) || !lede) score -= 5;
    // A paragraph of a portal page that opens with the document: "Quyết định số 40/2019/QĐ-UBND
    // ngày 24/12/2019 UBND tỉnh ... ban hành ..." (what the page is about).
    // (not one that goes on a list of grounds, after a paragraph ending in ";": "Thực hiện
    // Chương trình số 03-Ctr/QU ...;" then "Kế hoạch số 48/KH-UBND ... của UBND phường ...,")
    else if (capital && m[2] && /(?:^|\n)\s*$/.test(before) && !/[;,]\s*\n\s*$/.test(before))
      score += 3;
    // "Công văn nêu rõ:", "Thông báo được gửi đến", "Hướng dẫn 32/HD-VKSTC ... quy định"
    if (capital && /^\s*(?:neu|duoc|quy\s+dinh|yeu\s+cau|chi\s+dao)/.test(after)) score += 2;
    // Only for a document named as one: "các chỉ thị, quy chế, quy định", "xem xét quyết định
    // theo đúng quy định" use the type's word as a common noun or a verb.
    if ((capital || m[2]) && /^[^.;]{0,20}(?:dinh\s+kem|quy\s+dinh)/.test(after)) score += 1;
    if (m.index < 120 && capital && /^\s*(?:ve\s+viec|v\/v)\s/.test(after))
      score += 2; // a headline
    // "Tổng cục THADS ban hành công văn chỉ đạo ..." as the headline: the document the page is
    // about, over those its story tells of ("Ngày 13/01/2023, Thủ tướng đã ký Quyết định ...")
    else if (!/\n/.test(folded.slice(0, m.index)) && ISSUED.test(before)) score += 2;
    // "Nghị quyết phiên họp Chính phủ thường kỳ tháng 8/2015" as the page's first line: the
    // headline names the document the page is about
    else if (capital && /^\s*$/.test(before) && m.index < 5 && !CITED.test(after)) score += 3;
    // "Bộ Tư pháp đã có Công văn số 86/BTP-KHTC ngày 19/3/2010 ... Tuy nhiên, tính đến nay
    // còn thiếu 23 đơn vị chưa gửi": the earlier document the text chases, not the text itself.
    const chased =
      /(?:^|\s)da\s+(?:ban\s+hanh|co|ky)\s+(?:cac\s+)?$/.test(before) &&
      !!(m[3] ?? m[6]) &&
      CHASE.test(folded.slice(m.index + m[0].length));
    if (chased) score -= 5;
    if (score <= 0) {
      if (m[2] && m[1] !== 'van ban') cited.push({ end: m.index + m[0].length, type: m[1], m });
      continue;
    }
    if (m[2]) score += 1;
    // "văn bản" is the document only where the text says it carries the direction ("ý kiến chỉ
    // đạo ... tại văn bản số 3091/UBND-TH") or is the source; a "văn bản" merely signed and
    // sent (hiephoi-tuyenquang) stays unnamed, as its labels have it; one written as a name,
    // "vừa có Văn bản số 1086/UBND-KTGS1 ngày 23/2/2021 gửi ...", is the document issued.
    const directsAt = /y\s+kien\s+chi\s+dao[^.;]{0,50}\stai\s+$/.test(before);
    // (and "Bộ GD-ĐT vừa có văn bản số 9415/BGDĐT-... gửi ...": just issued, with its number)
    const named =
      lede &&
      ISSUED.test(before) &&
      (capital || (!!m[2] && /(?:vua|da|moi)\s+(?:co|ky)\s+$/.test(before)));
    if (
      m[1] === 'van ban' &&
      (!m[2] ||
        !(directsAt || named || askedIn || directedIn || accordingTo || SOURCE_NOTE.test(before)))
    )
      continue;
    const type = DOC_TYPES.find((t) => t.folded === (SAME_TYPE[m[1]] ?? m[1]));
    const issuerText = issuerAround(text, folded, m.index, m.index + m[0].length);
    const doc: ProseDocument = {
      docType: type?.name ?? null,
      docNumber: m[2]
        ? text
            .slice(m.index + m[0].indexOf(m[2]), m.index + m[0].indexOf(m[2]) + m[2].length)
            .replace(/\s+/g, '')
        : null,
      issuedOn: mentionDate(m) ?? yearlessDate(text, after) ?? sentenceDate(text, folded, m.index),
    };
    // "Theo Thông tư số 28/2014/TT-BTNMT ngày 02/6/2014 ... quy định về ... . Thông tư đã quy
    // định ...": the type named alone right after the sentence that cites it with its number
    // is that document
    const backRef = cited.find(
      (c) => c.type === m[1] && /^[^.!?\n]*[.!?]\s*$/.test(folded.slice(c.end, m.index)),
    );
    if (!doc.docNumber && backRef && capital) {
      doc.docNumber = text
        .slice(
          backRef.m.index! + backRef.m[0].indexOf(backRef.m[2]),
          backRef.m.index! + backRef.m[0].indexOf(backRef.m[2]) + backRef.m[2].length,
        )
        .replace(/\s+/g, '');
      doc.issuedOn = mentionDate(backRef.m) ?? doc.issuedOn;
    }
    if (!best || score > best.score) best = { score, doc, issuerText };
    found.push({ doc, issuerText });
  }
  if (!best) {
    const own = ownSymbolNote(text, folded);
    return { document: own ?? none, issuerText: null };
  }
  // A headline names the document ("Thủ tướng ban hành Công điện yêu cầu ..."), the lede gives
  // its number and date ("đã ký gửi Công điện hỏa tốc số 1677/CĐ-TTg"): one document.
  const doc = { ...best.doc };
  let issuerText = best.issuerText;
  for (const { doc: other, issuerText: by } of found) {
    if (other.docType !== doc.docType) continue;
    if (doc.docNumber && other.docNumber && other.docNumber !== doc.docNumber) continue;
    doc.docNumber ??= other.docNumber;
    doc.issuedOn ??= other.issuedOn;
    issuerText ??= by;
  }
  return { document: doc, issuerText };
}

/**
 * "Về việc báo cáo tình hình ... (3585/VP-KTN, ngày 23/10/2017).": a portal's summary of a
 * letter gives its number and date in brackets after its subject, at the top; a symbol with no
 * type code is a công văn (Nghị định 30/2020).
 */
const OWN_SYMBOL = new RegExp(
  String.raw`^[^\n]{0,300}?\((?:so\s+)?(${SYMBOL})\s*,?\s*(?:ngay\s+)?(?:${FULL_DATE})\s*\)\s*\.?\s*(?:\n|$)`,
);

function ownSymbolNote(text: string, folded: string): ProseDocument | null {
  const m = OWN_SYMBOL.exec(folded.slice(0, 400));
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]);
  const number = text.slice(at, at + m[1].length).replace(/\s+/g, '');
  return {
    docType: typeOfSymbol(number)?.name ?? null,
    docNumber: number,
    issuedOn: realDate(Number(m[4] ?? m[7]), Number(m[3] ?? m[6]), Number(m[2] ?? m[5])),
  };
}

const ISSUING_VERB =
  /\s(?:da\s+|vua\s+)?(?:ky\s+ban\s+hanh|ky\s+gui|ban\s+hanh|ky|co|gui)\s+(?:cac\s+)?$/;
/** "do Ban Nội chính Tỉnh ủy ban hành", "của UBND tỉnh": who issued the mentioned document. */
const ISSUED_BY =
  /^[^.;:]{0,30}?\s(?:do|cua)\s+([^.;:,]{3,80}?)\s+(?:ban\s+hanh|ky|gui|phat\s+hanh)(?![a-z])/;

/** The issuer's words around a mention, as written (null when the prose does not say). */
function issuerAround(text: string, folded: string, start: number, end: number): string | null {
  const after = ISSUED_BY.exec(folded.slice(end, end + 140));
  if (after) {
    const from = end + after.index + after[0].indexOf(after[1]);
    return text.slice(from, from + after[1].length);
  }
  // The sentence before the verb: "Ngày 4/12/2021, Thủ tướng Chính phủ Phạm Minh Chính đã ký gửi"
  const lineStart = Math.max(
    folded.lastIndexOf('\n', start - 1),
    folded.lastIndexOf('. ', start - 1),
    start - 160,
    -1,
  );
  const before = folded.slice(lineStart + 1, start);
  const verb = ISSUING_VERB.exec(before);
  if (!verb) return null;
  let from = lineStart + 1;
  const comma = before.slice(0, verb.index).lastIndexOf(',');
  if (comma >= 0) from += comma + 1;
  const subject = text.slice(from, lineStart + 1 + verb.index).trim();
  return subject || null;
}

function mentionDate(m: RegExpMatchArray): string | null {
  const d = m[3] ?? m[6];
  if (!d) return null;
  return realDate(Number(m[5] ?? m[8]), Number(m[4] ?? m[7]), Number(d));
}

/** "Công văn số 4079/UBND-KT ngày 19/6": the mention's own date written without its year. */
function yearlessDate(text: string, after: string): string | null {
  const d = /^\s*,?\s*ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d|\d)/.exec(after);
  return d ? dayOfCitedYear(text, Number(d[2]), Number(d[1])) : null;
}

/** The date opening the sentence of a mention; a day and month take the text's latest year. */
function sentenceDate(text: string, folded: string, at: number): string | null {
  const before = folded.slice(Math.max(0, at - 160), at);
  const full = SENTENCE_FULL_DATE.exec(before);
  if (full) return realDate(Number(full[3]), Number(full[2]), Number(full[1]));
  const m = SENTENCE_DATE.exec(before);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (m[3]) return realDate(Number(m[3]), month, day);
  // "Ngày 21/ 5, UBND tỉnh ban hành ..." in a text that cites "Công văn số 3145/BKHĐT
  // ngày 15/5/2019": the year of the latest document it cites, which came before it.
  return dayOfCitedYear(text, month, day);
}

/**
 * A day and month the prose gives without a year: the year of the latest document the text
 * cites with its date, or the next when the day would fall before it. Any cited document
 * with its date counts, a report or a submission too ("Báo cáo số 552/BC-HĐND ngày 01/12/2017").
 */
function dayOfCitedYear(text: string, month: number, day: number): string | null {
  let latest: string | null = null;
  for (const r of findReferences(text)) {
    const x = new RegExp(FULL_DATE).exec(fold(r.text));
    const date = x
      ? realDate(Number(x[3] ?? x[6]), Number(x[2] ?? x[5]), Number(x[1] ?? x[4]))
      : null;
    if (date && (!latest || date > latest)) latest = date;
  }
  if (!latest) return null;
  const year = Number(latest.slice(0, 4));
  const same = realDate(year, month, day);
  return same && same < latest ? realDate(year + 1, month, day) : same;
}
