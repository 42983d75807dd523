import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import { TaskMail, taskMails } from '../support/task-mail';

/**
 * The lifecycle against the real parts, with deadlines and ladders in seconds: every rung
 * arrives once, to the right people, at its moment; decisions re-plan at once.
 */
const ISSUER_HEAD = 'vt.vkstc@dondoc.test';
// Mail may be late by a workflow task, an activity and an SMTP round trip; never early.
const EARLY = 0.3;
const LATE = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Issued {
  taskId: string;
  t0: number;
}

describe('task lifecycle', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;
  const officer = (unit: string) => sys.session(unit, 'unit_officer');

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');
  });
  afterAll(() => sys.stop());

  async function issue(task: Record<string, unknown>, policy?: object): Promise<Issued> {
    const t0 = Date.now();
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch thử vòng đời nhiệm vụ',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        ...(policy ? { policy } : {}),
        tasks: [{ item: '1', summary: 'Báo cáo kết quả', ...task }],
      })
      .expect(201);
    return { taskId: res.body.tasks[0].id, t0 };
  }

  const inSeconds = (t0: number, s: number) => new Date(t0 + s * 1000).toISOString();
  const mails = (i: Issued) => taskMails(sys.db, sys.smtp, i.taskId, i.t0);
  async function mailsUntil(i: Issued, done: (m: TaskMail[]) => boolean, timeoutMs = 40_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = await mails(i);
      if (done(m)) return m;
      if (Date.now() > deadline)
        throw new Error(`mail not complete: ${m.map((x) => `${x.key}@${x.at}`).join(', ')}`);
      await sleep(200);
    }
  }
  const kinds = (m: TaskMail[]) => m.map((x) => x.key.replace(/:[0-9a-f-]{36}$/, ''));
  const expectOnTime = (m: TaskMail | undefined, planned: number) => {
    expect(m).toBeDefined();
    expect(m!.at).toBeGreaterThanOrEqual(planned - EARLY);
    expect(m!.at).toBeLessThanOrEqual(planned + LATE);
  };
  const byKey = (m: TaskMail[], key: string) => m.find((x) => x.key === key);

  it('climbs the whole ladder once, to the right people at the right moments, until cancelled', async () => {
    const i = await issue(
      { leadUnit: 'VKSTC.V7', coordinatingUnits: ['VKSTC.V9'], due: inSeconds(Date.now(), 10) },
      {
        acknowledge: [
          { offset: { seconds: 2 }, to: ['unit'] },
          { offset: { seconds: 4 }, to: ['unit_head'] },
        ],
        beforeDue: [
          { offset: { seconds: 6 }, to: ['unit', 'coordinating'] },
          { offset: { seconds: 3 }, to: ['unit'] },
        ],
        afterDue: [
          { offset: { seconds: 1 }, to: ['unit_head'] },
          { offset: { seconds: 3 }, to: ['issuer'] },
        ],
        repeatAfterDue: { offset: { seconds: 2 }, to: ['unit_head', 'issuer'] },
        dueSoon: { seconds: 5 },
      },
    );
    const m = await mailsUntil(i, (x) => x.some((y) => y.key === 'overdue_escalation:repeat-1@0'));
    const unit = ['vkstc-v7@dondoc.test'];
    const head = ['vutruong.vkstc-v7@dondoc.test'];
    const expected: [string, number, string[], string[]][] = [
      ['assigned:0', 0, unit, ['vkstc-v9@dondoc.test']],
      ['ack_reminder:0@0', 2, unit, []],
      ['ack_reminder:1@0', 4, head, []],
      ['due_reminder:0@0', 4, unit, ['vkstc-v9@dondoc.test']],
      ['due_reminder:1@0', 7, unit, []],
      ['overdue_escalation:0@0', 11, head, []],
      ['overdue_escalation:1@0', 13, [ISSUER_HEAD], []],
      ['overdue_escalation:repeat-0@0', 15, [...head, ISSUER_HEAD], []],
      ['overdue_escalation:repeat-1@0', 17, [...head, ISSUER_HEAD], []],
    ];
    for (const [key, at, to, cc] of expected) {
      const mail = byKey(m, key);
      expectOnTime(mail, at);
      expect({ key, to: mail!.to.sort(), cc: mail!.cc }).toEqual({ key, to: [...to].sort(), cc });
    }
    // Each rung exactly once: no key twice, nothing unplanned.
    expect(kinds(m).sort()).toEqual(expected.map(([k]) => k).sort());

    const view = (await leader.get(`/tasks/${i.taskId}`).expect(200)).body;
    expect(view).toMatchObject({ status: 'assigned', deadlineState: 'overdue' });
    expect(view.plannedNotifications[0]).toMatchObject({ kind: 'overdue_escalation' });

    // Cancelled mid-ladder: the unit is told, then nothing more.
    await leader
      .post(`/tasks/${i.taskId}/cancel`)
      .send({ reason: 'Đã có chỉ đạo khác' })
      .expect(200);
    const after = await mailsUntil(i, (x) => x.some((y) => y.kind === 'cancelled'));
    const notice = after.find((y) => y.kind === 'cancelled')!;
    expect(notice.to).toEqual(unit);
    expect(notice.mail.text).toContain('Đã có chỉ đạo khác');
    await sleep(4500); // two more repeats would have come by now
    const final = await mails(i);
    expect(final.length).toBe(after.length);
    expect((await leader.get(`/tasks/${i.taskId}`).expect(200)).body).toMatchObject({
      status: 'cancelled',
      deadlineState: 'closed',
      plannedNotifications: [],
    });
  });

  it('an approved extension moves every later reminder; nothing fires on the old plan', async () => {
    const unit = 'VKSTC.V10';
    const o = await officer(unit);
    // The instants below are all counted from the one the deadline was given from: two
    // readings of the clock may be a millisecond apart.
    const t0 = Date.now();
    const i = {
      ...(await issue(
        { leadUnit: unit, due: inSeconds(t0, 8) },
        {
          acknowledge: [],
          beforeDue: [{ offset: { seconds: 4 }, to: ['unit'] }],
          afterDue: [{ offset: { seconds: 2 }, to: ['unit_head'] }],
          repeatAfterDue: null,
          dueSoon: { seconds: 2 },
        },
      )),
      t0,
    };
    const newDue = inSeconds(i.t0, 14);
    const asked = await o
      .post(`/tasks/${i.taskId}/extension`)
      .send({ due: newDue, reason: 'Chờ số liệu của các tỉnh' })
      .expect(200);
    expect(asked.body.extension).toMatchObject({ at: newDue, reason: 'Chờ số liệu của các tỉnh' });
    expect(asked.body.due.at).toBe(inSeconds(i.t0, 8)); // unchanged until approved
    const approved = await leader
      .post(`/tasks/${i.taskId}/extension/approve`)
      .send({ note: 'Đồng ý gia hạn' })
      .expect(200);
    expect(approved.body).toMatchObject({ extension: null, due: { at: newDue } });
    expect(approved.body.plannedNotifications.map((n: { at: string }) => n.at)).toEqual([
      inSeconds(i.t0, 10),
      inSeconds(i.t0, 16),
    ]);

    const m = await mailsUntil(i, (x) => x.some((y) => y.key === 'overdue_escalation:0@1'));
    expect(kinds(m)).toEqual([
      'assigned:0',
      'extension_requested',
      'extension_approved',
      'due_reminder:0@1',
      'overdue_escalation:0@1',
    ]);
    expectOnTime(byKey(m, 'due_reminder:0@1'), 10);
    expectOnTime(byKey(m, 'overdue_escalation:0@1'), 16);
    expect(m.find((y) => y.kind === 'extension_requested')!.to).toEqual([ISSUER_HEAD]);
    // The approval carries the new date as a calendar event that replaces the old one.
    const ics = m.find((y) => y.kind === 'extension_approved')!.mail.raw.attachments[0];
    expect(ics.contentType).toBe('text/calendar');
    const icsText = ics.content.toString('utf8');
    expect(icsText).toContain(`UID:task-${i.taskId}@don-doc`);
    expect(icsText).toContain('SEQUENCE:1');
  }, 60_000);

  it('a rejected extension changes nothing', async () => {
    const unit = 'VKSTC.V11';
    const o = await officer(unit);
    const due = inSeconds(Date.now(), 6);
    const i = await issue(
      { leadUnit: unit, due },
      {
        acknowledge: [],
        beforeDue: [{ offset: { seconds: 3 }, to: ['unit'] }],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 2 },
      },
    );
    await o
      .post(`/tasks/${i.taskId}/extension`)
      .send({ due: inSeconds(i.t0, 60), reason: 'Xin thêm thời gian' })
      .expect(200);
    const rejected = await leader
      .post(`/tasks/${i.taskId}/extension/reject`)
      .send({ reason: 'Thời hạn do Viện trưởng ấn định' })
      .expect(200);
    expect(rejected.body).toMatchObject({ extension: null, due: { at: due } });
    const m = await mailsUntil(i, (x) => x.some((y) => y.key === 'due_reminder:0@0'));
    expectOnTime(byKey(m, 'due_reminder:0@0'), 3);
    const notice = m.find((y) => y.kind === 'extension_rejected')!;
    expect(notice.to).toEqual(['vkstc-v11@dondoc.test']);
    expect(notice.mail.text).toContain('Thời hạn do Viện trưởng ấn định');
    // A second request is allowed once the first is decided, and refused while one is pending.
    await o
      .post(`/tasks/${i.taskId}/extension`)
      .send({ due: inSeconds(i.t0, 90), reason: 'Lần hai' })
      .expect(200);
    const again = await o
      .post(`/tasks/${i.taskId}/extension`)
      .send({ due: inSeconds(i.t0, 95), reason: 'Lần ba' })
      .expect(409);
    expect(again.body.message).toContain('đang chờ xử lý');
  });

  it('progress with a file, submission, review chase, return, resubmission, acceptance', async () => {
    const unit = 'VKSTC.V15';
    const o = await officer(unit);
    const i = await issue(
      { leadUnit: unit, due: inSeconds(Date.now(), 120) },
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: null,
        awaitingReview: [{ offset: { seconds: 2 }, to: ['issuer'] }],
        dueSoon: { seconds: 10 },
      },
    );
    const file = await o
      .post(`/tasks/${i.taskId}/attachments`)
      .attach('file', Buffer.from('Số liệu quý III'), 'số-liệu-quý-III.txt')
      .expect(201);
    expect(file.body).toMatchObject({
      fileName: 'số-liệu-quý-III.txt',
      sizeBytes: Buffer.byteLength('Số liệu quý III'),
    });
    const progressed = await o
      .post(`/tasks/${i.taskId}/progress`)
      .send({ text: 'Đã tổng hợp 40/63 tỉnh', percent: 60, attachmentIds: [file.body.id] })
      .expect(200);
    expect(progressed.body).toMatchObject({ status: 'in_progress', percent: 60 });

    await o.post(`/tasks/${i.taskId}/submit`).send({ result: 'Báo cáo lần 1' }).expect(200);
    let m = await mailsUntil(i, (x) => x.some((y) => y.kind === 'review_reminder'));
    const chase = m.find((y) => y.kind === 'review_reminder')!;
    expect(chase.to).toEqual([ISSUER_HEAD]);
    const submittedAt = m.find((y) => y.kind === 'submitted')!.at;
    expect(chase.at - submittedAt).toBeGreaterThanOrEqual(2 - EARLY);

    const returned = await leader
      .post(`/tasks/${i.taskId}/return`)
      .send({ reason: 'Thiếu số liệu của 23 tỉnh' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'in_progress', submittedAt: null });
    m = await mailsUntil(i, (x) => x.some((y) => y.kind === 'returned'));
    const back = m.find((y) => y.kind === 'returned')!;
    expect(back.to.sort()).toEqual(['vkstc-v15@dondoc.test', 'vutruong.vkstc-v15@dondoc.test']);
    expect(back.mail.text).toContain('Thiếu số liệu của 23 tỉnh');

    await o.post(`/tasks/${i.taskId}/submit`).send({ result: 'Báo cáo lần 2' }).expect(200);
    // The second submission is chased on its own, not silenced by the first one's key.
    m = await mailsUntil(i, (x) => x.filter((y) => y.kind === 'review_reminder').length === 2);
    expect(kinds(m).filter((k) => k.startsWith('review'))).toEqual([
      'review_reminder:0@0',
      'review_reminder:0@1',
    ]);
    const accepted = await leader.post(`/tasks/${i.taskId}/accept`).send({}).expect(200);
    expect(accepted.body).toMatchObject({
      status: 'done',
      outcome: 'on_time',
      result: 'Báo cáo lần 2',
    });

    const reports = (await o.get(`/tasks/${i.taskId}/reports`).expect(200)).body;
    expect(reports.map((r: { kind: string; text: string }) => [r.kind, r.text])).toEqual([
      ['progress', 'Đã tổng hợp 40/63 tỉnh'],
      ['submission', 'Báo cáo lần 1'],
      ['submission', 'Báo cáo lần 2'],
    ]);
    expect(reports[0].attachments).toEqual([expect.objectContaining({ id: file.body.id })]);
    const download = await leader.get(`/tasks/${i.taskId}/attachments/${file.body.id}`).expect(200);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('số-liệu'));
    expect(download.text).toBe('Số liệu quý III');

    const events = (await o.get(`/tasks/${i.taskId}/events`).expect(200)).body;
    expect(
      events.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('task.')),
    ).toEqual([
      'task.assigned',
      'task.attachment_uploaded',
      'task.report_progress',
      'task.submit',
      'task.return',
      'task.submit',
      'task.accept',
    ]);
    const ret = events.find((e: { action: string }) => e.action === 'task.return');
    expect(ret).toMatchObject({
      actorUserId: leader.user.userId,
      before: { status: 'submitted' },
      after: { status: 'in_progress', reason: 'Thiếu số liệu của 23 tỉnh' },
    });
  }, 60_000);

  it('reassignment hands the task and its chase to the new unit; the old one hears no more', async () => {
    const i = await issue(
      { leadUnit: 'VKSTC.V9', due: inSeconds(Date.now(), 300) },
      {
        acknowledge: [{ offset: { seconds: 3 }, to: ['unit'] }],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 10 },
      },
    );
    await sleep(500);
    const moved = await leader
      .post(`/tasks/${i.taskId}/reassign`)
      .send({ unit: 'VKSTC.V12', reason: 'Đúng chức năng của Vụ 12' })
      .expect(200);
    expect(moved.body).toMatchObject({ leadUnit: 'VKSTC.V12', status: 'assigned' });
    const m = await mailsUntil(i, (x) => x.some((y) => y.key === 'ack_reminder:0@1'));
    await sleep(3000);
    const all = await mails(i);
    expect(kinds(all)).toEqual(['assigned:0', 'reassigned', 'ack_reminder:0@1']);
    expect(m.find((y) => y.kind === 'reassigned')!.to.sort()).toEqual([
      'vkstc-v12@dondoc.test',
      'vutruong.vkstc-v12@dondoc.test',
    ]);
    expect(byKey(all, 'ack_reminder:0@1')!.to).toEqual(['vkstc-v12@dondoc.test']);
    // The old unit no longer reaches the task; the new one acts on it.
    await (await officer('VKSTC.V9')).get(`/tasks/${i.taskId}`).expect(404);
    await (await officer('VKSTC.V12')).post(`/tasks/${i.taskId}/acknowledge`).expect(200);
  });

  it('refuses what makes no sense now, with a reason, and changes nothing', async () => {
    const unit = 'VKSTC.V1';
    const o = await officer(unit);
    const i = await issue({ leadUnit: unit, due: '2030-12-31' });
    const refused = async (
      req: Promise<{ status: number; body: { code: string; message: string } }>,
      status: number,
      text: string,
    ) => {
      const res = await req;
      expect({ status: res.status, code: res.body.code }).toEqual({
        status,
        code: status === 409 ? 'INVALID_TRANSITION' : 'VALIDATION_FAILED',
      });
      expect(res.body.message).toContain(text);
    };
    await refused(leader.post(`/tasks/${i.taskId}/accept`).send({}), 409, 'chấp nhận kết quả');
    await refused(leader.post(`/tasks/${i.taskId}/return`).send({ reason: 'x' }), 409, 'trả lại');
    await refused(
      leader.post(`/tasks/${i.taskId}/extension/approve`).send({}),
      409,
      'Không có đề nghị gia hạn',
    );
    await refused(
      o.post(`/tasks/${i.taskId}/extension`).send({ due: '2030-12-01', reason: 'Sớm hơn' }),
      409,
      'sau hạn hiện tại',
    );
    await o.post(`/tasks/${i.taskId}/acknowledge`).expect(200);
    await refused(o.post(`/tasks/${i.taskId}/acknowledge`), 409, 'tiếp nhận');
    const unknown = await leader
      .post(`/tasks/${i.taskId}/reassign`)
      .send({ unit: 'VKSTC.KHONG_CO', reason: 'x' })
      .expect(400);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_UNIT' });
    const other = await issue({ leadUnit: unit, due: '2030-12-31' });
    const foreign = await o
      .post(`/tasks/${other.taskId}/attachments`)
      .attach('file', Buffer.from('x'), 'x.txt')
      .expect(201);
    await refused(
      o.post(`/tasks/${i.taskId}/progress`).send({ text: 'x', attachmentIds: [foreign.body.id] }),
      400,
      'Dữ liệu không hợp lệ',
    );
    await leader.post(`/tasks/${i.taskId}/cancel`).send({ reason: 'Hủy' }).expect(200);
    await refused(
      o.post(`/tasks/${i.taskId}/extension`).send({ due: '2031-01-31', reason: 'Muộn' }),
      409,
      'đã hủy',
    );
    await refused(leader.post(`/tasks/${i.taskId}/cancel`).send({ reason: 'Lần nữa' }), 409, 'hủy');
    const view = (await o.get(`/tasks/${i.taskId}`).expect(200)).body;
    expect(view).toMatchObject({ status: 'cancelled', percent: null, extension: null });
    const [{ n }] = await sys.db.query(
      `SELECT count(*)::int AS n FROM task_report WHERE task_id = $1`,
      [i.taskId],
    );
    expect(n).toBe(0);
  });

  it('an SMTP outage delays mail; it is neither lost nor doubled', async () => {
    sys.smtp.refuse = true;
    let i: Issued;
    try {
      i = await issue(
        { leadUnit: 'VKSTC.V4', due: inSeconds(Date.now(), 300) },
        {
          acknowledge: [{ offset: { seconds: 1 }, to: ['unit'] }],
          beforeDue: [],
          afterDue: [],
          repeatAfterDue: null,
          dueSoon: { seconds: 10 },
        },
      );
      await sleep(4000);
      expect(await mails(i)).toEqual([]);
    } finally {
      sys.smtp.refuse = false;
    }
    const m = await mailsUntil(i, (x) => x.length >= 2, 30_000);
    await sleep(1000);
    const all = await mails(i);
    expect(kinds(all).sort()).toEqual(['ack_reminder:0@0', 'assigned:0']);
    expect(Math.min(...all.map((x) => x.at))).toBeGreaterThanOrEqual(4);
    const [{ attempts }] = await sys.db.query(
      `SELECT max(attempts)::int AS attempts FROM notification WHERE task_id = $1`,
      [i.taskId],
    );
    expect(attempts).toBeGreaterThan(1);
    expect(m.length).toBe(2);
  });

  it('plans by priority: a hỏa tốc task is chased within the hour', async () => {
    const i = await issue({ leadUnit: 'VKSTC.V2', due: '2030-12-31', priority: 'hoa_toc' });
    const view = (await leader.get(`/tasks/${i.taskId}`).expect(200)).body;
    const first = view.plannedNotifications[0];
    expect(first.kind).toBe('ack_reminder');
    expect(first.to.sort()).toEqual(['unit', 'unit_head']);
    const lag = Date.parse(first.at) - Date.parse(view.assignedAt);
    expect(lag).toBe(3600_000);
  });

  it('an admin day off moves planned reminders off it', async () => {
    const admin = await sys.as('VKSTC.C2', 'admin');
    // Due Friday 7/11/2031: T−1 is Thursday 6/11 at 08:00.
    const i = await issue({ leadUnit: 'VKSTC.V3', due: '2031-11-07' });
    const plan = async () =>
      (await leader.get(`/tasks/${i.taskId}`).expect(200)).body.plannedNotifications as {
        at: string;
      }[];
    expect((await plan()).map((n) => n.at)).toContain('2031-11-06T01:00:00.000Z');
    try {
      await admin
        .put('/admin/calendar/2031')
        .send({ daysOff: [{ date: '2031-11-06', note: 'Nghỉ bù thử nghiệm' }], workingDays: [] })
        .expect(200);
      const moved = (await plan()).map((n) => n.at);
      expect(moved).not.toContain('2031-11-06T01:00:00.000Z');
      expect(moved).toContain('2031-11-05T01:00:00.000Z');
      const year = (await leader.get('/calendar/2031').expect(200)).body;
      expect(year.holidays).toContain('2031-11-06');
      expect(year.adminDaysOff).toEqual([{ date: '2031-11-06', note: 'Nghỉ bù thử nghiệm' }]);
    } finally {
      await admin.put('/admin/calendar/2031').send({ daysOff: [], workingDays: [] }).expect(200);
    }
  });
});
