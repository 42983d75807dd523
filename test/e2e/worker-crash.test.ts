import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import { taskMails } from '../support/task-mail';
import { projectRoot } from '@dondoc/config/project-root';
import { typescriptEntry } from '@dondoc/devkit';

/**
 * The worker is a separate process, killed without warning in the middle of a ladder; a
 * new one takes over. Every planned mail must still arrive, each under one Message-ID.
 */
const POLICY = {
  acknowledge: [{ offset: { seconds: 1 }, to: ['unit'] }],
  beforeDue: [
    { offset: { seconds: 5 }, to: ['unit'] },
    { offset: { seconds: 3 }, to: ['unit'] },
    { offset: { seconds: 1 }, to: ['unit'] },
  ],
  afterDue: [
    { offset: { seconds: 1 }, to: ['unit_head'] },
    { offset: { seconds: 2 }, to: ['issuer'] },
  ],
  repeatAfterDue: { offset: { seconds: 1 }, to: ['unit_head', 'issuer'] },
  dueSoon: { seconds: 3 },
};
const DUE_IN = 7; // seconds
const TASKS = 6;
/**
 * Assignment, 1 ack chase, 3 due reminders, 2 escalations, then repeats. A reminder that
 * fell due while no worker ran may be skipped for a later one of its kind to the same people
 * (never sent late in a burst): each key is sent, or named as skipped by a mail that was.
 */
const KEYS = [
  'assigned:0',
  'ack_reminder:0@0',
  'due_reminder:0@0',
  'due_reminder:1@0',
  'due_reminder:2@0',
  'overdue_escalation:0@0',
  'overdue_escalation:1@0',
];
const REPEAT = /^overdue_escalation:repeat-\d+@0$/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a worker killed mid-ladder', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  const workers: ChildProcess[] = [];

  function startWorker(): ChildProcess {
    const root = projectRoot();
    const child = spawn(
      process.execPath,
      typescriptEntry(join(root, 'apps', 'worker', 'src', 'main.ts')),
      { cwd: root, env: { ...process.env, ...sys.env, LOG_LEVEL: 'error' }, stdio: 'ignore' },
    );
    workers.push(child);
    return child;
  }

  beforeAll(async () => {
    await sys.start({ worker: false });
    clerk = await sys.as('VKSTC', 'secretariat');
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await sys.stop();
  });

  it('still sends every mail exactly once after a kill -9 and a new worker', async () => {
    const first = startWorker();
    const t0 = Date.now();
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn thử sự cố máy chạy nền',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        policy: POLICY,
        tasks: Array.from({ length: TASKS }, (_, i) => ({
          item: String(i + 1),
          summary: `Nhiệm vụ ${i + 1}`,
          leadUnit: ['VKSTC.V7', 'VKSTC.V8', 'VKSTC.V9'][i % 3],
          due: new Date(t0 + DUE_IN * 1000).toISOString(),
        })),
      })
      .expect(201);
    const taskIds: string[] = res.body.tasks.map((t: { id: string }) => t.id);

    // Let the first reminders go out, then kill it in the thick of the due reminders.
    await sys.smtp.waitFor((m) => m.length >= TASKS * 2, 60_000);
    await sleep(2500);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const whileDown = sys.smtp.messages.length;
    await sleep(3000); // rungs fall due while nothing runs
    expect(sys.smtp.messages.length).toBe(whileDown);
    startWorker();

    /** Keys sent, and keys a sent mail says it skipped. */
    const accounted = async (taskId: string) => {
      const sent = (await taskMails(sys.db, sys.smtp, taskId, t0)).map((m) => m.key);
      const rows: { key: string }[] = await sys.db.query(
        `SELECT jsonb_array_elements_text(after->'skipped') AS key FROM audit_event
          WHERE task_id = $1 AND action = 'notification.sent' AND after ? 'skipped'`,
        [taskId],
      );
      const skipped = rows.map((r) => r.key);
      return { sent, skipped };
    };
    for (const taskId of taskIds) {
      const deadline = Date.now() + 90_000;
      for (;;) {
        const { sent, skipped } = await accounted(taskId);
        const all = [...sent, ...skipped];
        if (KEYS.every((k) => all.includes(k)) && sent.some((k) => REPEAT.test(k))) {
          // Nothing both skipped and sent.
          expect(skipped.filter((k) => sent.includes(k))).toEqual([]);
          break;
        }
        if (Date.now() > deadline) throw new Error(`task ${taskId} got only ${sent.join(', ')}`);
        await sleep(250);
      }
    }
    // Exactly once, as a mail client counts it: one Message-ID per planned mail, every one
    // there. A kill in the milliseconds between the relay's "250 OK" and the outbox mark
    // can make the relay see that mail twice, with the same Message-ID; at most once a kill.
    const ids = sys.smtp.messages.map((m) => m.messageId);
    expect(ids.length - new Set(ids).size).toBeLessThanOrEqual(1);
    // And the outbox agrees: every row of the ladder sent.
    const rows: { key: string; sent: boolean }[] = await sys.db.query(
      `SELECT key, sent_at IS NOT NULL AS sent FROM notification WHERE task_id = ANY($1)`,
      [taskIds],
    );
    expect(rows.filter((r) => KEYS.some((k) => r.key.endsWith(`/${k}`))).every((r) => r.sent)).toBe(
      true,
    );
  }, 180_000);
});
