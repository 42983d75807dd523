import { WorkflowNotFoundError } from '@temporalio/client';
import { freePort, waitFor } from '@dondoc/devkit';
import { TestSystem } from '../support/system';

const DRAFT_TEXT = `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO
Số: 99/VKSTC-VP
CÔNG VĂN
V/v báo cáo kết quả
Yêu cầu VKSND tỉnh Trà Vinh báo cáo kết quả trước ngày 01/8/2030.`;

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
    // The same key with another body is not a retry.
    const other = await downClerk
      .post('/directives')
      .set('Idempotency-Key', 'outage-1')
      .send({ ...body, title: 'Một công văn khác' })
      .expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const [stored] = await down.db.query(
      `SELECT d.id, count(t.*)::int AS tasks, count(t.workflow_started_at)::int AS started
         FROM directive d JOIN task t ON t.directive_id = d.id WHERE d.idempotency_key = 'outage-1' GROUP BY d.id`,
    );
    expect(stored).toMatchObject({ tasks: 2, started: 0 });

    // A draft issued now is stored too, and told the same.
    const draft = await downClerk.post('/directives/parse').send({ text: DRAFT_TEXT }).expect(201);
    const issue = {
      tasks: [
        { item: '1', summary: 'Báo cáo kết quả', leadUnit: 'VKST.TRA_VINH', due: '2030-08-01' },
      ],
    };
    await downClerk.patch(`/directives/${draft.body.id}/draft`).send(issue).expect(200);
    const draftRefused = await downClerk
      .post(`/directives/${draft.body.id}/issue`)
      .send({})
      .expect(503);
    expect(draftRefused.body.code).toBe('SERVICE_UNAVAILABLE');

    // Once Temporal answers, a worker's sweep starts what is pending, without being asked.
    await up.start({ env: { PENDING_STARTS_SWEEP_SECONDS: '1' } });
    const startedAll = async () => {
      const [row] = await up.db.query(
        `SELECT count(*)::int AS n FROM task WHERE directive_id = $1 AND workflow_started_at IS NOT NULL`,
        [stored.id],
      );
      if (row.n !== 2) throw new Error(`${row.n} of 2 started`);
    };
    await waitFor('pending workflows started by the sweep', startedAll, 30_000);
    const draftStarted = async () => {
      const [row] = await up.db.query(
        `SELECT count(*)::int AS n FROM task WHERE directive_id = $1 AND workflow_started_at IS NOT NULL`,
        [draft.body.id],
      );
      if (row.n !== 1) throw new Error(`draft: ${row.n} of 1 started`);
    };
    await waitFor('the issued draft started by the sweep', draftStarted, 30_000);

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
    // Issuing the draft again answers with the directive, not "already issued".
    const reissued = await clerk.post(`/directives/${draft.body.id}/issue`).send({}).expect(200);
    expect(reissued.body.tasks).toHaveLength(1);
    await clerk
      .post(`/directives/${draft.body.id}/issue`)
      .send({ policy: { byPriority: {} } })
      .expect(422);
    // Acting on the task now reaches its workflow.
    const officer = await up.as('VKSH.TRA_VINH.TRA_CU', 'unit_officer');
    const acked = await officer.post(`/tasks/${again.body.tasks[0].id}/acknowledge`).expect(200);
    expect(acked.body.status).toBe('acknowledged');
    await expect(
      up.temporal.workflow.getHandle('task-00000000-0000-4000-8000-000000000000').describe(),
    ).rejects.toBeInstanceOf(WorkflowNotFoundError);
  });
});
