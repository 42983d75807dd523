import { createHash, randomUUID } from 'node:crypto';
import {
  Audience,
  NotificationKind,
  composeNotification,
  dueTimeOfDay,
  formatVietnameseDate,
} from '@dondoc/domain';
import type {
  CalendarOverridesByYear,
  CalendarSnapshot,
  CloseSeriesInput,
  OpenPeriodInput,
  OpenedPeriod,
  RecordTransitionInput,
  SendNotificationInput,
  SendNotificationResult,
  StageNotificationInput,
} from '@dondoc/contracts';
import { TASK_QUEUE_DEFAULT } from '@dondoc/contracts';
import type { DirectiveEntity } from '@dondoc/persistence';
import { MailRefusedError, Mailer, OutgoingMail } from './mail/mailer';
import { dueDateIcs } from './mail/due-date-ics';
import { OutboxStore } from './stores/outbox.store';
import { LinkStore } from './stores/link.store';
import { TaskContext, TaskRecordStore } from './stores/task-record.store';
import { CalendarStore } from './stores/calendar.store';
import { SeriesStore } from './stores/series.store';

export interface ActivityDeps {
  tasks: TaskRecordStore;
  outbox: OutboxStore;
  links: LinkStore;
  calendar: CalendarStore;
  series: SeriesStore;
  mailer: Mailer;
  mailFrom: string;
  appBaseUrl: string;
  /** The task queue this worker polls: its dispatchers send what its workflows stage. */
  queue?: string;
  now?: () => Date;
}

