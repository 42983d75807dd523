import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import { taskMails } from '../support/task-mail';
import { seriesWorkflowId, taskWorkflowId } from '@dondoc/contracts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Work that outlives one workflow run: endless escalations, and recurring periods. */
describe('long-running tasks', () => {
  // The lowest limit the config takes: mail sent inside the wake-up adds few events per repeat.
  const HISTORY_LIMIT = 50;
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;
  beforeAll(async () => {
    await sys.start({ env: { TASK_HISTORY_LIMIT: String(HISTORY_LIMIT) } });
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');
  });
  afterAll(() => sys.stop());

  async function issue(task: Record<string, unknown>, policy: object) {
    const t0 = Date.now();
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch thử việc kéo dài',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        policy,
        tasks: [{ item: '1', summary: 'Báo cáo định kỳ', leadUnit: 'VKSTC.V8', ...task }],
      })
      .expect(201);
    return { t0, directiveId: res.body.id as string, task: res.body.tasks[0] };
  }

  it('hands over to fresh runs when history grows, losing and repeating no escalation', async () => {
    const { t0, task } = await issue(
      { due: new Date(Date.now() + 1000).toISOString() },
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: { offset: { seconds: 1 }, to: ['unit_head'] },
        dueSoon: { seconds: 1 },
      },
    );
    const wanted = Array.from({ length: 26 }, (_, n) => `overdue_escalation:repeat-${n}@0`);
    // A repeat that fell due while the hand-over was still starting the next run (on a busy
    // machine, more than the 1 s between repeats) goes out folded into the next mail, named in
    // its audit event as skipped: accounted for, not lost.
    const accounted = async () => {
      const mailed = (await taskMails(sys.db, sys.smtp, task.id, t0)).map((m) => m.key);
      const rows: { skipped: string[] }[] = await sys.db.query(
        `SELECT after->'skipped' AS skipped FROM audit_event
          WHERE task_id = $1 AND action = 'notification.sent' AND after ? 'skipped'`,
        [task.id],
      );
      return { mailed, skipped: rows.flatMap((r) => r.skipped) };
    };
    const deadline = Date.now() + 60_000;
    let { mailed, skipped } = await accounted();
    while (!wanted.every((k) => mailed.includes(k) || skipped.includes(k))) {
      if (Date.now() > deadline) throw new Error(`only ${mailed.join(', ')}`);
      await sleep(300);
      ({ mailed, skipped } = await accounted());
    }
    await leader.post(`/tasks/${task.id}/cancel`).send({ reason: 'Đủ rồi' }).expect(200);

    // Every repeat once, in order, with no gap across the hand-overs: mailed or folded.
    const repeats = mailed.filter((k) => k.startsWith('overdue_escalation:repeat-'));
    const sequence = (k: string) => Number(/repeat-(\d+)@/.exec(k)![1]);
    expect(repeats.map(sequence)).toEqual([...repeats.map(sequence)].sort((a, b) => a - b));
    expect(new Set(repeats).size).toBe(repeats.length);
    expect(skipped.filter((k) => repeats.includes(k))).toEqual([]);
    const last = Math.max(...repeats.map(sequence));
    for (let n = 0; n <= last; n++) {
      const key = `overdue_escalation:repeat-${n}@0`;
      expect([key, repeats.includes(key) || skipped.includes(key)]).toEqual([key, true]);
    }
    // Folding is for a late start, not the rule: most repeats go out as mails of their own.
    expect(skipped.length).toBeLessThan(repeats.length / 4);
    const ids = sys.smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);

    // Several runs of one workflow, none much past the limit.
    const runs = [];
    for await (const wf of sys.temporal.workflow.list({
      query: `WorkflowId = '${taskWorkflowId(task.id)}'`,
    }))
      runs.push(wf);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const r of runs) {
      const history = await sys.temporal.workflow.getHandle(r.workflowId, r.runId).fetchHistory();
      expect(history.events!.length).toBeLessThan(HISTORY_LIMIT + 30);
    }
    expect(runs.filter((r) => r.status.name === 'CONTINUED_AS_NEW').length).toBe(runs.length - 1);
  }, 90_000);

  it('opens each period of a recurring task as its own task until the series ends', async () => {
    const t0 = Date.now();
    const { directiveId, task } = await issue(
      {
        due: new Date(t0 + 3000).toISOString(),
        recurrence: { everySeconds: 3, until: new Date(t0 + 9500).toISOString() },
      },
      {
        acknowledge: [],
        beforeDue: [{ offset: { seconds: 1 }, to: ['unit'] }],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 1 },
      },
    );
    expect(task).toMatchObject({ periodIndex: 0, seriesId: expect.any(String) });
    const series = sys.temporal.workflow.getHandle(seriesWorkflowId(task.seriesId));
    await expect(series.result()).resolves.toMatchObject({ status: 'ended', nextIndex: 3 });

    const view = (await clerk.get(`/directives/${directiveId}`).expect(200)).body;
    const periods = view.tasks
      .map((t: { periodIndex: number; due: { at: string } }) => [t.periodIndex, t.due.at])
      .sort();
    expect(periods).toEqual([0, 1, 2].map((k) => [k, new Date(t0 + 3000 * (k + 1)).toISOString()]));
    // Each period has its own ladder: its own assignment and its own reminder.
    for (const t of view.tasks) {
      const deadline = Date.now() + 20_000;
      let keys: string[] = [];
      while (!keys.includes('due_reminder:0@0')) {
        if (Date.now() > deadline) throw new Error(`period ${t.periodIndex}: ${keys.join(', ')}`);
        await sleep(250);
        keys = (await taskMails(sys.db, sys.smtp, t.id, t0)).map((m) => m.key);
      }
      expect(keys).toEqual(['assigned:0', 'due_reminder:0@0']);
    }
    const [{ status }] = await sys.db.query('SELECT status FROM task_series WHERE id = $1', [
      task.seriesId,
    ]);
    expect(status).toBe('ended');
  }, 60_000);

  it('a cancelled series opens no more periods; the open one goes on', async () => {
    const t0 = Date.now();
    const { directiveId, task } = await issue(
      { due: new Date(t0 + 2000).toISOString(), recurrence: { everySeconds: 2 } },
      {
        acknowledge: [],
        beforeDue: [],
        afterDue: [],
        repeatAfterDue: null,
        dueSoon: { seconds: 1 },
      },
    );
    const countPeriods = async () =>
      (await clerk.get(`/directives/${directiveId}`).expect(200)).body.tasks.length;
    while ((await countPeriods()) < 2) await sleep(200);
    const cancelled = await leader
      .post(`/series/${task.seriesId}/cancel`)
      .send({ reason: 'Thôi báo cáo định kỳ' })
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const periods = await countPeriods();
    await sleep(4500);
    expect(await countPeriods()).toBe(periods);
    const again = await leader
      .post(`/series/${task.seriesId}/cancel`)
      .send({ reason: 'Lần nữa' })
      .expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    const open = (await clerk.get(`/directives/${directiveId}`).expect(200)).body.tasks.filter(
      (t: { status: string }) => t.status === 'assigned',
    );
    expect(open.length).toBe(periods);
  }, 60_000);
});
