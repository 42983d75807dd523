import { TaskState, stateDifferences } from '@dondoc/domain';
import { UnitOfWork, taskStateOf } from '@dondoc/persistence';

/** Reads what a task's workflow holds; null when there is no such workflow (not started). */
export abstract class TaskWorkflowReader {
  abstract state(workflowId: string): Promise<TaskState | null>;
}

export interface RecordMismatch {
  taskId: string;
  differences: { field: string; record: unknown; workflow: unknown }[];
  repaired: boolean;
}

export interface RecordCheck {
  checked: number;
  /** Open tasks marked started whose workflow cannot be found. */
  withoutWorkflow: string[];
  /** Tasks whose workflow did not answer (no worker polling its queue, Temporal busy). */
  unreadable: { taskId: string; error: string }[];
  mismatched: RecordMismatch[];
}

/**
 * Compares each open task's record with its workflow and, when asked, repairs the record
 * from the workflow (the one writer of a task's state), with an audit event saying what
 * changed. A task the two disagree on is otherwise stuck: the workflow decides on its own
 * state while the pages show the record's.
 */
export class CheckTaskRecords {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly workflows: TaskWorkflowReader,
  ) {}

  async execute(options: {
    repair: boolean;
    limit: number;
    directiveId?: string;
  }): Promise<RecordCheck> {
    const tasks = await this.uow.repositories.tasks.openStarted(options.limit, options.directiveId);
    const result: RecordCheck = {
      checked: tasks.length,
      withoutWorkflow: [],
      unreadable: [],
      mismatched: [],
    };
    for (const task of tasks) {
      let workflow: TaskState | null;
      try {
        workflow = await this.workflows.state(task.workflowId);
      } catch (err) {
        result.unreadable.push({ taskId: task.id, error: String(err) });
        continue;
      }
      if (!workflow) {
        result.withoutWorkflow.push(task.id);
        continue;
      }
      const differences = stateDifferences(taskStateOf(task), workflow);
      if (differences.length === 0) continue;
      if (options.repair) {
        await this.uow.transaction(async (r) => {
          await r.tasks.writeState(task.id, workflow);
          await r.audit.append([
            {
              at: new Date(),
              source: 'system',
              actorLabel: 'kiểm tra đối chiếu nhiệm vụ',
              action: 'task.repaired',
              directiveId: task.directiveId,
              taskId: task.id,
              unitCode: workflow.leadUnitCode,
              before: Object.fromEntries(differences.map((d) => [d.field, d.record])),
              after: Object.fromEntries(differences.map((d) => [d.field, d.workflow])),
            },
          ]);
        });
      }
      result.mismatched.push({ taskId: task.id, differences, repaired: options.repair });
    }
    return result;
  }
}
