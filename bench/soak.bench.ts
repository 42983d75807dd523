import { DataSource } from 'typeorm';
import { waitFor } from '@dondoc/devkit';
import { inLanes } from '@dondoc/application';
import { messageIdFor } from '../activities';
import {
  ApiSession,
  AppProcess,
  mailedUnits,
  quantile,
  report,
  rssMb,
  startBenchParts,
  startSystem,
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
    const { worker, api: apiProcess, session: api } = await startSystem(parts, 'soak', smtp.port);
    apps.push(worker, apiProcess);
    const baseUrl = api.baseUrl;
    const idleWorkerRss = worker.rssMb();

    const ds = await new DataSource({ type: 'postgres', url: parts.databaseUrl }).initialize();
    const units = await mailedUnits(ds);
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
