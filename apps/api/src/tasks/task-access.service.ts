import { Injectable } from '@nestjs/common';
import {
  Principal,
  TaskReach,
  canReachTask,
  mayActOnTask,
  mayCascadeTask,
  mayDecideOnTask,
  DomainException,
  ErrorCode,
} from '@dondoc/domain';
import { DirectiveEntity, TaskEntity, UnitOfWork } from '@dondoc/persistence';
import { OrgTreeService } from '../org/org-tree.service';

export interface ReachableTask {
  task: TaskEntity;
  directive: DirectiveEntity;
}

/** Loads tasks the way the access policy sees them; out of reach reads as not found. */
@Injectable()
export class TaskAccessService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly org: OrgTreeService,
  ) {}

  async reach(task: TaskEntity): Promise<TaskReach> {
    return (await this.reachOf([task]))[0];
  }

  /** The facts the access policy decides on, for many tasks in a few queries. */
  async reachOf(tasks: readonly TaskEntity[]): Promise<TaskReach[]> {
    const { tasks: repo } = this.uow.repositories;
    const ids = tasks.map((t) => t.id);
    const [lineages, issuers] = await Promise.all([
      repo.lineages(tasks.filter((t) => t.parentTaskId !== null).map((t) => t.id)),
      repo.directiveIssuers(ids),
    ]);
    return Promise.all(
      tasks.map(async (task) => ({
        leadUnitCode: task.leadUnitCode,
        coordinatingUnitCodes: task.coordinatingUnitCodes,
        issuerUnitCode: task.issuerUnitCode,
        leadUnitAncestry: await this.org.ancestry(task.leadUnitCode),
        issuerUnitAncestry: await this.org.ancestry(task.issuerUnitCode),
        subAssigned: task.parentTaskId !== null,
        directiveIssuerUnitCode: issuers.get(task.id),
        lineageUnitCodes: lineages.get(task.id) ?? [],
      })),
    );
  }

  async readable(p: Principal, taskId: string): Promise<ReachableTask> {
    const { tasks, directives } = this.uow.repositories;
    const task = await tasks.findById(taskId);
    const directive = task && (await directives.findById(task.directiveId));
    if (!task || !directive || !canReachTask(p, await this.reach(task))) {
      throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy nhiệm vụ.');
    }
    return { task, directive };
  }

  async actionable(p: Principal, taskId: string): Promise<ReachableTask> {
    const found = await this.readable(p, taskId);
    if (!mayActOnTask(p, await this.reach(found.task))) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Chỉ đơn vị chủ trì được thực hiện thao tác này trên nhiệm vụ.',
      );
    }
    return found;
  }

  /** For the issuer's decisions: extensions, acceptance, return, reassignment, cancellation. */
  async decidable(p: Principal, taskId: string): Promise<ReachableTask> {
    const found = await this.readable(p, taskId);
    if (!mayDecideOnTask(p, await this.reach(found.task))) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Chỉ lãnh đạo đơn vị giao nhiệm vụ được quyết định việc này.',
      );
    }
    return found;
  }

  /** For splitting a task to subordinate units. */
  async cascadable(p: Principal, taskId: string): Promise<ReachableTask> {
    const found = await this.readable(p, taskId);
    if (!mayCascadeTask(p, await this.reach(found.task))) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Chỉ thủ trưởng đơn vị chủ trì được giao tiếp nhiệm vụ cho đơn vị cấp dưới.',
      );
    }
    return found;
  }

  async filterReadable(p: Principal, tasks: TaskEntity[]): Promise<TaskEntity[]> {
    const out: TaskEntity[] = [];
    const reaches = await this.reachOf(tasks);
    tasks.forEach((t, i) => {
      if (canReachTask(p, reaches[i])) out.push(t);
    });
    return out;
  }
}
