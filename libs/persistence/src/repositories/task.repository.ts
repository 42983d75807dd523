import type { AttachmentEntity } from '../entities/attachment.entity';
import type { TaskReportEntity } from '../entities/task-report.entity';
import type { TaskState } from '@dondoc/domain';
import type { TaskEntity } from '../entities/task.entity';

/** A task as it is first written (the database fills `updatedAt`). */
export type NewTask = Omit<
  TaskEntity,
  | 'updatedAt'
  | 'acknowledgedAt'
  | 'completedAt'
  | 'result'
  | 'submittedAt'
  | 'percent'
  | 'extension'
  | 'outcome'
> &
  Partial<Pick<TaskEntity, 'outcome'>>;

/** "k of n": a parent's sub-tasks by how far they have come. */
export interface SubtaskCounts {
  total: number;
  /** Handed in: submitted or done. */
  reported: number;
  done: number;
  cancelled: number;
}

export abstract class TaskRepository {
  abstract findById(id: string): Promise<TaskEntity | null>;
  /** In item order. */
  abstract forDirective(directiveId: string): Promise<TaskEntity[]>;
  /** A parent's sub-tasks, by unit. */
  abstract children(parentId: string): Promise<TaskEntity[]>;
  /** Every task below this one, level by level. */
  abstract descendants(parentId: string): Promise<TaskEntity[]>;
  /** Null when the task was never split. */
  abstract subtaskCounts(parentId: string): Promise<SubtaskCounts | null>;
  /** Sub-tasks that have not handed in their report. */
  abstract unreportedSubtasks(parentId: string): Promise<number>;
  abstract insertMany(tasks: readonly NewTask[]): Promise<void>;
  abstract setNeedsAllSubreports(id: string, value: boolean): Promise<void>;
  /** A recurring series' task for one period, if it was opened. */
  abstract period(seriesId: string, periodIndex: number): Promise<TaskEntity | null>;
  /**
   * Open tasks whose workflow was never marked started, oldest first: of one directive, or
   * of any assigned before `assignedBefore`.
   */
  abstract pendingStarts(
    scope: { directiveId: string } | { assignedBefore: Date; limit: number },
  ): Promise<TaskEntity[]>;
  abstract markStarted(ids: readonly string[], at: Date): Promise<void>;
  /**
   * For each task, the lead units of the tasks above it in its plan's tree, parent first
   * (none for a task at the top).
   */
  abstract lineages(taskIds: readonly string[]): Promise<Map<string, string[]>>;
  /** The unit that issued each task's directive. */
  abstract directiveIssuers(taskIds: readonly string[]): Promise<Map<string, string>>;
  /** Open tasks whose workflow was started, oldest first: what a record check looks at. */
  abstract openStarted(limit: number, directiveId?: string): Promise<TaskEntity[]>;
  /** Writes a workflow's state into the row (a repair; the workflow is the one writer). */
  abstract writeState(id: string, state: TaskState): Promise<void>;
  /** What the unit reported, oldest first. */
  abstract reports(taskId: string): Promise<TaskReportEntity[]>;
  /** The files' descriptions (not their content). */
  abstract attachments(ids: readonly string[]): Promise<AttachmentEntity[]>;
  /** Whether every one of `ids` is a file of this task. */
  abstract ownsAttachments(taskId: string, ids: readonly string[]): Promise<boolean>;
  /** Keys of the mail recorded for the task (sent or not), without the task prefix. */
  abstract mailKeys(taskId: string): Promise<Set<string>>;
}
