import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { loadConfig } from '@dondoc/config/app-config';
import {
  cutoffOf,
  dueSoonLimit,
  periodBounds,
  periodContaining,
  quarterPeriod,
  vietnameseCalendar,
} from '@dondoc/domain';
import { RuntimeConfig, hashPassword } from '@dondoc/platform';
import { SqlReportRepository, upsertUser } from '@dondoc/persistence';
import { report, startBenchParts } from './bench-parts';

/**
 * 1,000,000 tasks over ~100 units and two years; the quarter-by-unit summary through the
 * API (HTTP, session, scope, JSON) beside the very SQL it runs, executed raw, in the same
 * run, alternating so neither gets the warmer cache.
 */
const TASKS = Number(process.env.DASHBOARD_TASKS ?? 1_000_000);
const UNITS = Number(process.env.DASHBOARD_UNITS ?? 100);
const REPEATS = Number(process.env.DASHBOARD_REPEATS ?? 100);
const ROUNDS = Number(process.env.DASHBOARD_ROUNDS ?? 3);
const WARMUP = 20;

/**
 * A GET on one kept-alive connection, timed to its last byte, as load testers time a
 * request; the caller parses the body after the clock stops (as the raw side's rows are
 * used after theirs).
 */
function timedGet(
  agent: Agent,
  url: string,
  cookie: string,
): Promise<{ ms: number; status: number; body: string }> {
  const s = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { agent, headers: { cookie, accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          ms: performance.now() - s,
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function load(ds: DataSource): Promise<void> {
  await ds.query(`
    INSERT INTO directive (doc_type, title, issued_on, issuer_unit_code, status)
    SELECT 'KẾ HOẠCH', 'Kế hoạch đo hiệu năng ' || g, (now() - interval '2 years')::date, 'VKSTC', 'issued'
      FROM generate_series(1, 2000) g`);
  // Two years of work: most of it done (a sixth late), some open, a few overdue or cancelled.
  await ds.query(
    `
    WITH u AS (SELECT array_agg(code) AS codes FROM (SELECT code FROM org_unit ORDER BY ordinal LIMIT $2) x),
         d AS (SELECT array_agg(id) AS ids FROM directive),
         r AS (
           SELECT i, random() AS a, random() AS b, random() AS c,
                  now() - random() * interval '730 days' AS created,
                  (7 + floor(random() * 60))::int AS life
             FROM generate_series(1, $1) i)
    INSERT INTO task (directive_id, item, summary, lead_unit_code, accountable_unit_code, issuer_unit_code,
                      due_at, original_due_at, created_at, assigned_at, planned_from, priority, status,
                      submitted_at, completed_at, outcome, policy, workflow_id)
    SELECT d.ids[1 + (r.i % 2000)], (r.i % 40)::text, 'Nhiệm vụ ' || r.i,
           u.codes[1 + (r.i % array_length(u.codes, 1))], u.codes[1 + (r.i % array_length(u.codes, 1))], 'VKSTC',
           due, due, r.created, r.created, r.created, 'thuong', s.status,
           CASE WHEN s.status IN ('done', 'submitted') THEN s.came_in END,
           CASE WHEN s.status = 'done' THEN s.came_in + interval '1 day' END,
           CASE WHEN s.status = 'done' THEN CASE WHEN s.came_in < due THEN 'on_time' ELSE 'late' END END,
           '{}'::jsonb, 'bench-' || r.i
      FROM r, u, d,
      LATERAL (SELECT date_trunc('day', r.created + r.life * interval '1 day') + interval '17 hours' AS due) dd,
      LATERAL (
        SELECT CASE
                 WHEN r.c < 0.03 THEN 'cancelled'
                 WHEN r.created + r.b * r.life * interval '1.2 day' + interval '1 day' > now() THEN
                   CASE WHEN r.a < 0.5 THEN 'in_progress' WHEN r.a < 0.8 THEN 'assigned' ELSE 'submitted' END
                 WHEN dd.due < now() AND r.a < 0.04 THEN 'in_progress'
                 ELSE 'done' END AS status,
               r.created + r.b * r.life * interval '1.2 day' AS came_in) s
    `,
    [TASKS, UNITS],
  );
  await ds.query('VACUUM ANALYZE task');
  await ds.query('VACUUM ANALYZE directive');
  // One statement added a million tasks: a million increments of ~50,000 summary rows left
  // that many dead versions, which autovacuum would reclaim over time; compact them now.
  await ds.query('VACUUM FULL ANALYZE task_report_month');
}

export async function dashboard(): Promise<void> {
  const parts = await startBenchParts('dashboard');
  try {
    const config = new RuntimeConfig(
      loadConfig({
        DATABASE_URL: parts.databaseUrl,
        TEMPORAL_ADDRESS: parts.temporalAddress,
        TEMPORAL_TASK_QUEUE: `bench-dashboard-${randomUUID()}`,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '2525',
        MAIL_FROM: 'bench@dondoc.test',
        APP_BASE_URL: 'http://dondoc.test',
        LINK_SECRET: randomUUID() + randomUUID(),
        RECONCILE_ON_START: 'false',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        RATE_LIMIT_PER_MINUTE: '1000000',
        LOG_LEVEL: 'error',
      }),
    );
    const app = await createApp(config);
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    const ds = app.get(DataSource);
    const t0 = performance.now();
    await load(ds);
    const loadS = (performance.now() - t0) / 1000;
    const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM task');
    const [{ m: summaryRows }] = await ds.query('SELECT count(*)::int AS m FROM task_report_month');

    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    await upsertUser(ds, {
      username: 'bench.leader',
      displayName: 'Lãnh đạo đo hiệu năng',
      unitCode: 'VKSTC',
      roles: ['leader'],
      passwordHash: await hashPassword('mật-khẩu-đo-hiệu-năng'),
    });
    const login = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench.leader', password: 'mật-khẩu-đo-hiệu-năng' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];

    // The last full quarter: a snapshot at its end, as a leader's quarterly report.
    const current = periodContaining('quarter', new Date());
    const [y, q] = [
      Number(current.from.slice(0, 4)),
      Math.floor(Number(current.from.slice(5, 7)) / 3) + 1,
    ];
    const quarter = q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
    const key = `${quarter.from.slice(0, 4)}-Q${Math.floor(Number(quarter.from.slice(5, 7)) / 3) + 1}`;
    const url = `${baseUrl}/reports/summary?period=${key}&groupBy=unit`;
    const at = cutoffOf(quarter, new Date());
    const { sql, params } = new SqlReportRepository(ds).summarySql(
      'unit',
      { issuerUnitCode: 'VKSTC', unitCodes: null },
      {
        ...periodBounds(quarter),
        at,
        basis: 'in_force',
        dueSoonBefore: dueSoonLimit(
          at,
          config.values.REPORT_DUE_SOON_WORKING_DAYS,
          vietnameseCalendar(),
        ),
      },
      {},
    );

    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const api = async () => {
      const res = await timedGet(agent, url, cookie);
      if (res.status !== 200) throw new Error(`summary: ${res.status} ${res.body}`);
      const body = JSON.parse(res.body) as {
        total: { counts: { total: number } };
        rows: unknown[];
      };
      return { ms: res.ms, total: body.total.counts.total, rows: body.rows.length };
    };
    const raw = async () => {
      const s = performance.now();
      const rows: { total: number }[] = await ds.query(sql, params);
      return {
        ms: performance.now() - s,
        total: rows.reduce((t, r) => t + r.total, 0),
        rows: rows.length,
      };
    };
    for (let i = 0; i < WARMUP; i++) {
      await api();
      await raw();
    }
    const rounds: { api: number[]; raw: number[] }[] = [];
    let counted = 0;
    let rowsShown = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const apiMs: number[] = [];
      const rawMs: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const [a, r] = i % 2 ? [await api(), await raw()] : [await raw(), await api()].reverse();
        if (a.total !== r.total) throw new Error(`API counted ${a.total}, SQL ${r.total}`);
        apiMs.push(a.ms);
        rawMs.push(r.ms);
        counted = a.total;
        rowsShown = a.rows;
      }
      rounds.push({ api: apiMs, raw: rawMs });
    }
    // The floor of any signed-in request (session, guard, JSON), for reading the overhead.
    const floor: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      floor.push((await timedGet(agent, `${baseUrl}/auth/me`, cookie)).ms);
    }
    agent.destroy();
    const apiMs = rounds.flatMap((r) => r.api);
    const rawMs = rounds.flatMap((r) => r.raw);
    const perRound = (k: 'api' | 'raw') => rounds.map((r) => pct(r[k], 95).toFixed(1)).join(' ');
    const plan: { 'QUERY PLAN': string }[] = await ds.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
      params,
    );
    if (process.env.DASHBOARD_PLAN) console.error(plan.map((p) => p['QUERY PLAN']).join('\n'));
    await app.close();
    report([
      ['tasks', n],
      ['summary_rows', summaryRows],
      ['units', UNITS],
      ['load_s', loadS.toFixed(1)],
      ['period', quarter.label],
      ['counted_in_period', counted],
      ['rows', rowsShown],
      ['repeats', `${ROUNDS} x ${REPEATS}`],
      ['raw_p95_ms_by_round', perRound('raw')],
      ['api_p95_ms_by_round', perRound('api')],
      ['raw_p50_ms', pct(rawMs, 50).toFixed(1)],
      ['raw_p95_ms', pct(rawMs, 95).toFixed(1)],
      ['api_p50_ms', pct(apiMs, 50).toFixed(1)],
      ['api_p95_ms', pct(apiMs, 95).toFixed(1)],
      ['signed_in_floor_p50_ms', pct(floor, 50).toFixed(1)],
      ['dashboard_p95_ms', pct(apiMs, 95).toFixed(1)],
      ['dashboard_p95_ratio', (pct(apiMs, 95) / pct(rawMs, 95)).toFixed(2)],
    ]);
  } finally {
    await parts.stop();
  }
}
