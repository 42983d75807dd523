import fc from 'fast-check';
import { WorkingCalendar } from '../calendar/working-calendar';
import { deadlineState } from './deadline-state';
import { dueSoonThresholds } from './deadline-thresholds';

const calendar = new WorkingCalendar(undefined, {
  daysOff: ['2026-02-20'],
  workingDays: ['2026-02-28'],
});

/** The query's answer, from the thresholds alone. */
function byThreshold(dueAt: Date, now: Date, n: number): string {
  if (dueAt.getTime() <= now.getTime()) return 'overdue';
  return dueAt.getTime() <= dueSoonThresholds(now, calendar, 20)[n].getTime()
    ? 'due_soon'
    : 'on_track';
}

describe('dueSoonThresholds', () => {
  it('agrees with deadlineState on any deadline, clock and window (Tết 2026 included)', () => {
    const from = Date.parse('2026-01-20T00:00:00Z');
    const span = 70 * 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: -5 * 86_400_000, max: 40 * 86_400_000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (nowOffset, dueOffset, n, midnight) => {
          const now = new Date(from + nowOffset);
          let due = now.getTime() + dueOffset;
          // Whole-day deadlines (00:00 local) are the common case: hit them often.
          if (midnight)
            due = Math.floor((due + 7 * 3600_000) / 86_400_000) * 86_400_000 - 7 * 3600_000;
          const dueAt = new Date(due);
          const expected = deadlineState(
            { status: 'in_progress', dueAt },
            now,
            { workingDays: n },
            calendar,
          );
          expect(byThreshold(dueAt, now, n)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('starts at the first working day on or after today', () => {
    // Saturday 21/2/2026: the Tết break runs to Sunday 22/2; Monday 23/2 is the next working day.
    const t = dueSoonThresholds(new Date('2026-02-21T03:00:00Z'), calendar, 2);
    expect(t.map((d) => d.toISOString())).toEqual([
      '2026-02-22T17:00:00.000Z',
      '2026-02-23T17:00:00.000Z',
      '2026-02-24T17:00:00.000Z',
    ]);
  });
});
