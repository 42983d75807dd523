import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import { taskMails } from '../support/task-mail';

/**
 * A relay that refuses an address for good (550) must not silence a task: each refused mail
 * is recorded once, with the relay's answer, for the admin; the task's later reminders are
 * still attempted; other units' mail goes on as if nothing happened.
 */
const DEAD = 'vkstc-v4@dondoc.test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Only the unit's own address is mailed: the assignment, the chase, two reminders and the
// first overdue notice, all within about ten seconds.
const POLICY = {
  acknowledge: [{ offset: { seconds: 2 }, to: ['unit'] }],
  beforeDue: [
    { offset: { seconds: 5 }, to: ['unit'] },
    { offset: { seconds: 2 }, to: ['unit'] },
  ],
  afterDue: [{ offset: { seconds: 1 }, to: ['unit'] }],
  repeatAfterDue: null,
  dueSoon: { seconds: 5 },
};
const KEYS = [
  'assigned:0',
  'ack_reminder:0@0',
  'due_reminder:0@0',
  'due_reminder:1@0',
  'overdue_escalation:0@0',
];

describe('mail the relay refuses for good', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    admin = await sys.as('VKSTC.C2', 'admin');
    sys.smtp.refuseForGood.add(DEAD);
  });
  afterAll(() => sys.stop());

  it('is recorded once per mail, and neither stops the task’s ladder nor touches other units', async () => {
    const t0 = Date.now();
    const due = new Date(t0 + 9000).toISOString();
    const res = await issueDirective(clerk, {
      title: 'Thư bị máy chủ từ chối',
      policy: POLICY,
      tasks: [
        { item: '1', summary: 'Báo cáo của Vụ 4', leadUnit: 'VKSTC.V4', due },
        { item: '2', summary: 'Báo cáo của Vụ 5', leadUnit: 'VKSTC.V5', due },
      ],
    });
    const [dead, alive] = res.tasks as { id: string }[];
    const rows = async (taskId: string) =>
      (await sys.db.query(
        `SELECT key, sent_at, failed_at, failure, attempts FROM notification WHERE task_id = $1`,
        [taskId],
      )) as {
        key: string;
        sent_at: Date | null;
        failed_at: Date | null;
        failure: string;
        attempts: number;
      }[];

    // Every rung of the dead unit's ladder is attempted and refused, the last one after due.
    const deadline = Date.now() + 40_000;
    for (;;) {
      const keys = (await rows(dead.id)).filter((r) => r.failed_at).map((r) => r.key);
      if (KEYS.every((k) => keys.includes(`${dead.id}/${k}`))) break;
      if (Date.now() > deadline) throw new Error(`refused so far: ${keys.join(', ')}`);
      await sleep(250);
    }
    const refused = await rows(dead.id);
    expect(refused.every((r) => r.failed_at !== null && r.sent_at === null)).toBe(true);
    expect(refused.every((r) => r.attempts === 1)).toBe(true);
    expect(refused[0].failure).toContain('550');

    // One audit event per refused mail, none of them "sent".
    const events: { action: string; key: string }[] = await sys.db.query(
      `SELECT action, after->>'key' AS key FROM audit_event
        WHERE task_id = $1 AND action LIKE 'notification.%'`,
      [dead.id],
    );
    expect(events.every((e) => e.action === 'notification.failed')).toBe(true);
    expect(events.map((e) => e.key).sort()).toEqual(refused.map((r) => r.key).sort());

    // The other unit's mail all arrived, each once.
    await sys.smtp.waitFor(() => true);
    const mails = await taskMails(sys.db, sys.smtp, alive.id, t0);
    const aliveKeys = mails.map((m) => m.key);
    expect(aliveKeys.sort()).toEqual([...KEYS].sort());
    expect(sys.smtp.messages.some((m) => m.to.includes(DEAD))).toBe(false);

    // The workflow did not fail: it is still running, waiting on an overdue task.
    const described = await sys.temporal.workflow.getHandle(`task-${dead.id}`).describe();
    expect(described.status.name).toBe('RUNNING');

    // The admin sees what was refused and why; nobody else may.
    const failed = await admin
      .get('/admin/mail/failed')
      .query({ unitCode: 'VKSTC.V4' })
      .expect(200);
    const mine = failed.body.filter((m: { taskId: string }) => m.taskId === dead.id);
    expect(mine).toHaveLength(KEYS.length);
    expect(mine[0]).toMatchObject({ unitCode: 'VKSTC.V4', recipients: [DEAD] });
    expect(mine[0].failure).toContain('550');
    await clerk.get('/admin/mail/failed').expect(403);
  });

  it('delivers to the addresses that work when only some are refused, and says which were not', async () => {
    const t0 = Date.now();
    const res = await issueDirective(clerk, {
      title: 'Thư có một địa chỉ bị từ chối',
      tasks: [
        {
          item: '1',
          summary: 'Phối hợp với Vụ 4',
          leadUnit: 'VKSTC.V5',
          coordinatingUnits: ['VKSTC.V4'],
          due: '2030-12-31',
        },
      ],
    });
    const taskId = res.tasks[0].id as string;
    await sys.smtp.waitFor(() =>
      sys.smtp.messages.some((m) => m.subject.includes('Phối hợp với Vụ 4')),
    );
    const [mail] = await taskMails(sys.db, sys.smtp, taskId, t0);
    expect(mail.kind).toBe('assigned');
    expect(mail.to).toContain('vkstc-v5@dondoc.test');
    const deadline = Date.now() + 10_000;
    let row: { sent_at: Date | null; rejected_recipients: string[] } | undefined;
    while (!row?.sent_at && Date.now() < deadline) {
      [row] = await sys.db.query(
        `SELECT sent_at, rejected_recipients FROM notification WHERE task_id = $1 AND kind = 'assigned'`,
        [taskId],
      );
      await sleep(100);
    }
    expect(row).toMatchObject({ rejected_recipients: [DEAD] });
    const [event] = await sys.db.query(
      `SELECT after FROM audit_event WHERE task_id = $1 AND action = 'notification.sent'`,
      [taskId],
    );
    expect(event.after.rejected).toEqual([DEAD]);
  });
});
