/**
 * `npm start`: brings the whole system up on this machine with demo data, prints the URLs
 * and stops everything cleanly on Ctrl-C. Real parts only: PostgreSQL (the local server, or
 * an embedded one), the Temporal dev server, a mail sink with a web inbox, api and worker.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDatabaseIfMissing,
  ensurePostgres,
  startTemporalDevServer,
  typescriptEntry,
  waitFor,
  withDatabase,
} from '@dondoc/devkit';
import { openMigratedDataSource, seedDirectory, upsertUser } from '@dondoc/persistence';
import type { Role } from '@dondoc/domain';
import { hashPassword } from '@dondoc/platform/password';
import { parseDirectory, VKSND_DIRECTORY_PATH } from '@dondoc/org';
import { projectRoot } from '@dondoc/config/project-root';

const ROOT = projectRoot();
const DATA = join(ROOT, '.data');
const LOGS = join(DATA, 'logs');
const env = process.env;
const PORTS = {
  api: Number(env.API_PORT ?? 3000),
  temporal: Number(env.TEMPORAL_PORT ?? 7233),
  temporalUi: Number(env.TEMPORAL_UI_PORT ?? 8233),
  smtp: Number(env.MAIL_SINK_SMTP_PORT ?? 1025),
  inbox: Number(env.MAIL_SINK_WEB_PORT ?? 1080),
};

/** Demo timing: every task falls due a few minutes after start; reminders come in seconds. */
const DEMO_DUE_IN_MINUTES = 5;
const DEMO_POLICY = {
  acknowledge: [{ offset: { seconds: 90 }, to: ['unit'] }],
  beforeDue: [
    { offset: { seconds: 240 }, to: ['unit'] },
    { offset: { seconds: 60 }, to: ['unit'] },
  ],
  afterDue: [
    { offset: { seconds: 60 }, to: ['unit_head'] },
    { offset: { seconds: 180 }, to: ['issuer'] },
  ],
  repeatAfterDue: { offset: { seconds: 600 }, to: ['unit_head', 'issuer'] },
  dueSoon: { seconds: 180 },
};

const stops: (() => Promise<void>)[] = [];
let shuttingDown = false;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function stopProcess(proc: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 15_000).unref();
  });
}

function child(
  name: string,
  command: string,
  args: string[],
  childEnv: NodeJS.ProcessEnv = env,
): ChildProcess {
  const log = openSync(join(LOGS, `${name}.log`), 'a');
  const proc = spawn(command, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', log, log] });
  proc.once('exit', (code, signal) => {
    if (shuttingDown) return;
    say(`✗ ${name} stopped unexpectedly (${signal ?? code}); see .data/logs/${name}.log`);
    void shutdown(1);
  });
  stops.push(() => stopProcess(proc));
  return proc;
}

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  say('\nstopping…');
  for (const stop of stops.reverse()) await stop().catch((e) => say(String(e)));
  say('stopped.');
  process.exit(code);
}

/** A random secret kept in .data/, so signed links survive a restart of the dev system. */
function localSecret(name: string): string {
  const file = join(DATA, name);
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function httpOk(url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
}

/** One account per role. Passwords are new at every start and printed only here. */
const DEMO_USERS: { username: string; displayName: string; unitCode: string; roles: Role[] }[] = [
  {
    username: 'lanhdao.vkstc',
    displayName: 'Lãnh đạo VKSND tối cao',
    unitCode: 'VKSTC',
    roles: ['leader'],
  },
  {
    username: 'vanthu.vkstc',
    displayName: 'Văn thư VKSND tối cao',
    unitCode: 'VKSTC',
    roles: ['secretariat'],
  },
  {
    username: 'vutruong.vu8',
    displayName: 'Vụ trưởng Vụ 8',
    unitCode: 'VKSTC.V8',
    roles: ['unit_head'],
  },
  {
    username: 'chuyenvien.vu8',
    displayName: 'Chuyên viên Vụ 8',
    unitCode: 'VKSTC.V8',
    roles: ['unit_officer'],
  },
  { username: 'quantri', displayName: 'Quản trị hệ thống', unitCode: 'VKSTC.C2', roles: ['admin'] },
];

async function seedUsers(databaseUrl: string): Promise<Map<string, string>> {
  const ds = await openMigratedDataSource(databaseUrl);
  const passwords = new Map<string, string>();
  try {
    for (const u of DEMO_USERS) {
      const password = randomBytes(9).toString('base64url');
      await upsertUser(ds, { ...u, passwordHash: await hashPassword(password) });
      passwords.set(u.username, password);
    }
  } finally {
    await ds.destroy();
  }
  return passwords;
}

interface DemoDirective {
  id: string;
  tasks: { id: string; leadUnit: string }[];
}

async function seedDemo(apiUrl: string, password: string): Promise<DemoDirective> {
  const login = await fetch(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'vanthu.vkstc', password }),
  });
  if (!login.ok) throw new Error(`demo login refused: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const template = JSON.parse(
    readFileSync(join(ROOT, 'demo', 'tb-vkstc-2021-07-20.directive.json'), 'utf8'),
  );
  const due = new Date(Date.now() + DEMO_DUE_IN_MINUTES * 60_000).toISOString();
  const body = {
    ...template,
    body: readFileSync(join(ROOT, 'demo', 'tb-vkstc-2021-07-20.txt'), 'utf8'),
    policy: DEMO_POLICY,
    tasks: template.tasks.map((t: object) => ({ ...t, due })),
  };
  const res = await fetch(`${apiUrl}/directives`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `demo-${Date.now()}`,
      cookie,
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`demo directive refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as DemoDirective;
}

