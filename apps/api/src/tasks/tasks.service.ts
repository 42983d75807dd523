import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../../../../libs/contracts/src';
import {
  OPEN_STATUSES,
  Principal,
  TaskAction,
  WorkingCalendar,
  checkTransition,
  planNotifications,
} from '../../../../libs/domain/src';
import { AuditEventEntity, NotificationEntity, TaskEntity } from '../../../../libs/persistence/src';
import { AuditEventView, mapAuditEvent } from '../audit/audit.mapper';
import { ApiException, ErrorCode } from '../common/api-error';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { TaskAccessService } from './task-access.service';
import { TaskView, mapTask } from './task.mapper';

const calendar = new WorkingCalendar();

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflows: TaskWorkflowGateway,
    private readonly access: TaskAccessService,
  ) {}

  async view(p: Principal, id: string): Promise<TaskView> {
    const { task, directive } = await this.access.readable(p, id);
    const sent = await this.ds
      .getRepository(NotificationEntity)
      .find({ select: { key: true }, where: { taskId: id } });
    const sentKeys = new Set(sent.map((n) => n.key.slice(id.length + 1)));
    const plan = planNotifications(
      {
        status: task.status,
        assignedAt: task.assignedAt,
        dueAt: task.dueAt,
        dueRevision: task.dueRevision,
        plannedFrom: task.assignedAt,
        repeatsFrom: new Date(),
      },
      directive.policy,
      calendar,
    ).filter((n) => !sentKeys.has(n.key));
    return mapTask(task, new Date(), directive.policy, plan);
  }

  /** Performs an action for a signed-in user of the lead unit. */
  async act(p: Principal, id: string, action: TaskAction, result?: string): Promise<TaskView> {
    const { task } = await this.access.actionable(p, id);
    await this.perform(task, action, { userId: p.userId, source: 'api' }, result);
    return this.view(p, id);
  }

  /**
   * The action itself, for any entry point that has already checked who may take it.
   * Closed tasks are answered here; open ones are decided by their workflow, which
   * serialises concurrent actions.
   */
  async perform(
    { status, workflowId }: Pick<TaskEntity, 'status' | 'workflowId'>,
    action: TaskAction,
    actor: Actor,
    result?: string,
  ): Promise<void> {
    if (!OPEN_STATUSES.includes(status)) {
      const check = checkTransition(status, action);
      if (!check.ok) throw new ApiException(ErrorCode.InvalidTransition, check.reason);
    }
    if (action === 'acknowledge') await this.workflows.acknowledge(workflowId, { actor });
    else await this.workflows.complete(workflowId, { actor, result });
  }

  async events(p: Principal, id: string): Promise<AuditEventView[]> {
    await this.access.readable(p, id);
    const rows = await this.ds
      .getRepository(AuditEventEntity)
      .find({ where: { taskId: id }, order: { id: 'ASC' } });
    return rows.map(mapAuditEvent);
  }
}
