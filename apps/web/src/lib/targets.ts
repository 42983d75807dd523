import type { Schemas } from '../api/client';

type TargetView = Schemas['TargetView'];
type CreateTarget = Schemas['CreateTargetDto'];
type Figures = Schemas['FiguresDto'];
type TargetKind = CreateTarget['kind'];

/** Who the page is for, as the session tells it. */
interface Person {
  unitCode: string;
  roles: readonly string[];
}

export const TARGET_KIND_LABEL: Record<TargetKind, string> = {
  rate: 'Tỷ lệ (tử số trên mẫu số)',
  count: 'Số lượng',
  on_time: '100% đúng hạn (tính từ nhiệm vụ)',
};

export const AGGREGATION_LABEL: Record<NonNullable<CreateTarget['aggregation']>, string> = {
  sum: 'Cộng số liệu các kỳ',
  latest: 'Lũy kế: lấy số liệu báo cáo gần nhất',
};

/**
 * Targets are set by the leaders and the secretariat of the directive's issuing unit or of a
 * unit above it (the API's `mayManageTargetsFor`); the page only hides what would be refused.
 */
export function mayManageTargets(
  p: Person,
  issuerUnit: string,
  parentOf: (code: string) => string | null | undefined,
): boolean {
  if (!p.roles.some((r) => r === 'leader' || r === 'secretariat')) return false;
  const seen = new Set<string>();
  for (let u: string | null | undefined = issuerUnit; u && !seen.has(u); u = parentOf(u)) {
    if (u === p.unitCode) return true;
    seen.add(u);
  }
  return false;
}

/** The lead unit's heads and officers report its figures (the API's `mayActOnTask`). */
export function mayReportFigures(p: Person, task: { leadUnit: string; status: string }): boolean {
  return (
    p.roles.some((r) => r === 'unit_head' || r === 'unit_officer') &&
    task.leadUnit === p.unitCode &&
    task.status !== 'cancelled'
  );
}

/** "100% on time" is counted from the tasks themselves; the other kinds ask the unit. */
export function needsFigures(t: Pick<TargetView, 'kind'>): boolean {
  return t.kind !== 'on_time';
}

/** The items of a directive, once each, in the document's order ("2" before "10", "2" before "2.1"). */
export function directiveItems(
  tasks: readonly { item: string; summary: string; parentTaskId?: string | null }[],
): { item: string; summary: string }[] {
  // An item's own task names it, before any level below it.
  const byItem = new Map<string, string>();
  for (const t of [...tasks.filter((t) => !t.parentTaskId), ...tasks]) {
    if (!byItem.has(t.item)) byItem.set(t.item, t.summary);
  }
  return [...byItem.entries()]
    .map(([item, summary]) => ({ item, summary }))
    .sort((a, b) => a.item.localeCompare(b.item, 'vi', { numeric: true }));
}

export interface TargetFormValues {
  item: string;
  kind: TargetKind;
  label: string;
  threshold: number;
  aggregation?: 'sum' | 'latest';
  numeratorLabel?: string;
  denominatorLabel?: string;
}

const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The request for a new target: only the fields its kind uses. */
export function targetRequest(directiveId: string, v: TargetFormValues): CreateTarget {
  return {
    directiveId,
    item: v.item,
    kind: v.kind,
    label: v.label.trim(),
    threshold: v.kind === 'on_time' ? 100 : v.threshold,
    ...(v.kind === 'on_time' ? {} : { aggregation: v.aggregation ?? 'sum' }),
    ...(v.kind === 'on_time' ? {} : { numeratorLabel: text(v.numeratorLabel) }),
    ...(v.kind === 'rate' ? { denominatorLabel: text(v.denominatorLabel) } : {}),
  };
}

/** The labels of the numbers a target asks for, the target's own when it names them. */
export function figureLabels(t: Pick<TargetView, 'kind' | 'numeratorLabel' | 'denominatorLabel'>): {
  numerator: string;
  denominator: string | null;
} {
  if (t.kind === 'count')
    return { numerator: t.numeratorLabel || 'Số lượng đạt được', denominator: null };
  return {
    numerator: t.numeratorLabel || 'Tử số',
    denominator: t.denominatorLabel || 'Mẫu số',
  };
}

/** The request for a unit's figures: a count sends one number, a rate two. */
export function figuresRequest(
  t: Pick<TargetView, 'id' | 'kind'>,
  v: { numerator: number; denominator?: number | null; note?: string },
): Figures {
  return {
    targetId: t.id,
    numerator: v.numerator,
    ...(t.kind === 'rate' && typeof v.denominator === 'number'
      ? { denominator: v.denominator }
      : {}),
    ...(text(v.note) ? { note: text(v.note) } : {}),
  };
}
