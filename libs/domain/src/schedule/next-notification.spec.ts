import type { Audience } from './timing-policy';
import type { PlannedKind, PlannedNotification } from './plan-notifications';
import { nextNotification } from './next-notification';

const at = (s: number) => new Date(Date.UTC(2026, 2, 2, 1, 0, s));
const n = (
  key: string,
  s: number,
  kind: PlannedKind = 'overdue_escalation',
  to: Audience[] = ['unit'],
) => ({ key, kind, at: at(s), to }) as PlannedNotification;

describe('nextNotification', () => {
  it('is nothing when everything planned was sent', () => {
    expect(nextNotification([n('a', 1)], new Set(['a']), at(5))).toBeNull();
  });

  it('waits for the earliest unsent when none is due yet', () => {
    expect(nextNotification([n('a', 10), n('b', 20)], new Set(), at(5))).toEqual({
      notification: n('a', 10),
      skipped: [],
    });
  });

  it('sends one due on time as it is', () => {
    expect(nextNotification([n('a', 5), n('b', 20)], new Set(), at(5))).toEqual({
      notification: n('a', 5),
      skipped: [],
    });
  });

  it('collapses repeats missed during an outage into the latest due', () => {
    const plan = [n('r0', 1), n('r1', 2), n('r2', 3), n('r3', 4), n('r4', 9)];
    expect(nextNotification(plan, new Set(['r0']), at(6))).toEqual({
      notification: n('r3', 4),
      skipped: [n('r1', 2), n('r2', 3)],
    });
  });

  it('does not fold mail to other people, or of another kind, into the latest', () => {
    const plan = [
      n('head', 1, 'overdue_escalation', ['unit_head']),
      n('issuer', 2, 'overdue_escalation', ['issuer']),
      n('due', 3, 'due_reminder', ['unit_head']),
    ];
    expect(nextNotification(plan, new Set(), at(10))).toEqual({
      notification: plan[0],
      skipped: [],
    });
  });

  it('treats the same people in another order as the same audience', () => {
    const plan = [
      n('r0', 1, 'overdue_escalation', ['unit_head', 'issuer']),
      n('r1', 2, 'overdue_escalation', ['issuer', 'unit_head']),
    ];
    expect(nextNotification(plan, new Set(), at(10))?.skipped).toEqual([plan[0]]);
  });

  it('skips a reminder that a later one of its kind has overtaken ("due in 3 days" once due today)', () => {
    const plan = [
      n('t-3', 1, 'due_reminder'),
      n('t-1', 3, 'due_reminder'),
      n('t0', 20, 'due_reminder'),
    ];
    expect(nextNotification(plan, new Set(), at(4))).toEqual({
      notification: plan[1],
      skipped: [plan[0]],
    });
  });
});
