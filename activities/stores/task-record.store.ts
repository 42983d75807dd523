import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import {
  AuditEventEntity,
  auditEvent,
  DirectiveEntity,
  OrgUnitEntity,
  TaskEntity,
  TaskReportEntity,
} from '../../libs/persistence/src';
import type { RecordTransitionInput } from '../../libs/contracts/src';
import type { TaskCommand, TaskState } from '../../libs/domain/src';

export interface TaskContext {
  task: TaskEntity;
  directive: DirectiveEntity;
  unit: OrgUnitEntity;
  issuer: OrgUnitEntity;
  coordinating: OrgUnitEntity[];
}

/** The columns that mirror the workflow's state. */
function stateColumns(s: TaskState): Partial<TaskEntity> {
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

/** What an audit event shows of a state: the fields a reader of the trail cares about. */
function auditView(s: TaskState): Record<string, unknown> {
  return {
    status: s.status,
    leadUnit: s.leadUnitCode,
    dueAt: s.dueAt,
    ...(s.extension ? { extension: s.extension } : {}),
    ...(s.outcome ? { outcome: s.outcome } : {}),
    ...(s.percent !== null ? { percent: s.percent } : {}),
  };
}

/** The command's own words (reason, result, new date…), without its discriminator. */
function commandDetails(c: TaskCommand): Record<string, unknown> {
  const { action: _action, ...details } = c;
  return details;
}

/** Task rows, their reports and their audit events, written together or not at all. */
export class TaskRecordStore {
  constructor(private readonly ds: DataSource) {}

  async applyTransition(input: RecordTransitionInput): Promise<void> {
    await this.ds.transaction(async (em) => {
      const done = await em.existsBy(AuditEventEntity, { idempotencyKey: input.transitionId });
      if (done) return;
      const task = await em.findOneBy(TaskEntity, { id: input.taskId });
      if (!task)
        throw ApplicationFailure.nonRetryable(`task ${input.taskId} not found`, 'TaskNotFound');
      if (task.status !== input.from) {
        throw ApplicationFailure.nonRetryable(
          `task ${input.taskId} is ${task.status}, expected ${input.from}`,
          'TaskStateMismatch',
        );
      }
      const at = new Date(input.at);
      const changes: Partial<TaskEntity> = input.after
        ? stateColumns(input.after)
        : { status: input.to };
      if (input.action === 'acknowledge') changes.acknowledgedAt = at;
      if (input.action === 'reassign') changes.acknowledgedAt = null;
      if (input.action === 'complete' || input.action === 'accept') {
        changes.completedAt = at;
        changes.outcome = input.outcome ?? null;
      }
      if (input.action === 'complete') changes.result = input.result ?? null;
      if (input.command?.action === 'submit') changes.result = input.command.result;
      await em.update(TaskEntity, { id: task.id }, changes);
      await this.recordReport(em, task, input, at);
      await em.insert(
        AuditEventEntity,
        auditEvent({
          at,
          actorUserId: input.actor.userId,
          actorLabel: input.actor.label ?? null,
          source: input.actor.source,
          action: `task.${input.action}`,
          directiveId: task.directiveId,
          taskId: task.id,
          unitCode: input.after?.leadUnitCode ?? task.leadUnitCode,
          before: input.before ? auditView(input.before) : { status: task.status },
          after: input.after
            ? { ...auditView(input.after), ...(input.command ? commandDetails(input.command) : {}) }
            : { status: input.to, ...(input.outcome ? { outcome: input.outcome } : {}) },
          idempotencyKey: input.transitionId,
        }),
      );
    });
  }

  private async recordReport(
    em: EntityManager,
    task: TaskEntity,
    input: RecordTransitionInput,
    at: Date,
  ): Promise<void> {
    const c = input.command;
    if (c?.action !== 'report_progress' && c?.action !== 'submit') return;
    await em.insert(TaskReportEntity, {
      taskId: task.id,
      kind: c.action === 'submit' ? 'submission' : 'progress',
      text: c.action === 'submit' ? c.result : c.text,
      percent: c.action === 'submit' ? 100 : c.percent,
      attachmentIds: c.attachmentIds,
      unitCode: task.leadUnitCode,
      actorUserId: input.actor.userId,
      reportedAt: at,
      transitionId: input.transitionId,
    });
  }

  async context(taskId: string): Promise<TaskContext> {
    const task = await this.ds.getRepository(TaskEntity).findOneBy({ id: taskId });
    if (!task) throw ApplicationFailure.nonRetryable(`task ${taskId} not found`, 'TaskNotFound');
    const directive = await this.ds
      .getRepository(DirectiveEntity)
      .findOneByOrFail({ id: task.directiveId });
    const units = this.ds.getRepository(OrgUnitEntity);
    const unit = await units.findOneByOrFail({ code: task.leadUnitCode });
    // Whoever gave the task: the directive's issuer, or the unit that sub-assigned it.
    const issuer = await units.findOneByOrFail({ code: task.issuerUnitCode });
    const coordinating = task.coordinatingUnitCodes.length
      ? await units.findBy({ code: In(task.coordinatingUnitCodes) })
      : [];
    return { task, directive, unit, issuer, coordinating };
  }
}
