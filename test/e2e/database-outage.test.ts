import { DataSource } from 'typeorm';
import { openMigratedDataSource } from '@dondoc/persistence';
import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';
import { TcpProxy } from '../support/tcp-proxy';
import { testEnv } from '../support/test-env';

/**
 * The api's database goes away and comes back, again and again, while a unit reports its
 * progress: the api answers 503 with retry advice (never 500, never "not found" for what
 * exists), and a client that retries each report with its Idempotency-Key until it is
 * answered leaves exactly one report per key — including when the report reached the task's
 * workflow but its answer was lost. The worker keeps its own way to the database.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the database going away under the api', () => {
  const sys = new TestSystem();
  const direct = new URL(testEnv().databaseUrl);
  const proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
  let db: DataSource;
  let officer: ApiClient;
  let taskId: string;

  beforeAll(async () => {
    await proxy.start();
    const viaProxy = new URL(direct);
    viaProxy.port = String(proxy.port);
    await sys.start({
      env: { DATABASE_URL: viaProxy.toString() },
      workerEnv: { DATABASE_URL: direct.toString() },
    });
    db = await openMigratedDataSource(direct.toString());
    const clerk = await sys.as('VKSTC', 'secretariat');
    const res = await issueDirective(clerk, {
      title: 'Báo cáo khi cơ sở dữ liệu chập chờn',
      tasks: [{ item: '1', summary: 'Báo cáo tiến độ', leadUnit: 'VKSTC.V14', due: '2030-12-31' }],
    });
    taskId = res.tasks[0].id;
    officer = await sys.as('VKSTC.V14', 'unit_officer');
  });
  afterAll(async () => {
    await proxy.restore();
    await sys.stop();
    await db.destroy();
    await proxy.stop();
  });

  it('answers 503 with retry advice while it is gone, not 500 and not "not found"', async () => {
    await proxy.cut();
    try {
      const read = await officer.get(`/tasks/${taskId}`);
      expect(read.status).toBe(503);
      expect(read.headers['retry-after']).toBeDefined();
      expect(read.body.code).toBe('SERVICE_UNAVAILABLE');
      const write = await officer
        .post(`/tasks/${taskId}/progress`)
        .set('Idempotency-Key', 'gone-1')
        .send({ text: 'Khi mất kết nối', percent: 10 });
      expect(write.status).toBe(503);
    } finally {
      await proxy.restore();
    }
    // Back: the same key goes through once.
    await officer
      .post(`/tasks/${taskId}/progress`)
      .set('Idempotency-Key', 'gone-1')
      .send({ text: 'Khi mất kết nối', percent: 10 })
      .expect(200);
  });

  it('leaves one report per key when every report is retried through flapping connections', async () => {
    const KEYS = 15;
    let flapping = true;
    const flap = (async () => {
      while (flapping) {
        await sleep(400 + Math.random() * 400);
        await proxy.cut();
        await sleep(100 + Math.random() * 200);
        await proxy.restore();
      }
    })();
    const answered: Record<string, number[]> = {};
    // Any other answer is kept with its body and asserted once the flapping has stopped, so a
    // failure names what was answered and leaves the connection whole for the next test.
    const unexpected: string[] = [];
    await Promise.all(
      Array.from({ length: KEYS }, async (_, i) => {
        const key = `flap-${i}`;
        answered[key] = [];
        const deadline = Date.now() + 100_000;
        while (Date.now() < deadline) {
          const res = await officer
            .post(`/tasks/${taskId}/progress`)
            .set('Idempotency-Key', key)
            .send({ text: `Báo cáo ${i}`, percent: i })
            .catch(() => ({ status: 0, body: null }));
          answered[key].push(res.status);
          if (res.status === 200) return;
          if (![0, 409, 503].includes(res.status))
            unexpected.push(`${key}: ${res.status} ${JSON.stringify(res.body)}`);
          await sleep(250);
        }
      }),
    );
    flapping = false;
    await flap;
    await proxy.restore();
    expect(unexpected).toEqual([]);
    for (const statuses of Object.values(answered)) expect(statuses).toContain(200);
    const rows: { text: string; n: number }[] = await db.query(
      `SELECT text, count(*)::int AS n FROM task_report
        WHERE task_id = $1 AND text LIKE 'Báo cáo %' GROUP BY text`,
      [taskId],
    );
    expect(rows).toHaveLength(KEYS);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
  }, 180_000);

  it('a retry of an action whose answer was lost is answered by the workflow, not applied twice', async () => {
    // The first attempt reached the workflow; the api lost its database before answering.
    const send = () =>
      officer
        .post(`/tasks/${taskId}/progress`)
        .set('Idempotency-Key', 'lost-answer')
        .send({ text: 'Câu trả lời bị mất', percent: 80 });
    // Started now (a supertest request waits for its first `then`).
    const first = send().then((r) => r);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM task_report WHERE task_id = $1 AND text = 'Câu trả lời bị mất'`,
        [taskId],
      );
      if (n > 0) break;
      if (Date.now() > deadline) throw new Error('the first report never reached the workflow');
      await sleep(2);
    }
    await proxy.cut();
    const lost = await first;
    await proxy.restore();
    // While the first attempt's claim on the key stands (it could not let go of it with the
    // database gone), a retry is told to wait (409); once it lapses, the retry goes through.
    let again = await send();
    const until = Date.now() + 45_000;
    while (again.status === 409 && Date.now() < until) {
      await sleep(1000);
      again = await send();
    }
    expect(again.status).toBe(200);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM task_report WHERE task_id = $1 AND text = 'Câu trả lời bị mất'`,
      [taskId],
    );
    expect({ first: [200, 503].includes(lost.status), reports: n }).toEqual({
      first: true,
      reports: 1,
    });
  }, 90_000);
});
