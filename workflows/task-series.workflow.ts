import {
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import {
  CancelSeriesCommand,
  DIRECTIVE_ID_KEY,
  INVALID_TRANSITION,
  SeriesState,
  SeriesWorkflowInput,
  TASK_ID_KEY,
  UNIT_KEY,
  cancelSeriesUpdate,
  seriesStateQuery,
} from '@dondoc/contracts';
import { PeriodDue, periodDue, periodOpensAt, periodWithin } from '@dondoc/domain';
import { taskWorkflow } from './task.workflow';

const { openPeriod, closeSeries } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const HISTORY_LIMIT = 2_000;

/**
 * A recurring task ("báo cáo định kỳ hằng tháng"): sleeps until each period starts, then
 * opens that period's task, which runs its own workflow with its own deadline and ladder.
 * Period tasks outlive the series: a cancelled series opens no more, the open one goes on.
 */
export async function taskSeriesWorkflow(input: SeriesWorkflowInput): Promise<SeriesState> {
  const first: PeriodDue = {
    dueAt: new Date(input.first.dueAt),
    dueDate: input.first.dueDate,
  };
  const every = input.recurrence.every;
  let next = input.nextIndex;
  let status: SeriesState['status'] = 'active';

  const state = (): SeriesState => ({
    seriesId: input.seriesId,
    status,
    nextIndex: next,
    nextOpensAt:
      status === 'active' && periodWithin(first, input.recurrence, next)
        ? periodOpensAt(first, every, next, new Date(input.startedAt)).toISOString()
        : null,
  });
  setHandler(seriesStateQuery, state);
  setHandler(
    cancelSeriesUpdate,
    async ({ actor, reason }: CancelSeriesCommand) => {
      status = 'cancelled';
      await closeSeries({ seriesId: input.seriesId, status, actor, reason });
      return state();
    },
    {
      validator: (_c: CancelSeriesCommand) => {
        if (status !== 'active') {
          throw ApplicationFailure.nonRetryable(
            'Nhiệm vụ định kỳ này đã kết thúc hoặc đã bị hủy.',
            INVALID_TRANSITION,
          );
        }
      },
    },
  );

  while (status === 'active' && periodWithin(first, input.recurrence, next)) {
    const wait =
      periodOpensAt(first, every, next, new Date(input.startedAt)).getTime() - new Date().getTime();
    if (wait > 0 && (await condition(() => status !== 'active', wait))) break;
    const due = periodDue(first, every, next);
    const opened = await openPeriod({
      seriesId: input.seriesId,
      periodIndex: next,
      dueAt: due.dueAt.toISOString(),
      dueDate: due.dueDate,
    });
    try {
      await startChild(taskWorkflow, {
        workflowId: opened.workflowId,
        args: [
          input.taskHistoryLimit
            ? { ...opened.input, historyLimit: input.taskHistoryLimit }
            : opened.input,
        ],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        typedSearchAttributes: [
          { key: TASK_ID_KEY, value: opened.taskId },
          { key: DIRECTIVE_ID_KEY, value: opened.directiveId },
          { key: UNIT_KEY, value: opened.unitCode },
        ],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    next++;
    if (workflowInfo().historyLength > (input.historyLimit ?? HISTORY_LIMIT)) {
      await condition(allHandlersFinished);
      if (status === 'active') {
        return await continueAsNew<typeof taskSeriesWorkflow>({ ...input, nextIndex: next });
      }
    }
  }
  if (status === 'active') {
    status = 'ended';
    await closeSeries({
      seriesId: input.seriesId,
      status,
      actor: { userId: null, source: 'workflow' },
    });
  }
  await condition(allHandlersFinished);
  return state();
}
