import { execFile } from 'node:child_process';
import { projectRoot } from '@dondoc/config/project-root';
import { typescriptEntry } from '@dondoc/devkit';
import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';

/**
 * `npm run -s check-tasks`: a task whose record says one thing while its workflow (the one
 * writer of its state) says another is found, and with --repair its record follows the
 * workflow again, with an audit event saying what changed.
 */
describe('checking task records against their workflows', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
  });
  afterAll(() => sys.stop());

  // Not spawnSync: the worker answering the queries runs in this process.
  const run = (...args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [...typescriptEntry('scripts/check-tasks.ts'), ...args],
        {
          cwd: projectRoot(),
          env: {
            ...process.env,
            DATABASE_URL: sys.env.DATABASE_URL,
            TEMPORAL_ADDRESS: sys.env.TEMPORAL_ADDRESS,
          },
        },
        (err, stdout, stderr) =>
          resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );

  it('finds a record that parted from its workflow, and repairs it from the workflow', async () => {
    const res = await issueDirective(clerk, {
      title: 'Đối chiếu bản ghi và quy trình',
      tasks: [{ item: '1', summary: 'Báo cáo', leadUnit: 'VKSTC.V3', due: '2030-12-31' }],
    });
    const taskId: string = res.tasks[0].id;
    // Only this file's directive: other files' tasks run on queues this run may have closed.
    const scope = ['--directive', res.id as string];
    const officer = await sys.as('VKSTC.V3', 'unit_officer');
    await officer.post(`/tasks/${taskId}/acknowledge`).expect(200);
    // As a write the workflow never made would leave it (the old race did exactly this).
    await sys.db.query(`UPDATE task SET status = 'assigned', percent = 40 WHERE id = $1`, [taskId]);

    const check = await run(...scope);
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 1, stderr: '' });
    expect(check.stdout).toContain(`${taskId} differs: status: "assigned" → "acknowledged"`);
    expect(check.stdout).toContain('percent: 40 → null');

    const repair = await run('--repair', ...scope);
    expect(repair.status).toBe(0);
    const [row] = await sys.db.query('SELECT status, percent FROM task WHERE id = $1', [taskId]);
    expect(row).toEqual({ status: 'acknowledged', percent: null });
    const [event] = await sys.db.query(
      `SELECT before, after FROM audit_event WHERE task_id = $1 AND action = 'task.repaired'`,
      [taskId],
    );
    expect(event).toEqual({
      before: { status: 'assigned', percent: 40 },
      after: { status: 'acknowledged', percent: null },
    });
    expect((await run(...scope)).stdout).not.toContain(taskId);
  });
});
