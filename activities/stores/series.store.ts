import { DataSource } from 'typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { IssueTasks, IssueTasksCommand } from '@dondoc/application';
import {
  AuditEventEntity,
  TaskSeriesEntity,
  TypeOrmUnitOfWork,
  auditEvent,
  taskStateOf,
} from '@dondoc/persistence';
import {
  CloseSeriesInput,
  OpenPeriodInput,
  OpenedPeriod,
  taskWorkflowInput,
} from '@dondoc/contracts';
import { DomainException } from '@dondoc/domain';

/** Recurring series: each period's task is made once, whatever the retries. */
export class SeriesStore {
  private readonly uow: TypeOrmUnitOfWork;

  constructor(
    private readonly ds: DataSource,
    private readonly issueTasks = new IssueTasks(),
  ) {
    this.uow = new TypeOrmUnitOfWork(ds);
  }

  /** The period's task, issued like any other task (the same checks, rows and audit). */
  async openPeriod(input: OpenPeriodInput): Promise<OpenedPeriod> {
    const task = await this.uow.transaction(async (r) => {
      const existing = await r.tasks.period(input.seriesId, input.periodIndex);
      if (existing) return existing;
      const series = await r.series.findById(input.seriesId);
      if (!series) {
        throw ApplicationFailure.nonRetryable(
          `series ${input.seriesId} not found`,
          'SeriesNotFound',
        );
      }
      const t = series.template;
      const issuerUnitCode =
        t.issuerUnitCode ?? (await r.directives.findById(series.directiveId))!.issuerUnitCode;
      let command: IssueTasksCommand;
      try {
        command = IssueTasksCommand.create({
          directiveId: series.directiveId,
          issuerUnitCode,
          parentTaskId: null,
          policy: { byPriority: { [t.priority]: t.policy } },
          tasks: [
            {
              item: t.item,
              summary: t.summary,
              content: t.content,
              leadUnit: t.leadUnitCode,
              coordinatingUnits: t.coordinatingUnitCodes,
              due: input.dueAt,
              duePhrase: t.duePhrase,
              priority: t.priority,
            },
          ],
          actor: { userId: null, source: 'workflow' },
          at: new Date(),
          period: { seriesId: series.id, index: input.periodIndex },
        });
      } catch (err) {
        // A template that no longer passes the checks will not pass on a retry either.
        if (err instanceof DomainException) {
          throw ApplicationFailure.nonRetryable(err.message, 'InvalidPeriod', err.errors);
        }
        throw err;
      }
      const { tasks } = await this.issueTasks.execute(command, r);
      return (await r.tasks.findById(tasks[0].id))!;
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
