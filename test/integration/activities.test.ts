import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import {
  LinkStore,
  OutboxStore,
  SmtpMailer,
  TaskRecordStore,
  CalendarStore,
  SeriesStore,
  createTaskActivities,
} from '../../activities';
import type { Mailer } from '../../activities';
import { TestSystem } from '../support/system';
import type { RecordTransitionInput } from '@dondoc/contracts';

/** Activities against the real database and a real SMTP server, called the way Temporal retries them. */
describe('task activities', () => {
  const sys = new TestSystem();
  let mailer: SmtpMailer;
  let activities: ReturnType<typeof createTaskActivities>;
  let taskId: string;
  // Expected failures (an SMTP outage, a refused transition) are asserted, not logged.
  const env = new MockActivityEnvironment(undefined, {
    logger: new DefaultLogger('ERROR', () => undefined),
  });

  /** The activities over the real stores, sending through `through`. */
  const activitiesWith = (through: Mailer) =>
    createTaskActivities({
      tasks: new TaskRecordStore(sys.db),
      outbox: new OutboxStore(sys.db),
      calendar: new CalendarStore(sys.db),
      series: new SeriesStore(sys.db),
      links: new LinkStore(sys.db, {
        secret: sys.config.values.LINK_SECRET,
        ttlHours: 72,
        baseUrl: 'http://dondoc.test',
      }),
      mailer: through,
      mailFrom: 'dondoc@dondoc.test',
      appBaseUrl: 'http://dondoc.test',
    });

  beforeAll(async () => {
    await sys.start({ worker: false });
    mailer = new SmtpMailer({ host: '127.0.0.1', port: sys.smtp.port, secure: false });
    activities = activitiesWith(mailer);
  });
  afterAll(async () => {
    mailer.close();
    await sys.stop();
  });

  beforeEach(async () => {
    // Tasks are stored by the api; with no worker on the queue their workflows just wait.
    const clerk = await sys.as('VKSTC', 'secretariat');
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn thử hộp thư đi',
        issuedOn: '2021-06-14',
        issuerUnit: 'VKSTC',
        tasks: [
          {
            item: '1',
            summary: 'Báo cáo tình hình',
            leadUnit: 'VKST.BINH_PHUOC',
            due: '2021-07-09',
            duePhrase: 'trước ngày 10/7/2021',
          },
        ],
      })
      .expect(201);
    taskId = res.body.tasks[0].id;
  });

  const sentEvents = async (id: string) =>
    (
      await sys.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE task_id = $1 AND action = 'notification.sent'`,
        [id],
      )
    )[0].n;

  it('a retried notification is sent once, with a Message-ID derived from its key', async () => {
    const input = {
      taskId,
      key: 'due_reminder:0@0',
      kind: 'due_reminder' as const,
      to: ['unit' as const, 'unit_head' as const],
    };
    const before = sys.smtp.messages.length;
    await expect(env.run(activities.sendNotification, input)).resolves.toEqual({ sent: true });
    await expect(env.run(activities.sendNotification, input)).resolves.toEqual({ sent: false });
    const mails = sys.smtp.messages.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].to.sort()).toEqual([
      'vkst-binh-phuoc@dondoc.test',
      'vt.vkst-binh-phuoc@dondoc.test',
    ]);
    expect(mails[0].subject).toContain('trước ngày 10/7/2021');
    expect(mails[0].text).toContain('Kính gửi: VKSND tỉnh Bình Phước');
    expect(mails[0].text).toContain('Văn bản: CÔNG VĂN ngày 14/6/2021: Công văn thử hộp thư đi');
    const [row] = await sys.db.query(
      'SELECT message_id, sent_at, attempts FROM notification WHERE task_id = $1',
      [taskId],
    );
    expect(mails[0].messageId).toBe(row.message_id);
    expect(row.sent_at).not.toBeNull();
    expect(row.attempts).toBe(2);
    expect(await sentEvents(taskId)).toBe(1);
  });

  it('an SMTP outage fails the attempt without marking it sent; the retry delivers it once', async () => {
    const input = {
      taskId,
      key: 'overdue_escalation:0@0',
      kind: 'overdue_escalation' as const,
      to: ['issuer' as const],
    };
    const before = sys.smtp.messages.length;
    sys.smtp.refuse = true;
    await expect(env.run(activities.sendNotification, input)).rejects.toThrow();
    sys.smtp.refuse = false;
    const [pending] = await sys.db.query('SELECT sent_at FROM notification WHERE task_id = $1', [
      taskId,
    ]);
    expect(pending.sent_at).toBeNull();
    expect(await sentEvents(taskId)).toBe(0);
    await expect(env.run(activities.sendNotification, input)).resolves.toEqual({ sent: true });
    const mails = sys.smtp.messages.slice(before);
    expect(mails.map((m) => m.to)).toEqual([['vt.vkstc@dondoc.test']]);
    expect(mails[0].subject).toContain('Nhiệm vụ quá hạn');
  });

  it('two attempts of one mail at once: one sends, the other waits its turn and sends nothing', async () => {
    // A relay slow to answer, as under load: the first attempt is still talking to it when a
    // retry of the same activity starts.
    const slow: Mailer = {
      send: async (m) => {
        await new Promise((r) => setTimeout(r, 500));
        return mailer.send(m);
      },
      close: () => undefined,
    };
    const slowActivities = activitiesWith(slow);
    const input = {
      taskId,
      key: 'due_reminder:0@0',
      kind: 'due_reminder' as const,
      to: ['unit' as const],
    };
    const before = sys.smtp.messages.length;
    const [first, second] = await Promise.allSettled([
      env.run(slowActivities.sendNotification, input),
      new Promise((r) => setTimeout(r, 100)).then(() =>
        env.run(slowActivities.sendNotification, input),
      ),
    ]);
    expect(first).toEqual({ status: 'fulfilled', value: { sent: true } });
    expect(second.status).toBe('rejected');
    // Temporal retries the second attempt: the mail is sent by then, so it sends nothing.
    await expect(env.run(slowActivities.sendNotification, input)).resolves.toEqual({ sent: false });
    expect(sys.smtp.messages.length - before).toBe(1);
  });

  it('a retried transition is recorded once', async () => {
    const input = {
      taskId,
      transitionId: '5d0e4a8e-1d39-4a5e-9a55-0d1f0c1a2b3c',
      action: 'acknowledge' as const,
      from: 'assigned' as const,
      to: 'acknowledged' as const,
      at: new Date().toISOString(),
      actor: { userId: null, source: 'api' as const },
    };
    await env.run(activities.recordTransition, input);
    await env.run(activities.recordTransition, input);
    const [{ n }] = await sys.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE task_id = $1 AND action = 'task.acknowledge'`,
      [taskId],
    );
    expect(n).toBe(1);
    const [task] = await sys.db.query('SELECT status, acknowledged_at FROM task WHERE id = $1', [
      taskId,
    ]);
    expect(task.status).toBe('acknowledged');
    expect(task.acknowledged_at.toISOString()).toBe(input.at);
  });

  it('applies what the workflow decided, whatever the row says; a late retry changes nothing', async () => {
    const [row] = await sys.db.query('SELECT * FROM task WHERE id = $1', [taskId]);
    const state = {
      status: row.status,
      leadUnitCode: row.lead_unit_code,
      assignedAt: row.assigned_at.toISOString(),
      dueAt: row.due_at?.toISOString() ?? null,
      dueDate: null,
      planRevision: row.plan_revision,
      plannedFrom: row.planned_from.toISOString(),
      submittedAt: null,
      outcome: null,
      percent: null,
      extension: null,
    };
    // The row says "acknowledged"; the workflow decided a cancellation from "in progress".
    const cancel = {
      taskId,
      transitionId: crypto.randomUUID(),
      action: 'cancel',
      from: 'in_progress',
      to: 'cancelled',
      at: new Date().toISOString(),
      actor: { userId: null, source: 'api' },
      command: { action: 'cancel', reason: 'Không còn cần' },
      before: { ...state, status: 'in_progress' },
      after: { ...state, status: 'cancelled' },
    } satisfies RecordTransitionInput;
    await env.run(activities.recordTransition, cancel);
    const [after] = await sys.db.query('SELECT status FROM task WHERE id = $1', [taskId]);
    expect(after.status).toBe('cancelled');
    // An earlier transition's attempt that comes back late is already recorded: nothing moves.
    await env.run(activities.recordTransition, cancel);
    const events = await sys.db.query(
      `SELECT action FROM audit_event WHERE task_id = $1 AND action LIKE 'task.%' ORDER BY id`,
      [taskId],
    );
    expect(events.filter((e: { action: string }) => e.action === 'task.cancel')).toHaveLength(1);
  });

  it('the database refuses to rewrite the audit trail', async () => {
    await expect(
      sys.db.query(`UPDATE audit_event SET action = 'forged' WHERE task_id = $1`, [taskId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      sys.db.query(`DELETE FROM audit_event WHERE task_id = $1`, [taskId]),
    ).rejects.toThrow(/append-only/);
    await expect(sys.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });
});
