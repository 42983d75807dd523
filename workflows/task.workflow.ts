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
  ActCommand,
  Actor,
  INVALID_TRANSITION,
  PlannedNotice,
  REMINDER_STAGE_LEAD_MS,
  REMINDER_STAGE_MIN_MS,
  SendNotificationInput,
  TaskWorkflowInput,
  TaskWorkflowState,
  actUpdate,
  calendarChangedSignal,
  explanationGivenSignal,
  stagedMailStaleSignal,
  taskPlanQuery,
  taskStateQuery,
} from '@dondoc/contracts';
import {
  ASSIGNED_NOTICE,
  OPEN_STATUSES,
  PlannedNotification,
  TaskCommand,
  TaskState,
  WorkingCalendar,
  decide,
  nextNotification,
  noticeFor,
  planNotifications,
  vietnameseCalendar,
} from '@dondoc/domain';
import {
  LegacyCommand,
  acknowledgeUpdate,
  completeUpdate,
  legacyDecide,
  legacyInitialState,
  retired,
} from './task-legacy';

// Short timeouts: an attempt lost with a crashed worker is retried soon, not after minutes.
const { recordTransition } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// Mail waits out an SMTP outage: retried with back-off, never given up on.
const MAIL_OPTIONS = {
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
} as const;
const { sendNotification: sendQueued } = proxyActivities<Activities>(MAIL_OPTIONS);
// The same mail sent inside the wake-up's own workflow task: no activity task to schedule,
// poll and complete, and no second workflow task to hear of it. Half the work per reminder
// for Temporal and the worker, which is what the 08:00 storm is short of. Long outages are
// waited out on timers between attempts, as the SDK does for local activities.
const { sendNotification: sendInTurn } = proxyLocalActivities<Activities>(MAIL_OPTIONS);

const { stageNotification, unstageNotification } = proxyLocalActivities<Activities>(MAIL_OPTIONS);

const { calendarOverrides, calendarSnapshot } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '30 seconds' },
});

/** Patches: each names a change that runs started before it must not see on replay. */
export const PATCHES = {
  /** The unit hears of a new task at once, not first from the acknowledgement chase. */
  assignmentNotice: 'assignment-notice',
  /** Admin changes to the working calendar are read before every reminder. */
  calendarOverrides: 'calendar-overrides',
  /**
   * Actions are decided one at a time, each on the state already recorded, so the record
   * and the workflow never part; a unit's action arriving after a reassignment is refused;
   * reminders missed while no worker ran collapse into the latest; the first version's
   * updates are gone.
   */
  singleWriter: 'single-writer',
  /** The date an explanation commits to is chased like a deadline (explanationGiven signal). */
  commitmentChase: 'commitment-chase',
  /** Mail goes out as a local activity of the wake-up, not as an activity task of its own. */
  localMail: 'local-mail',
  /**
   * The admin calendar is read once a run and again when it changes (the broadcast signal),
   * not before every plan; a reminder carries the calendar's version, and one planned on a
   * calendar changed since is not sent but re-planned (the broadcast may never arrive).
   */
  calendarOnce: 'calendar-once',
  /** Reminders are staged in the outbox minutes ahead and sent at their instant by it. */
  stagedMail: 'staged-mail',
} as const;

/** Well under Temporal's 50,000-event limit; a year of weekly escalations needs a few hundred. */
const HISTORY_LIMIT = 5_000;

const noteOf = (c: LegacyCommand): string | null =>
  'reason' in c ? c.reason : 'note' in c ? c.note : null;

