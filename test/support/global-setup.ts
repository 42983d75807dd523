import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import {
  createDatabaseIfMissing,
  ensurePostgres,
  freePort,
  startTemporalDevServer,
  withDatabase,
} from '@dondoc/devkit';
import { openMigratedDataSource, importDirectory } from '@dondoc/persistence';
import { parseDirectory, VKSND_DIRECTORY_PATH } from '@dondoc/org';
import { TEST_ENV_FILE, TestEnv } from './test-env';
import { projectRoot } from '@dondoc/config/project-root';
import { workflowBundleOptions } from '@dondoc/platform/workflow-bundler';

const ROOT = projectRoot();

/**
 * Starts the real parts once per run: a Temporal dev server (in memory), a fresh PostgreSQL
 * database migrated and loaded with the VKSND directory, and the workflow bundle.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  mkdirSync(join(ROOT, '.data', 'test'), { recursive: true });
  const server = await ensurePostgres(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    join(ROOT, '.data', 'test-pg'),
  );
  const database = `dondoc_test_${Date.now()}_${process.pid}`;
  await createDatabaseIfMissing(server.url, database);
  const databaseUrl = withDatabase(server.url, database);
  const ds = await openMigratedDataSource(databaseUrl);
  await importDirectory(ds, parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8')));
  await ds.destroy();

  const [temporal, bundle] = await Promise.all([
    freePort().then((port) =>
      startTemporalDevServer({ port, logFile: join(ROOT, '.data', 'test', 'temporal.log') }),
    ),
    bundleWorkflowCode({
      ...workflowBundleOptions(require.resolve('../../workflows')),
      logger: quietLogger,
    }),
  ]);
  const workflowBundlePath = join(ROOT, '.data', 'test', 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle.code);

  const env: TestEnv = { databaseUrl, temporalAddress: temporal.address, workflowBundlePath };
  writeFileSync(TEST_ENV_FILE, JSON.stringify(env, null, 2));
  Object.assign(globalThis, { __dondoc: { temporal, server, database } });
  console.log(
    `\nreal parts ready in ${Date.now() - started} ms: ${JSON.stringify({ ...env, embeddedPostgres: server.embedded })}`,
  );
}

const quietLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (m: string) => console.warn(m),
  error: (m: string) => console.error(m),
};
