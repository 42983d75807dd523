import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '@dondoc/config/project-root';
import {
  createDatabaseIfMissing,
  dropDatabase,
  freePort,
  typescriptEntry,
  waitFor,
  withDatabase,
} from '@dondoc/devkit';
import { parseDirectory, VKSND_DIRECTORY_PATH } from '@dondoc/org';
import { importDirectory, openMigratedDataSource } from '@dondoc/persistence';
import { messageIdFor } from '../../activities/task.activities';
import { ApiClient } from '../support/api-client';
import { TEST_PASSWORD, TestSystem } from '../support/system';
import { testEnv } from '../support/test-env';

/**
 * Production's shape on one machine: two worker processes and two api processes (this one
 * and a child) on one Temporal server and one database. A storm of reminders all due in the
 * same second goes out with every mail exactly once; tasks stored while Temporal was away
 * are started by both workers' sweeps at once, and each starts exactly once.
 *
 * The test has a database of its own: the sweeps start whatever is pending anywhere, and
 * must not reach the tasks of other test files running beside it.
 */
const STORM = 100;
const PENDING = 10;
/** The reminder rung: due − 2 s, for every storm task at the same instant. */
const REMINDER_BEFORE_S = 2;
const POLICY = {
  acknowledge: [],
  beforeDue: [{ offset: { seconds: REMINDER_BEFORE_S }, to: ['unit'] }],
  afterDue: [],
  repeatAfterDue: null,
  dueSoon: { seconds: REMINDER_BEFORE_S },
};

