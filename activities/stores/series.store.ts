import { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import {
  AuditEventEntity,
  DirectiveEntity,
  TaskEntity,
  TaskSeriesEntity,
  auditEvent,
  taskStateOf,
} from '../../libs/persistence/src';
import {
  CloseSeriesInput,
  OpenPeriodInput,
  OpenedPeriod,
  taskWorkflowId,
  taskWorkflowInput,
} from '../../libs/contracts/src';

/** Recurring series: each period's task is made once, whatever the retries. */
export class SeriesStore {
  constructor(private readonly ds: DataSource) {}

  async openPeriod(input: OpenPeriodInput): Promise<OpenedPeriod> {
    const task = await this.ds.transaction(async (em) => {
      const existing = await em.findOneBy(TaskEntity, {
        seriesId: input.seriesId,
        periodIndex: input.periodIndex,
      });
      if (existing) return existing;
      const series = await em.findOneBy(TaskSeriesEntity, { id: input.seriesId });
      if (!series) {
        throw ApplicationFailure.nonRetryable(
          `series ${input.seriesId} not found`,
          'SeriesNotFound',
        );
      }
      const t = series.template;
      const issuerUnitCode =
        t.issuerUnitCode ??
        (await em.findOneByOrFail(DirectiveEntity, { id: series.directiveId })).issuerUnitCode;
      const now = new Date();
      const id = crypto.randomUUID();
      const row = em.create(TaskEntity, {
        id,
        directiveId: series.directiveId,
        item: t.item,
        summary: t.summary,
        content: t.content,
        leadUnitCode: t.leadUnitCode,
        coordinatingUnitCodes: t.coordinatingUnitCodes,
        issuerUnitCode,
        parentTaskId: null,
        dueAt: new Date(input.dueAt),
        dueDate: input.dueDate,
        duePhrase: t.duePhrase,
        planRevision: 0,
        plannedFrom: now,
        priority: t.priority,
        policy: t.policy,
        status: 'assigned',
        assignedAt: now,
        seriesId: series.id,
        periodIndex: input.periodIndex,
        workflowId: taskWorkflowId(id),
        // Started by the series workflow right after this, so the api's reconcile leaves it.
        workflowStartedAt: now,
      });
      await em.insert(TaskEntity, row);
      await em.insert(
        AuditEventEntity,
        auditEvent({
          at: now,
          source: 'workflow',
          action: 'task.assigned',
          directiveId: series.directiveId,
          taskId: id,
          unitCode: t.leadUnitCode,
          after: {
            status: 'assigned',
            dueAt: input.dueAt,
            item: t.item,
            seriesId: series.id,
            periodIndex: input.periodIndex,
          },
        }),
      );
      return row;
    });
    return {
      taskId: task.id,
      workflowId: task.workflowId,
      directiveId: task.directiveId,
      unitCode: task.leadUnitCode,
      input: taskWorkflowInput(task.id, taskStateOf(task), task.policy),
    };
  }

  async close(input: CloseSeriesInput): Promise<void> {
    await this.ds.transaction(async (em) => {
      const series = await em.findOneByOrFail(TaskSeriesEntity, { id: input.seriesId });
      if (series.status === input.status) return;
      await em.update(TaskSeriesEntity, { id: series.id }, { status: input.status });
      await em.insert(
        AuditEventEntity,
        auditEvent({
          at: new Date(),
          source: input.actor.source,
          actorUserId: input.actor.userId,
          actorLabel: input.actor.label ?? null,
          action: `series.${input.status}`,
          directiveId: series.directiveId,
          unitCode: series.template.leadUnitCode,
          before: { status: series.status },
          after: {
            status: input.status,
            seriesId: series.id,
            ...(input.reason ? { reason: input.reason } : {}),
          },
        }),
      );
    });
  }
}
