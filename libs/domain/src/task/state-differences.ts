import type { TaskState } from './task-lifecycle';

const FIELDS: readonly (keyof TaskState)[] = [
  'status',
  'leadUnitCode',
  'assignedAt',
  'dueAt',
  'dueDate',
  'planRevision',
  'plannedFrom',
  'submittedAt',
  'outcome',
  'percent',
  'extension',
];

/** Key order aside (PostgreSQL's jsonb keeps its own): the same value. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v ?? null;
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Where a task's record and its workflow disagree, field by field. The workflow decides and
 * the record follows it, so any difference is the record's to repair.
 */
export function stateDifferences(
  record: TaskState,
  workflow: TaskState,
): { field: keyof TaskState; record: unknown; workflow: unknown }[] {
  return FIELDS.filter((f) => !same(record[f], workflow[f])).map((field) => ({
    field,
    record: record[field],
    workflow: workflow[field],
  }));
}
