import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One attempt at a time per mail: an attempt leases the row while it talks to the relay, so
 * a retry started while a slow attempt is still sending waits for it instead of sending a
 * second copy.
 */
export class MailLeases1765000200000 implements MigrationInterface {
  name = 'MailLeases1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN lease_until timestamptz,
        ADD COLUMN lease_owner text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN lease_owner, DROP COLUMN lease_until`);
  }
}
