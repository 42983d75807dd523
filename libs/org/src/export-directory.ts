import { parse } from 'yaml';
import type { Directory, DirectoryGroup, DirectoryUnit, MembershipRule } from './directory-schema';

/** Characters a YAML double-quoted scalar may hold as they are; the rest are escaped. */
function printable(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff && cp !== 0x2028 && cp !== 0x2029) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    cp >= 0x10000
  );
}

/** A double-quoted YAML scalar that reads back as exactly `s`. */
export function quoteYaml(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (printable(cp)) out += ch;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** Codes stay plain, as people write them, unless YAML would read them as something else. */
function codeYaml(code: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code) && parse(code) === code ? code : quoteYaml(code);
}

const list = (items: string[]) => `[${items.join(', ')}]`;

function ruleYaml(rule: MembershipRule): string {
  const parts: string[] = [];
  if (rule.parent !== undefined) parts.push(`parent: ${codeYaml(rule.parent)}`);
  if (rule.level !== undefined) parts.push(`level: ${rule.level}`);
  if (rule.level_in !== undefined) parts.push(`level_in: ${list(rule.level_in)}`);
  if (rule.kind !== undefined) parts.push(`kind: ${rule.kind}`);
  if (rule.codes !== undefined) parts.push(`codes: ${list(rule.codes.map(codeYaml))}`);
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function unitLines(u: DirectoryUnit): string[] {
  const lines = [
    `  - code: ${codeYaml(u.code)}`,
    `    short_name: ${quoteYaml(u.short_name)}`,
    `    full_name: ${quoteYaml(u.full_name)}`,
    `    level: ${u.level}`,
    `    kind: ${u.kind}`,
    `    parent: ${u.parent === null ? 'null' : codeYaml(u.parent)}`,
    `    aliases: ${list(u.aliases.map(quoteYaml))}`,
    `    emails: ${list(u.emails.map(quoteYaml))}`,
    `    head: ${u.head ? `{ title: ${quoteYaml(u.head.title)}, email: ${quoteYaml(u.head.email)} }` : 'null'}`,
  ];
  // Dates quoted: a YAML 1.1 reader would otherwise turn them into timestamps.
  if (u.active_from !== null) lines.push(`    active_from: ${quoteYaml(u.active_from)}`);
  if (u.active_to !== null) lines.push(`    active_to: ${quoteYaml(u.active_to)}`);
  if (u.replaced_by !== null) lines.push(`    replaced_by: ${codeYaml(u.replaced_by)}`);
  return lines;
}

function groupLines(g: DirectoryGroup): string[] {
  return [
    `  - code: ${codeYaml(g.code)}`,
    `    name: ${quoteYaml(g.name)}`,
    `    aliases: ${list(g.aliases.map(quoteYaml))}`,
    `    members: ${ruleYaml(g.members)}`,
  ];
}

/**
 * The directory in the format of `libs/org/data/vksnd-directory.yaml`, units and groups in
 * the order given; `parseDirectory` reads it back to an equal directory.
 */
export function exportDirectory(dir: Directory, comments: string[] = []): string {
  const lines = [
    ...comments
      .flatMap((c) => c.split(/\r\n|[\r\n\u0085\u2028\u2029]/))
      .map((c) => `# ${c}`.trimEnd()),
    'version: 1',
    'units:',
    ...dir.units.flatMap(unitLines),
    ...(dir.groups.length ? ['groups:', ...dir.groups.flatMap(groupLines)] : ['groups: []']),
  ];
  return `${lines.join('\n')}\n`;
}
