import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';
import { taskMails } from '../support/task-mail';

/**
 * Repeats that fall due while no worker runs are not sent in a burst when one comes back:
 * the latest goes out, late, once; the audit says which were skipped; the repeats then go
 * on at their pace.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reminders missed while no worker ran', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');
  });
  afterAll(() => sys.stop());

  it('collapse into the latest, sent once, with the skipped ones in the audit', async () => {
    const t0 = Date.now();
    const due = t0 + 1000;
    const res = await issueDirective(clerk, {
      title: 'Nhắc lại khi quá hạn',
      policy: {
        acknowledge: [],
        beforeDue: [],
        afterDue: [{ offset: { seconds: 1 }, to: ['unit'] }],
        repeatAfterDue: { offset: { seconds: 1 }, to: ['unit'] },
        dueSoon: { seconds: 1 },
      },
      tasks: [
        {
          item: '1',
          summary: 'Báo cáo quá hạn',
          leadUnit: 'VKSTC.V6',
          due: new Date(due).toISOString(),
        },
      ],
    });
    const taskId: string = res.tasks[0].id;
    const keys = async () => (await taskMails(sys.db, sys.smtp, taskId, t0)).map((m) => m.key);
    while (!(await keys()).includes('overdue_escalation:repeat-0@0')) await sleep(100);

    await sys.stopWorker();
    const down = Date.now();
    await sleep(6000); // about six repeats fall due meanwhile
    const before = (await keys()).length;
    await sys.startWorker();
    const up = Date.now();
    await sleep(2500);

    const after = await taskMails(sys.db, sys.smtp, taskId, t0);
    const caughtUp = after.slice(before);
    // Repeat n falls due (n + 1) s after the deadline. Of those due while no worker ran, one
    // goes out — the latest due at the workflow's time of the catch-up, which Temporal may put
    // before this process started the worker — and none older after it; the repeats due later keep
    // their pace, however long the start took.
    const dueAt = (key: string) => due + (Number(/repeat-(\d+)/.exec(key)![1]) + 1) * 1000;
    expect(caughtUp.length).toBeGreaterThanOrEqual(1);
    expect(caughtUp.every((m) => dueAt(m.key) >= dueAt(caughtUp[0].key))).toBe(true);
    expect(dueAt(caughtUp[0].key)).toBeGreaterThan(down);
    const burst = caughtUp.filter((m) => dueAt(m.key) < up);
    expect(burst.length).toBeGreaterThanOrEqual(1);
    expect(burst.length).toBeLessThanOrEqual(2);
    expect(caughtUp.length).toBeLessThanOrEqual(4);

    const [event] = await sys.db.query(
      `SELECT after FROM audit_event
        WHERE task_id = $1 AND action = 'notification.sent' AND after ? 'skipped'`,
      [taskId],
    );
    const skipped: string[] = event.after.skipped;
    expect(skipped.length).toBeGreaterThanOrEqual(3);
    expect(skipped.every((k) => k.includes('repeat-'))).toBe(true);
    // The one sent is the latest due when the worker came back, and none skipped went out.
    const sentKeys = after.map((m) => m.key);
    expect(skipped.filter((k) => sentKeys.includes(k))).toEqual([]);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    expect(burst[0].mail.receivedAt.getTime()).toBeGreaterThan(down + 5000);

    await leader.post(`/tasks/${taskId}/cancel`).send({ reason: 'Dừng thử' }).expect(200);
  });
});
