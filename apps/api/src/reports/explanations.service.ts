import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainException,
  ErrorCode,
  Principal,
  explanationProblem,
  parseDueInput,
} from '@dondoc/domain';
import { TaskExplanationEntity } from '@dondoc/persistence';
import { recordApiEvent } from '../common/api-audit';
import { TaskAccessService } from '../tasks/task-access.service';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { ExplanationDto, TaskExplanationView } from './explanation.dto';

export function mapExplanation(e: TaskExplanationEntity): TaskExplanationView {
  return {
    id: e.id,
    unit: e.unitCode,
    reason: e.reason,
    remaining: e.remaining,
    committedDate: e.committedDate,
    authorUserId: e.authorUserId,
    at: e.createdAt.toISOString(),
  };
}

/** Explanations for overdue work: kept beside the task, never a change of its state. */
@Injectable()
export class ExplanationsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: TaskAccessService,
    private readonly workflows: TaskWorkflowGateway,
  ) {}

  async give(p: Principal, taskId: string, dto: ExplanationDto): Promise<TaskExplanationView> {
    const { task } = await this.access.actionable(p, taskId);
    const now = new Date();
    const problem = explanationProblem(task, dto.committedDate, now);
    if (problem) throw new DomainException(ErrorCode.InvalidTransition, problem);
    const committedAt = parseDueInput(dto.committedDate)!.dueAt;
    const saved = await this.ds.transaction(async (em) => {
      const row = await em.save(
        em.create(TaskExplanationEntity, {
          taskId,
          unitCode: task.leadUnitCode,
          reason: dto.reason,
          remaining: dto.remaining,
          committedDate: dto.committedDate,
          committedAt,
          authorUserId: p.userId,
          createdAt: now,
        }),
      );
      await recordApiEvent(em, p, now, {
        action: 'task.explanation',
        directiveId: task.directiveId,
        taskId,
        unitCode: task.leadUnitCode,
        after: {
          reason: dto.reason,
          remaining: dto.remaining,
          committedDate: dto.committedDate,
          dueAt: task.dueAt?.toISOString() ?? null,
        },
      });
      // Inside the transaction: if the workflow cannot be told, nothing is kept and the
      // client is asked to retry, so an explanation on record is always one being chased.
      await this.workflows.explanationGiven(task.workflowId, committedAt);
      return row;
    });
    return mapExplanation(saved);
  }

  async list(p: Principal, taskId: string): Promise<TaskExplanationView[]> {
    await this.access.readable(p, taskId);
    const rows = await this.ds
      .getRepository(TaskExplanationEntity)
      .find({ where: { taskId }, order: { id: 'ASC' } });
    return rows.map(mapExplanation);
  }
}
