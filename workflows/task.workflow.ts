import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import {
  AcknowledgeCommand,
  ActCommand,
  Actor,
  INVALID_TRANSITION,
  SendNotificationInput,
  TaskWorkflowInput,
  TaskWorkflowState,
  acknowledgeUpdate,
  actUpdate,
  completeUpdate,
  taskStateQuery,
} from '../libs/contracts/src';
import {
  ASSIGNED_NOTICE,
  OPEN_STATUSES,
  TaskCommand,
  TaskState,
  WorkingCalendar,
  decide,
  noticeFor,
  planNotifications,
  vietnameseCalendar,
} from '../libs/domain/src';

// Short timeouts: an attempt lost with a crashed worker is retried soon, not after minutes.
const { recordTransition } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// Mail waits out an SMTP outage: retried with back-off, never given up on.
const { sendNotification } = proxyActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

const { calendarOverrides } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '30 seconds' },
});

/** Patches: each names a change that runs started before it must not see on replay. */
export const PATCHES = {
  /** The unit hears of a new task at once, not first from the acknowledgement chase. */
  assignmentNotice: 'assignment-notice',
  /** Admin changes to the working calendar are read before every reminder. */
  calendarOverrides: 'calendar-overrides',
} as const;

/** Well under Temporal's 50,000-event limit; a year of weekly escalations needs a few hundred. */
const HISTORY_LIMIT = 5_000;

/** The first version started with bare fields; the lifecycle version carries a whole state. */
function initialState(input: TaskWorkflowInput): TaskState {
  if (input.carried) return input.carried.state;
  if (input.state) return input.state;
  return {
    status: input.status,
    leadUnitCode: '',
    assignedAt: input.assignedAt,
    dueAt: input.dueAt,
    dueDate: null,
    planRevision: input.dueRevision,
    plannedFrom: input.assignedAt,
    submittedAt: null,
    outcome: null,
    percent: null,
    extension: null,
  };
}

const noteOf = (c: TaskCommand): string | null =>
  'reason' in c ? c.reason : 'note' in c ? c.note : null;

/**
 * One task from assignment to its end: reminders and escalations on the policy's plan, the
 * unit's and the issuer's actions as updates, each persisted before it is answered. Long
 * runs hand over to a fresh run carrying the state, so history stays small.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskWorkflowState> {
  let task = initialState(input);
  let calendar = new WorkingCalendar();
  const sent = new Set<string>(input.carried?.sentKeys ?? []);
  const notices: SendNotificationInput[] = [];
  // Repeats are planned in a window that starts at the last mail sent, so one that fell due
  // while no worker ran is still sent, late, rather than skipped.
  let lastSentAt = new Date(input.carried?.lastSentAt ?? input.assignedAt);
  let planChanged = false;

  const view = (): TaskWorkflowState => ({
    taskId: input.taskId,
    status: task.status,
    dueAt: task.dueAt,
    outcome: task.outcome,
    sentNotificationKeys: [...sent],
    task,
  });
  setHandler(taskStateQuery, view);

  const validate = (command: TaskCommand) => {
    const d = decide(task, command, new Date());
    if (!d.ok) throw ApplicationFailure.nonRetryable(d.reason, INVALID_TRANSITION);
  };

  // The state moves before the activity is awaited, so a second concurrent request is
  // validated against the new state and refused instead of applied twice.
  async function act(command: TaskCommand, actor: Actor): Promise<TaskWorkflowState> {
    const at = new Date();
    const d = decide(task, command, at);
    if (!d.ok) throw ApplicationFailure.nonRetryable(d.reason, INVALID_TRANSITION);
    const before = task;
    task = d.state;
    planChanged = true;
    const transitionId = uuid4();
    await recordTransition({
      taskId: input.taskId,
      transitionId,
      action: command.action,
      from: before.status,
      to: task.status,
      at: at.toISOString(),
      actor,
      ...(task.outcome ? { outcome: task.outcome } : {}),
      ...(command.action === 'complete' && command.result ? { result: command.result } : {}),
      ...(input.state || input.carried ? { command, before, after: task } : {}),
    });
    const notice = noticeFor(command.action);
    if (notice) {
      notices.push({
        taskId: input.taskId,
        key: `${notice.kind}:${transitionId}`,
        kind: notice.kind,
        to: notice.to,
        note: noteOf(command),
      });
    }
    return view();
  }

  setHandler(actUpdate, ({ command, actor }: ActCommand) => act(command, actor), {
    validator: ({ command }: ActCommand) => validate(command),
  });
  setHandler(acknowledgeUpdate, ({ actor }) => act({ action: 'acknowledge' }, actor), {
    validator: (_c: AcknowledgeCommand) => validate({ action: 'acknowledge' }),
  });
  setHandler(completeUpdate, ({ actor, result }) => act({ action: 'complete', result }, actor), {
    validator: ({ result }) => validate({ action: 'complete', result }),
  });

  if (!input.carried && patched(PATCHES.assignmentNotice)) {
    notices.push({
      taskId: input.taskId,
      key: `${ASSIGNED_NOTICE.kind}:${task.planRevision}`,
      kind: ASSIGNED_NOTICE.kind,
      to: ASSIGNED_NOTICE.to,
    });
  }

  const historyLimit = input.historyLimit ?? HISTORY_LIMIT;
  while (OPEN_STATUSES.includes(task.status) || notices.length > 0) {
    planChanged = false;
    const notice = notices.shift();
    if (notice) {
      await sendNotification(notice);
      continue;
    }
    if (workflowInfo().historyLength > historyLimit) {
      await condition(allHandlersFinished);
      if (planChanged || notices.length > 0) continue;
      const current = `@${task.planRevision}`;
      return await continueAsNew<typeof taskWorkflow>({
        ...input,
        carried: {
          state: task,
          // Keys of older plans can never be planned again.
          sentKeys: [...sent].filter((k) => k.endsWith(current)),
          lastSentAt: lastSentAt.toISOString(),
        },
      });
    }
    if (patched(PATCHES.calendarOverrides)) {
      calendar = vietnameseCalendar(await calendarOverrides());
    }
    const now = new Date().getTime(); // workflow time: deterministic on replay
    const next = planNotifications(
      {
        status: task.status,
        assignedAt: new Date(task.assignedAt),
        dueAt: task.dueAt ? new Date(task.dueAt) : null,
        planRevision: task.planRevision,
        plannedFrom: new Date(task.plannedFrom),
        submittedAt: task.submittedAt ? new Date(task.submittedAt) : null,
        repeatsFrom: lastSentAt,
      },
      input.policy,
      calendar,
    ).find((n) => !sent.has(n.key));
    if (!next) {
      await condition(() => planChanged || notices.length > 0);
      continue;
    }
    const wait = next.at.getTime() - now;
    if (wait > 0) {
      // Woken by an action or by the timer, the plan is computed afresh (with the calendar
      // as it is then) before anything is sent.
      await condition(() => planChanged || notices.length > 0, wait);
      continue;
    }
    await sendNotification({ taskId: input.taskId, key: next.key, kind: next.kind, to: next.to });
    sent.add(next.key);
    lastSentAt = next.at;
  }
  // The action that closed the task may still be recording itself; its notice comes after.
  await condition(allHandlersFinished);
  for (const notice of notices.splice(0)) await sendNotification(notice);
  return view();
}
