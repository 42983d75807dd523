import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import {
  AuditEventEntity,
  auditEvent,
  DirectiveEntity,
  OrgUnitEntity,
  TaskEntity,
  TaskReportEntity,
  taskColumnsOf,
} from '@dondoc/persistence';
import type { RecordTransitionInput } from '@dondoc/contracts';
import type { TaskCommand, TaskState } from '@dondoc/domain';

export interface TaskContext {
  task: TaskEntity;
  directive: DirectiveEntity;
  unit: OrgUnitEntity;
  issuer: OrgUnitEntity;
  coordinating: OrgUnitEntity[];
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

  /**
   * Applies a transition the workflow decided. It is never refused: the workflow is the one
   * writer of a task's state and the row follows it. Applied once, whatever the retries (the
   * audit event's key is the transition's; a late duplicate attempt rolls back on it).
   */
  async applyTransition(input: RecordTransitionInput): Promise<void> {
    await this.ds.transaction(async (em) => {
      const done = await em.existsBy(AuditEventEntity, { idempotencyKey: input.transitionId });
      if (done) return;
      const task = await em.findOneBy(TaskEntity, { id: input.taskId });
      if (!task)
        throw ApplicationFailure.nonRetryable(`task ${input.taskId} not found`, 'TaskNotFound');
      const at = new Date(input.at);
      const changes: Partial<TaskEntity> = input.after
        ? taskColumnsOf(input.after)
        : { status: input.to, ...(input.outcome ? { outcome: input.outcome } : {}) };
      if (input.action === 'acknowledge') changes.acknowledgedAt = at;
      if (input.action === 'reassign') changes.acknowledgedAt = null;
      if (changes.status === 'done') changes.completedAt = at;
      if (input.command?.action === 'submit') changes.result = input.command.result;
      else if (input.result !== undefined) changes.result = input.result;
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
    // The directive and every unit named, at once: one round trip after the task's.
    const [directive, units] = await Promise.all([
      this.ds.getRepository(DirectiveEntity).findOneByOrFail({ id: task.directiveId }),
      this.ds.getRepository(OrgUnitEntity).findBy({
        code: In([task.leadUnitCode, task.issuerUnitCode, ...task.coordinatingUnitCodes]),
      }),
    ]);
    const byCode = new Map(units.map((u) => [u.code, u]));
    const named = (code: string) => {
      const u = byCode.get(code);
      if (!u) throw new Error(`unit ${code} not found`);
      return u;
    };
    const unit = named(task.leadUnitCode);
    // Whoever gave the task: the directive's issuer, or the unit that sub-assigned it.
    const issuer = named(task.issuerUnitCode);
    const coordinating = task.coordinatingUnitCodes.flatMap((c) => byCode.get(c) ?? []);
    return { task, directive, unit, issuer, coordinating };
  }
}
