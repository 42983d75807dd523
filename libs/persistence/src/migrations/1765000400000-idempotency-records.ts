import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Writes sent with an Idempotency-Key: what was asked (a hash) and what was answered, so a
 * client that retries after a lost answer gets the first answer instead of a second write.
 */
export class IdempotencyRecords1765000400000 implements MigrationInterface {
  name = 'IdempotencyRecords1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_record (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status int,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
    await q.query(`CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_record`);
  }
}
