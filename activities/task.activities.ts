import { createHash } from 'node:crypto';
import {
  Audience,
  composeNotification,
  dueTimeOfDay,
  formatVietnameseDate,
} from '../libs/domain/src';
import type { RecordTransitionInput, SendNotificationInput } from '../libs/contracts/src';
import type { DirectiveEntity } from '../libs/persistence/src';
import { Mailer } from './mail/mailer';
import { OutboxStore } from './stores/outbox.store';
import { LinkStore } from './stores/link.store';
import { TaskContext, TaskRecordStore } from './stores/task-record.store';

export interface ActivityDeps {
  tasks: TaskRecordStore;
  outbox: OutboxStore;
  links: LinkStore;
  mailer: Mailer;
  mailFrom: string;
  appBaseUrl: string;
  now?: () => Date;
}

/** Message-IDs come from the outbox key: a resent copy is recognisably the same mail. */
export function messageIdFor(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@don-doc>`;
}

function recipientsFor(ctx: TaskContext, audience: Audience[]): string[] {
  const out = new Set<string>();
  for (const a of audience) {
    if (a === 'unit') ctx.unit.emails.forEach((e) => out.add(e));
    if (a === 'unit_head') out.add(ctx.unit.headEmail ?? ctx.unit.emails[0]);
    if (a === 'issuer') out.add(ctx.issuer.headEmail ?? ctx.issuer.emails[0]);
  }
  return [...out].filter(Boolean);
}

/** "THÔNG BÁO số 12/TB-VKSTC ngày 20/7/2021: <trích yếu>", as a clerk cites a document. */
function directiveLabel(d: DirectiveEntity): string {
  const number = d.number ? ` số ${d.number}` : '';
  return `${d.docType}${number} ngày ${formatVietnameseDate(d.issuedOn)}: ${d.title}`;
}

export function createTaskActivities(deps: ActivityDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    async recordTransition(input: RecordTransitionInput): Promise<void> {
      await deps.tasks.applyTransition(input);
    },

    async sendNotification(input: SendNotificationInput): Promise<{ sent: boolean }> {
      const ctx = await deps.tasks.context(input.taskId);
      const { task, directive } = ctx;
      const key = `${task.id}/${input.key}`;
      const recipients = recipientsFor(ctx, input.to);
      const link = (action: 'acknowledge' | 'open') =>
        deps.links.urlFor(key, action, task.id, task.leadUnitCode, recipients);
      // Only the lead unit's own mail may acknowledge for it, and only while there is something to acknowledge.
      const forLeadUnit = input.to.some((a) => a === 'unit' || a === 'unit_head');
      const mail = composeNotification({
        kind: input.kind,
        unitName: ctx.unit.shortName,
        directiveLabel: directiveLabel(directive),
        item: task.item,
        summary: task.summary,
        dueDate: task.dueDate,
        duePhrase: task.duePhrase,
        dueTime: dueTimeOfDay(task.dueAt),
        taskUrl: `${deps.appBaseUrl}/tasks/${task.id}`,
        acknowledgeUrl:
          forLeadUnit && task.status === 'assigned' ? await link('acknowledge') : null,
        openUrl: await link('open'),
      });
      const entry = {
        key,
        taskId: task.id,
        directiveId: task.directiveId,
        unitCode: task.leadUnitCode,
        kind: input.kind,
        recipients,
        subject: mail.subject,
        messageId: messageIdFor(key),
      };
      const { alreadySent } = await deps.outbox.record(entry);
      if (alreadySent) return { sent: false };
      await deps.mailer.send({
        ...mail,
        messageId: entry.messageId,
        from: deps.mailFrom,
        to: entry.recipients,
      });
      await deps.outbox.markSent(entry, now());
      return { sent: true };
    },
  };
}
