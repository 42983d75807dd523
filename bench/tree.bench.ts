import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/create-app';
import { loadConfig } from '@dondoc/config/app-config';
import { RuntimeConfig, hashPassword } from '@dondoc/platform';
import { upsertUser } from '@dondoc/persistence';
import { bareStarts, report, startBenchParts } from './bench-parts';

/**
 * The country's plan as one tree, issued through the API: Vụ 11 consolidates, every provincial
 * procuracy reports to it, every district to its province — 1 + 63 + the districts, stored in
 * one transaction with every workflow started — beside as many bare workflow starts on the
 * same server in the same run (the fanout figure of DESIGN.md, for a tree).
 */
/** The directory holds the districts of a few provinces; the bench gives each province this many. */
const DISTRICTS_PER_PROVINCE = Number(process.env.TREE_DISTRICTS ?? 10);
const ROUNDS = Number(process.env.TREE_ROUNDS ?? 3);
const LANES = 64;

async function addDistricts(ds: DataSource): Promise<void> {
  await ds.query(
    `INSERT INTO org_unit (code, short_name, full_name, level, kind, parent_code, emails, head_title,
                           head_email, ordinal)
     SELECT p.code || '.BENCH_' || n, p.short_name || ' — huyện đo ' || n,
            'Viện kiểm sát nhân dân huyện đo ' || n || ' thuộc ' || p.full_name, 'huyen', 'vien',
            p.code, ARRAY[lower(replace(p.code, '.', '-')) || '-' || n || '@dondoc.test'],
            'Viện trưởng', 'vt.' || lower(replace(p.code, '.', '-')) || '-' || n || '@dondoc.test',
            100000 + n
       FROM org_unit p, generate_series(1, $1::int) n
      WHERE p.level = 'tinh' AND p.kind = 'vien'
        AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_code = p.code AND c.level = 'huyen')`,
    [DISTRICTS_PER_PROVINCE],
  );
}

function planBody(round: number): string {
  return JSON.stringify({
    number: `${round}/KH-VKSTC`,
    docType: 'KẾ HOẠCH',
    title: `Kế hoạch tổng kết công tác kiểm sát toàn ngành, lượt ${round}`,
    issuedOn: '2030-06-15',
    issuerUnit: 'VKSTC',
    tasks: [
      {
        item: '1',
        summary: 'Tổng kết công tác kiểm sát, báo cáo Lãnh đạo Viện',
        leadUnit: 'VKSTC.V11',
        due: '2030-08-19',
        tiers: [
          { units: ['VKSND_CAP_TINH'], due: '2030-07-29', duePhrase: 'trước ngày 30/7/2030' },
          { units: ['VKSND_CAP_HUYEN'], due: '2030-07-09', duePhrase: 'trước ngày 10/7/2030' },
        ],
      },
    ],
  });
}

export async function tree(): Promise<void> {
  const parts = await startBenchParts('tree');
  try {
    const config = new RuntimeConfig(
      loadConfig({
        DATABASE_URL: parts.databaseUrl,
        TEMPORAL_ADDRESS: parts.temporalAddress,
        TEMPORAL_TASK_QUEUE: `bench-tree-${randomUUID()}`,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '2525',
        MAIL_FROM: 'bench@dondoc.test',
        APP_BASE_URL: 'http://dondoc.test',
        LINK_SECRET: randomUUID() + randomUUID(),
        PENDING_STARTS_SWEEP_SECONDS: '0',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        RATE_LIMIT_PER_MINUTE: '100000',
        LOG_LEVEL: 'error',
      }),
    );
    const seed = new DataSource({ type: 'postgres', url: parts.databaseUrl });
    await seed.initialize();
    await addDistricts(seed);
    await seed.destroy();

    const app = await createApp(config);
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    const db = app.get(DataSource);
    await upsertUser(db, {
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

    const issue = async (round: number) => {
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}/directives`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: planBody(round),
      });
      const ms = performance.now() - t0;
      if (res.status !== 201)
        throw new Error(`POST /directives: ${res.status} ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      const [shape] = await db.query(
        `SELECT count(*)::int AS tasks, count(t.workflow_started_at)::int AS started,
                count(*) FILTER (WHERE t.parent_task_id IS NULL)::int AS roots,
                count(DISTINCT t.lead_unit_code)::int AS units,
                count(*) FILTER (WHERE u.level = 'tinh')::int AS provinces,
                count(*) FILTER (WHERE u.level = 'huyen')::int AS districts
           FROM task t JOIN org_unit u ON u.code = t.lead_unit_code
          WHERE t.directive_id = $1`,
        [id],
      );
      if (shape.roots !== 1 || shape.units !== shape.tasks || shape.started !== shape.tasks) {
        throw new Error(`the tree came back malformed: ${JSON.stringify(shape)}`);
      }
      return { ms, ...(shape as { tasks: number; provinces: number; districts: number }) };
    };

    // A warm-up of each, then alternating rounds so neither side gets the warmer server.
    const { tasks, provinces, districts } = await issue(0);
    await bareStarts(parts, `bench-bare-warmup-${randomUUID()}`, tasks, 'VKST.TRA_VINH', LANES);
    const ours: number[] = [];
    const bare: number[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      bare.push(
        await bareStarts(parts, `bench-bare-${randomUUID()}`, tasks, 'VKST.TRA_VINH', LANES),
      );
      const o = await issue(r);
      if (o.tasks !== tasks) throw new Error(`round ${r} made ${o.tasks} tasks, not ${tasks}`);
      ours.push(o.ms);
    }
    await app.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    report([
      ['tasks', tasks],
      ['provinces', provinces],
      ['districts', districts],
      ['rounds', ROUNDS],
      ['bare_ms', bare.map((x) => x.toFixed(0)).join(' ')],
      ['ours_ms', ours.map((x) => x.toFixed(0)).join(' ')],
      ['bare_median_ms', median(bare).toFixed(0)],
      ['tree_median_ms', median(ours).toFixed(0)],
      ['tree_ratio', (median(ours) / median(bare)).toFixed(2)],
    ]);
  } finally {
    await parts.stop();
  }
}
