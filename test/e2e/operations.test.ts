import request from 'supertest';
import { freePort, waitFor } from '@dondoc/devkit';
import { TestSystem } from '../support/system';
import { issueDirective } from '../support/directives';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const POLICY = {
  acknowledge: [],
  beforeDue: [{ offset: { seconds: 2 }, to: ['unit'] }],
  afterDue: [],
  repeatAfterDue: null,
  dueSoon: { seconds: 2 },
};

/** A metric's value in Prometheus' text format, summed over the series matching `labels`. */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`))) {
      sum += Number(m[3]);
    }
  }
  return sum;
}

/** What an operator watches: liveness, readiness, and the metrics of the api and the worker. */
describe('operations: health and metrics', () => {
  const sys = new TestSystem();
  const down = new TestSystem();
  let workerPort = 0;
  const worker = () => `http://127.0.0.1:${workerPort}`;

  beforeAll(async () => {
    workerPort = await freePort();
    await sys.start({
      env: { METRICS_TOKEN: TOKEN },
      workerEnv: { WORKER_METRICS_PORT: String(workerPort) },
    });
  });
  afterAll(async () => {
    await sys.stop();
    await down.stop();
  });

  it('answers liveness and readiness, and /health as before', async () => {
    await request(sys.http()).get('/health/live').expect(200, { status: 'ok' });
    const ready = await request(sys.http()).get('/health/ready').expect(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok', temporal: 'ok' } });
    const old = await request(sys.http()).get('/health').expect(200);
    expect(old.body).toEqual({ status: 'ok', checks: { database: 'ok', temporal: 'ok' } });
  });

  it('is not ready while Temporal is unreachable, and says so', async () => {
    await down.start({ worker: false, env: { TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` } });
    await request(down.http()).get('/health/live').expect(200);
    const res = await request(down.http()).get('/health/ready').expect(503);
    expect(res.body).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Chưa sẵn sàng: không kết nối được Temporal.',
      errors: [],
      status: 'unavailable',
      checks: { database: 'ok', temporal: 'down' },
    });
  });

  it('serves the api metrics to the token holder only', async () => {
    const refused = await request(sys.http()).get('/metrics').expect(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    await request(sys.http()).get('/metrics').set('authorization', 'Bearer wrong').expect(401);
    await request(sys.http()).get('/health/ready').expect(200);
    const res = await request(sys.http())
      .get('/metrics')
      .set('authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(
      valueOf(text, 'dondoc_http_request_duration_seconds_count', {
        route: '/health/ready',
        method: 'GET',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(1);
    // Paths no route matched share one label: ids never become series.
    expect(text).not.toMatch(/route="\/tasks\/[0-9a-f-]{36}/);
    expect(text).toMatch(/^dondoc_tasks_open \d+$/m);
    expect(text).toMatch(/^dondoc_tasks_overdue \d+$/m);
    expect(text).toMatch(/^dondoc_mail_queued \d+$/m);
    expect(text).toMatch(/^dondoc_mail_outbox_oldest_seconds [\d.e+-]+$/m);
    expect(text).toMatch(/^dondoc_database_up 1$/m);
    expect(text).toMatch(/^dondoc_api_process_resident_memory_bytes \d+/m);
  });

  it('counts the worker’s mail, actions and reminders’ lateness on its own port', async () => {
    const live = await fetch(`${worker()}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${worker()}/health/ready`);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', temporal: 'ok', worker: 'ok' },
    });
    expect((await fetch(`${worker()}/metrics`)).status).toBe(401);

    const clerk = await sys.as('VKSTC', 'secretariat');
    const d = await issueDirective(clerk, {
      title: 'Công văn thử số liệu vận hành',
      policy: POLICY,
      tasks: [
        {
          item: '1',
          summary: 'Báo cáo số liệu',
          leadUnit: 'VKSTC.V8',
          due: new Date(Date.now() + 5000).toISOString(),
        },
      ],
    });
    const officer = await sys.as('VKSTC.V8', 'unit_officer');
    await officer.post(`/tasks/${d.tasks[0].id}/acknowledge`).expect(200);

    const scrape = async () => {
      const res = await fetch(`${worker()}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const text = await waitFor(
      'the due reminder measured',
      async () => {
        const t = await scrape();
        if (valueOf(t, 'dondoc_reminder_lateness_seconds_count', { kind: 'due_reminder' }) < 1)
          throw new Error('no lateness yet');
        return t;
      },
      30_000,
    );
    expect(valueOf(text, 'dondoc_mail_sent_total', { kind: 'assigned' })).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(text, 'dondoc_mail_sent_total', { kind: 'due_reminder' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(text, 'dondoc_task_actions_total', { action: 'acknowledge', source: 'api' }),
    ).toBeGreaterThanOrEqual(1);
    // Sent after it was planned, and not by minutes on an idle worker.
    const sum = valueOf(text, 'dondoc_reminder_lateness_seconds_sum', { kind: 'due_reminder' });
    const count = valueOf(text, 'dondoc_reminder_lateness_seconds_count', { kind: 'due_reminder' });
    expect(sum / count).toBeLessThan(10);
    // The reminder was sent at once or staged for the dispatcher (due more than 2 s ahead).
    const ran = (activity: string) =>
      valueOf(text, 'dondoc_activity_duration_seconds_count', { activity, outcome: 'ok' });
    expect(ran('sendNotification')).toBeGreaterThanOrEqual(1);
    expect(ran('sendNotification') + ran('stageNotification')).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^dondoc_worker_process_resident_memory_bytes \d+/m);
  });
});
