import { randomInt } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';
import { taskMails } from '../support/task-mail';

/**
 * A running task reads the admin calendar once, not before every reminder (the 08:00 storm
 * wakes thousands at once), and again when it changes: on the broadcast signal, or, when the
 * broadcast never came, when its next reminder finds the calendar's version changed. Such a
 * reminder is not sent on the old plan but re-planned, and still goes out once.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface LocalActivity {
  type: string;
  result: unknown;
}

describe('the calendar a running task plans with', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  const addedDays: string[] = [];

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
  });
  afterAll(async () => {
    if (addedDays.length) {
      await sys.db.query('DELETE FROM calendar_override WHERE day = ANY($1::date[])', [addedDays]);
    }
    await sys.stop();
  });

  /** A task overdue a second from now, chased every second after. */
  async function repeatingTask(title: string): Promise<{ taskId: string; t0: number }> {
    const t0 = Date.now();
    const res = await issueDirective(clerk, {
      title,
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
          summary: title,
          leadUnit: 'VKSTC.V6',
          due: new Date(t0 + 1000).toISOString(),
        },
      ],
    });
    return { taskId: res.tasks[0].id, t0 };
  }

  async function mailedKeys(taskId: string, t0: number): Promise<string[]> {
    return (await taskMails(sys.db, sys.smtp, taskId, t0)).map((m) => m.key);
  }

  async function untilMailed(taskId: string, t0: number, key: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (!(await mailedKeys(taskId, t0)).includes(key)) {
      if (Date.now() > deadline) throw new Error(`${key} not mailed within 30 s`);
      await sleep(100);
    }
  }

  /** The workflow's local activities in history order, and the calendar broadcasts it heard. */
  async function history(taskId: string): Promise<{ local: LocalActivity[]; broadcasts: number }> {
    const events = (await sys.temporal.workflow.getHandle(`task-${taskId}`).fetchHistory()).events!;
    const decode = (p: { data?: Uint8Array | null } | undefined) =>
      JSON.parse(Buffer.from(p!.data!).toString('utf8'));
    const local = events
      .map((e) => e.markerRecordedEventAttributes)
      .filter((m) => m?.markerName === 'core_local_activity')
      .map((m) => ({
        type: decode(m!.details!.data.payloads![0]).activity_type as string,
        result: m!.details!.result ? decode(m!.details!.result.payloads![0]) : null,
      }));
    const broadcasts = events.filter(
      (e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'calendarChanged',
    ).length;
    return { local, broadcasts };
  }

  it('is read once for many reminders', async () => {
    const { taskId, t0 } = await repeatingTask('Lịch đọc một lần');
    await untilMailed(taskId, t0, 'overdue_escalation:repeat-3@0');
    const { local, broadcasts } = await history(taskId);
    const reads = local.filter((a) => a.type === 'calendarSnapshot').length;
    const sends = local.filter((a) => a.type === 'sendNotification').length;
    expect(sends).toBeGreaterThanOrEqual(6); // assigned, overdue, repeats 0–3
    expect(local.some((a) => a.type === 'calendarOverrides')).toBe(false);
    // Other suites change the calendar meanwhile: each broadcast it heard may add one read.
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(1 + broadcasts);
  });

  it('is read again when a reminder finds it changed with no broadcast, and the reminder still goes once', async () => {
    const { taskId, t0 } = await repeatingTask('Lịch đổi không báo');
    await untilMailed(taskId, t0, 'overdue_escalation:repeat-0@0');
    // Written past the API, as a broadcast that never reached the workflow.
    const day = `2093-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`;
    await sys.db.query(
      `INSERT INTO calendar_override (day, kind, note, updated_at)
       VALUES ($1, 'day_off', 'Thử lịch đổi không báo', now()) ON CONFLICT DO NOTHING`,
      [day],
    );
    addedDays.push(day);
    await untilMailed(taskId, t0, 'overdue_escalation:repeat-3@0');

    const { local, broadcasts } = await history(taskId);
    const stale = local.findIndex(
      (a) =>
        a.type === 'sendNotification' && (a.result as { staleCalendar?: boolean }).staleCalendar,
    );
    if (stale === -1) {
      // Only another suite's broadcast, heard first, could have spared it the stale send.
      expect(broadcasts).toBeGreaterThan(0);
    } else {
      // The very next thing it did was read the calendar, then send.
      expect(local[stale + 1].type).toBe('calendarSnapshot');
      expect(local[stale + 2].type).toBe('sendNotification');
      expect(local[stale + 2].result).toEqual({ sent: true });
    }

    const keys = await mailedKeys(taskId, t0);
    expect(new Set(keys).size).toBe(keys.length);
    const repeats = keys
      .filter((k) => k.includes('repeat-'))
      .map((k) => Number(/repeat-(\d+)/.exec(k)![1]));
    expect(repeats).toEqual([...repeats].sort((a, b) => a - b));
  });
});
