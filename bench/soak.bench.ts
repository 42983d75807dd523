import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freePort, waitFor } from '@dondoc/devkit';
import { inLanes } from '@dondoc/application';
import { messageIdFor } from '../activities';
import {
  ApiSession,
  AppProcess,
  quantile,
  report,
  rssMb,
  signInClerk,
  startApp,
  startBenchParts,
  waitForPoller,
  workflowBundle,
} from './bench-parts';
import { MailCounter } from './mail-counter';

/**
 * N open task workflows, each past its assignment notice and waiting on its ladder (due in
 * 2030, default policy): what the worker, Temporal and the api hold in memory, and the
 * api's p95 for `GET /tasks/:id` under 20 concurrent clients. Worker and api run in
 * processes of their own, so their resident memory is theirs alone.
 *
 * `npm run -s bench -- soak [N]` (default 10,000); SOAK_REQUESTS sets how many GETs.
 */
const TASKS_PER_DIRECTIVE = 2000;
const CLIENTS = 20;

async function issue(api: ApiSession, units: string[], count: number, round: number) {
  const res = await fetch(`${api.baseUrl}/directives`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: api.cookie, 'x-csrf-token': api.csrf },
    body: JSON.stringify({
      number: `${round}/KH-VKSTC`,
      docType: 'KẾ HOẠCH',
      title: `Kế hoạch đo bộ nhớ, phần ${round}`,
      issuedOn: '2026-11-23',
      issuerUnit: 'VKSTC',
      tasks: Array.from({ length: count }, (_, i) => ({
        item: String(i + 1),
        summary: `Nhiệm vụ thứ ${i + 1} của phần ${round}`,
        leadUnit: units[(round * TASKS_PER_DIRECTIVE + i) % units.length],
        due: '2030-12-31',
      })),
    }),
  });
  if (res.status !== 201) throw new Error(`POST /directives: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export async function soak(args: string[]): Promise<void> {
  const tasks = Number(args[0] ?? process.env.SOAK_TASKS ?? 10_000);
  const requests = Number(process.env.SOAK_REQUESTS ?? 4000);
  const parts = await startBenchParts('soak');
  const smtp = await new MailCounter().start();
  const apps: AppProcess[] = [];
  try {
    const apiPort = await freePort();
    const taskQueue = `bench-soak-${randomUUID()}`;
    const env = {
      DATABASE_URL: parts.databaseUrl,
      TEMPORAL_ADDRESS: parts.temporalAddress,
      TEMPORAL_TASK_QUEUE: taskQueue,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Đôn Đốc <dondoc@dondoc.test>',
      APP_BASE_URL: `http://127.0.0.1:${apiPort}`,
      API_PORT: String(apiPort),
      LINK_SECRET: randomUUID() + randomUUID(),
      WORKFLOW_BUNDLE_PATH: await workflowBundle(),
      DIGEST_SCHEDULE: 'false',
      RATE_LIMIT_PER_MINUTE: '10000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      LOG_LEVEL: 'warn',
    };
    const worker = startApp('worker', env);
    const apiProcess = startApp('api', env);
    apps.push(worker, apiProcess);
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    await waitFor(
      'api',
      async () => {
        if (!(await fetch(`${baseUrl}/health`)).ok) throw new Error('not yet');
      },
      180_000,
    );
    await waitForPoller(parts.client, taskQueue);
    const idleWorkerRss = worker.rssMb();
    const api = await signInClerk(parts.databaseUrl, baseUrl);

    const ds = await new DataSource({ type: 'postgres', url: parts.databaseUrl }).initialize();
    const units: string[] = (
      await ds.query(
        `SELECT code FROM org_unit WHERE cardinality(emails) > 0 AND code <> 'VKSTC' ORDER BY code`,
      )
    ).map((r: { code: string }) => r.code);
    const t0 = Date.now();
    const directiveIds: string[] = [];
    for (let r = 0; r * TASKS_PER_DIRECTIVE < tasks; r++) {
      const count = Math.min(TASKS_PER_DIRECTIVE, tasks - r * TASKS_PER_DIRECTIVE);
      directiveIds.push(await issue(api, units, count, r));
    }
    const rows: { id: string; rev: number }[] = await ds.query(
      `SELECT id, plan_revision AS rev FROM task WHERE directive_id = ANY($1)`,
      [directiveIds],
    );
    await ds.destroy();
    // Open and idle: every workflow has sent its assignment notice and waits on a timer.
    const notices = rows.map((t) => messageIdFor(`${t.id}/assigned:${t.rev}`));
    let peakWorkerRss = 0;
    await waitFor(
      'assignment notices',
      async () => {
        peakWorkerRss = Math.max(peakWorkerRss, worker.rssMb());
        if (smtp.countArrived(notices) < rows.length) throw new Error('not all yet');
      },
      4 * 3600_000,
    );
    const settleS = (Date.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 10_000));
    const workerRss = worker.rssMb();
    const temporalRss = rssMb(parts.temporalPid);

    // 20 clients, each asking for random tasks one after another.
    const ids = rows.map((t) => t.id);
    const times: number[] = [];
    let failures = 0;
    await inLanes(
      Array.from({ length: requests }, (_, i) => i),
      CLIENTS,
      async () => {
        const id = ids[Math.floor(Math.random() * ids.length)];
        const s = performance.now();
        const res = await fetch(`${baseUrl}/tasks/${id}`, { headers: { cookie: api.cookie } });
        await res.arrayBuffer();
        times.push(performance.now() - s);
        if (res.status !== 200) failures++;
      },
    );
    report([
      ['open_workflows', rows.length],
      ['settle_s', settleS.toFixed(0)],
      ['worker_rss_idle_mb', idleWorkerRss.toFixed(0)],
      ['worker_rss_peak_mb', Math.max(peakWorkerRss, workerRss).toFixed(0)],
      ['temporal_rss_mb', temporalRss.toFixed(0)],
      ['api_rss_mb', apiProcess.rssMb().toFixed(0)],
      ['api_clients', CLIENTS],
      ['api_requests', requests],
      ['api_failures', failures],
      ['api_get_task_p50_ms', quantile(times, 0.5).toFixed(1)],
      ['api_get_task_p95_ms', quantile(times, 0.95).toFixed(1)],
      ['worker_rss_mb', workerRss.toFixed(0)],
    ]);
  } finally {
    for (const a of apps.reverse()) await a.stop();
    await smtp.stop();
    await parts.stop();
  }
}
