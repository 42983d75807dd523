import { TestSystem } from '../support/system';
import { taskWorkflowId } from '@dondoc/contracts';
import { waitFor } from '@dondoc/devkit';

/** Seconds instead of days: one reminder 3 s after issue, nothing else until the deadline. */
const POLICY = {
  acknowledge: [],
  beforeDue: [{ offset: { seconds: 57 }, to: ['unit'] }],
  afterDue: [],
  repeatAfterDue: null,
  dueSoon: { seconds: 30 },
};

describe('a directive flows end to end', () => {
  const sys = new TestSystem();
  beforeAll(() => sys.start());
  afterAll(() => sys.stop());

  it('creates, reminds once, is acknowledged and completed, and keeps the whole trail', async () => {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const officer = await sys.as('VKSTC.V8', 'unit_officer');
    const due = new Date(Date.now() + 60_000).toISOString();
    const body = {
      number: '99/TB-VKSTC',
      docType: 'THÔNG BÁO',
      title: 'Thông báo thử nghiệm luồng giao việc',
      issuedOn: '2026-11-22',
      issuedPlace: 'Hà Nội',
      issuerUnit: 'VKSTC',
      policy: POLICY,
      tasks: [
        {
          item: '4',
          summary: 'Theo dõi, hướng dẫn triển khai Chỉ thị 06/CT-VKSTC',
          leadUnit: 'VKSTC.V8',
          due,
        },
      ],
    };
    const created = await clerk
      .post('/directives')
      .set('Idempotency-Key', 'slice-1')
      .send(body)
      .expect(201);
    const taskId: string = created.body.tasks[0].id;
    expect(created.body.tasks[0]).toMatchObject({
      status: 'assigned',
      leadUnit: 'VKSTC.V8',
      deadlineState: 'on_track',
    });

    // A repeated request creates nothing and starts nothing twice.
    const again = await clerk
      .post('/directives')
      .set('Idempotency-Key', 'slice-1')
      .send(body)
      .expect(200);
    expect(again.body.id).toBe(created.body.id);
    const count = await sys.db.query(
      'SELECT count(*)::int AS n FROM task WHERE directive_id = $1',
      [created.body.id],
    );
    expect(count[0].n).toBe(1);

    const mails = await sys.smtp.waitFor((m) => m.length >= 2, 20_000);
    expect(mails.map((m) => m.subject.split(':')[0])).toEqual([
      '[Đôn Đốc] Giao nhiệm vụ mới',
      '[Đôn Đốc] Nhắc hạn nhiệm vụ',
    ]);
    const mail = mails[1];
    expect(mail.to).toEqual(['vkstc-v8@dondoc.test']);
    expect(mail.subject).toContain('Nhắc hạn nhiệm vụ');
    expect(mail.subject).toContain('Theo dõi, hướng dẫn triển khai Chỉ thị 06/CT-VKSTC');
    expect(mail.text).toContain(`http://dondoc.test/tasks/${taskId}`);
    expect(mail.html).toContain(`http://dondoc.test/tasks/${taskId}`);
    expect(mail.messageId).toMatch(/^<[0-9a-f]{40}@don-doc>$/);

    const planned = await officer.get(`/tasks/${taskId}`).expect(200);
    expect(planned.body.plannedNotifications).toEqual([]);

    const acked = await officer.post(`/tasks/${taskId}/acknowledge`).expect(200);
    expect(acked.body.status).toBe('acknowledged');
    const twice = await officer.post(`/tasks/${taskId}/acknowledge`).expect(409);
    expect(twice.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(twice.body.message).toContain('đã tiếp nhận');

    const submitted = await officer
      .post(`/tasks/${taskId}/submit`)
      .send({ result: 'Đã ban hành hướng dẫn' })
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', result: 'Đã ban hành hướng dẫn' });
    const leader = await sys.as('VKSTC', 'leader');
    const done = await leader.post(`/tasks/${taskId}/accept`).send({}).expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      outcome: 'on_time',
      deadlineState: 'closed',
      result: 'Đã ban hành hướng dẫn',
    });

    // The workflow must end by itself, promptly, once the task is done.
    const ended = sys.temporal.workflow.getHandle(taskWorkflowId(taskId)).result();
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('workflow did not end')), 10_000),
    );
    await expect(Promise.race([ended, timeout])).resolves.toMatchObject({
      status: 'done',
      outcome: 'on_time',
    });

    // Exactly one workflow ran for the task, findable by its search attribute.
    const runs = await waitFor('visibility', async () => {
      const found = [];
      for await (const wf of sys.temporal.workflow.list({ query: `DonDocTaskId = '${taskId}'` }))
        found.push(wf);
      if (found.length === 0 || found[0].status.name !== 'COMPLETED')
        throw new Error('not visible yet');
      return found;
    });
    expect(runs.map((r) => r.workflowId)).toEqual([taskWorkflowId(taskId)]);

    const events = await officer.get(`/tasks/${taskId}/events`).expect(200);
    const actions = events.body.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a.startsWith('task.'))).toEqual([
      'task.assigned',
      'task.acknowledge',
      'task.submit',
      'task.accept',
    ]);
    // Assignment, reminder, "submitted" to the issuer, "accepted" to the unit.
    const sent = await waitFor('the last notice', async () => {
      const all = (await officer.get(`/tasks/${taskId}/events`).expect(200)).body;
      const mailEvents = all.filter((e: { action: string }) => e.action === 'notification.sent');
      if (mailEvents.length < 4) throw new Error(`only ${mailEvents.length}`);
      return mailEvents.map((e: { after: { kind: string } }) => e.after.kind);
    });
    expect(sent).toEqual(['assigned', 'due_reminder', 'submitted', 'accepted']);
    const ack = events.body.find((e: { action: string }) => e.action === 'task.acknowledge');
    expect(ack).toMatchObject({ actorUserId: officer.user.userId, source: 'api' });

    // Nothing more is sent after the task closed, not even when the old deadline passes.
    await new Promise((r) => setTimeout(r, 1500));
    expect(sys.smtp.messages).toHaveLength(4);
  });
});
