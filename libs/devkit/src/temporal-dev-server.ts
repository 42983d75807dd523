import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { TEMPORAL_SEARCH_ATTRIBUTES } from '@dondoc/contracts';
import { waitFor } from './free-port';
import { projectRoot } from '@dondoc/config/project-root';

export interface TemporalDevServer {
  address: string;
  uiUrl: string | null;
  /** The server process, for benches that measure its memory. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** The pinned Temporal CLI's path, building it when absent (see scripts/ensure-temporal.sh). */
export function temporalCli(): string {
  const script = join(projectRoot(), 'scripts', 'ensure-temporal.sh');
  return execFileSync('bash', [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

export interface DevServerOptions {
  port: number;
  /** Omit for the headless, in-memory server used by tests. */
  uiPort?: number;
  /** Workflows survive a restart when set. */
  dbFile?: string;
  /** File for the server's own log; it is noisy and only read when something fails. */
  logFile?: string;
}

/** `temporal server start-dev` with the search attributes the app uses, ready when this resolves. */
export async function startTemporalDevServer(opts: DevServerOptions): Promise<TemporalDevServer> {
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--log-level',
    'warn',
  ];
  args.push(...(opts.uiPort ? ['--ui-port', String(opts.uiPort)] : ['--headless']));
  if (opts.dbFile) args.push('--db-filename', opts.dbFile);
  for (const [name, type] of Object.entries(TEMPORAL_SEARCH_ATTRIBUTES))
    args.push('--search-attribute', `${name}=${type}`);
  const log = opts.logFile ? openSync(opts.logFile, 'a') : 'ignore';
  const child: ChildProcess = spawn(temporalCli(), args, { stdio: ['ignore', log, log] });
  let exited = false;
  child.once('exit', () => (exited = true));
  const address = `127.0.0.1:${opts.port}`;
  await waitFor('Temporal dev server', async () => {
    if (exited) throw new Error('temporal exited');
    const conn = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await conn.workflowService.getSystemInfo({});
    } finally {
      await conn.close();
    }
  });
  return {
    address,
    uiUrl: opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : null,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
