import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { unknownUnitMessage } from '@dondoc/application';
import { Actor } from '@dondoc/contracts';
import {
  ActingFor,
  DomainException,
  ErrorCode,
  OPEN_STATUSES,
  Principal,
  TaskCommand,
  UNIT_ACTIONS,
  decide,
  localDateOf,
  planNotifications,
  vietnameseCalendar,
} from '@dondoc/domain';
import { TaskEntity, UnitOfWork, taskStateOf } from '@dondoc/persistence';
import { AuditEventView, mapAuditEvent } from '../audit/audit.mapper';
import { CalendarService } from '../calendar/calendar.service';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { TaskAccessService } from './task-access.service';
import { TaskReportView, TaskView, mapReport, mapTask } from './task.mapper';

@Injectable()
export class TasksService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly workflows: TaskWorkflowGateway,
    private readonly access: TaskAccessService,
    private readonly calendars: CalendarService,
  ) {}

  async view(p: Principal, id: string): Promise<TaskView> {
    const { task } = await this.access.readable(p, id);
    const { tasks } = this.uow.repositories;
    const sentKeys = await tasks.mailKeys(id);
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
    return mapTask(task, now, calendar, plan, await tasks.subtaskCounts(task.id));
  }

  /**
   * Takes an action for a signed-in user: the lead unit's actions, or the issuer's decisions.
   * With an Idempotency-Key the workflow update has an id of its own, so a retry of an action
   * that did reach the workflow is answered by it, not applied a second time.
   */
  async act(
    p: Principal,
    id: string,
    command: TaskCommand,
    idempotencyKey?: string,
  ): Promise<TaskView> {
    const { task } = UNIT_ACTIONS.includes(command.action)
      ? await this.access.actionable(p, id)
      : await this.access.decidable(p, id);
    await this.checkReferences(task, command);
    const withFacts =
      command.action === 'submit' && task.needsAllSubreports
        ? {
            ...command,
            openSubtasks: await this.uow.repositories.tasks.unreportedSubtasks(task.id),
          }
        : command;
    // A unit's action is taken for the user's own unit: refused if the task has moved on.
    const actingFor = UNIT_ACTIONS.includes(command.action) ? { unitCode: p.unitCode } : undefined;
    const updateId = idempotencyKey
      ? `act-${createHash('sha256').update(`${p.userId}\n${id}\n${idempotencyKey}`).digest('hex')}`
      : undefined;
    await this.perform(task, withFacts, { userId: p.userId, source: 'api' }, actingFor, updateId);
    return this.view(p, id);
  }

  /**
   * The action itself, for any entry point that has already checked who may take it.
   * Closed tasks are answered here; open ones are decided by their workflow, which
   * serialises concurrent actions.
   */
  async perform(
    task: TaskEntity,
    command: TaskCommand,
    actor: Actor,
    actingFor?: ActingFor,
    updateId?: string,
  ): Promise<void> {
    if (!OPEN_STATUSES.includes(task.status)) {
      const d = decide(taskStateOf(task), command, new Date(), actingFor);
      if (!d.ok) throw new DomainException(ErrorCode.InvalidTransition, d.reason);
    }
    await this.workflows.act(
      task.workflowId,
      { actor, command, ...(actingFor ? { actingFor } : {}) },
      updateId,
    );
  }

  /** Stops a recurring series from opening more periods; open period tasks go on. */
  async cancelSeries(
    p: Principal,
    seriesId: string,
    reason: string,
  ): Promise<{ seriesId: string; status: string; nextIndex: number }> {
    const { tasks, series: allSeries } = this.uow.repositories;
    const first = await tasks.period(seriesId, 0);
    const series = first && (await allSeries.findById(seriesId));
    if (!first || !series) {
      throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy nhiệm vụ định kỳ.');
    }
    await this.access.decidable(p, first.id);
    if (series.status !== 'active') {
      throw new DomainException(
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
    return (await this.uow.repositories.audit.forTask(id)).map(mapAuditEvent);
  }

  async reports(p: Principal, id: string): Promise<TaskReportView[]> {
    await this.access.readable(p, id);
    const { tasks } = this.uow.repositories;
    const rows = await tasks.reports(id);
    const files = await tasks.attachments([...new Set(rows.flatMap((r) => r.attachmentIds))]);
    return rows.map((r) => mapReport(r, files));
  }

  /** Units and attachments a command names must exist and belong where it says. */
  private async checkReferences(task: TaskEntity, command: TaskCommand): Promise<void> {
    const { org, tasks } = this.uow.repositories;
    if (command.action === 'reassign') {
      const active = await org.activeUnitCodes([command.unitCode], localDateOf(new Date()));
      if (!active.has(command.unitCode)) {
        throw new DomainException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', [
          { field: 'unit', message: unknownUnitMessage(command.unitCode) },
        ]);
      }
    }
    if (command.action !== 'report_progress' && command.action !== 'submit') return;
    if (!(await tasks.ownsAttachments(task.id, command.attachmentIds))) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'attachmentIds', message: 'Có tệp đính kèm không thuộc nhiệm vụ này.' },
      ]);
    }
  }
}
