import { Clause, splitClauses } from './clauses';
import {
  DueContext,
  DuePhrase,
  RecurrencePhrase,
  findDuePhrases,
  findRecurrences,
} from './due-phrase';
import type { ItemParagraph } from './items';
import type { SourceSpan } from './mapped-text';
import { findReferences } from './references';
import { Actor, ClauseReader, Reading, ReadingContext } from './responsibility';
import { summarize } from './summary';
import { asDeadline } from './task-table';
import { foldTiers } from './tiers';
import { tokenize } from './tokens';
import { realDate } from './real-date';
import { fold } from './vietnamese-text';
import type { ParsedTask } from './types';

interface ParagraphReading {
  ip: ItemParagraph;
  /** Its place among the paragraphs (a 2,000-page paste must not look itself up). */
  index: number;
  readings: Reading[];
  dues: DuePhrase[];
  recurrences: RecurrencePhrase[];
  narrative: boolean;
  /** A numbered heading that only names bodies ("1. Sở Tài chính"): who does the items under it. */
  heading?: Actor[];
  /**
   * A task's fields by name, on lines of their own ("- Cơ quan chủ trì: Sở Tư pháp.") or inside
   * a paragraph ("... (cơ quan chủ trì: Sở Nội vụ; thời gian: Quý II/2024)").
   */
  fields?: TaskFields;
  /**
   * Bodies the paragraph lists after a colon ("chưa nhận được báo cáo của một số đơn vị: VKSND
   * tỉnh Lai Châu, VKSND tỉnh Điện Biên."), with where the list ends: "các đơn vị trên" later.
   */
  listed?: { actors: Actor[]; end: number };
}

interface TaskFields {
  leads: Actor[];
  partners: Actor[];
  /** The time field's value as a deadline, when it is one. */
  due: DuePhrase | null;
}

/** A clause range: paragraph `p`, characters `[start, end)` of its text. */
interface Range {
  p: number;
  start: number;
  end: number;
}

interface Draft {
  item: string | null;
  leads: Actor[];
  partners: Actor[];
  ranges: Range[];
  p: number;
  sentence: number;
  /** "X chủ trì": partners may join it from the same sentence. */
  shared: boolean;
  predicate: Range;
  /** The item's deadlines outside any task, for tasks that state none. */
  floating: { dues: DuePhrase[]; recs: RecurrencePhrase[] };
  /** The intro ("X ... các nội dung sau:") a bullet's task comes from. */
  parent?: Draft;
  /** An intro whose bullets became tasks of their own: not a task itself. */
  replaced?: boolean;
  /** The work a letter is about, told in the news of it: a task only when no other is. */
  summedUp?: boolean;
}

export interface TaskOptions {
  /** A news report rather than a directive: narrative paragraphs give no tasks. */
  article: boolean;
  numbered: boolean;
  due: Omit<DueContext, 'masked'>;
  /** No type and no number: with no task either, the text would be refused. */
  refusedOtherwise?: boolean;
}

/**
 * Turns labelled paragraphs into tasks. A task is a clause that names who must act (the
 * units before its verb, or after "Giao"/"Yêu cầu"); the clauses after it without units of
 * their own add to it, and the bullets under an intro that ends with ":" become a task of
 * the intro's units (one more for each bullet with a deadline of its own). Partners come
 * from "phối hợp với ..." and from "Y phối hợp" beside "X chủ trì". When no clause anywhere names a unit, each instruction paragraph is a task
 * with no lead, for a person to assign.
 */
