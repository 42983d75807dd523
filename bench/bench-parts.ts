import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { bundleWorkflowCode } from '@temporalio/worker';
import {
  PostgresHandle,
  TemporalDevServer,
  createDatabaseIfMissing,
  dropDatabase,
  ensurePostgres,
  freePort,
  startTemporalDevServer,
  typescriptEntry,
  waitFor,
  withDatabase,
} from '@dondoc/devkit';
import { importDirectory, openMigratedDataSource, upsertUser } from '@dondoc/persistence';
import { parseDirectory, VKSND_DIRECTORY_PATH } from '@dondoc/org';
import { projectRoot } from '@dondoc/config/project-root';
import { inLanes } from '@dondoc/application';
import { DIRECTIVE_ID_KEY, TASK_ID_KEY, UNIT_KEY, taskWorkflowInput } from '@dondoc/contracts';
import { DEFAULT_POLICY, TaskState } from '@dondoc/domain';
import { hashPassword } from '@dondoc/platform/password';
import { workflowBundleOptions } from '@dondoc/platform/workflow-bundler';

const BENCH_DIR = join(projectRoot(), '.data', 'bench');

/** The real parts a benchmark runs against: a fresh database and its own Temporal server. */
export interface BenchParts {
  databaseUrl: string;
  temporalAddress: string;
  /** The Temporal server's process, for its resident memory. */
  temporalPid: number | undefined;
  client: Client;
  stop(): Promise<void>;
}

export interface BenchPartsOptions {
  /**
   * Keep Temporal's history in a SQLite file, as `npm start` does, rather than in memory:
   * for benches of running workflows, whose timers and wake-ups write to it all the time.
   */
  temporalOnDisk?: boolean;
}

export async function startBenchParts(
  name: string,
  options: BenchPartsOptions = {},
): Promise<BenchParts> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const server: PostgresHandle = await ensurePostgres(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    join(projectRoot(), '.data', 'bench-pg'),
  );
  const database = `dondoc_bench_${name}_${Date.now()}`;
  await createDatabaseIfMissing(server.url, database);
  const databaseUrl = withDatabase(server.url, database);
  const ds = await openMigratedDataSource(databaseUrl);
  await importDirectory(ds, parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8')));
  await ds.destroy();
  const dbFile = options.temporalOnDisk ? join(BENCH_DIR, `${database}.temporal.db`) : undefined;
  const temporal: TemporalDevServer = await startTemporalDevServer({
    port: await freePort(),
    logFile: join(BENCH_DIR, 'temporal.log'),
    ...(dbFile ? { dbFile } : {}),
  });
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  return {
    databaseUrl,
    temporalAddress: temporal.address,
    temporalPid: temporal.pid,
    client,
    async stop() {
      await connection.close();
      await temporal.stop();
      if (dbFile)
        for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
      await dropDatabase(server.url, database);
      await server.stop();
    },
  };
}

/** The workflow bundle a worker process loads, as production workers do (no webpack at start). */
export async function workflowBundle(): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const { code } = await bundleWorkflowCode({
    ...workflowBundleOptions(require.resolve('../workflows')),
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (m: string) => console.error(m),
    },
  });
  const path = join(BENCH_DIR, 'workflow-bundle.js');
  writeFileSync(path, code);
  return path;
}

/** An app (`worker` or `api`) in a process of its own, as `npm start` runs it. */
export interface AppProcess {
  pid: number;
  /** Resident memory now, in MB (VmRSS). */
  rssMb(): number;
  stop(): Promise<void>;
}

export function startApp(app: 'worker' | 'api', env: Record<string, string>): AppProcess {
  const log = openSync(join(BENCH_DIR, `${app}.log`), 'w');
  // BENCH_WORKER_NODE_ARGS or BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (or
  // any node flags) to see where a process's time goes.
  const nodeArgs = (process.env[`BENCH_${app.toUpperCase()}_NODE_ARGS`] ?? '')
    .split(' ')
    .filter(Boolean);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, ...typescriptEntry(`apps/${app}/src/main.ts`)],
    {
      cwd: projectRoot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', log, log],
    },
  );
  let exited = false;
  child.once('exit', (code, signal) => {
    exited = true;
    if (code !== 0 && signal === null)
      console.error(`${app} exited with ${code}; see .data/bench/${app}.log`);
  });
  return {
    pid: child.pid!,
    rssMb: () => rssMb(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
      }),
  };
}

/** A process's resident memory in MB, from /proc (0 when it is gone). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/**
 * CPU seconds (user + system) a process has used so far, from /proc (0 when it is gone);
 * with `reaped`, also that of its children that have ended.
 */
export function cpuSeconds(pid: number | undefined, reaped = false): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command may hold spaces: fields are counted from after its closing parenthesis,
    // where stat(5)'s third field (state) begins; utime, stime, cutime and cstime are its
    // 14th to 17th.
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return (f[11] + f[12] + (reaped ? f[13] + f[14] : 0)) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of PostgreSQL on the machine: its live processes, and the backends that have
 * ended since it started (counted in the postmaster, which reaps them).
 */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres')
        total += cpuSeconds(Number(pid), true);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Resolves once a worker polls `taskQueue` for workflow tasks. */
