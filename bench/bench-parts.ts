import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {
  PostgresHandle,
  TemporalDevServer,
  createDatabaseIfMissing,
  dropDatabase,
  ensurePostgres,
  freePort,
  startTemporalDevServer,
  withDatabase,
} from '../libs/devkit/src';
import { importDirectory, openMigratedDataSource } from '../libs/persistence/src';
import { parseDirectory, VKSND_DIRECTORY_PATH } from '../libs/org/src';
import { projectRoot } from '../libs/config/src/project-root';

/** The real parts a benchmark runs against: a fresh database and its own Temporal server. */
export interface BenchParts {
  databaseUrl: string;
  temporalAddress: string;
  client: Client;
  stop(): Promise<void>;
}

export async function startBenchParts(name: string): Promise<BenchParts> {
  const root = projectRoot();
  mkdirSync(join(root, '.data', 'bench'), { recursive: true });
  const server: PostgresHandle = await ensurePostgres(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    join(root, '.data', 'bench-pg'),
  );
  const database = `dondoc_bench_${name}_${Date.now()}`;
  await createDatabaseIfMissing(server.url, database);
  const databaseUrl = withDatabase(server.url, database);
  const ds = await openMigratedDataSource(databaseUrl);
  await importDirectory(ds, parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8')));
  await ds.destroy();
  const temporal: TemporalDevServer = await startTemporalDevServer({
    port: await freePort(),
    logFile: join(root, '.data', 'bench', 'temporal.log'),
  });
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  return {
    databaseUrl,
    temporalAddress: temporal.address,
    client,
    async stop() {
      await connection.close();
      await temporal.stop();
      await dropDatabase(server.url, database);
      await server.stop();
    },
  };
}

/** `key: value` lines, the way DESIGN.md asks benchmarks to print. */
export function report(figures: [string, string | number][]): void {
  for (const [k, v] of figures) console.log(`${k}: ${v}`);
}
