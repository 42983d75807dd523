import { WorkingCalendar } from '@dondoc/domain/calendar/working-calendar';
import { readAddressees } from './addressees';
import { DOC_TYPES, typeOfSymbol } from './doc-types';
import { gazetteDate, issuerOfSymbol, readHeader } from './document-header';
import { scanHeader } from './header-scan';
import { proseAddressees } from './sent-to';
import { findDuePhrases, type WorkingDays } from './due-phrase';
import { labelItems } from './items';
import { layoutDocument, looksLikeTitleLine } from './layout';
import { HEAD_TITLES } from './lexicon';
import { longNames } from './long-names';
import { normalizeText } from './normalize-text';
import { readProse } from './prose-document';
import { readRecipients } from './recipients';
import { findReferences } from './references';
import { GENERIC_UNITS } from './actor-list';
import type { Actor, ReadingContext } from './responsibility';
import { readSigner } from './signer';
import { cellTableRows, tableTasks } from './table-tasks';
import { consultationWindow, opinionsFirst, readConsultation } from './consultation';
import { assembleTasks } from './tasks';
import { tokenize } from './tokens';
import type { ParsedDirective } from './types';
import { UnitDirectory, UnitRef, UnitResolver } from './unit-resolver';

export interface ParseOptions {
  /** Working days for "15 ngày làm việc"; Vietnam's calendar by default. */
  calendar?: WorkingDays;
  /** A resolver built once for many texts (it indexes the whole directory). */
  resolver?: UnitResolver;
}

/**
 * Reads a directive's text into a draft: header, signer, references, recipients and the
 * tasks with their units and deadlines. Rule-based, deterministic, offline; never throws
 * on odd text (what it cannot read stays null or empty).
 */
export function parseDirective(
  text: string,
  directory: UnitDirectory,
  options: ParseOptions = {},
): ParsedDirective {
  const resolver = options.resolver ?? new UnitResolver(directory);
  const calendar = options.calendar ?? new WorkingCalendar();
  const normalized = normalizeText(text);
  const layout = layoutDocument(normalized);
  const header = readHeader(layout.header, resolver);
  // A header whose lines a web page or a PDF copy broke: read around the national motto.
  const scanned = scanHeader(normalized.text);
  if (scanned) {
    header.docNumber ??= scanned.docNumber;
    header.issuedOn ??= scanned.issuedOn;
    header.place ??= scanned.place;
    header.docType ??=
      scanned.docType ?? (header.docNumber ? (typeOfSymbol(header.docNumber)?.name ?? null) : null);
  }
  let body = layout.body;
  if (header.docNumber && !header.issuedOn) {
    const gazette = gazetteDate(normalized.text);
    header.issuedOn = gazette.issuedOn;
    header.title ??= gazette.title;
  }

  // A letter to the bodies under "Kính gửi:" whose header the copy lost is a công văn
  // (Nghị định 30/2020 gives a công văn no type line); the documents its prose names are cited.
  const addressees = readAddressees(layout.header, resolver);
  if (addressees.length && !header.docType && !header.docNumber)
    header.docType = DOC_TYPES.find((t) => t.folded === 'cong van')?.name ?? null;
  // A portal's notice page: "Người ký văn bản: ...", "Nội dung thông báo: ..." (its fields)
  if (
    !header.docType &&
    !header.docNumber &&
    /^\s*nội dung thông báo\s*:/imu.test(body.map((p) => p.text).join('\n'))
  )
    header.docType = DOC_TYPES.find((t) => t.folded === 'thong bao')?.name ?? null;
  // No type, number or date: a news report. Its first short line is the headline; the
  // document it conveys is named in its prose.
  const article = !header.docType && !header.docNumber && !header.issuedOn;
  let proseIssuer: UnitRef | null = null;
  if (article) {
    // The whole text: a source note may stand after the body's "./." end mark.
    const { document: prose, issuerText } = readProse(normalized.text);
    header.docType = prose.docType;
    header.docNumber = prose.docNumber;
    header.issuedOn = prose.issuedOn;
    proseIssuer = issuerText ? bodyNamedIn(issuerText, resolver) : null;
  }
  let title = header.title;
  if (article && body.length > 1 && isHeadline(body[0].text)) {
    title = body[0].text;
    body = body.slice(1);
  }

  const references: string[] = [];
  for (const p of body)
    for (const r of findReferences(p.text))
      if (!references.some((x) => x.includes(r.symbol))) references.push(r.text);

  let issuerRef: UnitRef | null = header.issuer?.ref ?? null;
  let issuerName: string | null = header.issuer?.name ?? null;
  if (!issuerName && header.docNumber) issuerRef = issuerOfSymbol(header.docNumber, resolver);
  if (!issuerRef && !issuerName && proseIssuer) issuerRef = proseIssuer;
  if (!issuerRef && !issuerName && title) issuerRef = issuerInTitle(title, resolver);
  if (!issuerRef && !issuerName && layout.source) issuerRef = resolver.resolve(layout.source);
  if (issuerRef) issuerName = issuerRef.name;

  const names = longNames(body, resolver);
  const ctx: ReadingContext = {
    resolver,
    issuer: issuerRef,
    speakers: [],
    addressees,
    longerName: (words) => names.longer(words),
    longerPlural: (words) => names.longerPlural(words),
    resolveNear: (name) => resolveNear(name, issuerRef, resolver),
    consultation: readConsultation(normalized.text),
    article,
  };
  const { paragraphs, numbered } = labelItems(body);
  const tasks = assembleTasks(paragraphs, ctx, {
    article,
    numbered,
    due: { issuedOn: header.issuedOn, calendar },
    refusedOtherwise: !header.docType && !header.docNumber,
  });
  const due = { issuedOn: header.issuedOn, calendar };
  tasks.push(
    ...tableTasks([...layout.table, ...cellTableRows(layout.cellTables, ctx, due)], ctx, due),
  );
  // A news item's document sent "đến các Bộ, ..., UBND các tỉnh": what it asks with no body
  // named goes to those addressees, as "các đơn vị" does in a letter with "Kính gửi:".
  if (article && tasks.some((t) => !t.lead_units.length || asksEveryUnit(t.lead_units))) {
    const sentTo = proseAddressees(normalized.text, ctx);
    for (const t of sentTo.length ? tasks : [])
      if (!t.lead_units.length || asksEveryUnit(t.lead_units)) {
        t.lead_units = sentTo.map((a) => a.name);
        t.unresolved_units = sentTo.filter((a) => a.kind === 'unresolved').map((a) => a.name);
      }
  }
  // A consultation's opinions are due by the last day of its window ("Thời gian lấy ý kiến từ
  // ngày 17/4/2025 đến ngày 07/5/2025"), when their own sentence gives none.
  const window = ctx.consultation ? consultationWindow(normalized.text) : null;
  const group = ctx.consultation?.group?.name;
  const opinions = tasks.find(
    (t) =>
      !t.due &&
      (opinionsFirst(t.summary) || (group ? t.lead_units.join() === group : !t.lead_units.length)),
  );
  const last = window && findDuePhrases(`chậm nhất ngày ${window.last}`, due)[0];
  if (opinions && window && last?.due) {
    opinions.due = last.due;
    opinions.due_phrase = window.phrase;
  }
  if (!issuerName) issuerName = firstBody(ctx.speakers)?.name ?? null;

  const unresolved: string[] = [];
  for (const t of tasks)
    for (const u of t.unresolved_units) if (!unresolved.includes(u)) unresolved.push(u);
  return {
    doc_number: header.docNumber,
    doc_type: header.docType,
    title,
    issued_on: header.issuedOn,
    issued_at_place: header.place,
    issuer: issuerName,
    signer: readSigner(layout.closing),
    references,
    tasks,
    recipients: readRecipients(layout.closing),
    unresolved_units: unresolved,
  };
}

