import { DataSource } from 'typeorm';
import { messageIdFor } from '../../activities/task.activities';
import type { CapturedMail, SmtpCapture } from './smtp-capture';

/** A captured mail with what the outbox knows of it: its key, kind and when it arrived. */
export interface TaskMail {
  key: string;
  kind: string;
  to: string[];
  cc: string[];
  /** Seconds after `since`. */
  at: number;
  mail: CapturedMail;
}

/**
 * The mail a task's workflow sent, in arrival order, matched to outbox rows by Message-ID
 * (derived from the key), so a test can say which rung each mail was.
 */
export async function taskMails(
  db: DataSource,
  smtp: SmtpCapture,
  taskId: string,
  since: number,
): Promise<TaskMail[]> {
  const rows: { key: string; kind: string }[] = await db.query(
    'SELECT key, kind FROM notification WHERE task_id = $1',
    [taskId],
  );
  const byMessageId = new Map(rows.map((r) => [messageIdFor(r.key), r]));
  return smtp.messages
    .filter((m) => byMessageId.has(m.messageId))
    .map((m) => {
      const row = byMessageId.get(m.messageId)!;
      return {
        key: row.key.slice(taskId.length + 1),
        kind: row.kind,
        to: m.to,
        cc: m.cc,
        at: (m.receivedAt.getTime() - since) / 1000,
        mail: m,
      };
    });
}
