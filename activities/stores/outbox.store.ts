import { DataSource, IsNull } from 'typeorm';
import { AuditEventEntity, auditEvent, NotificationEntity } from '../../libs/persistence/src';

export interface OutboxEntry {
  key: string;
  taskId: string;
  directiveId: string;
  unitCode: string;
  kind: string;
  recipients: string[];
  subject: string;
  messageId: string;
}

/** Mail is recorded before it is sent and marked after, so a retry can tell what went. */
export class OutboxStore {
  constructor(private readonly ds: DataSource) {}

  /** Records the entry unless it exists; returns when it was sent, if it already was. */
  async record(entry: OutboxEntry): Promise<{ alreadySent: Date | null }> {
    const repo = this.ds.getRepository(NotificationEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({
        key: entry.key,
        taskId: entry.taskId,
        kind: entry.kind,
        recipients: entry.recipients,
        subject: entry.subject,
        messageId: entry.messageId,
      })
      .orIgnore()
      .execute();
    await repo.increment({ key: entry.key }, 'attempts', 1);
    const row = await repo.findOneByOrFail({ key: entry.key });
    return { alreadySent: row.sentAt };
  }

  /**
   * One statement, right after the relay's "250 OK": the shorter the gap between the two,
   * the smaller the chance that a crash makes a retry send the mail again.
   */
  async markSent(entry: OutboxEntry, at: Date): Promise<void> {
    await this.ds
      .getRepository(NotificationEntity)
      .update({ key: entry.key, sentAt: IsNull() }, { sentAt: at });
  }

  /** The audit event of a sent mail; written once, also by a retry that finds it sent. */
  async recordSentEvent(entry: OutboxEntry, at: Date): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(
        auditEvent({
          at,
          source: 'workflow',
          action: 'notification.sent',
          directiveId: entry.directiveId,
          taskId: entry.taskId,
          unitCode: entry.unitCode,
          after: {
            key: entry.key,
            kind: entry.kind,
            to: entry.recipients,
            subject: entry.subject,
          },
          idempotencyKey: `mail:${entry.key}`,
        }),
      )
      .orIgnore()
      .execute();
  }
}
