import { splitClauses } from './clauses';
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
import { tokenize } from './tokens';
import type { ParsedTask } from './types';

interface ParagraphReading {
  ip: ItemParagraph;
  readings: Reading[];
  dues: DuePhrase[];
  recurrences: RecurrencePhrase[];
  narrative: boolean;
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
}

export interface TaskOptions {
  /** A news report rather than a directive: narrative paragraphs give no tasks. */
  article: boolean;
  numbered: boolean;
  due: Omit<DueContext, 'masked'>;
}

/**
 * Turns labelled paragraphs into tasks. A task is a clause that names who must act (the
 * units before its verb, or after "Giao"/"Yêu cầu"); the clauses after it without units of
 * their own add to it, and the bullets under an intro that ends with ":" become tasks of
 * the intro's units. Partners come from "phối hợp với ..." and from "Y phối hợp" beside
 * "X chủ trì". When no clause anywhere names a unit, each instruction paragraph is a task
 * with no lead, for a person to assign.
 */
export function assembleTasks(
  paragraphs: readonly ItemParagraph[],
  ctx: ReadingContext,
  options: TaskOptions,
): ParsedTask[] {
  const read = paragraphs.map((ip) => readParagraph(ip, ctx, options));
  const eligible = (pr: ParagraphReading) =>
    !pr.narrative && (!options.numbered || pr.ip.item !== null || pr.ip.closing);
  const namesUnits = read.some(
    (pr) => eligible(pr) && pr.readings.some((r) => r.subject && !r.past && !r.speech),
  );

  const drafts: Draft[] = [];
  let previous: Draft[] = [];
  let intro: Draft | null = null;
  for (const group of groups(read, options.numbered)) {
    if (!group.every(eligible)) {
      previous = [];
      intro = null;
      continue;
    }
    const item = new ItemTasks(group[0].ip.item);
    for (const pr of group) {
      const p = read.indexOf(pr);
      const bullet = pr.ip.marker === 'bullet' || pr.ip.marker === 'letter';
      if (!bullet) intro = null;
      item.paragraph(bullet ? intro : null);
      for (const r of pr.readings) item.take(r, p);
      if (!bullet && item.current && /:\s*$/.test(pr.ip.paragraph.text)) intro = item.current;
    }
    // An item that names no unit: more of the previous task, or a task for a person to assign.
    if (!item.made.length && item.instruction) {
      const last = previous.at(-1);
      const continues = !options.numbered && group[0].readings[0]?.continuation;
      if (continues && last?.leads.length) last.ranges.push(...item.loose);
      else if (!namesUnits) item.unassigned();
    }
    // Deadlines inside a task's clauses are its own; the item's others go to tasks without.
    const outside = <T extends SourceSpan>(list: (pr: ParagraphReading) => T[]) =>
      group.flatMap((pr) =>
        list(pr).filter((x) => !item.made.some((t) => inRanges(t.ranges, read.indexOf(pr), x))),
      );
    const floating = { dues: outside((pr) => pr.dues), recs: outside((pr) => pr.recurrences) };
    for (const d of item.made) d.floating = floating;
    drafts.push(...item.made);
    if (item.made.length) previous = item.made;
  }
  return drafts.filter((d) => !d.replaced).map((d) => toTask(d, read));
}

/** The tasks of one item, built clause by clause. */
class ItemTasks {
  readonly made: Draft[] = [];
  current: Draft | null = null;
  /** Clauses before any task: context, or an unassigned task's text. */
  readonly loose: Range[] = [];
  instruction: { reading: Reading; p: number } | null = null;
  private pendingPartners: Actor[] = [];
  private under: Draft | null = null;

  constructor(private readonly item: string | null) {}

  /** A new paragraph, under an intro ("... các nội dung sau:") when it is one of its bullets. */
  paragraph(under: Draft | null): void {
    this.under = under;
    if (under) this.current = null;
  }

  take(r: Reading, p: number): void {
    const range = { p, start: r.start, end: r.end };
    if (r.speech) return;
    if (r.subject && r.past) {
      // Done already: no task, but its partners go on with the item ("đã phối hợp với ...").
      this.pendingPartners.push(...r.partners);
      this.current = null;
      return;
    }
    if (r.subject) return this.subject(r, r.subject, p, range);
    if (!this.current && this.under && (r.instruction || r.partners.length)) {
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
      return;
    }
    const c = this.current;
    if (c && c.p === p && c.sentence === r.sentence && sameActors(c.leads, subject)) {
      c.ranges.push(range);
      addActors(c.partners, r.partners);
      return;
    }
    this.current = this.start(r, p, subject, [...r.partners, ...this.pendingPartners]);
    this.pendingPartners = [];
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
  ctx: ReadingContext,
  options: TaskOptions,
): ParagraphReading {
  const text = ip.paragraph.text;
  const reader = new ClauseReader(text, tokenize(text), ctx);
  const readings = splitClauses(text.slice(ip.textStart)).flatMap((c) =>
    reader.read(c.start + ip.textStart, c.end + ip.textStart, c.sentence),
  );
  const masked = findReferences(text).map((r) => ({ start: r.start, end: r.end }));
  const narrative =
    options.article &&
    (!!readings[0]?.narrativeOpener || readings.some((r) => r.subject && r.past && !r.speech));
  return {
    ip,
    readings,
    dues: findDuePhrases(text, { ...options.due, masked }),
    recurrences: findRecurrences(text),
    narrative,
  };
}

/** Paragraphs of one item together; in unnumbered text, each paragraph alone. */
function groups(read: ParagraphReading[], numbered: boolean): ParagraphReading[][] {
  if (!numbered) return read.map((pr) => [pr]);
  const out: ParagraphReading[][] = [];
  for (const pr of read) {
    const opens = pr.ip.marker !== 'none' && pr.ip.marker !== 'bullet';
    const last = out.at(-1);
    if (!last || opens || pr.ip.closing || last[0].ip.item !== pr.ip.item) out.push([pr]);
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
