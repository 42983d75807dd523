import { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import {
  AuditEventEntity,
  auditEvent,
  DirectiveEntity,
  OrgUnitEntity,
  TaskEntity,
} from '../../libs/persistence/src';
import type { RecordTransitionInput } from '../../libs/contracts/src';

export interface TaskContext {
  task: TaskEntity;
  directive: DirectiveEntity;
  unit: OrgUnitEntity;
  issuer: OrgUnitEntity;
}

/** Task rows and their audit events, written together or not at all. */
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
      const before = { status: task.status };
      const changes: Partial<TaskEntity> = { status: input.to };
      if (input.action === 'acknowledge') changes.acknowledgedAt = at;
      if (input.action === 'complete') {
        changes.completedAt = at;
        changes.outcome = input.outcome ?? null;
        changes.result = input.result ?? null;
      }
      await em.update(TaskEntity, { id: task.id }, changes);
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
          unitCode: task.leadUnitCode,
          before,
          after: { status: input.to, ...(input.outcome ? { outcome: input.outcome } : {}) },
          idempotencyKey: input.transitionId,
        }),
      );
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
    const issuer = await units.findOneByOrFail({ code: directive.issuerUnitCode });
    return { task, directive, unit, issuer };
  }
}
