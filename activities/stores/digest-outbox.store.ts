import { DataSource, IsNull } from 'typeorm';
import type { DigestKind } from '@dondoc/domain';
import { NotificationEntity, TypeOrmAuditRepository } from '@dondoc/persistence';

export interface DigestEntry {
  key: string;
  kind: DigestKind;
  userId: string;
  unitCode: string;
  period: string;
  recipients: string[];
  subject: string;
  messageId: string;
}

/**
 * Digests through the same outbox as task mail, keyed by recipient and period instead of
 * by task: recorded before sending, marked after, so a retried or restarted run never
 * sends one twice (a unique index on kind, recipient and period holds it too).
 */
export class DigestOutboxStore {
  constructor(private readonly ds: DataSource) {}

  async record(e: DigestEntry): Promise<{ alreadySent: Date | null; alreadyFailed: boolean }> {
    const repo = this.ds.getRepository(NotificationEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({
        key: e.key,
        taskId: null,
        recipientUserId: e.userId,
        period: e.period,
        kind: `digest_${e.kind}`,
        recipients: e.recipients,
        subject: e.subject,
        messageId: e.messageId,
      })
      .orIgnore()
      .execute();
    await repo.increment({ key: e.key }, 'attempts', 1);
    const row = await repo.findOneByOrFail({ key: e.key });
    return { alreadySent: row.sentAt, alreadyFailed: row.failedAt !== null };
  }

  /** The relay refused it for good: kept with its answer, never tried again. */
  async markFailed(e: DigestEntry, at: Date, failure: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.update(
        NotificationEntity,
        { key: e.key, sentAt: IsNull(), failedAt: IsNull() },
        { failedAt: at, failure: failure.slice(0, 1000) },
      );
      await new TypeOrmAuditRepository(em).append([
        {
          at,
          source: 'workflow',
          action: 'digest.failed',
          unitCode: e.unitCode,
          after: { key: e.key, kind: e.kind, period: e.period, to: e.recipients, failure },
          idempotencyKey: `mail-failed:${e.key}`,
        },
      ]);
    });
  }

  async markSent(e: DigestEntry, at: Date): Promise<void> {
    await this.ds
      .getRepository(NotificationEntity)
      .update({ key: e.key, sentAt: IsNull() }, { sentAt: at });
  }

  async recordSentEvent(e: DigestEntry, at: Date): Promise<void> {
    await new TypeOrmAuditRepository(this.ds.manager).append([
      {
        at,
        source: 'workflow',
        action: 'digest.sent',
        unitCode: e.unitCode,
        after: {
          key: e.key,
          kind: e.kind,
          period: e.period,
          to: e.recipients,
          subject: e.subject,
        },
        idempotencyKey: `mail:${e.key}`,
      },
    ]);
  }
}
