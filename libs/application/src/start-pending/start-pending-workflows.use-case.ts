import { taskWorkflowInput } from '@dondoc/contracts';
import { Repositories, TaskEntity, TaskSeriesEntity, taskStateOf } from '@dondoc/persistence';
import { inLanes } from '../lanes';
import { WorkflowStarter } from './workflow-starter';

export interface StartPendingOptions {
  /** Starts in flight at once: enough to hide the round trips, few enough for the server. */
  concurrency: number;
  /** Passed to every task workflow (tests set it low to exercise continue-as-new). */
  taskHistoryLimit: number;
}

export interface StartedCounts {
  tasks: number;
  series: number;
}

/**
 * Starts every workflow stored but not yet started: right after issuing (by the API, so the
 * caller hears at once whether tracking began), and by the worker's sweep whenever something
 * was left pending (Temporal down, a process killed between commit and start). Marked started
 * in a few statements; a start repeated after a crash finds the running workflow.
 */
export class StartPendingWorkflows {
  constructor(
    private readonly repos: Repositories,
    private readonly starter: WorkflowStarter,
    private readonly options: StartPendingOptions,
  ) {}

  /** One directive's pending workflows; throws the first failure once the rest settled. */
  async forDirective(directiveId: string): Promise<StartedCounts> {
    const [tasks, series] = await Promise.all([
      this.repos.tasks.pendingStarts({ directiveId }),
      this.repos.series.pendingStarts({ directiveId }),
    ]);
    return this.start(tasks, series);
  }

  /** Whatever is pending anywhere, assigned before `assignedBefore`; at most `limit` tasks. */
  async sweep(assignedBefore: Date, limit: number): Promise<StartedCounts> {
    const [tasks, series] = await Promise.all([
      this.repos.tasks.pendingStarts({ assignedBefore, limit }),
      this.repos.series.pendingStarts({ limit }),
    ]);
    return this.start(tasks, series);
  }

  private async start(tasks: TaskEntity[], series: TaskSeriesEntity[]): Promise<StartedCounts> {
    const { done, error } = await inLanes(tasks, this.options.concurrency, (t) =>
      this.starter.startTask({
        workflowId: t.workflowId,
        directiveId: t.directiveId,
        unitCode: t.leadUnitCode,
        input: taskWorkflowInput(t.id, taskStateOf(t), t.policy, this.options.taskHistoryLimit),
      }),
    );
    await this.repos.tasks.markStarted(
      done.map((t) => t.id),
      new Date(),
    );
    if (error) throw error;
    let startedSeries = 0;
    for (const s of series) {
      // Period 0 is issued with the series; its workflow is started like any task's.
      const first = await this.repos.tasks.period(s.id, 0);
      if (!first?.dueAt || !first.dueDate) continue;
      await this.starter.startSeries({
        seriesId: s.id,
        first: { dueAt: first.dueAt.toISOString(), dueDate: first.dueDate },
        recurrence: s.recurrence,
        startedAt: first.assignedAt.toISOString(),
        nextIndex: 1,
        taskHistoryLimit: this.options.taskHistoryLimit,
      });
      await this.repos.series.markStarted(s.id, new Date());
      startedSeries++;
    }
    return { tasks: done.length, series: startedSeries };
  }
}
