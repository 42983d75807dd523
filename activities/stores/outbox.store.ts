import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditEventEntity, auditEvent, NotificationEntity } from '@dondoc/persistence';
import type { OutgoingMail } from '../mail/mailer';

export interface OutboxEntry {
  key: string;
  taskId: string;
  directiveId: string;
  unitCode: string;
  kind: string;
  recipients: string[];
  subject: string;
  messageId: string;
  /** Reminders of the same kind that fell due while no worker ran, not sent. */
  skipped?: string[];
}

/** What a staged row holds: the composed mail, and the calendar it was planned on. */
export interface StagedPayload {
  entry: OutboxEntry;
  message: OutgoingMail;
  calendarVersion?: string;
}

/** A staged mail taken to be sent, with the instant it may go. */
export interface StagedMail extends StagedPayload {
  sendAfter: Date;
}

/**
 * Longer than a send can take with the mailer's timeouts (connect, greeting, socket); short
 * enough that a mail whose worker died mid-send goes out within a minute of the retry.
 */
const LEASE_SECONDS = 45;

/** Neither sent nor refused, and no other attempt holds it ($9: now). */
const TAKEABLE =
  'n.sent_at IS NULL AND n.failed_at IS NULL AND (n.lease_until IS NULL OR n.lease_until <= $9)';

/** Another attempt is sending this mail right now. */
export class MailInProgressError extends Error {
  constructor(key: string) {
    super(`mail ${key} is being sent by another attempt`);
  }
}

/** Mail is recorded before it is sent and marked after, so a retry can tell what went. */
export class OutboxStore {
  constructor(private readonly ds: DataSource) {}

  /**
   * Records the entry unless it exists and takes it for this attempt. Says whether it was
   * already sent or refused for good; throws MailInProgressError while another attempt holds
   * it (the activity is retried, and by then that attempt has marked it sent, or let go).
   * One statement: the row's lock of the upsert counts the attempt and takes the lease,
   * unless another attempt holds it.
   */
  async claim(
    entry: OutboxEntry,
    owner: string,
  ): Promise<{ alreadySent: Date | null; alreadyFailed: boolean }> {
    const now = Date.now();
    const [row]: { sent_at: Date | null; failed_at: Date | null; lease_owner: string | null }[] =
      await this.ds.query(
        `INSERT INTO notification AS n
           (key, task_id, kind, recipients, subject, message_id, attempts, lease_owner, lease_until)
         VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)
         ON CONFLICT (key) DO UPDATE SET
           attempts = n.attempts + 1,
           lease_owner = CASE WHEN ${TAKEABLE} THEN EXCLUDED.lease_owner ELSE n.lease_owner END,
           lease_until = CASE WHEN ${TAKEABLE} THEN EXCLUDED.lease_until ELSE n.lease_until END
         RETURNING sent_at, failed_at, lease_owner`,
        [
          entry.key,
          entry.taskId,
          entry.kind,
          entry.recipients,
          entry.subject,
          entry.messageId,
          owner,
          new Date(now + LEASE_SECONDS * 1000),
          new Date(now),
        ],
      );
    const open = row.sent_at === null && row.failed_at === null;
    if (open && row.lease_owner !== owner) throw new MailInProgressError(entry.key);
    return { alreadySent: row.sent_at, alreadyFailed: row.failed_at !== null };
  }

  /**
   * Hands a composed mail to the outbox to go at `sendAt` (a staged reminder). A second
   * staging of the same key before it went moves its instant; a sent one stays as it is.
   */
  async stage(payload: StagedPayload, sendAt: Date, queue: string): Promise<void> {
    const { entry } = payload;
    await this.ds.query(
      `INSERT INTO notification AS n
         (key, task_id, kind, recipients, subject, message_id, send_after, payload, queue)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (key) DO UPDATE SET send_after = EXCLUDED.send_after,
         payload = EXCLUDED.payload, queue = EXCLUDED.queue
         WHERE n.sent_at IS NULL AND n.failed_at IS NULL`,
      [
        entry.key,
        entry.taskId,
        entry.kind,
        entry.recipients,
        entry.subject,
        entry.messageId,
        sendAt,
        JSON.stringify(payload),
        queue,
      ],
    );
  }

  /** A staged mail not yet taken by a dispatcher is dropped. */
  async unstage(key: string): Promise<void> {
    await this.ds.query(
      `DELETE FROM notification WHERE key = $1 AND send_after IS NOT NULL AND sent_at IS NULL
          AND failed_at IS NULL AND (lease_until IS NULL OR lease_until <= $2)`,
      [key, new Date()],
    );
  }

