import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
  uuid4,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import {
  INVALID_TRANSITION,
  TaskWorkflowInput,
  TaskWorkflowState,
  acknowledgeUpdate,
  completeUpdate,
  taskStateQuery,
} from '../libs/contracts/src';
import {
  OPEN_STATUSES,
  TaskAction,
  TaskStatus,
  WorkingCalendar,
  checkTransition,
  outcomeOf,
  planNotifications,
} from '../libs/domain/src';

const { recordTransition } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// Mail waits out an SMTP outage: retried with back-off, never given up on.
const { sendNotification } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/**
 * One task from assignment to its end: reminders and escalations on the policy's plan,
 * and the unit's actions as updates, each persisted before it is answered.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskWorkflowState> {
  const calendar = new WorkingCalendar();
  const state: TaskWorkflowState = {
    taskId: input.taskId,
    status: input.status,
    dueAt: input.dueAt,
    outcome: null,
    sentNotificationKeys: [],
  };
  const sent = new Set<string>();
  // Repeats are planned in a window that starts at the last mail sent, so one that fell due
  // while no worker ran is still sent, late, rather than skipped.
  let lastSentAt = new Date(input.assignedAt);
  let planChanged = false;

  setHandler(taskStateQuery, () => ({ ...state, sentNotificationKeys: [...sent] }));

  // The status moves before the activity is awaited, so a second concurrent request is
  // validated against the new status and refused instead of applied twice.
  async function transition(
    action: TaskAction,
    apply: (to: TaskStatus, at: Date) => Promise<void>,
  ) {
    const check = checkTransition(state.status, action);
    if (!check.ok) throw ApplicationFailure.nonRetryable(check.reason, INVALID_TRANSITION);
    state.status = check.to;
    planChanged = true;
    await apply(check.to, new Date());
    return { ...state, sentNotificationKeys: [...sent] };
  }

  const validate = (action: TaskAction) => (_command: unknown) => {
    const check = checkTransition(state.status, action);
    if (!check.ok) throw ApplicationFailure.nonRetryable(check.reason, INVALID_TRANSITION);
  };

  setHandler(
    acknowledgeUpdate,
    ({ actor }) =>
      transition('acknowledge', (to, at) =>
        recordTransition({
          taskId: input.taskId,
          transitionId: uuid4(),
          action: 'acknowledge',
          from: 'assigned',
          to,
          at: at.toISOString(),
          actor,
        }),
      ),
    { validator: validate('acknowledge') },
  );

  setHandler(
    completeUpdate,
    ({ actor, result }) => {
      const from = state.status;
      return transition('complete', (to, at) => {
        state.outcome = outcomeOf(at, input.dueAt ? new Date(input.dueAt) : null);
        return recordTransition({
          taskId: input.taskId,
          transitionId: uuid4(),
          action: 'complete',
          from,
          to,
          at: at.toISOString(),
          actor,
          outcome: state.outcome,
          result,
        });
      });
    },
    { validator: validate('complete') },
  );

  const assignedAt = new Date(input.assignedAt);
  while (OPEN_STATUSES.includes(state.status)) {
    planChanged = false;
    const now = new Date().getTime(); // workflow time: deterministic on replay
    const next = planNotifications(
      {
        status: state.status,
        assignedAt,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        dueRevision: input.dueRevision,
        plannedFrom: assignedAt,
        repeatsFrom: lastSentAt,
      },
      input.policy,
      calendar,
    ).find((n) => !sent.has(n.key));

    if (!next) {
      await condition(() => planChanged);
      continue;
    }
    const wait = next.at.getTime() - now;
    if (wait > 0 && (await condition(() => planChanged, wait))) continue;
    await sendNotification({ taskId: input.taskId, key: next.key, kind: next.kind, to: next.to });
    sent.add(next.key);
    lastSentAt = next.at;
  }

  await condition(allHandlersFinished);
  return { ...state, sentNotificationKeys: [...sent] };
}
