import { MigrationInterface, QueryRunner } from 'typeorm';
import { OPEN_STATUSES } from '@dondoc/domain';

/**
 * A plan is one tree: a task keeps the date its plan gives the level below it (the proposal
 * for a split made by hand), and a unit holds at most one open sub-task of a parent unless
 * the parent's head asked for a separate one, so a doubled split cannot be stored.
 */
export class PlanTrees1765300000000 implements MigrationInterface {
  name = 'PlanTrees1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE task
        ADD COLUMN subtask_due text,
        ADD COLUMN split_separately boolean NOT NULL DEFAULT false`);
    const open = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
    await q.query(`
      CREATE UNIQUE INDEX task_one_open_split_idx ON task (parent_task_id, lead_unit_code)
       WHERE parent_task_id IS NOT NULL AND NOT split_separately AND status IN (${open})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX task_one_open_split_idx`);
    await q.query(`ALTER TABLE task DROP COLUMN split_separately, DROP COLUMN subtask_due`);
  }
}
