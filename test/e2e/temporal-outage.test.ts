import { WorkflowNotFoundError } from '@temporalio/client';
import { freePort, waitFor } from '../../libs/devkit/src';
import { TestSystem } from '../support/system';

/** Temporal unreachable while a directive is issued: nothing is lost, and nothing starts twice. */
describe('issuing while Temporal is down', () => {
  const down = new TestSystem();
  const up = new TestSystem();
  afterAll(async () => {
    await down.stop();
    await up.stop();
  });

  it('stores the directive, answers 503, and starts its workflows once Temporal is back', async () => {
    await down.start({ worker: false, env: { TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` } });
    const body = {
      docType: 'CÔNG VĂN',
      title: 'Công văn gửi khi Temporal chưa sẵn sàng',
      issuedOn: '2021-06-14',
      issuerUnit: 'VKSTC',
      tasks: [
        {
          item: '1',
          summary: 'Báo cáo số liệu',
          leadUnit: 'VKSH.TRA_VINH.TRA_CU',
          due: '2030-07-09',
        },
        { item: '2', summary: 'Tổng hợp báo cáo', leadUnit: 'VKST.TRA_VINH', due: '2030-07-29' },
      ],
    };
    const downClerk = await down.as('VKSTC', 'secretariat');
    const refused = await downClerk
      .post('/directives')
      .set('Idempotency-Key', 'outage-1')
      .send(body)
      .expect(503);
    expect(refused.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.body.message).toContain('Idempotency-Key');
    const [stored] = await down.db.query(
      `SELECT d.id, count(t.*)::int AS tasks, count(t.workflow_started_at)::int AS started
         FROM directive d JOIN task t ON t.directive_id = d.id WHERE d.idempotency_key = 'outage-1' GROUP BY d.id`,
    );
    expect(stored).toMatchObject({ tasks: 2, started: 0 });

    // A new api process finishes the job on start, without being asked.
    await up.start({ env: { RECONCILE_ON_START: 'true' } });
    const startedAll = async () => {
      const [row] = await up.db.query(
        `SELECT count(*)::int AS n FROM task WHERE directive_id = $1 AND workflow_started_at IS NOT NULL`,
        [stored.id],
      );
      if (row.n !== 2) throw new Error(`${row.n} of 2 started`);
    };
    await waitFor('workflows started on boot', startedAll, 30_000);

    // The client's retry returns the same directive and starts nothing twice.
    const clerk = await up.as('VKSTC', 'secretariat');
    const again = await clerk
      .post('/directives')
      .set('Idempotency-Key', 'outage-1')
      .send(body)
      .expect(200);
    expect(again.body.id).toBe(stored.id);
    for (const t of again.body.tasks) {
      const d = await up.temporal.workflow.getHandle(`task-${t.id}`).describe();
      expect(d.status.name).toBe('RUNNING');
    }
    const [{ n }] = await up.db.query(
      'SELECT count(*)::int AS n FROM directive WHERE idempotency_key = $1',
      ['outage-1'],
    );
    expect(n).toBe(1);
    // Acting on the task now reaches its workflow.
    const officer = await up.as('VKSH.TRA_VINH.TRA_CU', 'unit_officer');
    const acked = await officer.post(`/tasks/${again.body.tasks[0].id}/acknowledge`).expect(200);
    expect(acked.body.status).toBe('acknowledged');
    await expect(
      up.temporal.workflow.getHandle('task-00000000-0000-4000-8000-000000000000').describe(),
    ).rejects.toBeInstanceOf(WorkflowNotFoundError);
  });
});
