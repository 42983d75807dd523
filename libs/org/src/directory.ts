import { Document, LineCounter, YAMLError, isNode, parseDocument } from 'yaml';
import { checkDirectory, isActiveOn, parentsFirst } from './check-directory';
import {
  DirectoryError,
  DirectoryPath,
  DirectoryProblem,
  problemsOfIssues,
  subjectOf,
} from './directory-problem';
import {
  Directory,
  DirectoryUnit,
  MembershipRule,
  directorySchema,
  unitSchema,
} from './directory-schema';

export * from './directory-schema';
export * from './directory-problem';
export { checkDirectory, isActiveOn, parentsFirst } from './check-directory';

const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: 'một khóa xuất hiện hai lần trong cùng một khối',
  BAD_INDENT: 'thụt lề không đúng hoặc thiếu dấu đóng ] hay }',
  MULTIPLE_DOCS: 'tệp chỉ được chứa một tài liệu YAML',
  TAB_AS_INDENT: 'không được thụt lề bằng ký tự tab',
};

function yamlProblem(e: YAMLError): DirectoryProblem {
  // The library's own words, without the position it repeats and the source excerpt.
  const detail = e.message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  const what = YAML_ERRORS[e.code] ?? 'cú pháp YAML sai';
  return {
    path: [],
    line: e.linePos?.[0].line ?? null,
    subject: null,
    message: `${what} (${detail})`,
  };
}

/** The line of the deepest node of `path` the document has. */
function lineOf(doc: Document, lines: LineCounter, path: DirectoryPath): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return null;
}

/**
 * Reads and checks a directory file; units come back parents first. Every problem found is
 * reported at once, each with its line and the unit or group it belongs to.
 */
export function parseDirectory(yamlText: string): Directory {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  if (doc.errors.length) throw new DirectoryError(doc.errors.map(yamlProblem));
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new DirectoryError([
      {
        path: [],
        line: null,
        subject: null,
        message: `không đọc được YAML: ${(err as Error).message}`,
      },
    ]);
  }
  const located = (p: DirectoryProblem) => ({ ...p, line: lineOf(doc, lines, p.path) });
  const parsed = directorySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    throw new DirectoryError(problemsOfIssues(parsed.error.issues, raw).map(located));
  }
  const problems = checkDirectory(parsed.data).map(located);
  if (problems.length) throw new DirectoryError(problems);
  return { units: parentsFirst(parsed.data.units), groups: parsed.data.groups };
}

/** Checks one unit as the admin API builds it; problems point into the unit itself. */
export function checkUnit(
  raw: unknown,
): { unit: DirectoryUnit; problems: [] } | { unit: null; problems: DirectoryProblem[] } {
  const parsed = unitSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { unit: parsed.data, problems: [] };
  const problems = problemsOfIssues(parsed.error.issues, raw).map((p) => ({
    ...p,
    subject: subjectOf({ units: [raw] }, ['units', 0]),
  }));
  return { unit: null, problems };
}

/** What a membership rule looks at; active dates only matter when a day is asked for. */
export type MemberCandidate = Pick<DirectoryUnit, 'code' | 'level' | 'kind' | 'parent'> &
  Partial<Pick<DirectoryUnit, 'active_from' | 'active_to'>>;

/**
 * The units a group stands for, in directory order. A rule never includes the root, which
 * issues rather than receives. Given a day, only the units active that day.
 */
export function groupMembers(
  rule: MembershipRule,
  units: MemberCandidate[],
  on?: string,
): string[] {
  return units
    .filter(
      (u) =>
        u.parent !== null &&
        (on === undefined || isActiveOn(u, on)) &&
        (rule.codes === undefined || rule.codes.includes(u.code)) &&
        (rule.level === undefined || u.level === rule.level) &&
        (rule.level_in === undefined || rule.level_in.includes(u.level)) &&
        (rule.kind === undefined || u.kind === rule.kind) &&
        (rule.parent === undefined || u.parent === rule.parent),
    )
    .map((u) => u.code);
}
