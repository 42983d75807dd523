import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What /metrics counts on every scrape, read from small partial indexes: the open tasks by
 * due instant (open, overdue) and the mail taken from the outbox but not yet through the
 * relay (queued, oldest). Both stay small however many closed tasks and sent mail pile up.
 */
export class OperationsGauges1765400700000 implements MigrationInterface {
  name = 'OperationsGauges1765400700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX task_open_due_idx ON task (due_at)
         WHERE status IN ('assigned', 'acknowledged', 'in_progress', 'submitted')`,
    );
    await q.query(
      `CREATE INDEX notification_unsent_idx ON notification (created_at)
         WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_unsent_idx`);
    await q.query(`DROP INDEX task_open_due_idx`);
  }
}
