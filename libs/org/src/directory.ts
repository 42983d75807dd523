import { parse } from 'yaml';
import { z } from 'zod';

const LEVELS = ['toi_cao', 'cap_cao', 'tinh', 'huyen'] as const;
const KINDS = ['vien', 'don_vi'] as const;

const unitSchema = z.object({
  code: z.string().regex(/^[A-Z0-9._-]+$/, 'code: chỉ gồm chữ in hoa ASCII, số, ".", "_" và "-"'),
  short_name: z.string().min(1),
  full_name: z.string().min(1),
  level: z.enum(LEVELS),
  kind: z.enum(KINDS),
  parent: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
  emails: z.array(z.string().email()).min(1),
  head: z.object({ title: z.string(), email: z.string().email() }).nullable().optional(),
});

const ruleSchema = z
  .object({
    level: z.enum(LEVELS).optional(),
    level_in: z.array(z.enum(LEVELS)).optional(),
    kind: z.enum(KINDS).optional(),
    parent: z.string().optional(),
    codes: z.array(z.string()).optional(),
  })
  .strict();

const groupSchema = z.object({
  code: z.string().regex(/^[A-Z0-9._-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  members: ruleSchema,
});

const directorySchema = z.object({
  version: z.literal(1),
  units: z.array(unitSchema).min(1),
  groups: z.array(groupSchema).default([]),
});

export type DirectoryUnit = z.infer<typeof unitSchema>;
export type DirectoryGroup = z.infer<typeof groupSchema>;
export type MembershipRule = z.infer<typeof ruleSchema>;
export interface Directory {
  units: DirectoryUnit[];
  groups: DirectoryGroup[];
}

export class DirectoryError extends Error {
  constructor(readonly problems: string[]) {
    super(`Danh bạ đơn vị không hợp lệ: ${problems.slice(0, 5).join('; ')}`);
  }
}

/** Reads and checks a directory file; units come back parents first. */
export function parseDirectory(yamlText: string): Directory {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (err) {
    throw new DirectoryError([`không đọc được YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
  const parsed = directorySchema.safeParse(raw);
  if (!parsed.success) {
    throw new DirectoryError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const { units, groups } = parsed.data;
  const problems: string[] = [];
  const byCode = new Map<string, DirectoryUnit>();
  const names = new Set<string>();
  for (const u of units) {
    if (byCode.has(u.code)) problems.push(`mã đơn vị trùng: ${u.code}`);
    if (names.has(u.short_name)) problems.push(`tên đơn vị trùng: ${u.short_name}`);
    byCode.set(u.code, u);
    names.add(u.short_name);
  }
  for (const u of units) {
    if (u.parent !== null && !byCode.has(u.parent))
      problems.push(`${u.code}: không có đơn vị cấp trên ${u.parent}`);
  }
  for (const g of groups) {
    const listed = [...(g.members.codes ?? []), ...(g.members.parent ? [g.members.parent] : [])];
    for (const c of listed)
      if (!byCode.has(c)) problems.push(`nhóm ${g.code}: không có đơn vị ${c}`);
  }
  if (problems.length) throw new DirectoryError(problems);
  return { units: parentsFirst(units, problems), groups };
}

function parentsFirst(units: DirectoryUnit[], problems: string[]): DirectoryUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: DirectoryUnit[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (u: DirectoryUnit) => {
    if (state.get(u.code) === 'done') return;
    if (state.get(u.code) === 'visiting') {
      problems.push(`vòng lặp cấp trên tại ${u.code}`);
      return;
    }
    state.set(u.code, 'visiting');
    if (u.parent) visit(byCode.get(u.parent)!);
    state.set(u.code, 'done');
    out.push(u);
  };
  units.forEach(visit);
  if (problems.length) throw new DirectoryError(problems);
  return out;
}

/** The units a group stands for. A rule never includes the root, which issues rather than receives. */
export function groupMembers(
  rule: MembershipRule,
  units: Pick<DirectoryUnit, 'code' | 'level' | 'kind' | 'parent'>[],
): string[] {
  return units
    .filter(
      (u) =>
        u.parent !== null &&
        (rule.codes === undefined || rule.codes.includes(u.code)) &&
        (rule.level === undefined || u.level === rule.level) &&
        (rule.level_in === undefined || rule.level_in.includes(u.level)) &&
        (rule.kind === undefined || u.kind === rule.kind) &&
        (rule.parent === undefined || u.parent === rule.parent),
    )
    .map((u) => u.code);
}
