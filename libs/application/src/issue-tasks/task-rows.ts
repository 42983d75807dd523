import { randomUUID } from 'node:crypto';
import { seriesWorkflowId, taskWorkflowId } from '@dondoc/contracts';
import { DomainException, ErrorCode, FieldError, policyFor } from '@dondoc/domain';
import type { NewAuditEvent, NewSeries, NewTask } from '@dondoc/persistence';
import { CheckedTask, CheckedTier, IssueTasksCommand } from './issue-tasks.command';

/** What issuing writes: task rows, the series of recurring ones, an audit event a task. */
export interface TaskRows {
  tasks: NewTask[];
  series: NewSeries[];
  events: NewAuditEvent[];
}

type FannedOut = CheckedTask & { sourceGroup: string | null };

/** "Giao VKSND cấp tỉnh …": one task per member unit; coordinating groups become their members. */
export function fanOut(
  tasks: readonly CheckedTask[],
  groups: ReadonlyMap<string, readonly string[]>,
): FannedOut[] {
  const expand = (codes: string[]) => [...new Set(codes.flatMap((c) => groups.get(c) ?? [c]))];
  return tasks.flatMap((t): FannedOut[] => {
    const coordinating = expand(t.coordinatingUnits);
    const members = groups.get(t.leadUnit);
    if (!members) return [{ ...t, coordinatingUnits: coordinating, sourceGroup: null }];
    return members.map((unit) => ({
      ...t,
      leadUnit: unit,
      coordinatingUnits: coordinating.filter((c) => c !== unit),
      sourceGroup: t.leadUnit,
    }));
  });
}

/** What one row is made of, beside the command's own facts. */
interface RowFacts {
  task: FannedOut;
  issuerUnitCode: string;
  parentTaskId: string | null;
  /** For a level of a plan: its date and summary instead of the item's. */
  tier?: CheckedTier;
}

/**
 * The one place a task row is made: the command's tasks (groups fanned out), and below each
 * the levels of its plan, every unit under the task of the unit above it in the org tree.
 */
export function buildTaskRows(
  cmd: IssueTasksCommand,
  groups: ReadonlyMap<string, readonly string[]>,
  parentsOf: ReadonlyMap<string, string | null> = new Map(),
  newId: () => string = randomUUID,
): TaskRows {
  const { input } = cmd;
  const rows: TaskRows = { tasks: [], series: [], events: [] };
  const errors: FieldError[] = [];

  const add = ({ task: t, issuerUnitCode, parentTaskId, tier }: RowFacts): NewTask => {
    const id = newId();
    const due = tier ? tier.due : t.due;
    const task: NewTask = {
      id,
      directiveId: input.directiveId,
      item: t.item,
      summary: tier?.summary ?? t.summary,
      content: t.content,
      leadUnitCode: t.leadUnit,
      coordinatingUnitCodes: tier ? [] : t.coordinatingUnits,
      issuerUnitCode,
      parentTaskId,
      needsAllSubreports: false,
      subtaskDue: null,
      splitSeparately: t.separate,
      sourceGroup: t.sourceGroup,
      dueAt: due?.dueAt ?? null,
      dueDate: due?.dueDate ?? null,
      duePhrase: tier ? tier.duePhrase : t.duePhrase,
      planRevision: 0,
      plannedFrom: input.at,
      priority: t.priority,
      policy: policyFor(cmd.policy, t.priority),
      status: 'assigned',
      assignedAt: input.at,
      // The workflow id derives from the task id, so both are stored together.
      workflowId: taskWorkflowId(id),
      seriesId: input.period?.seriesId ?? null,
      periodIndex: input.period?.index ?? null,
      // A later period's workflow is started by its series' workflow, right after this.
      workflowStartedAt: input.period ? input.at : null,
    };
    if (t.recurrence && !input.period && !tier) {
      // Period 0 is this task; the series workflow opens the later ones.
      const seriesId = newId();
      rows.series.push({
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
          priority: task.priority,
          policy: task.policy,
        },
        recurrence: t.recurrence,
        status: 'active',
        workflowId: seriesWorkflowId(seriesId),
        workflowStartedAt: null,
      });
      task.seriesId = seriesId;
      task.periodIndex = 0;
    }
    rows.tasks.push(task);
    rows.events.push({
      at: input.at,
      source: input.actor.source,
      actorUserId: input.actor.userId,
      action: 'task.assigned',
      directiveId: input.directiveId,
      taskId: id,
      unitCode: task.leadUnitCode,
      after: {
        status: task.status,
        dueAt: task.dueAt?.toISOString() ?? null,
        item: task.item,
        issuerUnit: task.issuerUnitCode,
        ...(task.parentTaskId ? { parentTaskId: task.parentTaskId } : {}),
        ...(task.sourceGroup ? { group: task.sourceGroup } : {}),
        ...(task.seriesId ? { seriesId: task.seriesId, periodIndex: task.periodIndex } : {}),
      },
    });
    return task;
  };

  cmd.tasks.forEach((spec, i) => {
    let level = fanOut([spec], groups).map((t) =>
      add({ task: t, issuerUnitCode: input.issuerUnitCode, parentTaskId: input.parentTaskId }),
    );
    spec.tiers.forEach((tier, k) => {
      const next: NewTask[] = [];
      const field = `${input.field ?? 'tasks'}[${i}].tiers[${k}].units`;
      for (const { unit, group } of tierMembers(tier.units, groups)) {
        const parent =
          nearestAbove(unit, level, parentsOf) ?? (k === 0 && level.length === 1 ? level[0] : null);
        if (!parent) {
          // A group stands for those of its members under the level above; a unit named
          // by hand that is under none of it is a mistake to show.
          if (!group) {
            errors.push({
              field,
              message: `Đơn vị "${unit}" không thuộc đơn vị nào của cấp trên trong kế hoạch.`,
            });
          }
          continue;
        }
        if (next.some((t) => t.leadUnitCode === unit)) continue;
        parent.needsAllSubreports = tier.needsAllReports;
        parent.subtaskDue = tier.dueInput;
        next.push(
          add({
            task: { ...spec, leadUnit: unit, coordinatingUnits: [], sourceGroup: group },
            issuerUnitCode: parent.leadUnitCode,
            parentTaskId: parent.id,
            tier,
          }),
        );
      }
      level = next;
    });
  });
  if (errors.length) {
    throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', errors);
  }
  return rows;
}

/** A level's units, its groups as their members, each once. */
function tierMembers(
  codes: readonly string[],
  groups: ReadonlyMap<string, readonly string[]>,
): { unit: string; group: string | null }[] {
  const seen = new Set<string>();
  const out: { unit: string; group: string | null }[] = [];
  for (const code of codes) {
    const members = groups.get(code);
    for (const unit of members ?? [code]) {
      if (seen.has(unit)) continue;
      seen.add(unit);
      out.push({ unit, group: members ? code : null });
    }
  }
  return out;
}

/** The task of the level above held by the nearest unit above `unit` in the org tree. */
function nearestAbove(
  unit: string,
  level: readonly NewTask[],
  parentsOf: ReadonlyMap<string, string | null>,
): NewTask | null {
  const byUnit = new Map(level.map((t) => [t.leadUnitCode, t]));
  const seen = new Set<string>();
  for (let u = parentsOf.get(unit) ?? null; u && !seen.has(u); u = parentsOf.get(u) ?? null) {
    seen.add(u);
    const found = byUnit.get(u);
    if (found) return found;
  }
  return null;
}