  /** Staged mail whose instant has come, taken for this dispatcher (others skip it). */
  async takeDue(queue: string, owner: string, limit: number): Promise<StagedMail[]> {
    const now = new Date();
    // An UPDATE ... RETURNING comes back from TypeORM as [rows, count].
    const [rows]: [{ send_after: Date; payload: StagedPayload }[], number] = await this.ds.query(
      `UPDATE notification SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
        WHERE key IN (
          SELECT key FROM notification
           WHERE queue = $5 AND send_after IS NOT NULL AND send_after <= $3
             AND sent_at IS NULL AND failed_at IS NULL
             AND (lease_until IS NULL OR lease_until <= $3)
           ORDER BY send_after LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING send_after, payload`,
      [owner, new Date(now.getTime() + LEASE_SECONDS * 1000), now, limit, queue],
    );
    return rows.map((r) => ({ ...r.payload, sendAfter: new Date(r.send_after) }));
  }

  /**
   * A staged mail the relay could not take now (down, or a 4xx): let go, to be taken again
   * after a back-off that doubles with each attempt, from 2 s up to 10 minutes, as the
   * activity path's retries do.
   */
  async retryLater(key: string, owner: string): Promise<void> {
    await this.ds.query(
      `UPDATE notification
          SET lease_owner = NULL,
              lease_until = $3::timestamptz + least(600, 2 * power(2, greatest(attempts, 1) - 1)) * interval '1 second'
        WHERE key = $1 AND lease_owner = $2 AND sent_at IS NULL`,
      [key, owner, new Date()],
    );
  }

  /** A staged mail this dispatcher took and will not send (planned on a stale calendar). */
  async dropTaken(key: string, owner: string): Promise<void> {
    await this.ds.query(
      `DELETE FROM notification WHERE key = $1 AND lease_owner = $2 AND sent_at IS NULL`,
      [key, owner],
    );
  }

  /** A temporary failure: the next attempt may go at once. */
  async release(entry: OutboxEntry, owner: string): Promise<void> {
    await this.ds
      .getRepository(NotificationEntity)
      .update({ key: entry.key, leaseOwner: owner }, { leaseUntil: null, leaseOwner: null });
  }

  /**
   * One statement, right after the relay's "250 OK": the mark and its audit event together
   * (one round trip, and never one without the other); the shorter the gap after the relay's
   * answer, the smaller the chance that a crash makes a retry send the mail again.
   */
  async markSent(entry: OutboxEntry, at: Date, rejected: string[] = []): Promise<void> {
    const [insert, params] = this.ds
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(sentEvent(entry, at, rejected))
      .orIgnore()
      .getQueryAndParameters();
    const n = params.length;
    await this.ds.query(
      `WITH marked AS (
         UPDATE notification
            SET sent_at = $${n + 1}, rejected_recipients = $${n + 2}, lease_until = NULL, lease_owner = NULL
          WHERE key = $${n + 3} AND sent_at IS NULL
       )
       ${insert}`,
      [...params, at, rejected, entry.key],
    );
  }

  /** The relay refused the mail for good: kept with its answer, never tried again. */
  async markFailed(entry: OutboxEntry, at: Date, failure: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.update(
        NotificationEntity,
        { key: entry.key, sentAt: IsNull(), failedAt: IsNull() },
        { failedAt: at, failure: failure.slice(0, 1000), leaseUntil: null, leaseOwner: null },
      );
      await this.insertEvent(
        em,
        auditEvent({
          at,
          source: 'workflow',
          action: 'notification.failed',
          directiveId: entry.directiveId,
          taskId: entry.taskId,
          unitCode: entry.unitCode,
          after: { key: entry.key, kind: entry.kind, to: entry.recipients, failure },
          idempotencyKey: `mail-failed:${entry.key}`,
        }),
      );
    });
  }

  /** The audit event of a sent mail, for a retry that finds it sent (a crash came between). */
  async recordSentEvent(entry: OutboxEntry, at: Date, rejected: string[] = []): Promise<void> {
    await this.insertEvent(this.ds.manager, sentEvent(entry, at, rejected));
  }

  private async insertEvent(em: EntityManager, event: AuditEventEntity): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(event)
      .orIgnore()
      .execute();
  }
}

/** Written once per mail: its idempotency key is the outbox key's. */
function sentEvent(entry: OutboxEntry, at: Date, rejected: string[]): AuditEventEntity {
  return auditEvent({
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
      ...(rejected.length ? { rejected } : {}),
      ...(entry.skipped?.length ? { skipped: entry.skipped } : {}),
    },
    idempotencyKey: `mail:${entry.key}`,
  });
}
