import { WorkingCalendar } from '../../domain/src/calendar/working-calendar';
import { issuerOfSymbol, readHeader } from './document-header';
import type { WorkingDays } from './due-phrase';
import { labelItems } from './items';
import { layoutDocument, looksLikeTitleLine } from './layout';
import { HEAD_TITLES } from './lexicon';
import { longNames } from './long-names';
import { normalizeText } from './normalize-text';
import { readRecipients } from './recipients';
import { findReferences } from './references';
import type { Actor, ReadingContext } from './responsibility';
import { readSigner } from './signer';
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
  const layout = layoutDocument(normalizeText(text));
  const header = readHeader(layout.header, resolver);
  let body = layout.body;

  // No type, number or date: a news report. Its first short line is the headline.
  const article = !header.docType && !header.docNumber && !header.issuedOn;
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
  if (!issuerRef && !issuerName && title) issuerRef = issuerInTitle(title, resolver);
  if (!issuerRef && !issuerName && layout.source) issuerRef = resolver.resolve(layout.source);
  if (issuerRef) issuerName = issuerRef.name;

  const names = longNames(body);
  const ctx: ReadingContext = {
    resolver,
    issuer: issuerRef,
    speakers: [],
    longerName: (words) => names.longer(words),
    resolveNear: (name) => resolveNear(name, issuerRef, resolver),
  };
  const { paragraphs, numbered } = labelItems(body);
  const tasks = assembleTasks(paragraphs, ctx, {
    article,
    numbered,
    due: { issuedOn: header.issuedOn, calendar },
  });
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

function firstBody(speakers: Actor[]): Actor | undefined {
  return speakers.find((s) => s.kind !== 'role');
}
