import type { z } from 'zod';

export type DirectoryPath = (string | number)[];

/** One thing wrong with a directory, said so that an admin finds it in the file. */
export interface DirectoryProblem {
  /** Where in the document, e.g. `['units', 3, 'parent']`. */
  path: DirectoryPath;
  /** 1-based line in the file, when the directory came from one. */
  line: number | null;
  /** The unit or group at fault: "đơn vị VKSTC.V8", "nhóm VKSND_CAP_TINH". */
  subject: string | null;
  message: string;
}

/** `['units', 3, 'head', 'email']` → `units[3].head.email`. */
export function formatPath(path: DirectoryPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** "dòng 12, đơn vị T1: không có đơn vị cấp trên "X" trong danh bạ". */
export function describeProblem(p: DirectoryProblem): string {
  const where = [p.line !== null ? `dòng ${p.line}` : null, p.subject].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

const SHOWN = 5;

export class DirectoryError extends Error {
  constructor(readonly problems: DirectoryProblem[]) {
    const more = problems.length > SHOWN ? `; và ${problems.length - SHOWN} lỗi khác` : '';
    super(
      `Danh bạ đơn vị không hợp lệ: ${problems.slice(0, SHOWN).map(describeProblem).join('; ')}${more}`,
    );
  }
}

const LABELS: Record<string, string> = {
  version: 'phiên bản',
  units: 'danh sách đơn vị',
  groups: 'danh sách nhóm',
  code: 'mã',
  short_name: 'tên ngắn',
  full_name: 'tên đầy đủ',
  level: 'cấp',
  kind: 'loại',
  parent: 'đơn vị cấp trên',
  aliases: 'tên gọi khác',
  emails: 'email',
  head: 'thủ trưởng',
  title: 'chức danh',
  email: 'email',
  active_from: 'ngày bắt đầu hoạt động',
  active_to: 'ngày ngừng hoạt động',
  replaced_by: 'đơn vị thay thế',
  name: 'tên nhóm',
  members: 'quy tắc thành viên',
  level_in: 'các cấp',
  codes: 'danh sách mã',
};

const TYPES: Record<string, string> = {
  string: 'chuỗi ký tự',
  array: 'danh sách [...]',
  object: 'khối "khóa: giá trị"',
  number: 'số',
};

/** "cấp (level)", "phần tử 2 của email (emails)", "tệp". */
function labelOf(path: DirectoryPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'tệp danh bạ';
  if (typeof last === 'number') return `phần tử ${last + 1} của ${labelOf(path.slice(0, -1))}`;
  return LABELS[last] ? `${LABELS[last]} (${last})` : `"${last}"`;
}

function shown(value: unknown): string {
  if (value === null) return 'null';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const cut = s.length > 60 ? `${s.slice(0, 60)}…` : s;
  return `"${cut}"`;
}

function valueAt(root: unknown, path: DirectoryPath): { found: boolean; value: unknown } {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !(key in here)) {
      return { found: false, value: undefined };
    }
    here = (here as Record<string | number, unknown>)[key];
  }
  return { found: true, value: here };
}

/** "đơn vị VKSTC.V8" for anything under `units[i]`, by its code when it has a usable one. */
export function subjectOf(root: unknown, path: DirectoryPath): string | null {
  const [list, index] = path;
  if (typeof index !== 'number' || (list !== 'units' && list !== 'groups')) return null;
  const what = list === 'units' ? 'đơn vị' : 'nhóm';
  const c = valueAt(root, [list, index, 'code']).value;
  return typeof c === 'string' && c.length > 0 && c.length <= 100
    ? `${what} ${c}`
    : `${what} thứ ${index + 1}`;
}

function messageOf(issue: z.core.$ZodIssue, root: unknown): string {
  const label = labelOf(issue.path as DirectoryPath);
  const at = valueAt(root, issue.path as DirectoryPath);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return 'tệp trống hoặc không phải một khối "khóa: giá trị"';
      if (!at.found) return `thiếu ${label}`;
      if (at.value === null) return `${label} không được để trống (null)`;
      return `${label} phải là ${TYPES[issue.expected] ?? issue.expected}, không phải ${shown(at.value)}`;
    case 'invalid_value':
      if (issue.path[0] === 'version' && issue.path.length === 1)
        return 'phiên bản (version) phải là 1';
      return `${label} ${shown(at.value)} không hợp lệ; phải là một trong: ${issue.values.join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${label} phải có ít nhất ${issue.minimum} phần tử`
        : `${label} không được để trống`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${label} có quá ${issue.maximum} phần tử`
        : `${label} dài quá ${issue.maximum} ký tự`;
    case 'invalid_format':
      if (issue.format === 'email')
        return `${label} ${shown(at.value)} không phải địa chỉ email hợp lệ`;
      return `${label} ${shown(at.value)}: ${issue.message}`;
    case 'unrecognized_keys':
      return `trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'custom':
      return at.found && typeof at.value !== 'object'
        ? `${label} ${shown(at.value)}: ${issue.message}`
        : `${label}: ${issue.message}`;
    default:
      return `${label}: ${issue.message}`;
  }
}

/** Zod's findings about `root`, in Vietnamese, each pointing at the field at fault. */
export function problemsOfIssues(issues: z.core.$ZodIssue[], root: unknown): DirectoryProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return {
      // An unknown key is found on its own line, not on the block holding it.
      path: issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path,
      line: null,
      subject: subjectOf(root, path),
      message: messageOf(issue, root),
    };
  });
}
