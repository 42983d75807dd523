import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail the relay refused for good is kept as failed, with the relay's answer, instead of
 * being retried for ever; recipients refused while others took the mail are kept too.
 */
export class MailFailures1765000100000 implements MigrationInterface {
  name = 'MailFailures1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN failure text,
        ADD COLUMN rejected_recipients text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT notification_sent_or_failed CHECK (sent_at IS NULL OR failed_at IS NULL)`);
    await q.query(
      `CREATE INDEX notification_failed_idx ON notification (failed_at DESC) WHERE failed_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_failed_idx`);
    await q.query(`
      ALTER TABLE notification
        DROP CONSTRAINT notification_sent_or_failed,
        DROP COLUMN rejected_recipients,
        DROP COLUMN failure,
        DROP COLUMN failed_at`);
  }
}