async function main(): Promise<void> {
  mkdirSync(LOGS, { recursive: true });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  say('• web app (types from the API, then the build)…');
  const build = spawnSync('npm', ['run', '-s', 'web:build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web app did not build (npm run web:build)');

  say('• PostgreSQL…');
  const serverUrl = env.DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const pg = await ensurePostgres(serverUrl, join(DATA, 'pg'));
  stops.push(() => pg.stop());
  // One database per checkout, paired with the Temporal history kept in this checkout's .data/.
  const database = `dondoc_${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`;
  const databaseUrl = env.DATABASE_URL ?? withDatabase(pg.url, database);
  if (!env.DATABASE_URL) await createDatabaseIfMissing(pg.url, database);
  const ds = await openMigratedDataSource(databaseUrl);
  // Only what is missing: the admin's edits to the directory survive a restart.
  const added = await seedDirectory(ds, parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8')));
  await ds.destroy();
  say(
    `  ${pg.embedded ? 'embedded server under .data/pg' : 'local server'}, ` +
      `database ${new URL(databaseUrl).pathname.slice(1)}; migrated; ` +
      `directory: ${added.units} units and ${added.groups} groups added`,
  );

  say('• Temporal dev server…');
  const temporal = await startTemporalDevServer({
    port: PORTS.temporal,
    uiPort: PORTS.temporalUi,
    dbFile: join(DATA, 'temporal.db'),
    logFile: join(LOGS, 'temporal.log'),
  });
  stops.push(() => temporal.stop());

  say('• mail sink…');
  const maildev = join(ROOT, 'node_modules', '.bin', 'maildev');
  child('mail-sink', maildev, [
    '--ip',
    '127.0.0.1',
    '--smtp',
    String(PORTS.smtp),
    '--web',
    String(PORTS.inbox),
  ]);
  await waitFor('mail sink', () => httpOk(`http://127.0.0.1:${PORTS.inbox}/`));

  const apiUrl = `http://127.0.0.1:${PORTS.api}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(PORTS.smtp),
    MAIL_FROM: env.MAIL_FROM ?? 'Đôn Đốc <dondoc@dondoc.test>',
    APP_BASE_URL: env.APP_BASE_URL ?? apiUrl,
    API_PORT: String(PORTS.api),
    LINK_SECRET: env.LINK_SECRET ?? localSecret('link-secret'),
  };
  say('• worker and api…');
  child('worker', process.execPath, typescriptEntry('apps/worker/src/main.ts'), appEnv);
  child('api', process.execPath, typescriptEntry('apps/api/src/main.ts'), appEnv);
  await waitFor('api', () => httpOk(`${apiUrl}/health`), 120_000);
  const passwords = await seedUsers(databaseUrl);

  let demoLine = '  (demo directive skipped: DEMO=0)';
  if (env.DEMO !== '0') {
    const demo = await seedDemo(apiUrl, passwords.get('vanthu.vkstc')!);
    demoLine = [
      `  Demo directive ${apiUrl}/van-ban/${demo.id}`,
      `  ${demo.tasks.length} tasks due in ${DEMO_DUE_IN_MINUTES} minutes: the first reminders reach the inbox`,
      `  about a minute from now, escalations after the deadline.`,
    ].join('\n');
  }

  say('');
  say('Đôn Đốc is up:');
  say(`  Web app           ${apiUrl}/   (sign in with an account below)`);
  say(`  API               ${apiUrl}`);
  say(`  OpenAPI docs      ${apiUrl}/docs`);
  say(`  Temporal UI       ${temporal.uiUrl}`);
  say(`  Mail inbox        http://127.0.0.1:${PORTS.inbox}`);
  say(`  Logs              .data/logs/`);
  say(demoLine);
  say('  Demo accounts (passwords are new at every start):');
  for (const u of DEMO_USERS) {
    say(
      `    ${u.username.padEnd(16)} ${passwords.get(u.username)!.padEnd(14)} ${u.roles.join(', ')} — ${u.displayName}`,
    );
  }
  say(
    `  API from a shell: curl -c jar -H 'content-type: application/json' -d '{"username":"chuyenvien.vu8","password":"…"}' ${apiUrl}/auth/login`,
  );
  say('Ctrl-C stops everything.');
}

main().catch(async (err) => {
  say(`✗ ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
