import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { DIGEST_SCHEDULE_ID } from '@dondoc/contracts';
import { addDays, localDateOf, vietnameseCalendar } from '@dondoc/domain';
import { ensureDigestSchedule } from '../../apps/worker/src/digest-schedule';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

/**
 * Digests through the real workflow, worker, outbox and SMTP: one mail per person and
 * period, on working days only, none twice after the worker restarts.
 */
const ROOT = 'TEST.DIGEST';
const A = `${ROOT}.A`;
const B = `${ROOT}.B`;
const LEADER = 'lanh-dao@digest.test';
const HEAD_A = 'thu-truong-a@digest.test';
const HEAD_B = 'thu-truong-b@digest.test';
const MONDAY = '2026-03-02';
const TUESDAY = '2026-03-03';
const TET = '2026-02-17';

describe('digests', () => {
  const sys = new TestSystem();
  let leader: ApiClient;
  let headB: ApiClient;
  const today = localDateOf(new Date());

  const mailsTo = (address: string) => sys.smtp.messages.filter((m) => m.to.includes(address));
  const run = (date: string) =>
    sys.temporal.workflow.execute('digestWorkflow', {
      taskQueue: sys.config.values.TEMPORAL_TASK_QUEUE,
      workflowId: `digest-test-${date}-${randomUUID()}`,
      args: [{ date }],
    }) as Promise<{ date: string; sent: number; skipped: number }>;

  beforeAll(async () => {
    await sys.start();
    for (const [code, name, level, parent] of [
      [ROOT, 'Đơn vị thử thư tổng hợp', 'tinh', 'VKSTC'],
      [A, 'Đơn vị A thử thư tổng hợp', 'huyen', ROOT],
      [B, 'Đơn vị B thử thư tổng hợp', 'huyen', ROOT],
    ] as const) {
      await sys.db.query(
        // After the shipped units in the directory's order, as a unit an admin adds would be.
        `INSERT INTO org_unit (code, short_name, full_name, level, kind, parent_code, emails, ordinal)
         VALUES ($1, $2, $2, $3, 'vien', $4, $5, 1000000) ON CONFLICT (code) DO NOTHING`,
        [code, name, level, parent, [`${code.toLowerCase()}@digest.test`]],
      );
    }
    leader = await sys.as(ROOT, 'leader');
    const headA = await sys.as(A, 'unit_head');
    headB = await sys.as(B, 'unit_head');
    for (const [c, email] of [
      [leader, LEADER],
      [headA, HEAD_A],
      [headB, HEAD_B],
    ] as const) {
      await sys.db.query('UPDATE app_user SET email = $2 WHERE id = $1', [c.user.userId, email]);
    }
    await leader
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn thử thư tổng hợp',
        issuedOn: '2025-06-01',
        issuerUnit: ROOT,
        tasks: [
          { item: '1', summary: 'Việc A đã quá hạn', leadUnit: A, due: '2025-06-30' },
          {
            item: '2',
            summary: 'Việc A sắp đến hạn',
            leadUnit: A,
            due: vietnameseCalendar().addWorkingDays(today, 1),
          },
          { item: '3', summary: 'Việc B đã quá hạn', leadUnit: B, due: '2025-07-31' },
          { item: '4', summary: 'Việc B còn xa', leadUnit: B, due: addDays(today, 90) },
        ],
      })
      .expect(201);
    // The head of B switches the daily digest off.
    await headB.put('/me/digests').send({ daily: false }).expect(200);
    expect((await headB.get('/me/digests').expect(200)).body).toEqual({
      daily: false,
      weekly: true,
    });
  });
  afterAll(() => sys.stop());

  it('on the first working day of a week: the leader’s weekly, the heads’ daily, once each', async () => {
    await run(MONDAY);
    await sys.smtp.waitFor(() => mailsTo(LEADER).length === 1 && mailsTo(HEAD_A).length === 1);
    const weekly = mailsTo(LEADER)[0];
    expect(weekly.subject).toBe(
      '[Đôn Đốc] Tổng hợp tuần 10/2026 (từ 2/3/2026): nhiệm vụ do Đơn vị thử thư tổng hợp giao',
    );
    expect(weekly.text).toMatch(/Nhiệm vụ quá hạn \(2\):/);
    expect(weekly.text).toMatch(/Việc A đã quá hạn/);
    expect(weekly.text).toMatch(/Việc B đã quá hạn/);
    expect(weekly.text).toMatch(/Nhiệm vụ sắp đến hạn \(3 ngày làm việc\) \(1\):/);
    expect(weekly.text).toMatch(/- Đơn vị A thử thư tổng hợp: 2 nhiệm vụ/);
    const daily = mailsTo(HEAD_A)[0];
    expect(daily.subject).toBe(
      '[Đôn Đốc] Nhiệm vụ cần chú ý ngày 2/3/2026: Đơn vị A thử thư tổng hợp',
    );
    expect(daily.text).toMatch(/Nhiệm vụ của đơn vị đã quá hạn \(1\):/);
    expect(daily.text).not.toMatch(/Việc B/);
    expect(mailsTo(HEAD_B)).toHaveLength(0); // switched off
    const rows = await sys.db.query(
      `SELECT kind, period FROM notification WHERE recipient_user_id = $1`,
      [leader.user.userId],
    );
    expect(rows).toEqual([{ kind: 'digest_weekly', period: '2026-W10' }]);
  });

  it('on Tết and at weekends: nothing', async () => {
    // Only digests count: the tasks' own workflows mail their units meanwhile.
    const digests = () =>
      sys.smtp.messages.filter((m) => /^\[Đôn Đốc\] (Tổng hợp|Nhiệm vụ cần chú ý)/.test(m.subject))
        .length;
    const before = digests();
    expect((await run(TET)).sent).toBe(0);
    expect((await run('2026-03-07')).sent).toBe(0);
    expect(digests()).toBe(before);
  });

  it('a worker restart, mid-run or after, sends none twice', async () => {
    // The same Monday again after a restart (a schedule catching up): nothing new.
    await sys.stopWorker();
    await sys.startWorker();
    const again = await run(MONDAY);
    expect(again.sent).toBe(0);
    // Tuesday: the worker stops just after the run starts and comes back.
    const handle = await sys.temporal.workflow.start('digestWorkflow', {
      taskQueue: sys.config.values.TEMPORAL_TASK_QUEUE,
      workflowId: `digest-test-restart-${randomUUID()}`,
      args: [{ date: TUESDAY }],
    });
    await sys.smtp.waitFor(() => mailsTo(HEAD_A).length === 2, 30_000).catch(() => undefined);
    await sys.stopWorker();
    await sys.startWorker();
    await handle.result();
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(LEADER)).toHaveLength(1); // weekly only on the week's first working day
    expect(mailsTo(HEAD_A).map((m) => m.subject)).toEqual([
      '[Đôn Đốc] Nhiệm vụ cần chú ý ngày 2/3/2026: Đơn vị A thử thư tổng hợp',
      '[Đôn Đốc] Nhiệm vụ cần chú ý ngày 3/3/2026: Đơn vị A thử thư tổng hợp',
    ]);
    const messageIds = sys.smtp.messages.map((m) => m.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
  });

  it('a Temporal Schedule drives them, every morning at 07:00 Vietnamese time', async () => {
    const client = new Client({
      connection: sys.temporal.connection,
      namespace: sys.config.values.TEMPORAL_NAMESPACE,
    });
    await ensureDigestSchedule(client, sys.config.values.TEMPORAL_TASK_QUEUE);
    expect(await ensureDigestSchedule(client, sys.config.values.TEMPORAL_TASK_QUEUE)).toBe(false);
    const handle = client.schedule.getHandle(DIGEST_SCHEDULE_ID);
    try {
      const d = await handle.describe();
      expect(d.action).toMatchObject({ type: 'startWorkflow', workflowType: 'digestWorkflow' });
      expect(d.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 0, end: 0, step: 1 }] });
      expect(d.policies.overlap).toBe('SKIP');
    } finally {
      await handle.delete();
    }
  });
});