/** The lead is only "các đơn vị", read before the addressees it stands for were known. */
function asksEveryUnit(leads: string[]): boolean {
  return leads.length === 1 && leads[0] === GENERIC_UNITS;
}

function isHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 3 && words <= 30 && looksLikeTitleLine(text) && !/[.!?…]$/.test(text);
}

/** "Chỉ đạo của Viện trưởng VKSND tối cao tại ...": the body after "của". */
function issuerInTitle(title: string, resolver: UnitResolver): UnitRef | null {
  const tokens = tokenize(title);
  const i = tokens.findIndex((t) => t.folded === 'cua');
  if (i < 0) return null;
  let from = i + 1;
  for (let n = HEAD_TITLES.matchAt(tokens, from); n; n = HEAD_TITLES.matchAt(tokens, from))
    from += n;
  const m = resolver.mentions(tokens, from).find((x) => x.from === from);
  return m && m.ref.kind === 'unit' ? m.ref : null;
}

/**
 * "VKSND các huyện, thị xã, thành phố" in a letter of VKSND tỉnh Trà Vinh are that
 * province's district procuracies: the name as if it ended with "thuộc tỉnh Trà Vinh".
 */
function resolveNear(name: string, issuer: UnitRef | null, resolver: UnitResolver): UnitRef | null {
  if (issuer?.kind !== 'unit' || issuer.root) return null;
  const place = issuer.name.replace(/^VKSND\s+/, '');
  if (place === issuer.name) return null;
  const ref = resolver.resolve(`${name} thuộc ${place}`);
  return ref?.kind === 'group' ? ref : null;
}

/** The last body named in a subject ("Trước đó, Sở Kế hoạch và Đầu tư"); its head's title drops. */
function bodyNamedIn(words: string, resolver: UnitResolver): UnitRef | null {
  const tokens = tokenize(words);
  const found = resolver.mentions(tokens).filter((m) => m.ref.kind !== 'group');
  return found.length ? found[found.length - 1].ref : null;
}

function firstBody(speakers: Actor[]): Actor | undefined {
  return speakers.find((s) => s.kind !== 'role');
}
