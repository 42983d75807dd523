import { randomInt } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';
import { taskMails } from '../support/task-mail';

/**
 * A reminder is composed and handed to the outbox minutes before its instant (patch
 * `staged-mail`); the worker's dispatcher sends it at the instant. These check what a clerk
 * and an auditor would: it goes at its instant and not before, once; it is taken back when
 * the task moves on first; a calendar changed past the API still re-plans it.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  key: string;
  send_after: Date | null;
  sent_at: Date | null;
}

describe('a reminder staged ahead of its instant', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let unit: ApiClient;
  const addedDays: string[] = [];

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    unit = await sys.as('VKSTC.V6', 'unit_officer');
  });
  afterAll(async () => {
    if (addedDays.length)
      await sys.db.query('DELETE FROM calendar_override WHERE day = ANY($1::date[])', [addedDays]);
    await sys.stop();
  });

  /** A task whose acknowledgement is chased once, `chaseAfterMs` after it is assigned. */
  async function chasedTask(title: string, chaseAfterMs: number) {
    const t0 = Date.now();
    const res = await issueDirective(clerk, {
      title,
      policy: {
        acknowledge: [{ offset: { seconds: chaseAfterMs / 1000 }, to: ['unit'] }],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 1 },
      },
      tasks: [
        {
          item: '1',
          summary: title,
          leadUnit: 'VKSTC.V6',
          due: new Date(t0 + 3_600_000).toISOString(),
        },
      ],
    });
    return { taskId: res.tasks[0].id as string, t0 };
  }

  const rows = (taskId: string): Promise<Row[]> =>
    sys.db.query(
      `SELECT key, send_after, sent_at
         FROM notification WHERE task_id = $1::uuid AND kind = 'ack_reminder'`,
      [taskId],
    );

  async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await probe();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
      await sleep(100);
    }
  }

  const reminders = async (taskId: string, t0: number) =>
    (await taskMails(sys.db, sys.smtp, taskId, t0)).filter((m) => m.kind === 'ack_reminder');

  it('is in the outbox before its instant, and reaches the relay at it, once', async () => {
    const { taskId, t0 } = await chasedTask('Nhắc nhận việc đúng giờ', 8000);
    const [row] = await until('staged', async () => {
      const r = await rows(taskId);
      return r.length ? r : undefined;
    });
    expect(row.sent_at).toBeNull();
    expect(new Date(row.send_after!).getTime()).toBeGreaterThan(Date.now());
    expect(await reminders(taskId, t0)).toEqual([]);

    const instant = new Date(row.send_after!).getTime();
    await until('sent', async () => ((await reminders(taskId, t0)).length ? true : undefined));
    await sleep(1500); // time for a second copy to show itself
    const mails = await reminders(taskId, t0);
    expect(mails).toHaveLength(1);
    const arrived = mails[0].mail.receivedAt.getTime();
    expect(arrived).toBeGreaterThanOrEqual(instant);
    expect(arrived - instant).toBeLessThan(3000);
    const [after] = await rows(taskId);
    expect(after.sent_at).not.toBeNull();
    const events = await sys.db.query(
      `SELECT 1 FROM audit_event WHERE task_id = $1 AND action = 'notification.sent'
          AND after->>'kind' = 'ack_reminder'`,
      [taskId],
    );
    expect(events).toHaveLength(1);
  });

  it('is taken back when the task is acknowledged before its instant', async () => {
    const { taskId, t0 } = await chasedTask('Nhắc nhận việc bị thu hồi', 8000);
    await until('staged', async () => ((await rows(taskId)).length ? true : undefined));
    await unit.post(`/tasks/${taskId}/acknowledge`).expect(200);
    await until('taken back', async () => ((await rows(taskId)).length ? undefined : true));
    await sleep(Math.max(0, t0 + 10_000 - Date.now()));
    expect(await reminders(taskId, t0)).toEqual([]);
  });

  it('planned on a calendar changed since, with no broadcast, is re-planned and still goes once', async () => {
    const { taskId, t0 } = await chasedTask('Nhắc nhận việc khi lịch đổi', 6000);
    await until('staged', async () => ((await rows(taskId)).length ? true : undefined));
    // Written past the API, as a broadcast that never reached the workflow.
    const day = `2094-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`;
    await sys.db.query(
      `INSERT INTO calendar_override (day, kind, note, updated_at)
       VALUES ($1, 'day_off', 'Thử lịch đổi khi đã xếp thư', now()) ON CONFLICT DO NOTHING`,
      [day],
    );
    addedDays.push(day);
    await until('sent', async () => ((await reminders(taskId, t0)).length ? true : undefined));
    await sleep(1500);
    expect(await reminders(taskId, t0)).toHaveLength(1);
    // The dispatcher refused the stale one and told the workflow, which planned it again.
    const events = (await sys.temporal.workflow.getHandle(`task-${taskId}`).fetchHistory()).events!;
    const told = events.filter(
      (e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'stagedMailStale',
    );
    expect(told.length).toBeGreaterThanOrEqual(1);
  });
});
