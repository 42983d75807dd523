import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../../../libs/contracts/src';
import {
  OPEN_STATUSES,
  Principal,
  TaskCommand,
  UNIT_ACTIONS,
  decide,
  planNotifications,
  vietnameseCalendar,
} from '../../../../libs/domain/src';
import {
  AttachmentEntity,
  AuditEventEntity,
  NotificationEntity,
  TaskEntity,
  TaskReportEntity,
  TaskSeriesEntity,
  taskStateOf,
} from '../../../../libs/persistence/src';
import { AuditEventView, mapAuditEvent } from '../audit/audit.mapper';
import { ApiException, ErrorCode } from '../common/api-error';
import { CalendarService } from '../calendar/calendar.service';
import { activeUnitCodes } from '../org/active-units';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { TaskAccessService } from './task-access.service';
import { SubtaskCounts, TaskReportView, TaskView, mapReport, mapTask } from './task.mapper';

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflows: TaskWorkflowGateway,
    private readonly access: TaskAccessService,
    private readonly calendars: CalendarService,
  ) {}

  async view(p: Principal, id: string): Promise<TaskView> {
    const { task } = await this.access.readable(p, id);
    const sent = await this.ds
      .getRepository(NotificationEntity)
      .find({ select: { key: true }, where: { taskId: id } });
    const sentKeys = new Set(sent.map((n) => n.key.slice(id.length + 1)));
    const calendar = vietnameseCalendar(await this.calendars.adminOverrides());
    const now = new Date();
    const plan = planNotifications(
      {
        status: task.status,
        assignedAt: task.assignedAt,
        dueAt: task.dueAt,
        planRevision: task.planRevision,
        plannedFrom: task.plannedFrom,
        submittedAt: task.submittedAt,
        repeatsFrom: now,
      },
      task.policy,
      calendar,
    ).filter((n) => !sentKeys.has(n.key));
    return mapTask(task, now, calendar, plan, await this.subtaskCounts(task.id));
  }

  /** Sub-tasks that have not reported: neither submitted nor closed. */
  private async openSubtasks(parentId: string): Promise<number> {
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM task
        WHERE parent_task_id = $1 AND status IN ('assigned', 'acknowledged', 'in_progress')`,
      [parentId],
    );
    return n;
  }

  /** "k of n done" for a task split to subordinate units; null when it was not split. */
  private async subtaskCounts(parentId: string): Promise<SubtaskCounts | null> {
    const [row] = await this.ds.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status IN ('submitted', 'done'))::int AS reported,
              count(*) FILTER (WHERE status = 'done')::int AS done,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
         FROM task WHERE parent_task_id = $1`,
      [parentId],
    );
    return row.total === 0 ? null : row;
  }

  /** Takes an action for a signed-in user: the lead unit's actions, or the issuer's decisions. */
  async act(p: Principal, id: string, command: TaskCommand): Promise<TaskView> {
    const { task } = UNIT_ACTIONS.includes(command.action)
      ? await this.access.actionable(p, id)
      : await this.access.decidable(p, id);
    await this.checkReferences(task, command);
    const withFacts =
      command.action === 'submit' && task.needsAllSubreports
        ? { ...command, openSubtasks: await this.openSubtasks(task.id) }
        : command;
    await this.perform(task, withFacts, { userId: p.userId, source: 'api' });
    return this.view(p, id);
  }

  /**
   * The action itself, for any entry point that has already checked who may take it.
   * Closed tasks are answered here; open ones are decided by their workflow, which
   * serialises concurrent actions.
   */
  async perform(task: TaskEntity, command: TaskCommand, actor: Actor): Promise<void> {
    if (!OPEN_STATUSES.includes(task.status)) {
      const d = decide(taskStateOf(task), command, new Date());
      if (!d.ok) throw new ApiException(ErrorCode.InvalidTransition, d.reason);
    }
    await this.workflows.act(task.workflowId, { actor, command });
  }

  /** Stops a recurring series from opening more periods; open period tasks go on. */
  async cancelSeries(
    p: Principal,
    seriesId: string,
    reason: string,
  ): Promise<{ seriesId: string; status: string; nextIndex: number }> {
    const first = await this.ds
      .getRepository(TaskEntity)
      .findOne({ where: { seriesId }, order: { periodIndex: 'ASC' } });
    if (!first) throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy nhiệm vụ định kỳ.');
    await this.access.decidable(p, first.id);
    const series = await this.ds.getRepository(TaskSeriesEntity).findOneByOrFail({ id: seriesId });
    if (series.status !== 'active') {
      throw new ApiException(
        ErrorCode.InvalidTransition,
        'Nhiệm vụ định kỳ này đã kết thúc hoặc đã bị hủy.',
      );
    }
    const state = await this.workflows.cancelSeries(seriesId, {
      actor: { userId: p.userId, source: 'api' },
      reason,
    });
    return { seriesId, status: state.status, nextIndex: state.nextIndex };
  }

  async events(p: Principal, id: string): Promise<AuditEventView[]> {
    await this.access.readable(p, id);
    const rows = await this.ds
      .getRepository(AuditEventEntity)
      .find({ where: { taskId: id }, order: { id: 'ASC' } });
    return rows.map(mapAuditEvent);
  }

  async reports(p: Principal, id: string): Promise<TaskReportView[]> {
    await this.access.readable(p, id);
    const rows = await this.ds
      .getRepository(TaskReportEntity)
      .find({ where: { taskId: id }, order: { id: 'ASC' } });
    const ids = [...new Set(rows.flatMap((r) => r.attachmentIds))];
    const files = ids.length
      ? await this.ds.getRepository(AttachmentEntity).findBy({ id: In(ids) })
      : [];
    return rows.map((r) => mapReport(r, files));
  }

  /** Units and attachments a command names must exist and belong where it says. */
  private async checkReferences(task: TaskEntity, command: TaskCommand): Promise<void> {
    if (
      command.action === 'reassign' &&
      !(await activeUnitCodes(this.ds.manager, [command.unitCode])).has(command.unitCode)
    ) {
      throw new ApiException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', [
        {
          field: 'unit',
          message: `Không có đơn vị mã "${command.unitCode}" trong danh bạ, hoặc đơn vị đã ngừng hoạt động.`,
        },
      ]);
    }
    if (command.action !== 'report_progress' && command.action !== 'submit') return;
    const ids = [...new Set(command.attachmentIds)];
    if (ids.length === 0) return;
    const found = await this.ds
      .getRepository(AttachmentEntity)
      .count({ where: { id: In(ids), taskId: task.id } });
    if (found !== ids.length) {
      throw new ApiException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'attachmentIds', message: 'Có tệp đính kèm không thuộc nhiệm vụ này.' },
      ]);
    }
  }
}
