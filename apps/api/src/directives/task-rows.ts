import { EntityManager } from 'typeorm';
import type { Principal } from '../../../../libs/domain/src';
import { recordApiEvent } from '../common/api-audit';
import {
  PolicySpec,
  Priority,
  Recurrence,
  parseDueInput,
  policyFor,
} from '../../../../libs/domain/src';
import { seriesWorkflowId, taskWorkflowId } from '../../../../libs/contracts/src';
import {
  AuditEventEntity,
  TaskEntity,
  TaskSeriesEntity,
  auditEvent,
} from '../../../../libs/persistence/src';

/** One task as the caller asked for it; `leadUnit` may name a group, fanned out here. */
export interface TaskSpec {
  item: string;
  summary: string;
  content: string | null;
  leadUnit: string;
  coordinatingUnits: string[];
  due: string | null;
  duePhrase: string | null;
  priority: Priority;
  recurrence: Recurrence | null;
  needsAllSubreports?: boolean;
}

export interface TaskRowsInput {
  directiveId: string;
  /** Who gives these tasks: the directive's issuer, or the unit sub-assigning them. */
  issuerUnitCode: string;
  parentTaskId: string | null;
  policy: PolicySpec | null;
  specs: TaskSpec[];
  /** Group code → member unit codes, for fan-out. */
  groups: ReadonlyMap<string, readonly string[]>;
  actorUserId: string;
  now: Date;
}

/** "Giao VKSND cấp tỉnh …": one task per member unit; coordinating groups become their members. */
type FannedOut = TaskSpec & { sourceGroup: string | null };

export function fanOut(
  specs: TaskSpec[],
  groups: ReadonlyMap<string, readonly string[]>,
): FannedOut[] {
  const expand = (codes: string[]) => [...new Set(codes.flatMap((c) => groups.get(c) ?? [c]))];
  return specs.flatMap((s): FannedOut[] => {
    const coordinating = expand(s.coordinatingUnits);
    const members = groups.get(s.leadUnit);
    if (!members) return [{ ...s, coordinatingUnits: coordinating, sourceGroup: null }];
    return members.map((unit) => ({
      ...s,
      leadUnit: unit,
      coordinatingUnits: coordinating.filter((c) => c !== unit),
      sourceGroup: s.leadUnit,
    }));
  });
}

/**
 * Writes the tasks (groups fanned out), their recurring series and their audit events in
 * the caller's transaction. Workflows are started afterwards by whoever commits.
 */
export async function insertTaskRows(
  em: EntityManager,
  input: TaskRowsInput,
): Promise<TaskEntity[]> {
  const { now } = input;
  const series: TaskSeriesEntity[] = [];
  const tasks = fanOut(input.specs, input.groups).map((s) => {
    const due = s.due ? parseDueInput(s.due) : null;
    const id = crypto.randomUUID();
    const task = em.create(TaskEntity, {
      id,
      directiveId: input.directiveId,
      item: s.item,
      summary: s.summary,
      content: s.content,
      leadUnitCode: s.leadUnit,
      coordinatingUnitCodes: s.coordinatingUnits,
      issuerUnitCode: input.issuerUnitCode,
      parentTaskId: input.parentTaskId,
      needsAllSubreports: s.needsAllSubreports ?? false,
      sourceGroup: s.sourceGroup,
      dueAt: due?.dueAt ?? null,
      dueDate: due?.dueDate ?? null,
      duePhrase: s.duePhrase,
      planRevision: 0,
      plannedFrom: now,
      priority: s.priority,
      policy: policyFor(input.policy, s.priority),
      status: 'assigned',
      assignedAt: now,
      // The workflow id derives from the task id, so both are stored together.
      workflowId: taskWorkflowId(id),
      seriesId: null,
      periodIndex: null,
    });
    if (s.recurrence) {
      // Period 0 is this task; the series workflow opens the later ones.
      const seriesId = crypto.randomUUID();
      series.push(
        em.create(TaskSeriesEntity, {
          id: seriesId,
          directiveId: input.directiveId,
          template: {
            item: task.item,
            summary: task.summary,
            content: task.content,
            leadUnitCode: task.leadUnitCode,
            coordinatingUnitCodes: task.coordinatingUnitCodes,
            issuerUnitCode: task.issuerUnitCode,
            duePhrase: task.duePhrase,
            priority: s.priority,
            policy: task.policy,
          },
          recurrence: s.recurrence,
          status: 'active',
          workflowId: seriesWorkflowId(seriesId),
          workflowStartedAt: null,
        }),
      );
      task.seriesId = seriesId;
      task.periodIndex = 0;
    }
    return task;
  });
  if (series.length) await em.insert(TaskSeriesEntity, series);
  await em.insert(TaskEntity, tasks);
  await em.insert(
    AuditEventEntity,
    tasks.map((t) =>
      auditEvent({
        at: now,
        source: 'api',
        actorUserId: input.actorUserId,
        action: 'task.assigned',
        directiveId: input.directiveId,
        taskId: t.id,
        unitCode: t.leadUnitCode,
        after: {
          status: t.status,
          dueAt: t.dueAt?.toISOString() ?? null,
          item: t.item,
          issuerUnit: t.issuerUnitCode,
          ...(t.parentTaskId ? { parentTaskId: t.parentTaskId } : {}),
          ...(t.sourceGroup ? { group: t.sourceGroup } : {}),
        },
      }),
    ),
  );
  return tasks;
}

/** A directive's own tasks, written with the event that says it was issued. */
export async function insertIssuedTasks(
  em: EntityManager,
  p: Principal,
  directive: { id: string; number: string | null; title: string; issuerUnitCode: string },
  input: Pick<TaskRowsInput, 'policy' | 'specs' | 'groups' | 'now'>,
  fromDraft = false,
): Promise<TaskEntity[]> {
  const tasks = await insertTaskRows(em, {
    ...input,
    directiveId: directive.id,
    issuerUnitCode: directive.issuerUnitCode,
    parentTaskId: null,
    actorUserId: p.userId,
  });
  await recordApiEvent(em, p, input.now, {
    action: 'directive.issued',
    directiveId: directive.id,
    unitCode: directive.issuerUnitCode,
    after: {
      number: directive.number,
      title: directive.title,
      tasks: tasks.length,
      ...(fromDraft ? { fromDraft } : {}),
    },
  });
  return tasks;
}
