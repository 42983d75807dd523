import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders handed to the outbox ahead of their instant: the composed mail, when it may go,
 * and the task queue whose workers send it. The dispatchers find what is due through a small
 * partial index.
 */
export class StagedMail1765500000000 implements MigrationInterface {
  name = 'StagedMail1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN send_after timestamptz`);
    await q.query(`ALTER TABLE notification ADD COLUMN payload jsonb`);
    await q.query(`ALTER TABLE notification ADD COLUMN queue text`);
    await q.query(
      `CREATE INDEX notification_staged_idx ON notification (queue, send_after)
         WHERE send_after IS NOT NULL AND sent_at IS NULL AND failed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_staged_idx`);
    await q.query(`ALTER TABLE notification DROP COLUMN queue`);
    await q.query(`ALTER TABLE notification DROP COLUMN payload`);
    await q.query(`ALTER TABLE notification DROP COLUMN send_after`);
  }
}
