import { EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
import {
  DomainException,
  ErrorCode,
  OPEN_STATUSES,
  REPORTED_STATUSES,
  TaskState,
  TaskStatus,
  WORKING_STATUSES,
} from '@dondoc/domain';
import { AttachmentEntity } from '../entities/attachment.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { TaskReportEntity } from '../entities/task-report.entity';
import { TaskEntity } from '../entities/task.entity';
import { taskColumnsOf } from '../task-state';
import { NewTask, SubtaskCounts, TaskRepository } from './task.repository';

/** The unique index that keeps a parent's unit to one open sub-task (migration PlanTrees). */
const ONE_OPEN_SPLIT = 'task_one_open_split_idx';

/** Enough rows per statement to keep a 1,000-task directive to a few round trips. */
const CHUNK = 500;

export class TypeOrmTaskRepository extends TaskRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<TaskEntity | null> {
    return this.em.findOneBy(TaskEntity, { id });
  }

  forDirective(directiveId: string): Promise<TaskEntity[]> {
    return this.em.find(TaskEntity, { where: { directiveId }, order: { item: 'ASC', id: 'ASC' } });
  }

  children(parentId: string): Promise<TaskEntity[]> {
    return this.em.find(TaskEntity, {
      where: { parentTaskId: parentId },
      order: { leadUnitCode: 'ASC', id: 'ASC' },
    });
  }

  async descendants(parentId: string): Promise<TaskEntity[]> {
    const rows: { id: string }[] = await this.em.query(
      `WITH RECURSIVE below(id, depth) AS (
         SELECT id, 1 FROM task WHERE parent_task_id = $1
         UNION ALL
         SELECT t.id, b.depth + 1 FROM below b JOIN task t ON t.parent_task_id = b.id
          WHERE b.depth < 16)
       SELECT id FROM below ORDER BY depth`,
      [parentId],
    );
    if (rows.length === 0) return [];
    const found = await this.em.findBy(TaskEntity, { id: In(rows.map((r) => r.id)) });
    const order = new Map(rows.map((r, i) => [r.id, i]));
    return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }

  async subtaskCounts(parentId: string): Promise<SubtaskCounts | null> {
    const [row] = await this.em.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE status = ANY($2))::int AS reported,
              count(*) FILTER (WHERE status = $3)::int AS done,
              count(*) FILTER (WHERE status = $4)::int AS cancelled
         FROM task WHERE parent_task_id = $1`,
      [parentId, REPORTED_STATUSES, 'done' satisfies TaskStatus, 'cancelled' satisfies TaskStatus],
    );
    return row.total === 0 ? null : row;
  }

  unreportedSubtasks(parentId: string): Promise<number> {
    return this.em.countBy(TaskEntity, {
      parentTaskId: parentId,
      status: In([...WORKING_STATUSES]),
    });
  }

  async insertMany(tasks: readonly NewTask[]): Promise<void> {
    try {
      for (let i = 0; i < tasks.length; i += CHUNK) {
        await this.em.insert(TaskEntity, tasks.slice(i, i + CHUNK) as TaskEntity[]);
      }
    } catch (err) {
      // Two splits of one task at once: the index lets one unit hold one open sub-task.
      const e = err as { driverError?: { code?: string; constraint?: string } };
      if (e.driverError?.code === '23505' && e.driverError.constraint === ONE_OPEN_SPLIT) {
        throw new DomainException(
          ErrorCode.Duplicate,
          'Đơn vị cấp dưới đã có một nhiệm vụ đang mở được giao từ nhiệm vụ này.',
        );
      }
      throw err;
    }
  }

  async setNeedsAllSubreports(id: string, value: boolean): Promise<void> {
    await this.em.update(TaskEntity, { id }, { needsAllSubreports: value });
  }

  period(seriesId: string, periodIndex: number): Promise<TaskEntity | null> {
    return this.em.findOneBy(TaskEntity, { seriesId, periodIndex });
  }

  pendingStarts(
    scope: { directiveId: string } | { assignedBefore: Date; limit: number },
  ): Promise<TaskEntity[]> {
    const open = { workflowStartedAt: IsNull(), status: In([...OPEN_STATUSES]) };
    if ('directiveId' in scope) {
      return this.em.find(TaskEntity, { where: { ...open, directiveId: scope.directiveId } });
    }
    return this.em.find(TaskEntity, {
      where: { ...open, assignedAt: LessThan(scope.assignedBefore) },
      order: { assignedAt: 'ASC' },
      take: scope.limit,
    });
  }

  async markStarted(ids: readonly string[], at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.em.update(
        TaskEntity,
        { id: In(ids.slice(i, i + CHUNK)) },
        { workflowStartedAt: at },
      );
    }
  }

  async lineages(taskIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map(taskIds.map((id) => [id, [] as string[]]));
    if (taskIds.length === 0) return out;
    // A plan's tree is a few levels deep; the bound only guards against a cycle.
    const rows: { origin: string; unit: string }[] = await this.em.query(
      `WITH RECURSIVE chain(origin, parent_id, depth) AS (
         SELECT id, parent_task_id, 1 FROM task WHERE id = ANY($1) AND parent_task_id IS NOT NULL
         UNION ALL
         SELECT c.origin, t.parent_task_id, c.depth + 1
           FROM chain c JOIN task t ON t.id = c.parent_id
          WHERE t.parent_task_id IS NOT NULL AND c.depth < 16)
       SELECT c.origin, p.lead_unit_code AS unit
         FROM chain c JOIN task p ON p.id = c.parent_id ORDER BY c.origin, c.depth`,
      [taskIds],
    );
    for (const r of rows) out.get(r.origin)!.push(r.unit);
    return out;
  }

  async directiveIssuers(taskIds: readonly string[]): Promise<Map<string, string>> {
    if (taskIds.length === 0) return new Map();
    const rows: { id: string; issuer: string }[] = await this.em.query(
      `SELECT t.id, d.issuer_unit_code AS issuer
         FROM task t JOIN directive d ON d.id = t.directive_id WHERE t.id = ANY($1)`,
      [taskIds],
    );
    return new Map(rows.map((r) => [r.id, r.issuer]));
  }

  openStarted(limit: number, directiveId?: string): Promise<TaskEntity[]> {
    return this.em.find(TaskEntity, {
      where: {
        status: In([...OPEN_STATUSES]),
        workflowStartedAt: Not(IsNull()),
        ...(directiveId ? { directiveId } : {}),
      },
      order: { assignedAt: 'ASC' },
      take: limit,
    });
  }

  async writeState(id: string, state: TaskState): Promise<void> {
    await this.em.update(TaskEntity, { id }, taskColumnsOf(state));
  }

  reports(taskId: string): Promise<TaskReportEntity[]> {
    return this.em.find(TaskReportEntity, { where: { taskId }, order: { id: 'ASC' } });
  }

  attachments(ids: readonly string[]): Promise<AttachmentEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em.findBy(AttachmentEntity, { id: In([...ids]) });
  }

  async ownsAttachments(taskId: string, ids: readonly string[]): Promise<boolean> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return true;
    const found = await this.em.countBy(AttachmentEntity, { id: In(unique), taskId });
    return found === unique.length;
  }

  /** Keys of the task's mail sent, refused or being sent; not of mail staged for later. */
  async mailKeys(taskId: string): Promise<Set<string>> {
    const rows = await this.em
      .createQueryBuilder(NotificationEntity, 'n')
      .select('n.key', 'key')
      .where('n.task_id = :taskId', { taskId })
      .andWhere('(n.send_after IS NULL OR n.sent_at IS NOT NULL OR n.failed_at IS NOT NULL)')
      .getRawMany<{ key: string }>();
    return new Set(rows.map((n) => n.key.slice(taskId.length + 1)));
  }
}
