import type { TaskState } from '../../domain/src';
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
