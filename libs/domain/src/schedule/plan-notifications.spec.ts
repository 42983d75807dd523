import { vietnameseCalendar } from '../calendar/working-calendar';
import { WorkingCalendar } from '../calendar/working-calendar';
import { TASK_STATUSES, TaskStatus } from '../task/task-status';
import { PlannedNotification, ScheduleInput, planNotifications } from './plan-notifications';
import { DEFAULT_POLICIES, DEFAULT_POLICY, TimingPolicy } from './timing-policy';

const calendar = new WorkingCalendar();
const EPOCH = new Date('2000-01-01T00:00:00.000Z');

function task(over: Partial<ScheduleInput>): ScheduleInput {
  return {
    status: 'acknowledged',
    assignedAt: new Date('2021-07-20T03:00:00.000Z'), // Tue 20/7/2021 10:00 local
    dueAt: new Date('2021-07-30T17:00:00.000Z'), // due date Fri 30/7/2021
    planRevision: 1,
    plannedFrom: EPOCH,
    ...over,
  };
}

/** "2021-07-21" → that day at 08:00 Asia/Ho_Chi_Minh, i.e. 01:00Z. */
const at8 = (date: string) => `${date}T01:00:00.000Z`;

type Row = [key: string, at: string, to: string[]];
const rows = (plan: PlannedNotification[]): Row[] =>
  plan.map((n) => [n.key, n.at.toISOString(), n.to]);