export async function waitForPoller(client: Client, taskQueue: string): Promise<void> {
  await waitFor(
    `a worker on ${taskQueue}`,
    async () => {
      const res = await client.workflowService.describeTaskQueue({
        namespace: 'default',
        taskQueue: { name: taskQueue },
        taskQueueType: 1, // TASK_QUEUE_TYPE_WORKFLOW
      });
      if (!res.pollers?.length) throw new Error('no poller yet');
    },
    180_000,
  );
}

/** An API process's address with a signed-in secretariat user of VKSTC. */
export interface ApiSession {
  baseUrl: string;
  cookie: string;
  csrf: string;
}

export async function signInClerk(databaseUrl: string, baseUrl: string): Promise<ApiSession> {
  const password = 'mật-khẩu-đo-hiệu-năng';
  const ds = await openMigratedDataSource(databaseUrl);
  try {
    await upsertUser(ds, {
      username: 'bench.clerk',
      displayName: 'Văn thư đo hiệu năng',
      unitCode: 'VKSTC',
      roles: ['secretariat'],
      passwordHash: await hashPassword(password),
    });
  } finally {
    await ds.destroy();
  }
  const login = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench.clerk', password }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { baseUrl, cookie, csrf: csrfToken };
}

/**
 * The worker and the api in processes of their own, on a task queue of their own, mail to
 * `smtpPort`, as `npm start` runs them; resolves when the api answers, the worker polls and a
 * secretariat user of VKSTC is signed in.
 */
export async function startSystem(
  parts: BenchParts,
  name: string,
  smtpPort: number,
): Promise<{ worker: AppProcess; api: AppProcess; session: ApiSession; taskQueue: string }> {
  const apiPort = await freePort();
  const taskQueue = `bench-${name}-${randomUUID()}`;
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const env = {
    DATABASE_URL: parts.databaseUrl,
    TEMPORAL_ADDRESS: parts.temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    MAIL_FROM: 'Đôn Đốc <dondoc@dondoc.test>',
    APP_BASE_URL: baseUrl,
    API_PORT: String(apiPort),
    LINK_SECRET: randomUUID() + randomUUID(),
    WORKFLOW_BUNDLE_PATH: await workflowBundle(),
    DIGEST_SCHEDULE: 'false',
    // The benches' clients are many and fast; the limits are for people.
    RATE_LIMIT_PER_MINUTE: '10000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    LOG_LEVEL: 'warn',
  };
  const worker = startApp('worker', env);
  const api = startApp('api', env);
  await waitFor(
    'api',
    async () => {
      if (!(await fetch(`${baseUrl}/health`)).ok) throw new Error('not yet');
    },
    180_000,
  );
  await waitForPoller(parts.client, taskQueue);
  return { worker, api, session: await signInClerk(parts.databaseUrl, baseUrl), taskQueue };
}

/** The units a directive can be sent to and mailed at, VKSTC itself aside. */
export async function mailedUnits(db: { query(sql: string): Promise<unknown> }): Promise<string[]> {
  const rows = (await db.query(
    `SELECT code FROM org_unit WHERE cardinality(emails) > 0 AND code <> 'VKSTC' ORDER BY code`,
  )) as { code: string }[];
  return rows.map((r) => r.code);
}

/**
 * `count` task workflows started straight on Temporal, `LANES` at a time as the API starts
 * them, each as far from its deadline as a new task: the baseline of the fan-out figures.
 * Returns the milliseconds it took.
 */
export async function bareStarts(
  parts: BenchParts,
  queue: string,
  count: number,
  unit: string,
  lanes: number,
): Promise<number> {
  const now = new Date().toISOString();
  const state: TaskState = {
    status: 'assigned',
    leadUnitCode: unit,
    assignedAt: now,
    dueAt: '2030-12-31T17:00:00.000Z',
    dueDate: '2030-12-31',
    planRevision: 0,
    plannedFrom: now,
    submittedAt: null,
    outcome: null,
    percent: null,
    extension: null,
  };
  const ids = Array.from({ length: count }, () => randomUUID());
  const directiveId = randomUUID();
  const t0 = performance.now();
  const { error } = await inLanes(ids, lanes, async (id) => {
    await parts.client.workflow.start('taskWorkflow', {
      workflowId: `bare-${id}`,
      taskQueue: queue,
      args: [taskWorkflowInput(id, state, DEFAULT_POLICY)],
      typedSearchAttributes: new TypedSearchAttributes([
        { key: TASK_ID_KEY, value: id },
        { key: DIRECTIVE_ID_KEY, value: directiveId },
        { key: UNIT_KEY, value: unit },
      ]),
    });
  });
  if (error) throw error;
  return performance.now() - t0;
}

/** `q`-th quantile (0..1) of `xs`, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** `key: value` lines, the way DESIGN.md asks benchmarks to print. */
export function report(figures: [string, string | number][]): void {
  for (const [k, v] of figures) console.log(`${k}: ${v}`);
}