export function assembleTasks(
  paragraphs: readonly ItemParagraph[],
  ctx: ReadingContext,
  options: TaskOptions,
): ParsedTask[] {
  const read = paragraphs.map((ip, i) =>
    readParagraph(ip, i, ctx, options, i === paragraphs.length - 1),
  );
  // A reply page: what a citizen or a firm asked, above the reply, asks no one of the issuer's.
  const reply = read.findIndex((pr) => REPLY_MARK.test(fold(pr.ip.paragraph.text).trim()));
  read.forEach((pr, i) => {
    const text = fold(pr.ip.paragraph.text);
    // (an answer that says by which day a body acts is that body's work: "Trả lời: Hội đồng
    // Bầu cử quốc gia ... công bố kết quả ... chậm nhất là ngày 12/6/2021")
    const datedAnswer = /^tra loi\s*:/.test(text) && pr.dues.some((x) => x.due);
    const question = QUESTION.test(text) && !datedAnswer;
    if (i < reply || question || (options.article && CAPTION.test(text))) pr.narrative = true;
  });
  // "1. Đối tượng" then "- Các cơ quan, đơn vị, địa phương ... tham gia thực hiện": the bullets
  // under a heading of scope say whom the document covers, not who must act.
  let scope = false;
  for (const pr of read) {
    const text = fold(pr.ip.paragraph.text.slice(pr.ip.textStart)).trim();
    const bullet = pr.ip.marker === 'bullet' || pr.ip.marker === 'letter';
    if (SCOPE_HEADING.test(text)) scope = true;
    else if (scope && bullet) pr.narrative = true;
    else scope = false;
  }
  // "I. MỤC ĐÍCH, YÊU CẦU" then "1. Mục đích": what a plan aims at, whoever it names; the work
  // is in the sections after it (and "2. Yêu cầu: Các sở, ngành ... cần ..." may ask already).
  let purposes: string | null = null;
  for (const pr of read) {
    const { marker, item } = pr.ip;
    const heading = fold(pr.ip.paragraph.text.slice(pr.ip.textStart)).trim();
    const inside = !!purposes && !!item && (item === purposes || item.startsWith(`${purposes}.`));
    if (PURPOSE_HEADING.test(heading) && (marker === 'section' || marker === 'number'))
      purposes = item;
    else if (marker === 'section' || (inside && REQUIREMENTS_HEADING.test(heading)))
      purposes = null;
    else if (inside) pr.narrative = true;
  }
  // Before the first item only an intro that hands the items over counts ("Chủ tịch UBND tỉnh
  // yêu cầu Giám đốc các sở ... với các nội dung sau:"); the rest of a preamble is context.
  // "... đề nghị các sở ... tổ chức trực và báo cáo." then "Nội dung như sau:" alone: the same
  // hand-over as an intro ending with ":".
  const endsIntro = (pr: ParagraphReading) =>
    /:\s*$/.test(pr.ip.paragraph.text) ||
    AS_FOLLOWS.test(fold(read[pr.index + 1]?.ip.paragraph.text ?? '').trim());
  // "UBND tỉnh vừa ban hành văn bản yêu cầu các cơ quan ... cụ thể như sau:": the news of the
  // document is past, what it asks is not, and its items follow.
  const handsOver = (pr: ParagraphReading) =>
    endsIntro(pr) &&
    !pr.readings[0]?.narrativeOpener &&
    !pr.readings.some((r) => r.past && !r.speech) &&
    pr.readings.some((r) => r.subject && !r.past && !r.speech);
  const announcesItems = (pr: ParagraphReading) =>
    AS_FOLLOWS.test(fold(pr.ip.paragraph.text).trim());
  const eligible = (pr: ParagraphReading) =>
    !pr.narrative &&
    (!options.numbered ||
      pr.ip.item !== null ||
      pr.ip.closing ||
      handsOver(pr) ||
      announcesItems(pr));
  const namesUnits = read.some(
    (pr) => eligible(pr) && pr.readings.some((r) => r.subject && !r.past && !r.speech),
  );

  const drafts: Draft[] = [];
  let previous: Draft[] = [];
  /** The task whose deadlines the paragraphs right after it are giving, one a paragraph. */
  let deadlinesOf: Draft | null = null;
  let intro: Draft | null = null;
  /** An intro before numbered items: items that name no unit of their own are its tasks. */
  let listIntro: Draft | null = null;
  /** A section heading that names who acts: its items that name no one are its tasks. */
  let sectionIntro: Draft | null = null;
  /** A numbered heading that only names bodies: its sub-items that name no one are theirs. */
  let headingIntro: Draft | null = null;
  /** The decision's article the items read now stand under ("Điều 2"). */
  let article: string | null = null;
  // A line that reads as nothing, no unit, no instruction, no date due (a portal's "Thứ năm
  // 27/1/2022", a body's name over the headline), neither belongs to a preamble nor breaks
  // the hand-over of the intro it stands above.
  // So does a news item's headline under such a line: its body states the same work.
  const inert = (pr: ParagraphReading) =>
    !pr.dues.length &&
    (!pr.readings.some((r) => r.subject || r.instruction) ||
      (options.article && pr.index < 3 && isHeadlineParagraph(pr.ip.paragraph.text)));
  for (const all of groups(read, options.numbered)) {
    // A preamble's context before its hand-over ("Bộ ... đã giao cho Tổng cục xây dựng dự
    // thảo." then "Tổng cục đề nghị Quý Cơ quan cho ý kiến ... gồm:") does not void the intro.
    const preamble = options.numbered && all[0].ip.item === null && !all[0].ip.closing;
    const group = all.filter((pr) => eligible(pr) || (!preamble && !inert(pr)));
    if (!group.length || !group.every(eligible)) {
      previous = [];
      intro = null;
      continue;
    }
    if (group[0].ip.item?.startsWith('Điều')) article = group[0].ip.item;
    const item = new ItemTasks(group[0].ip.item);
    // "1. Sở Thông tin và Truyền thông" then "- Chủ trì ...", "- Tổng hợp ...": the heading's
    // bodies do what the paragraphs under it say, when those name no one of their own
    const head = group[0].heading ? headingDraft(group[0]) : null;
    if (head) headingIntro = head;
    for (const pr of group) {
      const p = pr.index;
      const bullet = pr.ip.marker === 'bullet' || pr.ip.marker === 'letter';
      if (!bullet) intro = null;
      const underHead = head && pr !== group[0] ? head : null;
      item.paragraph(bullet ? (intro ?? underHead) : underHead, pr.dues.length > 0);
      for (const r of pr.readings) item.take(r, p);
      if (!bullet && item.current && /:\s*$/.test(pr.ip.paragraph.text)) intro = item.current;
    }
    // An item that names no unit: more of the previous task, or a task for a person to assign.
    // A paragraph of no units that only says until when, right after a task that said not
    // ("Mọi sự đóng góp ... xin gửi đến ... (chậm nhất là ngày 25/10/2010)"), is its deadline.
    const last = previous.at(-1);
    const p0 = group[0].index;
    // So is each of a run of such paragraphs ("Báo cáo nhanh gửi trước 14h00 ngày 13/02/2021."
    // then "Báo cáo đầy đủ gửi trước 8h00 ngày 16/02/2021."): one task per deadline follows.
    const dated = !options.numbered && !item.made.length && group[0].dues.some((x) => x.due);
    const run = deadlinesOf as Draft | null;
    // "(Có đề cương chi tiết gửi kèm)" between the ask and its deadline is a note, not a break
    let before = p0 - 1;
    while (before > 0 && NOTE.test(read[before].ip.paragraph.text)) before--;
    const deadlineOfLast: boolean =
      dated &&
      !!last?.leads.length &&
      ((last.ranges.every((r) => r.p === before) && !hasOwnDue(last, read)) ||
        (run === last && last.ranges.at(-1)!.p === before));
    deadlinesOf = deadlineOfLast ? last! : null;

    // "2. Báo cáo UBND tỉnh ..." then "b) Thời gian báo cáo: Trước 09 giờ 00, các ngày ...": a
    // sub-item that only says until when gives its deadlines to its item's task.
    const parent =
      options.numbered && !item.made.length && !deadlineOfLast && group[0].dues.some((x) => x.due)
        ? parentTask(drafts, group[0].ip.item)
        : null;
    if (deadlineOfLast)
      last!.ranges.push({ p: p0, start: 0, end: group[0].ip.paragraph.text.length });
    else if (parent)
      parent.ranges.push({ p: p0, start: 0, end: group[0].ip.paragraph.text.length });
    else if (!item.made.length && item.instruction) {
      const continues = !options.numbered && group[0].readings[0]?.continuation;
      if (continues && last?.leads.length) last.ranges.push(...item.loose);
      else if (sectionIntro && group[0].ip.item?.startsWith(`${sectionIntro.item}.`))
        item.fromIntro(sectionIntro);
      else if (headingIntro && underHeading(headingIntro, group[0].ip.item, article))
        item.fromIntro(headingIntro);
      else if (listIntro) item.fromIntro(listIntro);
      // an item that names no one but says until when (a numbered point of a letter to its
      // addressees) stays, for a person to assign, beside items that do name units
      else if (
        !namesUnits ||
        (options.numbered &&
          group[0].ip.item !== null &&
          group.some((pr) => pr.dues.some((x) => x.due)))
      )
        item.unassigned();
    } else if (
      listIntro &&
      options.numbered &&
      group[0].ip.item !== null &&
      item.instruction?.p === group[0].index &&
      // a sentence, not a heading ("I. ĐÁNH GIÁ TÌNH HÌNH")
      /[.;]\s*$/.test(group[0].ip.paragraph.text) &&
      !item.made.some((d) => d.p === group[0].index)
    ) {
      // "2. Báo cáo kết quả ..." then "Báo cáo của các Bộ ... gửi về Bộ Tài chính trước ngày
      // 15/7/2022": the item's own work is still the intro's units', beside the task after it
      item.fromIntro(listIntro);
      item.made.sort((a, b) => a.p - b.p);
    }
    // "1. Tổ chức hội nghị ..." then "- Cơ quan chủ trì: Sở Tư pháp.", "- Cơ quan phối hợp:
    // ...", "- Thời gian hoàn thành: ...": the item's work, done by the bodies its fields name
    const fieldLeads = group.flatMap((pr) => pr.fields?.leads ?? []);
    if (fieldLeads.length) {
      const fieldPartners = group.flatMap((pr) => pr.fields?.partners ?? []);
      if (!item.made.length) item.ofFields(group);
      for (const d of item.made)
        if (!d.leads.length) {
          d.leads = [...fieldLeads];
          addActors(d.partners, fieldPartners);
        }
    }
    // "II. SỞ Y TẾ THỰC HIỆN CHẾ ĐỘ BÁO CÁO" over items that name no one: they are its.
    if (group[0].ip.marker === 'section') sectionIntro = item.made.at(-1) ?? null;
    const lastP = [...group].reverse().find((pr) => !announcesItems(pr)) ?? group.at(-1)!;
    if (options.numbered && lastP.ip.item === null && item.made.length && handsOver(lastP))
      listIntro = item.made.at(-1)!;
    // Items that name the intro's units themselves make the intro a heading, not a task.
    else if (
      listIntro &&
      item.made.some((d) => d !== listIntro && sameActors(d.leads, listIntro!.leads))
    )
      listIntro.replaced = true;
    // Deadlines inside a task's clauses are its own; the item's others go to tasks without.
    const outside = <T extends SourceSpan>(list: (pr: ParagraphReading) => T[]) =>
      group.flatMap((pr) =>
        list(pr).filter((x) => !item.made.some((t) => inRanges(t.ranges, pr.index, x))),
      );
    const floating = { dues: outside((pr) => pr.dues), recs: outside((pr) => pr.recurrences) };
    for (const d of item.made) d.floating = floating;
    drafts.push(...item.made);
    if (item.made.length) previous = item.made;
  }
  // Someone asks something of no body the reader could name ("... đề nghị các đồng chí Giám
  // đốc quan tâm ..."): the ask is a task for a person to assign, not a reason to refuse.
  if (!drafts.length) drafts.push(...unnamedAsks(read, eligible));
  // Whatever defeated the readings (a list of a thousand names, a copy in pieces), a paragraph
  // that hands work over ("Yêu cầu ...", "Giao ...") or says until when work is due is an
  // instruction: in a text that would be refused, a task for a person to assign instead.
  if (!drafts.length && options.refusedOtherwise) drafts.push(...lastResortAsks(read, eligible));
  // "Các cơ quan, đơn vị sau đây chịu trách nhiệm ...:": the items name them, one by one.
  const forward = (d: Draft) =>
    d.leads.length > 0 && d.leads.every((a) => /\s(?:sau|dưới)\s+đây$/iu.test(a.name));
  deadlinesAfterNotes(drafts, read);
  const told = drafts.some((d) => !d.summedUp && !d.replaced);
  const kept = dropRestatements(
    drafts.filter(
      (d) =>
        !d.replaced && !(d.summedUp && told) && !(forward(d) && drafts.some((o) => !forward(o))),
    ),
    read,
    options.article,
  );
  keepChasedDeadline(kept, read);
  for (const d of kept) namedAbove(d, read, ctx.addressees ?? []);
  // "... yêu cầu Chủ tịch UBND các huyện triển khai một số nhiệm vụ:" where the copy ends: the
  // work is in the items the copy cut, so the intro names none
  const last = read.length - 1;
  const predicate = (d: Draft) =>
    fold(read[d.predicate.p].ip.paragraph.text.slice(d.predicate.start, d.predicate.end)).trim();
  const cutIntro = (d: Draft) =>
    d.ranges.every((r) => r.p === last) &&
    /:\s*$/.test(read[last].ip.paragraph.text) &&
    ITEMS_FOLLOW.test(predicate(d));
  // "... hướng dẫn các Sở GDĐT một số nội dung sau:" over items that name no work of theirs:
  // the intro hands over content, not a task
  const contentOnly = (d: Draft) => CONTENT_ONLY.test(predicate(d));
  const tasks = kept
    .filter((d) => !cutIntro(d) && !contentOnly(d))
    .flatMap((d) =>
      splitByDeadline(d, read).map((x) => ({ task: toTask(x, read), text: textOf(x, read) })),
    );
  // A paragraph a page gives twice is one task, not two a clerk would enter.
  const seen = new Set<string>();
  const once = tasks.filter(({ task }) => {
    const key = JSON.stringify([
      task.item,
      task.lead_units,
      task.coordinating_units,
      task.due,
      task.due_phrase,
      task.summary,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return foldTiers(once, ctx.resolver);
}

/** "triển khai đồng bộ, có hiệu quả một số nhiệm vụ:": work named only by the items after it. */
const ITEMS_FOLLOW =
  /(?:mot so|cac|nhung)\s+(?:nhiem vu|noi dung|cong viec|giai phap|bien phap|yeu cau)(?:\s+(?:trong tam|chu yeu|cu the|sau day|sau|nhu sau|sau day:?))*\s*:?$/;

const CONTENT_ONLY =
  /^(?:mot so|cac|nhung)\s+(?:noi dung|van de)(?:\s+(?:sau day|sau|nhu sau|cu the nhu sau))*\s*:?$/;

/** Words of a reminder: work an earlier document asked for is still not done. */
const STILL_NOT_DONE =
  /(?:van\s+chua|van\s+con\s+(?:nhieu|\d+)|chua\s+(?:nhan\s+duoc|nop|gui|thuc\s+hien|hoan\s+thanh|bao\s+cao|cung\s+cap))/;
/** "đến ngày 02/01/2019 vẫn còn nhiều đơn vị chưa ...": the day things stood, no deadline. */
const STATUS_AFTER = /^[^.;]{0,80}(?:van\s+chua|van\s+con|chua\s)/;

/**
 * A reminder ("Đến ngày 4.1, Sở vẫn chưa nhận được báo cáo ... Trước đó, ... đề nghị chậm nhất
 * ngày 25.12.2017 phải báo cáo ...", then "UBND các huyện cần khẩn trương nộp báo cáo") asks
 * again for work whose deadline the earlier document set: its asks that state no deadline of
 * their own keep that one, when the text narrates exactly one.
 */
function keepChasedDeadline(drafts: Draft[], read: ParagraphReading[]): void {
  if (!read.some((pr) => STILL_NOT_DONE.test(fold(pr.ip.paragraph.text)))) return;
  const due = (d: Draft) =>
    inherited(
      d,
      read,
      (pr) => pr.dues,
      (x) => x.floating.dues,
    );
  const dueless = drafts.filter((d) => !due(d));
  if (!dueless.length) return;
  const firstAsk = Math.min(...dueless.map((d) => d.p));
  const narrated = read
    .slice(0, firstAsk)
    .flatMap((pr, p) =>
      pr.dues
        .filter((x) => x.due && !drafts.some((d) => inRanges(d.ranges, p, x)))
        .filter((x) => !STATUS_AFTER.test(fold(pr.ip.paragraph.text.slice(x.end)))),
    );
  if (new Set(narrated.map((x) => x.due)).size !== 1) return;
  for (const d of dueless) d.floating = { ...d.floating, dues: [narrated[0]] };
}

function textOf(d: Draft, read: ParagraphReading[]): string {
  return d.ranges.map((r) => read[r.p].ip.paragraph.text.slice(r.start, r.end)).join(' ');
}

/**
 * A news page's photo caption ("Bộ KH&ĐT tiếp tục có công văn gửi ... . Ảnh chỉ mang tính minh
 * họa. Nguồn Internet", "... (Ảnh: TTXVN)") tells what the lede tells; it asks nothing.
 */
const CAPTION =
  /(?:^|[.(]\s*)anh\s*(?::|minh\s+hoa|chi\s+mang\s+tinh\s+minh\s+hoa)|\(\s*anh\s*:[^)]*\)\s*\.?\s*$/;

/** "Đối tượng", "Phạm vi điều chỉnh", "Đối tượng áp dụng", "Thành phần tham dự:" as a heading. */
const SCOPE_HEADING =
  /^(?:doi tuong(?: ap dung| giam sat| danh gia)?|pham vi(?: dieu chinh| ap dung)?|thanh phan(?: tham du| tham gia)?)\s*:?$/;

/** A paragraph that is only a note in brackets: "(Có đề cương chi tiết gửi kèm)". */
const NOTE = /^\s*\([^()]{0,120}\)\s*\.?\s*$/;
/** A deadline stated inside the task's own clauses. */
function hasOwnDue(d: Draft, read: ParagraphReading[]): boolean {
  return d.ranges.some((r) => read[r.p].dues.some((x) => inRange(r, x)));
}

/** "các đơn vị trên", "4 bộ, ngành nêu trên", "các địa phương nói trên": bodies named above. */
const NAMED_ABOVE =
  /^(?:(?:uy ban nhan dan|ubnd)\s+)?(?:(?:cac|nhung|\d+)\s+)?(?:(?:don vi|dia phuong|co quan|bo|nganh|so|tinh|huyen|xa|to chuc|doanh nghiep)(?:,\s*|\s+))+(?:duoc\s+)?(?:(?:neu|noi|ke)\s+)?(?:ten\s+)?(?:o\s+)?tren$/;

/** The last list of bodies after a colon, up to the end of its sentence. */
function listedAfterColon(text: string, reader: ClauseReader): ParagraphReading['listed'] | null {
  // (lastIndexOf from -1 looks at 0 again, so the colon at 0 is the last one read)
  let colon = text.lastIndexOf(':');
  for (; colon >= 0; colon = colon > 0 ? text.lastIndexOf(':', colon - 1) : -1) {
    const stop = text.slice(colon + 1).search(/\.(?:\s|$)/);
    const end = stop < 0 ? text.length : colon + 1 + stop;
    const actors = end - colon < 400 ? reader.headingUnits(colon + 1, end) : null;
    if (actors && actors.length > 1) return { actors, end };
  }
  return null;
}

/**
 * "Đề nghị các đơn vị trên khẩn trương gửi báo cáo": the bodies listed above the ask, in its
 * paragraph or the nearest one before it, are the ones asked; else the letter's addressees.
 */
function namedAbove(d: Draft, read: ParagraphReading[], addressees: readonly Actor[]): void {
  if (!d.leads.length || !NAMED_ABOVE.test(fold(d.leads.map((a) => a.name).join(', ')))) return;
  const start = d.predicate.p === d.p ? d.predicate.start : Infinity;
  for (let p = d.p; p >= 0 && p >= d.p - 3; p--) {
    const l = read[p].listed;
    if (l && (p < d.p || l.end <= start)) {
      d.leads = l.actors;
      return;
    }
  }
  // "Đề nghị các cơ quan nêu trên ..." in a letter: those under "Kính gửi:" (or "điện:"); "Ủy
  // ban nhân dân các tỉnh nêu trên": those of them that are provinces' (or ministries')
  if (!addressees.length) return;
  const kind = /(?:^|\s)(?:cac\s+)?(tinh|bo|so)(?:\s|,)/.exec(fold(d.leads[0].name))?.[1];
  const ofKind = (a: Actor) =>
    kind === 'tinh'
      ? /\s(?:tinh|thanh pho)\s/.test(` ${fold(a.name)} `)
      : fold(a.name).startsWith(`${kind} `);
  const picked = kind ? addressees.filter(ofKind) : [];
  d.leads = [...(picked.length ? picked : addressees)];
}

/**
 * "Thời gian gửi hồ sơ ...", "Thời hạn nộp báo cáo: ...", "Văn bản góp ý ... gửi về ... trước
 * ngày ...": a paragraph that says until when the work asked is sent.
 */
const DEADLINE_OPENER =
  /^\s*(?:thoi gian|thoi han|han chot|han cuoi|(?:van ban|y kien|bao cao|ho so|ket qua|danh sach|de xuat)\b[^.;:]{0,60}\bgui\b|cu the,?\s+(?:cham nhat|truoc ngay|den ngay))/;

/**
 * "Thời gian gửi hồ sơ về Bộ ... trước ngày 30/3/2014.", "Văn bản góp ý ... gửi về ... trước
 * ngày 20/11/2022." a few notes after the ask ("Lưu ý, ...", "Hồ sơ gồm: (1) ...; (2) ..."): the
 * deadline of the work asked, when the ask stated none. The paragraph's own reading of the
 * same units sending it, if it made one, is that ask's deadline, not a task of its own.
 */
function deadlinesAfterNotes(drafts: Draft[], read: ParagraphReading[]): void {
  const ownDue = (d: Draft) => hasOwnDue(d, read);
  for (const pr of read) {
    const text = pr.ip.paragraph.text;
    if (!pr.dues.some((x) => x.due) || !DEADLINE_OPENER.test(fold(text.slice(pr.ip.textStart))))
      continue;
    // "Cụ thể, chậm nhất ngày 8/6/2020, các tờ trình ... phải gửi về ... . Chậm nhất đến ngày
    // 10/6/2020, các báo cáo của UBND tỉnh ...": the first sentence is the deadline, the next
    // may be work of its own
    const end = firstSentenceEnd(text, pr.ip.textStart);
    const first = pr.dues.some((x) => x.due && x.start < end) ? end : text.length;
    const here = drafts.filter(
      (d) => !d.replaced && d.ranges.some((r) => r.p === pr.index && r.start < first),
    );
    const ask = drafts
      .filter((d) => d.p < pr.index && d.leads.length && !ownDue(d) && !here.includes(d))
      .at(-1);
    if (!ask || !here.every((d) => d.p === pr.index && sameActors(d.leads, ask.leads))) continue;
    if (drafts.some((d) => d.p > ask.p && d.p < pr.index && !d.replaced)) continue;
    if (!notesBetween(read, Math.max(...ask.ranges.map((r) => r.p)), pr.index)) continue;
    ask.ranges.push({ p: pr.index, start: 0, end: first });
    ask.replaced = false;
    for (const d of here) d.replaced = true;
  }
}

/** Where the first sentence of `text` from `from` ends (past its full stop), or the end. */
function firstSentenceEnd(text: string, from: number): number {
  const m = /[.!?](?=\s+\p{Lu})/u.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}

/**
 * Up to four paragraphs between an ask and the deadline that follows it, that neither name a
 * body nor say until when: notes on the same work ("Lưu ý, ...", "Hồ sơ gồm ...").
 */
function notesBetween(read: ParagraphReading[], ask: number, deadline: number): boolean {
  const between = read.slice(ask + 1, deadline);
  return (
    between.length <= 4 &&
    between.every((pr) => !pr.dues.length && !pr.readings.some((r) => r.subject))
  );
}

/** "Thời hạn nhận tác phẩm ...", "Thời gian nộp hồ sơ ...": until when entries are taken. */
const ENTRIES_CLOSE =
  /(?:thoi\s+han|thoi\s+gian)\s+(?:nhan|nop|tiep\s+nhan|gui)(?![a-z])[^.;\n]{0,80}$/;

const HANDS_OVER = /^(?:giao(?: cho)?|yeu cau|de nghi|chi dao|uy quyen cho)\s+\S/;

/** Paragraphs that hand work over or set a deadline for it, as tasks with no lead. */
function lastResortAsks(
  read: ParagraphReading[],
  eligible: (pr: ParagraphReading) => boolean,
): Draft[] {
  const out: Draft[] = [];
  read.forEach((pr, p) => {
    if (!eligible(pr) || pr.narrative) return;
    const text = pr.ip.paragraph.text;
    const start = pr.ip.textStart;
    const opening = fold(text.slice(start, start + 40)).trim();
    // ("Thời hạn nhận tác phẩm sẽ kết thúc vào ngày 30/11/2017": when entries close is the
    // entrants' deadline, though the sentence asks no one by name)
    const closes = pr.dues.find(
      (x) => x.due && ENTRIES_CLOSE.test(fold(text.slice(Math.max(0, x.start - 90), x.start))),
    );
    const instructs = pr.dues.some((x) => x.due) && pr.readings.some((r) => r.instruction);
    const handsOver = HANDS_OVER.test(opening);
    if (!handsOver && !instructs && !closes) return;
    // (entries closing: that clause only, not the judging "trong tháng 12" after it)
    const clauseEnd =
      closes && !instructs && !handsOver ? text.slice(closes.end).search(/[,.;]/) : -1;
    const end = closes && clauseEnd >= 0 ? closes.end + clauseEnd : text.length;
    const range = { p, start, end };
    out.push({
      item: pr.ip.item,
      leads: [],
      partners: [],
      ranges: [range],
      p,
      sentence: 0,
      shared: false,
      predicate: range,
      floating: { dues: [], recs: [] },
    });
  });
  return out;
}

/** The asks of a text that names no body to act: tasks with no lead, one a paragraph. */
function unnamedAsks(
  read: ParagraphReading[],
  eligible: (pr: ParagraphReading) => boolean,
): Draft[] {
  const out: Draft[] = [];
  read.forEach((pr, p) => {
    if (!eligible(pr) || pr.narrative) return;
    const ask = pr.readings.find((r) => r.speech && !r.past && !r.statement);
    if (!ask) return;
    const rest = pr.readings.filter((r) => r.sentence === ask.sentence && r.start >= ask.start);
    const end = Math.max(...rest.map((r) => r.end));
    out.push({
      item: pr.ip.item,
      leads: [],
      partners: [],
      ranges: [{ p, start: ask.start, end }],
      p,
      sentence: ask.sentence,
      shared: false,
      predicate: { p, start: ask.end, end },
      floating: { dues: [], recs: [] },
    });
  });
  return out;
}

/** "Trả lời:", "THÔNG TIN PHẢN HỒI": the reply starts here; what is above is the question. */
/** A paragraph that only announces the items: "Nội dung như sau:", "Cụ thể như sau:". */
const AS_FOLLOWS =
  /^(?:(?:noi dung|cu the|yeu cau|cac noi dung)\s+)?(?:nhu sau|sau day|cu the nhu sau)\s*:$/;
/**
 * A section of what a document aims at or answers to, not what it asks: "I. MỤC ĐÍCH, YÊU CẦU",
 * "1. Mục đích", a submission's "I. SỰ CẦN THIẾT", "TÌNH HÌNH CHUNG", "QUAN ĐIỂM CHỈ ĐẠO".
 */
const PURPOSE_HEADING =
  /^(?:muc\s+dich|su\s+can\s+thiet|tinh\s+hinh(?:\s+chung)?|quan\s+diem(?:\s+chi\s+dao)?)\b[^.;:]{0,60}:?$/;
const REQUIREMENTS_HEADING = /^yeu cau\b/;

/** "Ngày 5/3/2026:" opening a timeline's entry (its day as written in group 1). */
const TIMELINE_ENTRY = /^\s*((?:Ngày|ngày)\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))\s*:\s*/u;

/** "Trường hợp ... thì", "Nếu ... thì": a condition up to its "thì". */
const CONDITION_CLAUSE =
  /(?<![\p{L}])(?:Trường hợp|trường hợp|Nếu|nếu)\s[^.;:!?]{1,200}?\sthì(?![\p{L}])/gu;

const REPLY_MARK = /^(?:tra loi|thong tin phan hoi|noi dung tra loi|y kien tra loi)\s*:?$/;
/**
 * "Trả lời đề nghị của ông X ...: Đề nghị UBND tỉnh ...", "Câu hỏi: ...": the question; "Trả
 * lời: Trường hợp này Tòa án áp dụng ...": a guidance's answer, how the law reads.
 */
const QUESTION =
  /^(?:(?:\d+[.)]\s*)?(?:tra loi (?:de nghi|kien nghi|phan anh|cau hoi|y kien)|cau hoi\s*:|tra loi\s*:\s*\S|noi dung (?:kien nghi|cau hoi|phan anh)\s*:))/;

/**
 * "triển khai thực hiện", "thực hiện tốt hướng dẫn này", "biết, thực hiện". A decision's
 * executing article ("chịu trách nhiệm thi hành Quyết định này") is a standing task, kept.
 */
const CARRY_OUT =
  /^(?:quan tam\s+)?(?:phoi hop\s+)?(?:nghiem tuc\s+)?(?:to chuc quan triet(?:,| va)\s+)?(?:trien khai thuc hien|to chuc thuc hien|thuc hien(?: tot)?|biet,? thuc hien|biet)(?:\s+(?:(?:cac\s+)?noi dung\s+(?:(?:trong|cua|tai)\s+)?)?(?:quyet dinh|ke hoach|huong dan|chi thi|cong van|thong bao|noi dung|van ban)(?:\s+nay)?)?(?:\s+(?:nghiem tuc|co hieu qua|kip thoi))?(?:\s*(?:[,.;]|\.\/\.|$)|, gui bao cao dam bao)/;

/**
 * "VKSND tỉnh ... xây dựng Kế hoạch như sau:", "Văn phòng Chính phủ trình Chính phủ dự thảo Nghị
 * định ... như sau:": the issuer making (or submitting) the document itself.
 */
const ISSUES_ITSELF =
  /^(?:(?:xay dung|ban hanh)\s+(?:ke hoach|chuong trinh|huong dan|quy che|thong bao)|trinh\s[^.;]{0,40}?\bdu thao)\b[^.;]{0,160}?\b(?:nhu sau|nay)\s*[:.]?$/;

/** "Công điện yêu cầu ...", "Văn bản nêu rõ ...": a document named before, speaking. */
const DOCUMENT_SPEAKS =
  /(?:^|[.!?]\s+)(?:cong dien|cong van|van ban|chi thi|ke hoach|thong bao|quyet dinh)(?:\s+(?:nay|tren))?\s+(?:yeu cau|de nghi|chi dao|giao|neu ro)\s/;

/**
 * "Bộ GD&ĐT vừa ban hành văn bản hướng dẫn ... . Theo đó, các sở phải ...": what the document
 * named before says, in the same paragraph.
 */
const DOCUMENT_GOES_ON =
  /\b(?:cong dien|cong van|van ban|chi thi|ke hoach|thong bao|quyet dinh|huong dan)\b[^.!?]*[.!?]\s+(?:theo do|cu the)\s*,/;

/** A paragraph that follows from one before it ("Cụ thể, ...", "Theo đó, ..."). */
const GOES_ON = /^\W*(?:cu the|theo do)\s*,/;

const ANNOUNCES =
  /(?:da|vua)\s+(?:co|ky(?:\s+ban hanh|\s+gui)?|ban hanh|gui)\s+(?:cac\s+)?(?:cong dien|cong van|chi thi|nghi quyet|quyet dinh|thong bao|ke hoach|van ban)(?:\s+khan)?(?:\s+so\s+\S+)?\s+(?:yeu cau|de nghi|chi dao|giao|uy quyen cho|gui\s)/;

/** The bodies of a numbered heading as an intro, never a task itself. */
function headingDraft(pr: ParagraphReading): Draft {
  const range = { p: pr.index, start: pr.ip.textStart, end: pr.ip.paragraph.text.length };
  return {
    item: pr.ip.item,
    leads: [...(pr.heading ?? [])],
    partners: [],
    ranges: [range],
    p: pr.index,
    sentence: 0,
    shared: false,
    predicate: range,
    floating: { dues: [], recs: [] },
    replaced: true,
  };
}

/**
 * Tasks a clerk would not enter twice: a closing formula to carry out the document ("Điều 3.
 * ... chịu trách nhiệm thi hành Quyết định này", "đề nghị các đơn vị thực hiện tốt hướng dẫn
 * này") when the text assigns other work; in a news item, a lede whose units a later task
 * names again (the body states the assignment in full).
 */
/**
 * An item under a heading's bodies: its sub-item ("2.1" under "2"), or a point numbered on its
 * own under a decision's article ("1." under "Điều 2. Nhiệm vụ của Tổ công tác").
 */
function underHeading(head: Draft, item: string | null, article: string | null): boolean {
  if (!item || !head.item) return false;
  if (item.startsWith(`${head.item}.`)) return true;
  return head.item === article && /^\d+$/.test(item);
}

/** The last task of the item above a sub-item ("2" for "2.b") that has units, if any. */
function parentTask(drafts: Draft[], item: string | null): Draft | null {
  const dot = item?.lastIndexOf('.') ?? -1;
  if (!item || dot < 0) return null;
  const above = item.slice(0, dot);
  return [...drafts].reverse().find((d) => d.item === above && d.leads.length > 0) ?? null;
}

/** A short line with no end mark: a headline or a table caption, not a sentence of the body. */
function isHeadlineParagraph(text: string): boolean {
  const line = text.replace(/^[\s|]+|[\s|]+$/g, '');
  const words = line.split(/\s+/).length;
  if (/^(?:[-–+•*]|\(?\d+[.)]|\(?[a-zđ]\))/.test(line)) return false; // an item or a bullet
  return words >= 4 && words <= 30 && !/[.!?…:;,"”)]$/.test(line) && !line.includes('\n');
}

function dropRestatements(drafts: Draft[], read: ParagraphReading[], article: boolean): Draft[] {
  const predicate = (d: Draft) =>
    fold(read[d.predicate.p].ip.paragraph.text.slice(d.predicate.start, d.predicate.end)).trim();
  const ownDue = (d: Draft) => hasOwnDue(d, read);
  const closing = (d: Draft) => CARRY_OUT.test(predicate(d)) && !ownDue(d);
  // the issuer making this very document is never work, even when nothing else is asked
  // (a quoted name may hold a ";": "Đề án “Xây dựng làng an toàn ...; cơ quan ... an toàn”")
  const itself = (d: Draft) =>
    ISSUES_ITSELF.test(predicate(d).replace(/[“"][^”"]*[”"]/gu, 'x')) && !ownDue(d);
  drafts = drafts.filter((d) => !itself(d));
  let out = drafts.some((d) => !closing(d)) ? drafts.filter((d) => !closing(d)) : drafts;
  // "Thủ tướng đã có Công điện yêu cầu các bộ, ngành, địa phương ...": the news that a
  // document was issued, summed up; the body's own assignments are the tasks.
  const announces = (d: Draft) => {
    const r = d.ranges[0];
    const text = read[r.p].ip.paragraph.text;
    const from = Math.max(0, text.lastIndexOf('.', r.start) + 1);
    return ANNOUNCES.test(fold(text.slice(from, r.end)));
  };
  if (article && out.some((d) => !announces(d))) out = out.filter((d) => !announces(d));
  // A news item's headline or caption ("UBND tỉnh X quy định chế độ báo cáo định kỳ", "| Nội
  // dung Công điện yêu cầu các địa phương ... |") sums up what its body then states.
  // (Not the copy's last paragraph, which may be a sentence cut short.)
  const headline = (d: Draft) =>
    d.p < 3 && d.p < read.length - 1 && isHeadlineParagraph(read[d.p].ip.paragraph.text);
  if (article && out.some((d) => !headline(d))) out = out.filter((d) => !headline(d));
  // "Thủ tướng yêu cầu Bộ Công Thương nghiên cứu, xử lý thông tin ... . Về thông tin trên, Thủ
  // tướng yêu cầu Bộ Công Thương nghiên cứu, xử lý.": the same units asked the same work again,
  // in the same item, with no deadline of its own, is one task.
  const words = (d: Draft) =>
    new Set(
      predicate(d)
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  const leadKey = (d: Draft) =>
    d.leads
      .map((a) => a.name)
      .sort()
      .join('|');
  out = out.filter((d, i) => {
    if (!d.leads.length || ownDue(d)) return true;
    const mine = words(d);
    if (!mine.size) return true;
    return !out.some((o, j) => {
      if (o === d || o.item !== d.item || leadKey(o) !== leadKey(d)) return false;
      const theirs = words(o);
      const within = [...mine].every((w) => theirs.has(w));
      // the longer statement stays; of two equal ones, the first
      return within && (theirs.size > mine.size || j < i);
    });
  });
  if (article && out.length > 1) {
    const firstP = Math.min(...out.map((d) => d.p));
    const names = (list: Actor[]) => list.map((a) => a.name);
    out = out.filter((d) => {
      // (a numbered item is the body, never a lede)
      if (d.p !== firstP || !d.leads.length || ownDue(d) || d.item !== null) return true;
      // "Cụ thể, ông X giao Sở Nội vụ ...": the copy starts in the body, past the lede
      if (GOES_ON.test(fold(read[d.p].ip.paragraph.text.slice(0, 12)))) return true;
      return !out.some(
        (o) =>
          o !== d &&
          o.p > d.p &&
          ownDue(o) &&
          names(d.leads).every((n) => [...names(o.leads), ...names(o.partners)].includes(n)),
      );
    });
  }
  return out;
}

/**
 * One task per deadline: "gửi thống kê tháng 5 trước 16 giờ ngày 31/5, thống kê 6 tháng
 * trước 16 giờ ngày 01/6" is two tasks of the same units.
 */
function splitByDeadline(d: Draft, read: ParagraphReading[]): Draft[] {
  const own = d.ranges.flatMap((r) =>
    read[r.p].dues.filter((x) => inRange(r, x)).map((x) => ({ r, x })),
  );
  const distinct = own.filter(
    (o, i) => own.findIndex((y) => y.x.due === o.x.due && y.x.phrase === o.x.phrase) === i,
  );
  if (distinct.length < 2) return [d];
  // Where one deadline's text ends and the next one's starts: at the next phrase, or before a
  // recurrence that stands nearer to it ("6 tháng (trước ngày 15/6) và hằng năm (trước ngày
  // 15/12)": "hằng năm" is the second deadline's).
  const cut = (i: number) => {
    const { r, x } = distinct[i];
    const next = distinct[i + 1];
    if (!next || next.r !== r) return r.end;
    const between = read[r.p].recurrences.filter(
      (c) => c.start >= x.end && c.end <= next.x.start && next.x.start - c.end < c.start - x.end,
    );
    return between.length ? Math.min(...between.map((c) => c.start)) : next.x.start;
  };
  return distinct.map(({ r, x }, i) => {
    const next = distinct[i + 1];
    // Each task keeps the text up to its deadline, so its own phrase is the one it finds.
    const start = i === 0 ? r.start : Math.min(x.start, cut(i - 1));
    const end = next && next.r === r ? cut(i) : r.end;
    const prev = distinct[i - 1];
    const purpose = prev && prev.r === r ? purposeBody(read[r.p], prev.x.end, x.start) : null;
    return {
      ...d,
      ...(purpose ? { leads: [purpose], partners: [] } : {}),
      ranges: [{ p: r.p, start, end }],
    };
  });
}

/**
 * "gửi hồ sơ về Sở Tài nguyên và Môi trường trước ngày 28-10 để sở tổ chức thẩm định trình UBND
 * tỉnh trước ngày 10-11": the second deadline is the named body's ("sở" is the Sở named before).
 */
function purposeBody(pr: ParagraphReading, from: number, to: number): Actor | null {
  const text = pr.ip.paragraph.text;
  const m = /(?:^|\s)để\s+(\p{L}+)/u.exec(text.slice(from, to));
  if (!m) return null;
  const head = fold(m[1]);
  const at = from + m.index;
  const before = text.slice(0, at);
  // the last body named with that head before it: "Sở Tài nguyên và Môi trường"
  const names = [
    ...before.matchAll(
      /(?:^|[\s,;(])((?:Sở|Phòng|Bộ|Cục|Vụ)\s+[^,;.()]{2,60}?)(?=\s+(?:trước|chậm|trong|để)|[,;.()]|$)/gu,
    ),
  ];
  // "báo cáo qua Sở Giáo dục và Đào tạo trước ngày 10-5 để tổng hợp, báo cáo UBND tỉnh trước
  // ngày 18-5": who the reports go through or to consolidates them, by the second deadline
  const through = (n: RegExpMatchArray) =>
    /(?:^|\s)(?:qua|về|cho)\s*$/u.test(before.slice(0, n.index! + n[0].indexOf(n[1])));
  const hit =
    head === 'tong' && /^để\s+tổng\s+hợp/u.test(text.slice(at).trimStart())
      ? [...names].reverse().find(through)
      : [...names].reverse().find((n) => fold(n[1]).startsWith(head + ' '));
  return hit ? { name: hit[1].trim(), kind: 'unresolved', code: null, root: false } : null;
}

/** A lead's predicate no longer than "chủ trì;" says who leads, not what is to be done. */
const LEAD_ONLY_MAX = 10;

/** The tasks of one item, built clause by clause. */
class ItemTasks {
  readonly made: Draft[] = [];
  current: Draft | null = null;
  /** Clauses before any task: context, or an unassigned task's text. */
  readonly loose: Range[] = [];
  instruction: { reading: Reading; p: number } | null = null;
  private pendingPartners: Actor[] = [];
  private under: Draft | null = null;
  /** The paragraph states a deadline: a bullet of only that is a task of its intro's units. */
  private dated = false;

  constructor(private readonly item: string | null) {}

  /** A new paragraph, under an intro ("... các nội dung sau:") when it is one of its bullets. */
  paragraph(under: Draft | null, dated: boolean): void {
    // the bullets under an intro ("X thực hiện các nội dung sau:") or a heading that only
    // names bodies are one task of those bodies; a bullet with its own deadline is one more
    const same = !!under && this.current?.parent === under && !dated;
    this.under = under;
    this.dated = dated;
    if (under && !same) this.current = null;
  }

  take(r: Reading, p: number): void {
    const range = { p, start: r.start, end: r.end };
    if (r.speech) return;
    if (r.subject && r.aside) {
      this.current = null;
      return;
    }
    if (r.subject && r.past) {
      // Done already: no task, but its partners go on with the item ("đã phối hợp với ...").
      this.pendingPartners.push(...r.partners);
      this.current = null;
      return;
    }
    if (r.subject) return this.subject(r, r.subject, p, range);
    if (!this.current && this.under && (r.instruction || r.partners.length || this.dated)) {
      this.current = this.start(r, p, this.under.leads, [...this.under.partners, ...r.partners]);
      this.current.parent = this.under;
      this.under.replaced = true;
      return;
    }
    if (this.current) {
      this.current.ranges.push(range);
      addActors(this.current.partners, r.partners);
      return;
    }
    this.loose.push(range);
    this.pendingPartners.push(...r.partners);
    if (r.instruction && !this.instruction) this.instruction = { reading: r, p };
  }

  private subject(r: Reading, subject: Actor[], p: number, range: Range): void {
    // "Y phối hợp" beside "X chủ trì" in the same sentence: Y helps X.
    const lead = this.made.find((d) => d.p === p && d.sentence === r.sentence && d.shared);
    if (r.joinsAsPartner && lead) {
      addActors(lead.partners, subject);
      lead.ranges.push(range);
      // "Giao Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp xây dựng đề án": the work is
      // stated once, after the partners' verb
      if (lead.predicate.end - lead.predicate.start <= LEAD_ONLY_MAX && r.workStart !== undefined)
        lead.predicate = { ...range, start: r.workStart };
      return;
    }
    const c = this.current;
    // The same units again, in the same item and right after: more of the same task.
    if (c && sameActors(c.leads, subject) && (c.p === p ? c.sentence === r.sentence : true)) {
      c.ranges.push(range);
      addActors(c.partners, r.partners);
      return;
    }
    this.current = this.start(r, p, subject, [...r.partners, ...this.pendingPartners]);
    this.pendingPartners = [];
  }

  /** A task of the intro's units made of the item's instructions. */
  fromIntro(intro: Draft): void {
    if (!this.instruction) return;
    const { reading, p } = this.instruction;
    const d = this.start(reading, p, intro.leads, [...intro.partners, ...this.pendingPartners]);
    d.ranges = [...this.loose];
    d.parent = intro;
    intro.replaced = true;
  }

  /** The task of an item whose fields name who does it: its heading, and its dated lines. */
  ofFields(group: ParagraphReading[]): void {
    const head = group[0];
    const range = { p: head.index, start: head.ip.textStart, end: head.ip.paragraph.text.length };
    const dated = group
      .slice(1)
      .filter((pr) => pr.dues.length || pr.recurrences.length)
      .map((pr) => ({ p: pr.index, start: 0, end: pr.ip.paragraph.text.length }));
    this.made.push({
      item: this.item,
      leads: [],
      partners: [],
      ranges: [range, ...dated],
      p: head.index,
      sentence: 0,
      shared: false,
      predicate: range,
      floating: { dues: [], recs: [] },
    });
  }

  /** A task with no lead made of the item's instructions. */
  unassigned(): void {
    if (!this.instruction) return;
    const { reading, p } = this.instruction;
    this.start(reading, p, [], this.pendingPartners).ranges = [...this.loose];
  }

  private start(r: Reading, p: number, leads: Actor[], partners: Actor[]): Draft {
    const d: Draft = {
      item: this.item,
      leads: [...leads],
      partners: dedupe(partners),
      ranges: [{ p, start: r.start, end: r.end }],
      p,
      sentence: r.sentence,
      shared: r.leads,
      predicate: { p, start: r.predicateStart, end: r.end },
      floating: { dues: [], recs: [] },
      ...(r.summedUp ? { summedUp: true } : {}),
    };
    this.made.push(d);
    return d;
  }
}

/** The task's own phrase, else its intro's, else one the item states outside any task. */
function inherited<T extends SourceSpan>(
  d: Draft,
  read: ParagraphReading[],
  own: (pr: ParagraphReading) => T[],
  floating: (d: Draft) => T[],
): T | null {
  for (let x: Draft | undefined = d; x; x = x.parent) {
    const found = x.ranges.flatMap((r) => own(read[r.p]).filter((y) => inRange(r, y)));
    if (found.length) return found[0];
  }
  for (let x: Draft | undefined = d; x; x = x.parent) if (floating(x).length) return floating(x)[0];
  return null;
}

function toTask(d: Draft, read: ParagraphReading[]): ParsedTask {
  const due = inherited(
    d,
    read,
    (pr) => pr.dues,
    (x) => x.floating.dues,
  );
  const rec = inherited(
    d,
    read,
    (pr) => pr.recurrences,
    (x) => x.floating.recs,
  );
  const leads = dedupe(d.leads);
  const partners = dedupe(d.partners).filter(
    (a) => !a.root && !leads.some((l) => l.name === a.name),
  );
  const spans = d.ranges.map((r) => read[r.p].ip.paragraph.span(r.start, r.end));
  const predicate = read[d.predicate.p].ip.paragraph.text.slice(d.predicate.start, d.predicate.end);
  return {
    item: d.item,
    lead_units: leads.map((a) => a.name),
    coordinating_units: partners.map((a) => a.name),
    due: due?.due ?? null,
    due_phrase: due?.phrase ?? null,
    recurrence: rec?.recurrence ?? null,
    ...(due?.time ? { due_time: due.time } : {}),
    ...(due?.rule ? { due_rule: due.rule } : {}),
    ...(rec && due?.day ? { recurrence_day: due.day } : {}),
    summary: summarize(predicate),
    span: {
      start: Math.min(...spans.map((x) => x.start)),
      end: Math.max(...spans.map((x) => x.end)),
    },
    unresolved_units: [...leads, ...partners]
      .filter((a) => a.kind !== 'unit' && a.kind !== 'group')
      .map((a) => a.name),
  };
}

function readParagraph(
  ip: ItemParagraph,
  index: number,
  ctx: ReadingContext,
  options: TaskOptions,
  last: boolean,
): ParagraphReading {
  const text = ip.paragraph.text;
  // "Về công tác chuẩn bị Đề án trình Trung ương, Bộ Chính trị, ...": a heading, not a clause
  // (unless it is where the copy was cut: "Đối với ..., các bộ tiếp tục phối hợp với Văn ph").
  if (
    /^(?:Về|Đối với)\s/u.test(text) &&
    !/[.;:!?…]$/.test(text.trim()) &&
    text.length < 250 &&
    !last
  )
    return { ip, index, readings: [], dues: [], recurrences: [], narrative: false };
  const reader = new ClauseReader(text, tokenize(text), ctx);
  const fields = taskFields(ip, reader, options);
  // "- Cơ quan chủ trì: Sở Tư pháp.": a line that only names who does the item's work
  if (fields?.whole)
    return { ip, index, readings: [], dues: [], recurrences: [], narrative: false, fields };
  // "- Ngày 5/3/2026: Hội đồng bầu cử quốc gia, Ủy ban bầu cử ... giải quyết khiếu nại ...": a
  // timeline's entry; its day is when the work is due, and the work starts after the colon
  const entry = TIMELINE_ENTRY.exec(text.slice(ip.textStart));
  const entryDue = entry ? realDate(Number(entry[4]), Number(entry[3]), Number(entry[2])) : null;
  const from = entry && entryDue ? ip.textStart + entry[0].length : ip.textStart;
  const readings = joinLists(splitClauses(text.slice(from)), reader, from).flatMap((c) =>
    reader.read(c.start + from, c.end + from, c.sentence),
  );
  // (an entry whose work names no body keeps its day to itself)
  const onDay: DuePhrase[] =
    entry && entryDue && readings.some((r) => r.subject)
      ? [
          {
            start: ip.textStart + entry.index + entry[0].indexOf(entry[1]),
            end: ip.textStart + entry.index + entry[0].lastIndexOf(entry[4]) + entry[4].length,
            phrase: entry[1],
            due: entryDue,
          },
        ]
      : [];
  const masked = [
    ...findReferences(text).map((r) => ({ start: r.start, end: r.end })),
    // "Trường hợp địa phương quyết định ... muộn hơn trong tháng 3 thì ...": a condition's
    // time says when it applies, not until when work is due
    ...[...text.matchAll(CONDITION_CLAUSE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  ];
  // A dated opening reports an event, unless someone in it asks something ("Chiều 18-5, Thủ
  // tướng đã có Công điện yêu cầu Bộ Y tế ...").
  const asks = readings.some((r) => r.speech && r.subject);
  // Past work told after an ask ("Thủ tướng yêu cầu ... phải báo cáo, song đến 22/4 mới chỉ
  // có Lào Cai là đã thực hiện") reports on that ask; it does not make the ask a story.
  const firstAsk = readings.findIndex((r) => r.speech && !r.past);
  // Nor does past work told before the news of a document that asks ("Thủ tướng đã gửi lời
  // thăm hỏi ... Thủ tướng đã có công điện số 415 yêu cầu ..."): the document's ask stands.
  // So does a document that speaks in the next sentence ("... đã có Công điện số 1543/CĐ-CTUBND
  // về việc ... . Công điện yêu cầu UBND huyện ...").
  const conveys =
    readings.some((r) => r.announces) ||
    DOCUMENT_SPEAKS.test(fold(text)) ||
    DOCUMENT_GOES_ON.test(fold(text));
  const narrative =
    options.article &&
    !conveys &&
    ((!!readings[0]?.narrativeOpener && !asks) ||
      readings.some((r, i) => r.subject && r.past && !r.speech && (firstAsk < 0 || i < firstAsk)));
  const heading =
    ip.item !== null && text.length - ip.textStart < 200 && !readings.some((r) => r.subject)
      ? reader.headingUnits(ip.textStart, text.length)
      : null;
  const listed = listedAfterColon(text, reader);
  return {
    ip,
    index,
    readings,
    ...(heading ? { heading } : {}),
    ...(listed ? { listed } : {}),
    ...(fields ? { fields } : {}),
    dues: [...onDay, ...withFieldTime(findDuePhrases(text, { ...options.due, masked }), fields)],
    recurrences: findRecurrences(text),
    narrative,
  };
}

/**
 * "Cơ quan chủ trì:", "Đơn vị thực hiện:", "Cơ quan phối hợp:" and "Thời gian hoàn thành:",
 * "Thời hạn:", "Tiến độ thực hiện:": a task's fields by name, each up to ";", ")" or the end.
 */
const BODY_FIELD =
  /(?:^|[(;.,]\s*)(?:co quan|don vi|bo phan)\s+(chu tri|thuc hien|phoi hop)(?:\s+thuc hien)?\s*:\s*([^;()]+?)(?=\s*(?:[;)]|\.\s|\.?$))/g;
const TIME_FIELD =
  /(?:^|[(;.,]\s*)(?:thoi gian|thoi han|tien do)(?:\s+(?:hoan thanh|thuc hien|bao cao))?\s*:\s*([^;()]+?)(?=\s*(?:[;)]|\.\s|\.?$))/;

/**
 * The fields of a paragraph (after its marker), or null when it has none that count: a time
 * field counts on a line of its own, beside a field naming who leads, or when its label says
 * it is a deadline ("thời hạn:", "thời gian hoàn thành:"). `whole`: the line
 * starts by naming bodies, so it states no work of its own.
 */
function taskFields(
  ip: ItemParagraph,
  reader: ClauseReader,
  options: TaskOptions,
): (TaskFields & { whole: boolean }) | null {
  const text = ip.paragraph.text;
  const folded = fold(text.slice(ip.textStart));
  const out = { leads: [] as Actor[], partners: [] as Actor[], due: null as DuePhrase | null };
  let whole = false;
  for (const m of folded.matchAll(BODY_FIELD)) {
    const from = ip.textStart + m.index + m[0].lastIndexOf(m[2]);
    const actors = reader.headingUnits(from, from + m[2].length);
    if (!actors) continue;
    (m[1] === 'phoi hop' ? out.partners : out.leads).push(...actors);
    whole ||= m.index === 0;
  }
  const time = TIME_FIELD.exec(folded);
  // "...; thời gian hoàn thành: Quý IV/2024." after the work: a deadline by its label alone
  // (a bare "Thời gian:" inside a sentence may be when a meeting sits)
  const deadlineLabel = !!time && /(?:thoi han|hoan thanh)\s*:/.test(time[0]);
  if (time && (time.index === 0 || out.leads.length || deadlineLabel)) {
    const from = ip.textStart + time.index + time[0].lastIndexOf(time[1]);
    const value = text.slice(from, from + time[1].length);
    // the value read as a table's completion cell is ("Quý III/2024" → "trong Quý III/2024")
    const d = findDuePhrases(asDeadline(value), options.due)[0];
    if (d) out.due = { ...d, start: from, end: from + value.length, phrase: value.trim() };
  }
  return whole || out.leads.length || out.due ? { ...out, whole } : null;
}

/** The dues of a paragraph, with its time field's when the text states no deadline there. */
function withFieldTime(dues: DuePhrase[], fields: TaskFields | null): DuePhrase[] {
  const d = fields?.due;
  if (!d || dues.some((x) => x.start < d.end && d.start < x.end)) return dues;
  return [...dues, d].sort((a, b) => a.start - b.start);
}

/**
 * A clause that only names bodies and ends with ";" or ":" ("Chánh Văn phòng UBND tỉnh;
 * Giám đốc các sở; Chủ tịch UBND các huyện chịu trách nhiệm ...") is the start of the next
 * clause's list of units, not a clause of its own.
 */
function joinLists(clauses: Clause[], reader: ClauseReader, offset: number): Clause[] {
  const out: Clause[] = [];
  let pending: Clause | null = null;
  for (const c of clauses) {
    const cur: Clause = pending ? { ...c, start: pending.start, sentence: pending.sentence } : c;
    pending = null;
    const text = reader.textOf(cur.start + offset, cur.end + offset);
    const listGoesOn =
      reader.isBareList(cur.start + offset, cur.end + offset) ||
      (/;$/.test(text) && reader.handsOverList(cur.start + offset, cur.end + offset));
    if (/[;:]$/.test(text) && listGoesOn) {
      pending = cur;
      continue;
    }
    out.push(cur);
  }
  if (pending) out.push(pending);
  return out;
}

/** Paragraphs of one item together; in unnumbered text, each paragraph alone. */
function groups(read: ParagraphReading[], numbered: boolean): ParagraphReading[][] {
  if (!numbered) return read.map((pr) => [pr]);
  const out: ParagraphReading[][] = [];
  for (const pr of read) {
    const opens = pr.ip.marker !== 'none' && pr.ip.marker !== 'bullet';
    const last = out.at(-1);
    // a paragraph of no item after bullets of none: an intro of its own, not one more bullet
    const afterBullets =
      pr.ip.item === null &&
      pr.ip.marker === 'none' &&
      !!last?.length &&
      last.at(-1)!.ip.marker === 'bullet';
    if (!last || opens || afterBullets || pr.ip.closing || last[0].ip.item !== pr.ip.item)
      out.push([pr]);
    else last.push(pr);
  }
  return out;
}

function inRange(r: Range, x: SourceSpan): boolean {
  return x.start >= r.start && x.start < r.end;
}

function inRanges(ranges: Range[], p: number, x: SourceSpan): boolean {
  return ranges.some((r) => r.p === p && inRange(r, x));
}

function sameActors(a: Actor[], b: Actor[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => y.name === x.name));
}

function addActors(into: Actor[], more: Actor[]): void {
  for (const a of more) if (!into.some((x) => x.name === a.name)) into.push(a);
}

function dedupe(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  addActors(out, list);
  return out;
}
