import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { loadConfig } from '@dondoc/config/app-config';
import { RuntimeConfig, hashPassword } from '@dondoc/platform';
import { upsertUser } from '@dondoc/persistence';
import { messageIdFor } from '../activities';
import {
  AppProcess,
  bareStarts,
  report,
  startApp,
  startBenchParts,
  waitForPoller,
  workflowBundle,
} from './bench-parts';
import { MailCounter } from './mail-counter';

/**
 * One directive of N tasks through the API (stored, then every workflow started), beside N
 * bare workflow starts on the same server in the same run, with the worker running in a
 * process of its own as in production: each new task's assignment notice goes out while
 * the next rounds are issued. Then, with the mail of those rounds gone, one more directive,
 * timed until all its assignment notices are at the SMTP server (`assigned_drain_s`).
 */
const TASKS = Number(process.env.FANOUT_TASKS ?? 1000);
/** The API's own concurrency, so the baseline is the same client-side shape. */
const LANES = 64;
const ROUNDS = Number(process.env.FANOUT_ROUNDS ?? 3);

const UNITS = ['VKSTC.V7', 'VKSTC.V8', 'VKSTC.V9', 'VKSTC.V10', 'VKSTC.V11', 'VKSTC.V15'];

async function ourFanout(baseUrl: string, cookie: string, csrf: string, round: number) {
  const body = JSON.stringify({
    number: `${round}/KH-VKSTC`,
    docType: 'KẾ HOẠCH',
    title: `Kế hoạch đo hiệu năng giao việc, lượt ${round}`,
    issuedOn: '2026-11-23',
    issuerUnit: 'VKSTC',
    tasks: Array.from({ length: TASKS }, (_, i) => ({
      item: String(i + 1),
      summary: `Nhiệm vụ thứ ${i + 1}`,
      leadUnit: UNITS[i % UNITS.length],
      due: '2030-12-31',
    })),
  });
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/directives`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body,
  });
  const ms = performance.now() - t0;
  if (res.status !== 201) throw new Error(`POST /directives: ${res.status} ${await res.text()}`);
  const directive = (await res.json()) as { id: string; tasks: unknown[] };
  return { ms, directiveId: directive.id, tasks: directive.tasks.length };
}

/** Every assignment notice of a directive's tasks, by the Message-ID its outbox key gives. */
async function assignedIds(db: DataSource, directiveId: string): Promise<string[]> {
  const rows: { id: string; rev: number }[] = await db.query(
    'SELECT id, plan_revision AS rev FROM task WHERE directive_id = $1',
    [directiveId],
  );
  return rows.map((t) => messageIdFor(`${t.id}/assigned:${t.rev}`));
}

async function allArrived(smtp: MailCounter, ids: string[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (smtp.countArrived(ids) < ids.length) {
    if (Date.now() > deadline)
      throw new Error(`${smtp.countArrived(ids)} of ${ids.length} assignment mails arrived`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Math.max(...ids.map((id) => smtp.arrivals(id)[0]));
}

export async function fanout(): Promise<void> {
  const parts = await startBenchParts('fanout');
  const smtp = await new MailCounter().start();
  let worker: AppProcess | undefined;
  try {
    const env = {
      DATABASE_URL: parts.databaseUrl,
      TEMPORAL_ADDRESS: parts.temporalAddress,
      TEMPORAL_TASK_QUEUE: `bench-ours-${randomUUID()}`,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'bench@dondoc.test',
      APP_BASE_URL: 'http://dondoc.test',
      LINK_SECRET: randomUUID() + randomUUID(),
      PENDING_STARTS_SWEEP_SECONDS: '0',
      DIGEST_SCHEDULE: 'false',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'error',
    };
    worker = startApp('worker', { ...env, WORKFLOW_BUNDLE_PATH: await workflowBundle() });
    await waitForPoller(parts.client, env.TEMPORAL_TASK_QUEUE);
    const config = new RuntimeConfig(loadConfig(env));
    const app = await createApp(config);
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    await upsertUser(app.get(DataSource), {
      username: 'bench.clerk',
      displayName: 'Văn thư đo hiệu năng',
      unitCode: 'VKSTC',
      roles: ['secretariat'],
      passwordHash: await hashPassword('mật-khẩu-đo-hiệu-năng'),
    });
    const login = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench.clerk', password: 'mật-khẩu-đo-hiệu-năng' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    // A warm-up of each, then alternating rounds so neither side gets the warmer server.
    await bareStarts(parts, `bench-bare-warmup-${randomUUID()}`, TASKS, 'VKSTC.V8', LANES);
    await ourFanout(baseUrl, cookie, csrfToken, 0);
    const bare: number[] = [];
    const ours: number[] = [];
    const db = app.get(DataSource);
    const issued: string[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      bare.push(await bareStarts(parts, `bench-bare-${randomUUID()}`, TASKS, 'VKSTC.V8', LANES));
      const o = await ourFanout(baseUrl, cookie, csrfToken, r);
      if (o.tasks !== TASKS) throw new Error(`directive came back with ${o.tasks} tasks`);
      const [{ n }] = await app
        .get(DataSource)
        .query(
          'SELECT count(*)::int AS n FROM task WHERE directive_id = $1 AND workflow_started_at IS NOT NULL',
          [o.directiveId],
        );
      if (n !== TASKS) throw new Error(`only ${n} of ${TASKS} workflows marked started`);
      ours.push(o.ms);
      issued.push(o.directiveId);
    }
    // The rounds' mail gone, one more directive on a quiet system: until its last notice.
    const earlier = (await Promise.all(issued.map((d) => assignedIds(db, d)))).flat();
    await allArrived(smtp, earlier, 30 * 60_000);
    const t0 = Date.now();
    const drain = await ourFanout(baseUrl, cookie, csrfToken, ROUNDS + 1);
    const lastArrival = await allArrived(
      smtp,
      await assignedIds(db, drain.directiveId),
      30 * 60_000,
    );
    const drainS = (lastArrival - t0) / 1000;
    await app.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    report([
      ['tasks', TASKS],
      ['rounds', ROUNDS],
      ['start_lanes', LANES],
      ['bare_ms', bare.map((x) => x.toFixed(0)).join(' ')],
      ['ours_ms', ours.map((x) => x.toFixed(0)).join(' ')],
      ['bare_median_ms', median(bare).toFixed(0)],
      ['ours_median_ms', median(ours).toFixed(0)],
      ['assigned_drain_s', drainS.toFixed(1)],
      ['fanout_ratio', (median(ours) / median(bare)).toFixed(2)],
    ]);
  } finally {
    await worker?.stop();
    await smtp.stop();
    await parts.stop();
  }
}