describe('two workers and two api processes on one Temporal and one database', () => {
  const root = projectRoot();
  const database = `dondoc_two_workers_${randomUUID().replace(/-/g, '')}`;
  const serverUrl = withDatabase(testEnv().databaseUrl, 'postgres');
  const databaseUrl = withDatabase(serverUrl, database);
  const sys = new TestSystem();
  const down = new TestSystem();
  const children: ChildProcess[] = [];
  const workerPorts: number[] = [];
  let db: DataSource;
  let apiUrl = '';

  function spawnApp(entry: string, env: Record<string, string>): ChildProcess {
    const child = spawn(process.execPath, typescriptEntry(join(root, entry)), {
      cwd: root,
      env: { ...process.env, ...sys.env, LOG_LEVEL: 'error', ...env },
      stdio: 'ignore',
    });
    children.push(child);
    return child;
  }

  beforeAll(async () => {
    await createDatabaseIfMissing(serverUrl, database);
    // This process's api, and the environment every process of the test shares. The other
    // processes boot (and wait on the migration lock) while the directory is loaded here.
    await sys.start({ worker: false, env: { DATABASE_URL: databaseUrl } });
    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    spawnApp('apps/api/src/main.ts', { API_HOST: '127.0.0.1', API_PORT: String(apiPort) });
    for (let i = 0; i < 2; i++) {
      workerPorts.push(await freePort());
      spawnApp('apps/worker/src/main.ts', {
        PENDING_STARTS_SWEEP_SECONDS: '1',
        WORKER_METRICS_PORT: String(workerPorts[i]),
        // The Temporal SDK's own exporter, passed on by the worker's /metrics.
        TEMPORAL_METRICS_PORT: String(await freePort()),
      });
    }
    db = await openMigratedDataSource(databaseUrl);
    await importDirectory(db, parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8')));
    const ready = async (url: string) => {
      const res = await fetch(url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    };
    await Promise.all([
      waitFor('the api process', () => ready(`${apiUrl}/health/ready`), 120_000),
      ...workerPorts.map((p) =>
        waitFor('a worker process', () => ready(`http://127.0.0.1:${p}/health/ready`), 120_000),
      ),
    ]);
  }, 150_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
    );
    await down.stop();
    await sys.stop();
    await db?.destroy();
    await dropDatabase(serverUrl, database);
  });

  it('sends every mail of a storm once, and starts every pending task once', async () => {
    const provinces: { code: string }[] = await db.query(
      `SELECT code FROM org_unit WHERE level = 'tinh' AND kind = 'vien' AND active_to IS NULL
        ORDER BY code`,
    );
    const unit = (i: number) => provinces[i % provinces.length].code;
    const account = await sys.account('VKSTC', 'secretariat');
    const clerks = [
      await sys.as('VKSTC', 'secretariat'),
      await ApiClient.signIn(apiUrl, account.username, TEST_PASSWORD),
    ];

    // Pending starts: issued through an api that cannot reach Temporal. Stored, not started.
    await down.start({
      worker: false,
      env: { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` },
    });
    const downClerk = await down.as('VKSTC', 'secretariat');
    const key = `two-workers-${randomUUID()}`;
    await downClerk
      .post('/directives')
      .set('Idempotency-Key', key)
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn ban hành khi Temporal không trả lời',
        issuedOn: '2026-12-01',
        issuerUnit: 'VKSTC',
        tasks: Array.from({ length: PENDING }, (_, i) => ({
          item: String(i + 1),
          summary: `Báo cáo chờ khởi động ${i + 1}`,
          leadUnit: unit(i),
          due: '2030-07-09',
        })),
      })
      .expect(503);
    // Both sweeps reach for them within a second: they may have started already.
    const pending: string[] = (
      await db.query(
        `SELECT t.id FROM task t JOIN directive d ON d.id = t.directive_id
          WHERE d.idempotency_key = $1`,
        [key],
      )
    ).map((r: { id: string }) => r.id);
    expect(pending).toHaveLength(PENDING);

    // The storm: four directives, two through each api, every task due at the same instant.
    const dueAt = Date.now() + 20_000;
    const quarter = STORM / 4;
    const issued = await Promise.all(
      [0, 1, 2, 3].map(async (d) => {
        const res = await clerks[d % 2]
          .post('/directives')
          .send({
            docType: 'CÔNG VĂN',
            title: `Công văn nhắc hạn cùng lúc ${d + 1}`,
            issuedOn: '2026-12-01',
            issuerUnit: 'VKSTC',
            policy: POLICY,
            tasks: Array.from({ length: quarter }, (_, i) => ({
              item: String(i + 1),
              summary: `Báo cáo đến hạn cùng lúc ${d * quarter + i + 1}`,
              leadUnit: unit(d * quarter + i),
              due: new Date(dueAt).toISOString(),
            })),
          })
          .expect(201);
        return res.body.tasks.map((t: { id: string }) => t.id) as string[];
      }),
    );
    const storm = issued.flat();
    expect(storm).toHaveLength(STORM);
    const plannedAt = dueAt - REMINDER_BEFORE_S * 1000;
    expect(Date.now()).toBeLessThan(plannedAt - 5000);

    // Every mail planned: each task's assignment notice, and each storm task's reminder.
    const expected = new Map<string, string>();
    for (const id of [...storm, ...pending]) expected.set(messageIdFor(`${id}/assigned:0`), id);
    for (const id of storm) expected.set(messageIdFor(`${id}/due_reminder:0@0`), id);
    await sys.smtp.waitFor(
      (mail) => new Set(mail.map((m) => m.messageId)).size >= expected.size,
      // Seconds on a quiet machine; generous for a CI machine busy with other suites.
      150_000,
    );

    const received = sys.smtp.messages.map((m) => m.messageId);
    const missing = [...expected.keys()].filter((id) => !received.includes(id));
    const unexpected = received.filter((id) => !expected.has(id));
    const doubled = received.filter((id, i) => received.indexOf(id) !== i);
    expect({ missing, unexpected, doubled }).toEqual({ missing: [], unexpected: [], doubled: [] });
    // No reminder before its time.
    for (const id of storm) {
      const m = sys.smtp.messages.find(
        (x) => x.messageId === messageIdFor(`${id}/due_reminder:0@0`),
      );
      expect(m!.receivedAt.getTime()).toBeGreaterThanOrEqual(plannedAt - 50);
    }

    // The outbox agrees: one row per planned mail, each sent.
    const rows: { key: string; sent: boolean }[] = await db.query(
      `SELECT key, sent_at IS NOT NULL AS sent FROM notification WHERE task_id = ANY($1)`,
      [[...storm, ...pending]],
    );
    expect(rows.filter((r) => r.sent)).toHaveLength(expected.size);
    expect(rows).toHaveLength(expected.size);

    // Each pending task was started, by one sweep or the other, as one workflow run.
    const [{ started }] = await db.query(
      `SELECT count(*)::int AS started FROM task WHERE id = ANY($1) AND workflow_started_at IS NOT NULL`,
      [pending],
    );
    expect(started).toBe(PENDING);
    for (const id of pending) {
      const runs = [];
      for await (const w of sys.temporal.workflow.list({ query: `WorkflowId = 'task-${id}'` }))
        runs.push(w.runId);
      expect(runs).toHaveLength(1);
    }

    // The workers' counters add up to the mail the relay saw, whichever worker sent it.
    let sent = 0;
    for (const port of workerPorts) {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(text).toMatch(/^temporal_workflow_task_schedule_to_start_latency/m);
      for (const line of text.split('\n')) {
        if (line.startsWith('dondoc_mail_sent_total{')) sent += Number(line.split(' ').pop());
      }
    }
    expect(sent).toBe(expected.size);
  }, 240_000);
});
