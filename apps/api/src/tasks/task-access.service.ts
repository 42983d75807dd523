import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Principal,
  TaskReach,
  canReachTask,
  mayActOnTask,
  mayCascadeTask,
  mayDecideOnTask,
} from '../../../../libs/domain/src';
import { DirectiveEntity, TaskEntity } from '../../../../libs/persistence/src';
import { ApiException, ErrorCode } from '../common/api-error';
import { OrgTreeService } from '../org/org-tree.service';

export interface ReachableTask {
  task: TaskEntity;
  directive: DirectiveEntity;
}

/** Loads tasks the way the access policy sees them; out of reach reads as not found. */
@Injectable()
export class TaskAccessService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly org: OrgTreeService,
  ) {}

  async reach(task: TaskEntity): Promise<TaskReach> {
    return {
      leadUnitCode: task.leadUnitCode,
      coordinatingUnitCodes: task.coordinatingUnitCodes,
      issuerUnitCode: task.issuerUnitCode,
      leadUnitAncestry: await this.org.ancestry(task.leadUnitCode),
      issuerUnitAncestry: await this.org.ancestry(task.issuerUnitCode),
      subAssigned: task.parentTaskId !== null,
    };
  }

  async readable(p: Principal, taskId: string): Promise<ReachableTask> {
    const task = await this.ds.getRepository(TaskEntity).findOneBy({ id: taskId });
    const directive =
      task && (await this.ds.getRepository(DirectiveEntity).findOneBy({ id: task.directiveId }));
    if (!task || !directive || !canReachTask(p, await this.reach(task))) {
      throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy nhiệm vụ.');
    }
    return { task, directive };
  }

  async actionable(p: Principal, taskId: string): Promise<ReachableTask> {
    const found = await this.readable(p, taskId);
    if (!mayActOnTask(p, await this.reach(found.task))) {
      throw new ApiException(
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
      throw new ApiException(
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
      throw new ApiException(
        ErrorCode.Forbidden,
        'Chỉ thủ trưởng đơn vị chủ trì được giao tiếp nhiệm vụ cho đơn vị cấp dưới.',
      );
    }
    return found;
  }

  async filterReadable(p: Principal, tasks: TaskEntity[]): Promise<TaskEntity[]> {
    const out: TaskEntity[] = [];
    for (const t of tasks) if (canReachTask(p, await this.reach(t))) out.push(t);
    return out;
  }
}
