import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../../../../libs/contracts/src';
import {
  OPEN_STATUSES,
  TaskAction,
  WorkingCalendar,
  checkTransition,
  planNotifications,
} from '../../../../libs/domain/src';
import {
  AuditEventEntity,
  DirectiveEntity,
  NotificationEntity,
  TaskEntity,
} from '../../../../libs/persistence/src';
import { ApiException, ErrorCode } from '../common/api-error';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { TaskView, mapTask } from './task.mapper';

export interface AuditEventView {
  id: string;
  at: string;
  action: string;
  source: string;
  actorUserId: string | null;
  before: object | null;
  after: object | null;
}

const calendar = new WorkingCalendar();

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflows: TaskWorkflowGateway,
  ) {}

  async view(id: string): Promise<TaskView> {
    const task = await this.find(id);
    const directive = await this.ds
      .getRepository(DirectiveEntity)
      .findOneByOrFail({ id: task.directiveId });
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

  async act(id: string, action: TaskAction, actor: Actor, result?: string): Promise<TaskView> {
    const task = await this.find(id);
    // Closed tasks are answered here; open ones are decided by their workflow, which serialises actions.
    if (!OPEN_STATUSES.includes(task.status)) {
      const check = checkTransition(task.status, action);
      if (!check.ok) throw new ApiException(ErrorCode.InvalidTransition, check.reason);
    }
    if (action === 'acknowledge') await this.workflows.acknowledge(task.workflowId, { actor });
    else await this.workflows.complete(task.workflowId, { actor, result });
    return this.view(id);
  }

  async events(id: string): Promise<AuditEventView[]> {
    await this.find(id);
    const rows = await this.ds
      .getRepository(AuditEventEntity)
      .find({ where: { taskId: id }, order: { id: 'ASC' } });
    return rows.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      source: e.source,
      actorUserId: e.actorUserId,
      before: e.before,
      after: e.after,
    }));
  }

  private async find(id: string): Promise<TaskEntity> {
    const task = await this.ds.getRepository(TaskEntity).findOneBy({ id });
    if (!task) throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy nhiệm vụ.');
    return task;
  }
}