/**
 * One task from assignment to its end: reminders and escalations on the policy's plan, the
 * unit's and the issuer's actions as updates, each recorded before it is answered. Long runs
 * hand over to a fresh run carrying the state, so history stays small.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskWorkflowState> {
  const singleWriter = patched(PATCHES.singleWriter);
  const chaseCommitments = patched(PATCHES.commitmentChase);
  const sendNotification = patched(PATCHES.localMail) ? sendInTurn : sendQueued;
  const calendarOnce = patched(PATCHES.calendarOnce);
  const staging = patched(PATCHES.stagedMail);
  /** Reminders staged in the outbox and not yet due, by key, with their instant. */
  const staged = new Map<string, number>(
    (input.carried?.staged ?? []).map(([key, at]) => [key, new Date(at).getTime()]),
  );
  /** The version of the calendar in hand; null: to be read before the next plan. */
  let calendarVersion: string | null = null;
  let task: TaskState = input.carried?.state ?? legacyInitialState(input);
  let calendar = new WorkingCalendar();
  const sent = new Set<string>(input.carried?.sentKeys ?? []);
  const notices: SendNotificationInput[] = [];
  // Repeats are planned in a window that starts at the last mail sent, so one that fell due
  // while no worker ran is still sent, late, rather than skipped.
  let lastSentAt = new Date(input.carried?.lastSentAt ?? task.assignedAt);
  let committedAt: string | null = input.carried?.committedAt ?? null;
  let planChanged = false;
  let plan: PlannedNotification[] = [];
  /** An action is being decided and recorded: the plan it may change is not yet known. */
  let busy = false;

  const view = (): TaskWorkflowState => ({
    taskId: input.taskId,
    status: task.status,
    dueAt: task.dueAt,
    outcome: task.outcome,
    sentNotificationKeys: [...sent],
    task,
  });
  setHandler(taskStateQuery, view);
  setHandler(taskPlanQuery, (): PlannedNotice[] =>
    plan
      .filter((n) => !sent.has(n.key) || staged.has(n.key))
      .map((n) => ({ key: n.key, kind: n.kind, at: n.at.toISOString(), to: n.to })),
  );

  // A signal no earlier run ever received: replay-safe in every version.
  setHandler(calendarChangedSignal, () => {
    calendarVersion = null;
    planChanged = true;
  });
  // Only runs that stage reminders are ever told this (by the dispatcher that found one stale).
  setHandler(stagedMailStaleSignal, ({ key }) => {
    calendarVersion = null;
    planChanged = true;
    staged.delete(key);
    sent.delete(key);
  });
  // A run that began before this code ignores it: its history has no plan with a commitment.
  setHandler(explanationGivenSignal, (given) => {
    if (!chaseCommitments) return;
    committedAt = given.committedAt;
    planChanged = true;
  });

  const refuse = (reason: string) => ApplicationFailure.nonRetryable(reason, INVALID_TRANSITION);

  /** Records a decided transition, then queues the notice to whoever must answer it. */
  async function record(
    command: LegacyCommand,
    actor: Actor,
    at: Date,
    before: TaskState,
    after: TaskState,
    withStates: boolean,
  ): Promise<void> {
    const transitionId = uuid4();
    await recordTransition({
      taskId: input.taskId,
      transitionId,
      action: command.action,
      from: before.status,
      to: after.status,
      at: at.toISOString(),
      actor,
      ...(after.outcome ? { outcome: after.outcome } : {}),
      ...(command.action === 'complete' && command.result ? { result: command.result } : {}),
      ...(withStates ? { command: command as TaskCommand, before, after } : {}),
    });
    const notice = command.action === 'complete' ? null : noticeFor(command.action);
    if (notice) {
      notices.push({
        taskId: input.taskId,
        key: `${notice.kind}:${transitionId}`,
        kind: notice.kind,
        to: notice.to,
        note: noteOf(command),
      });
    }
  }

  if (singleWriter) {
    // One action at a time, decided on the state the record already has: a second request
    // that arrives meanwhile waits its turn, then is decided (and maybe refused) on that.
    const actInTurn = async ({ command, actor, actingFor }: ActCommand) => {
      // Several waiters can wake on one release: each looks again before taking its turn.
      while (busy) await condition(() => !busy);
      busy = true;
      try {
        const at = new Date();
        const d = decide(task, command, at, actingFor);
        if (!d.ok) throw refuse(d.reason);
        await record(command, actor, at, task, d.state, true);
        task = d.state;
        planChanged = true;
        return view();
      } finally {
        busy = false;
      }
    };
    setHandler(actUpdate, actInTurn, {
      validator: ({ command, actingFor }: ActCommand) => {
        const d = decide(task, command, new Date(), actingFor);
        if (!d.ok) throw refuse(d.reason);
      },
    });
  } else {
    // As runs before the patch did it: the state moves before the record is written.
    const act = async (command: LegacyCommand, actor: Actor) => {
      const at = new Date();
      const d = legacyDecide(task, command, at);
      if (!d.ok) throw refuse(d.reason);
      const before = task;
      task = d.state;
      planChanged = true;
      await record(command, actor, at, before, task, Boolean(input.state || input.carried));
      return view();
    };
    setHandler(actUpdate, ({ command, actor }: ActCommand) => act(command, actor), {
      // Validators do not run on replay: the check of the acting unit is safe to add here.
      validator: ({ command, actingFor }: ActCommand) => {
        const d = decide(task, command, new Date(), actingFor);
        if (!d.ok) throw refuse(d.reason);
      },
    });
    setHandler(acknowledgeUpdate, ({ actor }) => act({ action: 'acknowledge' }, actor), {
      validator: (_c: { actor: Actor }) => retired(),
    });
    setHandler(completeUpdate, ({ actor, result }) => act({ action: 'complete', result }, actor), {
      validator: (_c: { actor: Actor; result?: string }) => retired(),
    });
  }

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
          ...(committedAt ? { committedAt } : {}),
          ...(staged.size
            ? {
                staged: [...staged].map(([k, at]): [string, string] => [
                  k,
                  new Date(at).toISOString(),
                ]),
              }
            : {}),
        },
      });
    }
    if (calendarOnce) {
      if (calendarVersion === null) {
        const snapshot = await calendarSnapshot();
        calendar = vietnameseCalendar(snapshot.overrides);
        calendarVersion = snapshot.version;
      }
    } else if (patched(PATCHES.calendarOverrides)) {
      calendar = vietnameseCalendar(await calendarOverrides());
    }
    const now = new Date(); // workflow time: deterministic on replay
    plan = planNotifications(
      {
        status: task.status,
        assignedAt: new Date(task.assignedAt),
        dueAt: task.dueAt ? new Date(task.dueAt) : null,
        planRevision: task.planRevision,
        plannedFrom: new Date(task.plannedFrom),
        submittedAt: task.submittedAt ? new Date(task.submittedAt) : null,
        repeatsFrom: lastSentAt,
        ...(singleWriter ? { now } : {}),
        ...(committedAt ? { committedAt: new Date(committedAt) } : {}),
      },
      input.policy,
      calendar,
    );
    if (staging) {
      // A staged reminder the plan no longer has (or has at another instant) is taken back.
      for (const [key, at] of [...staged]) {
        if (at <= now.getTime()) staged.delete(key);
        else if (!plan.some((n) => n.key === key && n.at.getTime() === at)) {
          await unstageNotification({ taskId: input.taskId, key });
          staged.delete(key);
          sent.delete(key);
        }
      }
      if (staged.size > 0) {
        // One reminder staged at a time: the next is planned once this one's instant passed.
        const first = Math.min(...staged.values());
        await condition(() => planChanged || notices.length > 0, first - now.getTime());
        continue;
      }
    }
    const upcoming = singleWriter
      ? nextNotification(plan, sent, now)
      : (() => {
          const first = plan.find((n) => !sent.has(n.key));
          return first ? { notification: first, skipped: [] } : null;
        })();
    if (!upcoming) {
      await condition(() => planChanged || notices.length > 0);
      continue;
    }
    const { notification: next, skipped } = upcoming;
    const wait = next.at.getTime() - now.getTime();
    if (staging) {
      if (wait > REMINDER_STAGE_MIN_MS) {
        if (wait > REMINDER_STAGE_LEAD_MS) {
          await condition(() => planChanged || notices.length > 0, wait - REMINDER_STAGE_LEAD_MS);
          continue;
        }
        if (busy) {
          await condition(() => !busy);
          continue;
        }
        const result = await stageNotification({
          taskId: input.taskId,
          key: next.key,
          kind: next.kind,
          to: next.to,
          sendAt: next.at.toISOString(),
          ...(next.note ? { note: next.note } : {}),
          ...(skipped.length ? { skipped: skipped.map((s) => s.key) } : {}),
          ...(calendarVersion !== null ? { calendarVersion } : {}),
        });
        if (result?.staleCalendar) {
          calendarVersion = null;
          continue;
        }
        for (const s of skipped) sent.add(s.key);
        sent.add(next.key);
        staged.set(next.key, next.at.getTime());
        lastSentAt = next.at;
        continue;
      }
    }
    if (wait > 0) {
      // Woken by an action or by the timer, the plan is computed afresh (with the calendar
      // as it is then) before anything is sent.
      await condition(() => planChanged || notices.length > 0, wait);
      continue;
    }
    if (busy) {
      // Nothing goes out on a plan an action being recorded may replace.
      await condition(() => !busy);
      continue;
    }
    const result = await sendNotification({
      taskId: input.taskId,
      key: next.key,
      kind: next.kind,
      to: next.to,
      ...(next.note ? { note: next.note } : {}),
      ...(skipped.length ? { skipped: skipped.map((s) => s.key) } : {}),
      ...(calendarVersion !== null ? { calendarVersion } : {}),
    });
    if (result?.staleCalendar) {
      calendarVersion = null;
      continue;
    }
    for (const s of skipped) sent.add(s.key);
    sent.add(next.key);
    lastSentAt = next.at;
  }
  // Reminders staged for after the end are taken back.
  for (const [key, at] of staged)
    if (at > new Date().getTime()) await unstageNotification({ taskId: input.taskId, key });
  // The action that closed the task may still be recording itself; its notice comes after.
  await condition(allHandlersFinished);
  for (const notice of notices.splice(0)) await sendNotification(notice);
  return view();
}