/** Message-IDs come from the outbox key: a resent copy is recognisably the same mail. */
export function messageIdFor(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@don-doc>`;
}

/** The people an audience means, from the org directory; coordinating units are copied. */
export function recipientsFor(
  ctx: TaskContext,
  audience: Audience[],
): { to: string[]; cc: string[] } {
  const to = new Set<string>();
  const cc = new Set<string>();
  const head = (u: TaskContext['unit']) => u.headEmail ?? u.emails[0];
  for (const a of audience) {
    if (a === 'unit') ctx.unit.emails.forEach((e) => to.add(e));
    if (a === 'unit_head') to.add(head(ctx.unit));
    if (a === 'issuer') to.add(head(ctx.issuer));
    if (a === 'coordinating') ctx.coordinating.forEach((u) => u.emails.forEach((e) => cc.add(e)));
  }
  const clean = (s: Set<string>) => [...s].filter(Boolean);
  return { to: clean(to), cc: clean(cc).filter((e) => !to.has(e)) };
}

/** "THÔNG BÁO số 12/TB-VKSTC ngày 20/7/2021: <trích yếu>", as a clerk cites a document. */
function directiveLabel(d: DirectiveEntity): string {
  const number = d.number ? ` số ${d.number}` : '';
  return `${d.docType}${number} ngày ${formatVietnameseDate(d.issuedOn)}: ${d.title}`;
}

/** Mail that announces or moves a deadline carries it as a calendar event. */
const WITH_ICS: readonly NotificationKind[] = [
  'assigned',
  'reassigned',
  'ack_reminder',
  'due_reminder',
  'extension_approved',
];

/** Mail that may carry the one-click acknowledgement, while the task awaits it. */
const WITH_ACK_LINK: readonly NotificationKind[] = ['assigned', 'reassigned', 'ack_reminder'];

export function createTaskActivities(deps: ActivityDeps) {
  const now = deps.now ?? (() => new Date());
  /** The mail a notice makes, with its outbox entry; null when it goes to no one. */
  async function prepare(input: SendNotificationInput) {
    const [ctx, calendarVersion] = await Promise.all([
      deps.tasks.context(input.taskId),
      input.calendarVersion ? deps.calendar.version() : undefined,
    ]);
    if (calendarVersion !== input.calendarVersion) return 'stale' as const;
    const { task, directive } = ctx;
    const key = `${task.id}/${input.key}`;
    const { to, cc } = recipientsFor(ctx, input.to);
    if (to.length === 0 && cc.length === 0) return null;
    const everyone = [...to, ...cc];
    const link = (action: 'acknowledge' | 'open') =>
      deps.links.urlFor(key, action, task.id, task.leadUnitCode, everyone);
    // Only the lead unit's own mail may acknowledge for it, and only while there is something to acknowledge.
    const forLeadUnit = input.to.some((a) => a === 'unit' || a === 'unit_head');
    const taskUrl = `${deps.appBaseUrl}/tasks/${task.id}`;
    const mail = composeNotification({
      kind: input.kind,
      unitName: ctx.unit.shortName,
      directiveLabel: directiveLabel(directive),
      item: task.item,
      summary: task.summary,
      dueDate: task.dueDate,
      duePhrase: task.duePhrase,
      dueTime: dueTimeOfDay(task.dueAt),
      taskUrl,
      note: input.note ?? null,
      acknowledgeUrl:
        forLeadUnit && task.status === 'assigned' && WITH_ACK_LINK.includes(input.kind)
          ? await link('acknowledge')
          : null,
      openUrl: await link('open'),
    });
    const attachments: OutgoingMail['attachments'] =
      task.dueAt && WITH_ICS.includes(input.kind)
        ? [
            {
              filename: 'han-nhiem-vu.ics',
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              content: dueDateIcs({
                taskId: task.id,
                sequence: task.planRevision,
                summary: `Hạn: ${task.summary}`,
                description: `${directiveLabel(directive)}\nMục ${task.item}\n${taskUrl}`,
                url: taskUrl,
                dueAt: task.dueAt,
                dueDate: task.dueDate,
              }),
            },
          ]
        : undefined;
    const entry = {
      key,
      taskId: task.id,
      directiveId: task.directiveId,
      unitCode: task.leadUnitCode,
      kind: input.kind,
      recipients: everyone,
      subject: mail.subject,
      messageId: messageIdFor(key),
      ...(input.skipped?.length ? { skipped: input.skipped } : {}),
    };
    const message: OutgoingMail = {
      ...mail,
      messageId: entry.messageId,
      from: deps.mailFrom,
      to,
      cc,
      attachments,
    };
    return { entry, message };
  }

  return {
    async recordTransition(input: RecordTransitionInput): Promise<void> {
      await deps.tasks.applyTransition(input);
    },

    async calendarOverrides(): Promise<CalendarOverridesByYear> {
      return deps.calendar.overrides();
    },

    async calendarSnapshot(): Promise<CalendarSnapshot> {
      return deps.calendar.snapshot();
    },

    async openPeriod(input: OpenPeriodInput): Promise<OpenedPeriod> {
      return deps.series.openPeriod(input);
    },

    async closeSeries(input: CloseSeriesInput): Promise<void> {
      await deps.series.close(input);
    },

    /**
     * A reminder composed ahead of its instant and left in the outbox, for the dispatcher to
     * send at `sendAt`: the storm's wake-ups spread over the minutes before 08:00.
     */
    async stageNotification(input: StageNotificationInput): Promise<SendNotificationResult> {
      const prepared = await prepare(input);
      if (prepared === 'stale') return { sent: false, staleCalendar: true };
      if (!prepared) return { sent: false };
      const { entry, message } = prepared;
      const calendarVersion = input.calendarVersion;
      await deps.outbox.stage(
        { entry, message, ...(calendarVersion ? { calendarVersion } : {}) },
        new Date(input.sendAt),
        deps.queue ?? TASK_QUEUE_DEFAULT,
      );
      return { sent: true };
    },

    /** Takes back a staged reminder not yet sent (the plan changed before its instant). */
    async unstageNotification(input: { taskId: string; key: string }): Promise<void> {
      await deps.outbox.unstage(`${input.taskId}/${input.key}`);
    },

    async sendNotification(input: SendNotificationInput): Promise<SendNotificationResult> {
      const prepared = await prepare(input);
      if (prepared === 'stale') return { sent: false, staleCalendar: true };
      if (!prepared) return { sent: false };
      const { entry, message } = prepared;
      const owner = randomUUID();
      const { alreadySent, alreadyFailed } = await deps.outbox.claim(entry, owner);
      if (alreadySent) {
        // A crash may have come between the mark and its audit event.
        await deps.outbox.recordSentEvent(entry, alreadySent);
        return { sent: false };
      }
      if (alreadyFailed) return { sent: false };
      let rejected: string[];
      try {
        ({ rejected } = await deps.mailer.send(message));
      } catch (err) {
        // Refused for good: recorded for the admin, and the task's later mail still goes out.
        // Anything else (a relay down, a 4xx) is thrown, and the activity retried until it goes.
        if (!(err instanceof MailRefusedError)) {
          await deps.outbox.release(entry, owner);
          throw err;
        }
        await deps.outbox.markFailed(entry, now(), err.reply);
        return { sent: false };
      }
      const sentAt = now();
      await deps.outbox.markSent(entry, sentAt, rejected);
      return { sent: true };
    },
  };
}
