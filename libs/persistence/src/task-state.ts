import type { TaskState } from '@dondoc/domain';
import type { TaskEntity } from './entities/task.entity';

/** A stored task as the lifecycle decides on it. */
export function taskStateOf(t: TaskEntity): TaskState {
  return {
    status: t.status,
    leadUnitCode: t.leadUnitCode,
    assignedAt: t.assignedAt.toISOString(),
    dueAt: t.dueAt?.toISOString() ?? null,
    dueDate: t.dueDate,
    planRevision: t.planRevision,
    plannedFrom: t.plannedFrom.toISOString(),
    submittedAt: t.submittedAt?.toISOString() ?? null,
    outcome: t.outcome,
    percent: t.percent,
    extension: t.extension,
  };
}

/** The columns that mirror a workflow's state: what the record writes when the workflow decides. */
export function taskColumnsOf(s: TaskState): Partial<TaskEntity> {
  return {
    status: s.status,
    leadUnitCode: s.leadUnitCode,
    assignedAt: new Date(s.assignedAt),
    dueAt: s.dueAt ? new Date(s.dueAt) : null,
    dueDate: s.dueDate,
    planRevision: s.planRevision,
    plannedFrom: new Date(s.plannedFrom),
    submittedAt: s.submittedAt ? new Date(s.submittedAt) : null,
    outcome: s.outcome,
    percent: s.percent,
    extension: s.extension,
  };
}