describe('planNotifications with DEFAULT_POLICY', () => {
  it('plans the default ladder for a task due Friday 30/7/2021 (acknowledged)', () => {
    const plan = planNotifications(task({ planRevision: 3 }), DEFAULT_POLICY, calendar);
    expect(rows(plan)).toEqual<Row[]>([
      ['due_reminder:0@3', at8('2021-07-21'), ['unit']], // T−7: Wed 21/7
      ['due_reminder:1@3', at8('2021-07-27'), ['unit', 'coordinating']], // T−3: Tue 27/7
      ['due_reminder:2@3', at8('2021-07-29'), ['unit']], // T−1: Thu 29/7
      ['due_reminder:3@3', at8('2021-07-30'), ['unit']], // due-day morning
      ['overdue_escalation:0@3', at8('2021-08-02'), ['unit_head']], // T+1: Mon 2/8
      ['overdue_escalation:1@3', at8('2021-08-04'), ['issuer']], // T+3: Wed 4/8
      ['overdue_escalation:repeat-0@3', at8('2021-08-11'), ['unit_head', 'issuer']],
      ['overdue_escalation:repeat-1@3', at8('2021-08-18'), ['unit_head', 'issuer']],
      ['overdue_escalation:repeat-2@3', at8('2021-08-25'), ['unit_head', 'issuer']],
      ['overdue_escalation:repeat-3@3', at8('2021-09-01'), ['unit_head', 'issuer']],
    ]);
    expect(plan.map((n) => n.kind)).toEqual([
      ...Array(4).fill('due_reminder'),
      ...Array(6).fill('overdue_escalation'),
    ]);
  });

  it('adds acknowledgement reminders while assigned, ties ordered by key', () => {
    const plan = planNotifications(task({ status: 'assigned' }), DEFAULT_POLICY, calendar);
    expect(rows(plan).slice(0, 4)).toEqual<Row[]>([
      ['ack_reminder:0@1', at8('2021-07-21'), ['unit']], // +1 working day
      ['due_reminder:0@1', at8('2021-07-21'), ['unit']], // same instant, key decides
      ['ack_reminder:1@1', at8('2021-07-22'), ['unit_head']], // +2 working days
      ['due_reminder:1@1', at8('2021-07-27'), ['unit', 'coordinating']],
    ]);
    expect(plan).toHaveLength(12);
    expect(plan.filter((n) => n.kind === 'ack_reminder')).toHaveLength(2);
  });

  it.each<[string, string, string, string]>([
    ['Tuesday morning', '2021-07-20T01:30:00.000Z', '2021-07-21', '2021-07-22'],
    ['Tuesday just before local midnight', '2021-07-20T16:59:00.000Z', '2021-07-21', '2021-07-22'],
    [
      'Wednesday 00:00 local (17:00Z Tuesday)',
      '2021-07-20T17:00:00.000Z',
      '2021-07-22',
      '2021-07-23',
    ],
    ['Friday afternoon', '2021-07-23T08:00:00.000Z', '2021-07-26', '2021-07-27'],
    ['Saturday', '2021-07-24T03:00:00.000Z', '2021-07-26', '2021-07-27'],
    ['Sunday', '2021-07-25T03:00:00.000Z', '2021-07-26', '2021-07-27'],
    // 1/5/2021 is a Saturday, made up on Monday 3/5; Friday 2/1/2026 is swapped for 10/1.
    ['Thursday before 30/4–1/5/2021', '2021-04-29T03:00:00.000Z', '2021-05-04', '2021-05-05'],
    ['on 30/4/2021 (holiday)', '2021-04-30T03:00:00.000Z', '2021-05-04', '2021-05-05'],
    ['Wednesday 31/12/2025', '2025-12-31T03:00:00.000Z', '2026-01-05', '2026-01-06'],
  ])('ack reminders for a task assigned %s', (_label, assignedAt, first, second) => {
    const plan = planNotifications(
      task({ status: 'assigned', assignedAt: new Date(assignedAt), dueAt: null }),
      DEFAULT_POLICY,
      calendar,
    );
    expect(rows(plan)).toEqual<Row[]>([
      ['ack_reminder:0@1', at8(first), ['unit']],
      ['ack_reminder:1@1', at8(second), ['unit_head']],
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'Saturday 31/7/2021 moves to Friday 30/7',
      '2021-07-31T17:00:00.000Z',
      ['2021-07-21', '2021-07-27', '2021-07-29', '2021-07-30', '2021-08-02', '2021-08-04'],
    ],
    [
      'Sunday 1/8/2021 moves to Friday 30/7',
      '2021-08-01T17:00:00.000Z',
      ['2021-07-21', '2021-07-27', '2021-07-29', '2021-07-30', '2021-08-02', '2021-08-04'],
    ],
    [
      'National Day Thursday 2/9/2021 moves to Wednesday 1/9 (3/9 is off too)',
      '2021-09-02T17:00:00.000Z',
      ['2021-08-23', '2021-08-27', '2021-08-31', '2021-09-01', '2021-09-06', '2021-09-08'],
    ],
    [
      'Monday 4/5/2026, after the 30/4–1/5 holidays and 27/4 (made up for Giỗ Tổ)',
      '2026-05-04T17:00:00.000Z',
      ['2026-04-20', '2026-04-24', '2026-04-29', '2026-05-04', '2026-05-05', '2026-05-07'],
    ],
    [
      'New Year Thursday 1/1/2026 moves to Wednesday 31/12/2025 (2/1 swapped)',
      '2026-01-01T17:00:00.000Z',
      ['2025-12-22', '2025-12-26', '2025-12-30', '2025-12-31', '2026-01-05', '2026-01-07'],
    ],
    [
      'Friday 17/7/2026',
      '2026-07-17T17:00:00.000Z',
      ['2026-07-08', '2026-07-14', '2026-07-16', '2026-07-17', '2026-07-20', '2026-07-22'],
    ],
  ])('due %s: T−7, T−3, T−1, T, T+1, T+3', (_label, dueAt, days) => {
    const plan = planNotifications(task({ dueAt: new Date(dueAt) }), DEFAULT_POLICY, calendar);
    const byKey = new Map(plan.map((n) => [n.key, n.at.toISOString()]));
    expect([
      byKey.get('due_reminder:0@1'),
      byKey.get('due_reminder:1@1'),
      byKey.get('due_reminder:2@1'),
      byKey.get('due_reminder:3@1'),
      byKey.get('overdue_escalation:0@1'),
      byKey.get('overdue_escalation:1@1'),
    ]).toEqual(days.map(at8));
  });

  it.each<[string, string, number, string[]]>([
    [
      'repeats skip National Day 2/9–3/9/2021',
      '2021-07-30T17:00:00.000Z',
      5,
      ['2021-08-11', '2021-08-18', '2021-08-25', '2021-09-01', '2021-09-10'],
    ],
    ['repeatLimit 1', '2021-07-30T17:00:00.000Z', 1, ['2021-08-11']],
    ['repeatLimit 0', '2021-07-30T17:00:00.000Z', 0, []],
    [
      'after a due date on 2/9/2021',
      '2021-09-02T17:00:00.000Z',
      3,
      ['2021-09-15', '2021-09-22', '2021-09-29'],
    ],
    ['after New Year 2026', '2026-01-01T17:00:00.000Z', 2, ['2026-01-13', '2026-01-20']],
  ])('weekly repeats: %s', (_label, dueAt, repeatLimit, days) => {
    const plan = planNotifications(
      task({ dueAt: new Date(dueAt), repeatLimit }),
      DEFAULT_POLICY,
      calendar,
    );
    const repeats = plan.filter((n) => n.key.includes('repeat-'));
    expect(rows(repeats)).toEqual<Row[]>(
      days.map((d, n) => [`overdue_escalation:repeat-${n}@1`, at8(d), ['unit_head', 'issuer']]),
    );
  });

  it('every working-day notification lands at 08:00 local on a working day', () => {
    for (const dueAt of ['2021-07-30', '2021-09-02', '2026-01-01', '2026-05-04']) {
      const plan = planNotifications(
        task({ status: 'assigned', dueAt: new Date(`${dueAt}T17:00:00.000Z`), repeatLimit: 8 }),
        DEFAULT_POLICY,
        calendar,
      );
      for (const n of plan) {
        expect(n.at.toISOString().slice(10)).toBe('T01:00:00.000Z');
        expect(calendar.isWorkingDay(n.at.toISOString().slice(0, 10))).toBe(true);
      }
    }
  });

  it.each<[TaskStatus, number, number]>([
    ['assigned', 2, 10],
    ['acknowledged', 0, 10],
    ['in_progress', 0, 10],
    ['submitted', 0, 0],
    ['done', 0, 0],
    ['cancelled', 0, 0],
  ])('status %s: %d ack reminders, %d due/overdue notifications', (status, acks, others) => {
    const plan = planNotifications(task({ status }), DEFAULT_POLICY, calendar);
    expect(plan.filter((n) => n.kind === 'ack_reminder')).toHaveLength(acks);
    expect(plan.filter((n) => n.kind !== 'ack_reminder')).toHaveLength(others);
  });

  it('covers every task status in the table above', () => {
    expect([...TASK_STATUSES].sort()).toEqual([
      'acknowledged',
      'assigned',
      'cancelled',
      'done',
      'in_progress',
      'submitted',
    ]);
  });

  it.each<[TaskStatus]>([['done'], ['cancelled']])(
    'plans nothing for a %s task, even when it is overdue and unacknowledged',
    (status) => {
      expect(
        planNotifications(
          task({ status, dueAt: new Date('2021-01-01T00:00:00Z') }),
          DEFAULT_POLICY,
          calendar,
        ),
      ).toEqual([]);
    },
  );

  it.each<[TaskStatus, string[]]>([
    ['assigned', ['ack_reminder:0@1', 'ack_reminder:1@1']],
    ['acknowledged', []],
    ['in_progress', []],
  ])('a %s task without a due date gets only ack reminders', (status, keys) => {
    const plan = planNotifications(task({ status, dueAt: null }), DEFAULT_POLICY, calendar);
    expect(plan.map((n) => n.key)).toEqual(keys);
  });

  it.each<[string, string, string[]]>([
    [
      'exactly at T−3 keeps T−3 (inclusive)',
      at8('2021-07-27'),
      ['due_reminder:1@1', 'due_reminder:2@1', 'due_reminder:3@1'],
    ],
    [
      '1 ms after T−3 drops it',
      '2021-07-27T01:00:00.001Z',
      ['due_reminder:2@1', 'due_reminder:3@1'],
    ],
    ['between T−1 and the due day', '2021-07-29T10:00:00.000Z', ['due_reminder:3@1']],
    [
      'after the ack reminders and T−7',
      '2021-07-22T02:00:00.000Z',
      ['due_reminder:1@1', 'due_reminder:2@1', 'due_reminder:3@1'],
    ],
    [
      'between the ack reminders',
      '2021-07-21T05:00:00.000Z',
      ['ack_reminder:1@1', 'due_reminder:1@1', 'due_reminder:2@1', 'due_reminder:3@1'],
    ],
  ])('plannedFrom %s', (_label, plannedFrom, keys) => {
    const plan = planNotifications(
      task({ status: 'assigned', plannedFrom: new Date(plannedFrom) }),
      DEFAULT_POLICY,
      calendar,
    );
    expect(plan.filter((n) => n.kind !== 'overdue_escalation').map((n) => n.key)).toEqual(keys);
    for (const n of plan)
      expect(n.at.getTime()).toBeGreaterThanOrEqual(new Date(plannedFrom).getTime());
  });

  it('plannedFrom after T+3 keeps no before-due or T+1/T+3 rungs', () => {
    const plan = planNotifications(
      task({
        status: 'assigned',
        plannedFrom: new Date('2021-08-05T00:00:00.000Z'),
        repeatLimit: 4,
      }),
      DEFAULT_POLICY,
      calendar,
    );
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((n) => n.key.startsWith('overdue_escalation:repeat-'))).toBe(true);
  });

  it.each([0, 1, 7, 42])('keys are unique and end with @%d', (planRevision) => {
    const plan = planNotifications(
      task({ status: 'assigned', planRevision, repeatLimit: 10 }),
      DEFAULT_POLICY,
      calendar,
    );
    const keys = plan.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(2 + 4 + 2 + 10);
    for (const k of keys)
      expect(k).toMatch(
        new RegExp(`^(ack_reminder|due_reminder|overdue_escalation):[\\w-]+@${planRevision}$`),
      );
  });

  it('a new due revision changes every key, so a new plan never collides with sent mail', () => {
    const before = planNotifications(task({ planRevision: 1 }), DEFAULT_POLICY, calendar);
    const after = planNotifications(
      task({ planRevision: 2, dueAt: new Date('2021-08-13T17:00:00.000Z') }),
      DEFAULT_POLICY,
      calendar,
    );
    const old = new Set(before.map((n) => n.key));
    expect(after.some((n) => old.has(n.key))).toBe(false);
    expect(after[0].at.toISOString()).toBe(at8('2021-08-04')); // T−7 before Fri 13/8
  });

  it('returns the plan sorted by time', () => {
    const plan = planNotifications(
      task({ status: 'assigned', repeatLimit: 6 }),
      DEFAULT_POLICY,
      calendar,
    );
    const times = plan.map((n) => n.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('uses the calendar it is given', () => {
    const cal = new WorkingCalendar(undefined, { daysOff: ['2021-07-29'], workingDays: [] });
    const plan = planNotifications(task({}), DEFAULT_POLICY, cal);
    const byKey = new Map(plan.map((n) => [n.key, n.at.toISOString()]));
    expect(byKey.get('due_reminder:2@1')).toBe(at8('2021-07-28')); // T−1 skips the day off
    expect(byKey.get('due_reminder:1@1')).toBe(at8('2021-07-26'));
  });
});

describe('planNotifications with a seconds policy', () => {
  const S = 1000;
  const policy: TimingPolicy = {
    acknowledge: [
      { offset: { seconds: 60 }, to: ['unit'] },
      { offset: { seconds: 120 }, to: ['unit_head'] },
    ],
    beforeDue: [
      { offset: { seconds: 300 }, to: ['unit'] },
      { offset: { seconds: 30 }, to: ['unit'] },
    ],
    afterDue: [
      { offset: { seconds: 10 }, to: ['unit_head'] },
      { offset: { seconds: 90 }, to: ['issuer'] },
    ],
    repeatAfterDue: { offset: { seconds: 45 }, to: ['unit_head', 'issuer'] },
    dueSoon: { seconds: 120 },
  };
  // Saturday 13:00 local: seconds offsets ignore weekends and the 08:00 rule.
  const t0 = new Date('2021-07-31T06:00:00.000Z');
  const dueAt = new Date(t0.getTime() + 600 * S);

  it('produces exact offsets from assignment and from the deadline', () => {
    const plan = planNotifications(
      task({ status: 'assigned', assignedAt: t0, dueAt, repeatLimit: 3, planRevision: 0 }),
      policy,
      calendar,
    );
    expect(plan.map((n) => [n.key, (n.at.getTime() - t0.getTime()) / S, n.to])).toEqual([
      ['ack_reminder:0@0', 60, ['unit']],
      ['ack_reminder:1@0', 120, ['unit_head']],
      ['due_reminder:0@0', 300, ['unit']],
      ['due_reminder:1@0', 570, ['unit']],
      ['overdue_escalation:0@0', 610, ['unit_head']],
      ['overdue_escalation:1@0', 690, ['issuer']],
      ['overdue_escalation:repeat-0@0', 735, ['unit_head', 'issuer']],
      ['overdue_escalation:repeat-1@0', 780, ['unit_head', 'issuer']],
      ['overdue_escalation:repeat-2@0', 825, ['unit_head', 'issuer']],
    ]);
  });

  it('defaults to 4 repeats', () => {
    const plan = planNotifications(task({ assignedAt: t0, dueAt }), policy, calendar);
    expect(plan.filter((n) => n.key.includes('repeat-'))).toHaveLength(4);
  });

  it('repeats from the deadline itself when there are no after-due rungs', () => {
    const plan = planNotifications(
      task({ assignedAt: t0, dueAt, repeatLimit: 2 }),
      { ...policy, afterDue: [] },
      calendar,
    );
    expect(
      plan
        .filter((n) => n.kind === 'overdue_escalation')
        .map((n) => [n.key, (n.at.getTime() - dueAt.getTime()) / S]),
    ).toEqual([
      ['overdue_escalation:repeat-0@1', 45],
      ['overdue_escalation:repeat-1@1', 90],
    ]);
  });

  it('plans no repeats when repeatAfterDue is null', () => {
    const plan = planNotifications(
      task({ assignedAt: t0, dueAt }),
      { ...policy, repeatAfterDue: null },
      calendar,
    );
    expect(plan.map((n) => n.key)).toEqual([
      'due_reminder:0@1',
      'due_reminder:1@1',
      'overdue_escalation:0@1',
      'overdue_escalation:1@1',
    ]);
  });

  it('plans nothing at all for an empty policy', () => {
    const empty: TimingPolicy = {
      acknowledge: [],
      beforeDue: [],
      afterDue: [],
      repeatAfterDue: null,
      dueSoon: { seconds: 1 },
    };
    expect(planNotifications(task({ status: 'assigned' }), empty, calendar)).toEqual([]);
  });

  it('filters by plannedFrom with millisecond precision', () => {
    const plan = planNotifications(
      task({
        status: 'assigned',
        assignedAt: t0,
        dueAt,
        repeatLimit: 0,
        plannedFrom: new Date(t0.getTime() + 120 * S),
      }),
      policy,
      calendar,
    );
    expect(plan.map((n) => n.key)).toEqual([
      'ack_reminder:1@1',
      'due_reminder:0@1',
      'due_reminder:1@1',
      'overdue_escalation:0@1',
      'overdue_escalation:1@1',
    ]);
  });
});

describe('planNotifications: repeats until the task closes', () => {
  const calendar = new WorkingCalendar();
  const overdue = (repeatsFrom: string) =>
    planNotifications(
      task({ status: 'in_progress', repeatsFrom: new Date(repeatsFrom) }),
      DEFAULT_POLICY,
      calendar,
    ).filter((n) => n.key.startsWith('overdue_escalation:repeat'));

  it.each<[string, string[]]>([
    // Due 30/7/2021: repeats every 5 working days after T+3 (4/8), 2/9–3/9 being holidays.
    ['2021-07-01T00:00:00Z', ['2021-08-11', '2021-08-18', '2021-08-25', '2021-09-01']],
    ['2021-08-19T00:00:00Z', ['2021-08-25', '2021-09-01', '2021-09-10', '2021-09-17']],
    ['2021-09-02T00:00:00Z', ['2021-09-10', '2021-09-17', '2021-09-24', '2021-10-01']],
    // A year on, the holidays in between (Tết, Giỗ Tổ, 30/4–3/5) have moved it to Thursdays.
    ['2022-07-29T02:00:00Z', ['2022-08-04', '2022-08-11', '2022-08-18', '2022-08-25']],
  ])('seen from %s, the next four repeats are planned', (from, days) => {
    expect(overdue(from).map((n) => n.at.toISOString())).toEqual(days.map(at8));
  });

  it('keeps the key of a repeat whatever window it is seen from', () => {
    const early = overdue('2021-07-01T00:00:00Z');
    const later = overdue('2021-08-19T00:00:00Z');
    expect(later[0].key).toBe(early[2].key);
    expect(later[1].key).toBe(early[3].key);
    expect(new Set([...early, ...later].map((n) => n.key)).size).toBe(6);
  });

  it('with `now`, plans every repeat already due since the window began, and four after it', () => {
    const plan = planNotifications(
      task({
        status: 'in_progress',
        repeatsFrom: new Date('2021-07-01T00:00:00Z'),
        now: new Date('2021-09-02T00:00:00Z'),
      }),
      DEFAULT_POLICY,
      calendar,
    ).filter((n) => n.key.startsWith('overdue_escalation:repeat'));
    expect(plan.map((n) => n.at.toISOString())).toEqual(
      [
        '2021-08-11',
        '2021-08-18',
        '2021-08-25',
        '2021-09-01',
        '2021-09-10',
        '2021-09-17',
        '2021-09-24',
        '2021-10-01',
      ].map(at8),
    );
  });

  it('skips a due-day reminder that would fall after an early-morning deadline', () => {
    // Deadline 07:30 local on Fri 30/7/2021: the 08:00 reminder that morning would be late.
    const plan = planNotifications(
      task({ dueAt: new Date('2021-07-30T00:30:00.000Z') }),
      DEFAULT_POLICY,
      calendar,
    ).filter((n) => n.kind === 'due_reminder');
    expect(plan.map((n) => n.key)).toEqual([
      'due_reminder:0@1',
      'due_reminder:1@1',
      'due_reminder:2@1',
    ]);
    for (const n of plan)
      expect(n.at.getTime()).toBeLessThan(Date.parse('2021-07-30T00:30:00.000Z'));
  });
});

describe('planNotifications around Tết and by priority', () => {
  const plan = (over: Partial<ScheduleInput>, policy: TimingPolicy = DEFAULT_POLICY) =>
    rows(planNotifications(task(over), policy, calendar)).map(([key, at]) => [key, at]);

  it('a due date inside Tết Bính Ngọ (Wed 18/2/2026) is reminded before the break, escalated after', () => {
    // Days off 14/2–22/2/2026: the last working day on time is Friday 13/2.
    expect(plan({ dueAt: new Date('2026-02-18T17:00:00.000Z') })).toEqual([
      ['due_reminder:0@1', at8('2026-02-04')], // T−7
      ['due_reminder:1@1', at8('2026-02-10')], // T−3
      ['due_reminder:2@1', at8('2026-02-12')], // T−1
      ['due_reminder:3@1', at8('2026-02-13')], // the due "day", moved to Friday 13/2
      ['overdue_escalation:0@1', at8('2026-02-23')], // T+1: the Monday after Tết
      ['overdue_escalation:1@1', at8('2026-02-25')], // T+3
      ['overdue_escalation:repeat-0@1', at8('2026-03-04')],
      ['overdue_escalation:repeat-1@1', at8('2026-03-11')],
      ['overdue_escalation:repeat-2@1', at8('2026-03-18')],
      ['overdue_escalation:repeat-3@1', at8('2026-03-25')],
    ]);
  });

  it('an extension across Tết re-plans from the approval: old rungs gone, Tết skipped', () => {
    // Due Fri 13/2/2026, extended on Thu 12/2 at 10:00 to Wed 25/2: revision 2.
    const rungs = plan({
      dueAt: new Date('2026-02-25T17:00:00.000Z'),
      planRevision: 2,
      plannedFrom: new Date('2026-02-12T03:00:00.000Z'),
    });
    expect(rungs.slice(0, 5)).toEqual([
      // T−7 (9/2) fell before the approval: not sent late.
      ['due_reminder:1@2', at8('2026-02-13')], // T−3, counted back over the Tết break
      ['due_reminder:2@2', at8('2026-02-24')], // T−1
      ['due_reminder:3@2', at8('2026-02-25')], // the due day
      ['overdue_escalation:0@2', at8('2026-02-26')],
      ['overdue_escalation:1@2', at8('2026-03-02')],
    ]);
  });

  it('a due date on Giỗ Tổ Hùng Vương (Mon 7/4/2025) moves its due-day reminder to Friday 4/4', () => {
    const rungs = plan({ dueAt: new Date('2025-04-07T17:00:00.000Z') });
    expect(rungs.find(([k]) => k === 'due_reminder:3@1')).toEqual([
      'due_reminder:3@1',
      at8('2025-04-04'),
    ]);
    expect(rungs.find(([k]) => k === 'overdue_escalation:0@1')).toEqual([
      'overdue_escalation:0@1',
      at8('2025-04-08'),
    ]);
  });

  it('a hỏa tốc task is chased in hours and escalated the same day', () => {
    const assignedAt = new Date('2026-11-23T02:00:00.000Z'); // Mon 23/11/2026 09:00
    const rungs = planNotifications(
      task({
        status: 'assigned',
        assignedAt,
        dueAt: new Date('2026-11-24T10:00:00.000Z'), // Tue 17:00
        plannedFrom: assignedAt,
        repeatLimit: 1,
      }),
      DEFAULT_POLICIES.hoa_toc,
      calendar,
    );
    expect(rows(rungs)).toEqual([
      ['ack_reminder:0@1', '2026-11-23T03:00:00.000Z', ['unit', 'unit_head']], // +1 h
      // T−1 at 08:00 today was before the assignment: not sent.
      ['ack_reminder:1@1', '2026-11-23T05:00:00.000Z', ['issuer']], // +3 h
      ['due_reminder:1@1', '2026-11-24T06:00:00.000Z', ['unit', 'unit_head']], // due − 4 h
      ['overdue_escalation:0@1', '2026-11-24T12:00:00.000Z', ['unit_head', 'issuer']], // due + 2 h
      ['overdue_escalation:repeat-0@1', at8('2026-11-25'), ['unit_head', 'issuer']],
    ]);
  });

  it('plans the review chase only while the work awaits review', () => {
    const submittedAt = new Date('2021-07-28T03:00:00.000Z'); // Wed 28/7/2021
    expect(plan({ status: 'submitted', submittedAt })).toEqual([
      ['review_reminder:0@1', at8('2021-08-02')], // 3 working days: Thu, Fri, Mon
    ]);
    expect(plan({ status: 'in_progress', submittedAt }).some(([k]) => k.startsWith('review'))).toBe(
      false,
    );
  });
});

describe('planNotifications: the date an explanation commits to', () => {
  // Overdue since Sat 31/7/2021; the unit explained and committed to finish by Fri 6/8.
  const committedAt = new Date('2021-08-06T17:00:00.000Z');
  const commitments = (plan: PlannedNotification[]) =>
    plan.filter((n) => n.kind === 'commitment_overdue');

  it('is chased at the first escalation rung after the committed day, to the unit and its head', () => {
    const [chase] = commitments(planNotifications(task({ committedAt }), DEFAULT_POLICY, calendar));
    expect(chase.key).toBe('commitment_overdue:2021-08-06@1');
    expect(chase.at.toISOString()).toBe(at8('2021-08-09')); // T+1 working day: Mon 9/8
    expect(chase.to).toEqual(['unit', 'unit_head']);
    expect(chase.note).toContain('6/8/2021');
  });

  it('counts working days past Tết like any deadline', () => {
    // Committed to Thu 8/2/2024, the eve of Tết Giáp Thìn: the office reopens Thu 15/2.
    const [chase] = commitments(
      planNotifications(
        task({
          dueAt: new Date('2024-01-31T17:00:00.000Z'),
          committedAt: new Date('2024-02-07T17:00:00.000Z'),
        }),
        DEFAULT_POLICY,
        vietnameseCalendar(),
      ),
    );
    expect(chase.at.toISOString()).toBe(at8('2024-02-15'));
  });

  it('a new date is a new key; the same date keeps its key across re-plans', () => {
    const later = new Date('2021-08-13T17:00:00.000Z');
    const keyOf = (c: Date, planRevision = 1) =>
      commitments(
        planNotifications(task({ committedAt: c, planRevision }), DEFAULT_POLICY, calendar),
      )[0].key;
    expect(keyOf(later)).not.toBe(keyOf(committedAt));
    expect(keyOf(committedAt)).toBe(keyOf(committedAt));
  });

  it.each<TaskStatus>(['submitted', 'done', 'cancelled'])(
    'is not chased once the task is %s',
    (status) => {
      expect(
        commitments(planNotifications(task({ status, committedAt }), DEFAULT_POLICY, calendar)),
      ).toEqual([]);
    },
  );

  it('is not planned once its time is behind the plan', () => {
    const plan = planNotifications(
      task({ committedAt, plannedFrom: new Date('2021-08-10T00:00:00.000Z') }),
      DEFAULT_POLICY,
      calendar,
    );
    expect(commitments(plan)).toEqual([]);
  });

  it('follows second offsets in demo policies, and a policy with no escalation waits one working day', () => {
    const seconds: TimingPolicy = {
      ...DEFAULT_POLICY,
      afterDue: [{ offset: { seconds: 2 }, to: ['unit_head'] }],
      repeatAfterDue: null,
    };
    const [fast] = commitments(planNotifications(task({ committedAt }), seconds, calendar));
    expect(fast.at.getTime()).toBe(committedAt.getTime() + 2000);
    const none: TimingPolicy = { ...DEFAULT_POLICY, afterDue: [], repeatAfterDue: null };
    const [slow] = commitments(planNotifications(task({ committedAt }), none, calendar));
    expect(slow.at.toISOString()).toBe(at8('2021-08-09'));
  });
});
