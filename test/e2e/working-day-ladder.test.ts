import { taskPlanQuery } from '@dondoc/contracts';
import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';

/**
 * The default ladder (thường) in days, as a running workflow plans it: its timers, read back
 * by query, against dates worked out by hand on the 2027 calendar (Tết Đinh Mùi: 4–10/2 off).
 * Then the admin makes a day off, and the running workflow re-plans at once, unprompted.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const at8 = (day: string) => `${day}T01:00:00.000Z`; // 08:00 in Vietnam

// Due Tue 16/2/2027, the last day on time. Counting working days back over Tết:
// T-1 Mon 15/2; T-3 Thu 11/2 (15, 12, 11); T-7 Fri 29/1 (11, 3, 2, 1/2, 29/1); T0 16/2.
// After: T+1 Wed 17/2 (unit head); T+3 Fri 19/2 (issuer); then every 5 working days.
const LADDER = {
  'due_reminder:0@0': at8('2027-01-29'),
  'due_reminder:1@0': at8('2027-02-11'),
  'due_reminder:2@0': at8('2027-02-15'),
  'due_reminder:3@0': at8('2027-02-16'),
  'overdue_escalation:0@0': at8('2027-02-17'),
  'overdue_escalation:1@0': at8('2027-02-19'),
  'overdue_escalation:repeat-0@0': at8('2027-02-26'),
  'overdue_escalation:repeat-1@0': at8('2027-03-05'),
  'overdue_escalation:repeat-2@0': at8('2027-03-12'),
  'overdue_escalation:repeat-3@0': at8('2027-03-19'),
};

// With Thu 11/2 a day off too: T-3 is Wed 3/2 (15, 12, 3) and T-7 Thu 28/1.
const WITH_DAY_OFF = {
  ...LADDER,
  'due_reminder:0@0': at8('2027-01-28'),
  'due_reminder:1@0': at8('2027-02-03'),
};

describe('the default working-day ladder in a running workflow', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    admin = await sys.as('VKSTC.C2', 'admin');
  });
  afterAll(async () => {
    await admin.put('/admin/calendar/2027').send({ daysOff: [], workingDays: [] });
    await sys.stop();
  });

  async function planUntil(taskId: string, expected: Record<string, string>) {
    const handle = sys.temporal.workflow.getHandle(`task-${taskId}`);
    const deadline = Date.now() + 20_000;
    let plan: Record<string, string> = {};
    while (Date.now() < deadline) {
      plan = Object.fromEntries((await handle.query(taskPlanQuery)).map((n) => [n.key, n.at]));
      if (JSON.stringify(plan) === JSON.stringify(expected)) return;
      await sleep(200);
    }
    expect(plan).toEqual(expected);
  }

  it('plans each rung on its working day across Tết, and moves them when the admin adds a day off', async () => {
    const res = await issueDirective(clerk, {
      docType: 'KẾ HOẠCH',
      title: 'Kế hoạch qua Tết',
      tasks: [{ item: '1', summary: 'Báo cáo sau Tết', leadUnit: 'VKSTC.V7', due: '2027-02-16' }],
    });
    const taskId: string = res.tasks[0].id;
    const officer = await sys.as('VKSTC.V7', 'unit_officer');
    await officer.post(`/tasks/${taskId}/acknowledge`).expect(200);
    await planUntil(taskId, LADDER);

    // The task page shows the same plan as the workflow holds.
    const shown = (await officer.get(`/tasks/${taskId}`).expect(200)).body.plannedNotifications as {
      kind: string;
      at: string;
    }[];
    expect(shown.map((n) => [n.kind, n.at])).toEqual(
      Object.entries(LADDER).map(([key, at]) => [key.split(':')[0], at]),
    );

    await admin
      .put('/admin/calendar/2027')
      .send({ daysOff: [{ date: '2027-02-11', note: 'Nghỉ bù (thử nghiệm)' }], workingDays: [] })
      .expect(200);
    // No action on the task: the calendar change alone makes the workflow re-plan.
    await planUntil(taskId, WITH_DAY_OFF);
  });
});
