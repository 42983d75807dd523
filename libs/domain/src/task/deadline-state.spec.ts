import { WorkingCalendar } from '../calendar/working-calendar';
import { DEFAULT_POLICY, Offset } from '../schedule/timing-policy';
import { DeadlineState, deadlineState } from './deadline-state';
import { TaskStatus } from './task-status';

const calendar = new WorkingCalendar();
const state = (
  dueAt: string | null,
  now: string,
  dueSoon: Offset,
  status: TaskStatus = 'in_progress',
) =>
  deadlineState(
    { status, dueAt: dueAt === null ? null : new Date(dueAt) },
    new Date(now),
    dueSoon,
    calendar,
  );

describe('deadlineState', () => {
  it('DEFAULT_POLICY calls a task due soon within 3 working days', () => {
    expect(DEFAULT_POLICY.dueSoon).toEqual({ workingDays: 3 });
  });

  describe('with a working-day dueSoon of 3', () => {
    const soon: Offset = { workingDays: 3 };

    it.each<[string, string, string, DeadlineState]>([
      // Due Friday 30/7/2021: due soon from Wednesday 28/7 00:00 local (27/7 17:00Z).
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-07-20T03:00:00.000Z', 'on_track'],
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-07-27T16:59:59.999Z', 'on_track'],
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-07-27T17:00:00.000Z', 'due_soon'],
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-07-29T03:00:00.000Z', 'due_soon'],
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-07-30T16:59:59.999Z', 'due_soon'],
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-07-30T17:00:00.000Z', 'overdue'],
      ['Fri 30/7/2021', '2021-07-30T17:00:00.000Z', '2021-08-10T03:00:00.000Z', 'overdue'],
      // Due Sunday 1/8/2021: counted from Friday 30/7, so the same window.
      ['Sun 1/8/2021', '2021-08-01T17:00:00.000Z', '2021-07-27T10:00:00.000Z', 'on_track'],
      ['Sun 1/8/2021', '2021-08-01T17:00:00.000Z', '2021-07-28T03:00:00.000Z', 'due_soon'],
      ['Sun 1/8/2021', '2021-08-01T17:00:00.000Z', '2021-07-31T03:00:00.000Z', 'due_soon'],
      ['Sun 1/8/2021', '2021-08-01T17:00:00.000Z', '2021-08-01T16:59:59.999Z', 'due_soon'],
      ['Sun 1/8/2021', '2021-08-01T17:00:00.000Z', '2021-08-01T17:00:00.000Z', 'overdue'],
      // Due Tuesday 4/5/2021: 3 working days back skips 3/5 (made up for 1/5, a Saturday),
      // the weekend and 30/4 → 27/4; soon from 28/4.
      ['Tue 4/5/2021', '2021-05-04T17:00:00.000Z', '2021-04-27T16:00:00.000Z', 'on_track'],
      ['Tue 4/5/2021', '2021-05-04T17:00:00.000Z', '2021-04-27T17:00:00.000Z', 'due_soon'],
      ['Tue 4/5/2021', '2021-05-04T17:00:00.000Z', '2021-04-30T03:00:00.000Z', 'due_soon'],
      // Due Monday 4/5/2026: skipping 1/5 (Fri) and 30/4 (Thu), counts 29/4 and 28/4, then
      // skips 27/4 (made up for Giỗ Tổ, Sunday 26/4) → 24/4; soon from 25/4.
      ['Mon 4/5/2026', '2026-05-04T17:00:00.000Z', '2026-04-24T16:00:00.000Z', 'on_track'],
      ['Mon 4/5/2026', '2026-05-04T17:00:00.000Z', '2026-04-24T17:00:00.000Z', 'due_soon'],
      ['Mon 4/5/2026', '2026-05-04T17:00:00.000Z', '2026-04-28T01:00:00.000Z', 'due_soon'],
      // A deadline with a time of day: 17:00 local on Fri 30/7/2021.
      ['30/7/2021 17:00', '2021-07-30T10:00:00.000Z', '2021-07-27T16:00:00.000Z', 'on_track'],
      ['30/7/2021 17:00', '2021-07-30T10:00:00.000Z', '2021-07-28T00:00:00.000Z', 'due_soon'],
      ['30/7/2021 17:00', '2021-07-30T10:00:00.000Z', '2021-07-30T09:59:59.999Z', 'due_soon'],
      ['30/7/2021 17:00', '2021-07-30T10:00:00.000Z', '2021-07-30T10:00:00.000Z', 'overdue'],
    ])('due %s (dueAt %s), now %s → %s', (_label, dueAt, now, expected) => {
      expect(state(dueAt, now, soon)).toBe(expected);
    });
  });

  describe('with other working-day windows', () => {
    it.each<[number, string, DeadlineState]>([
      [0, '2021-07-30T10:00:00.000Z', 'on_track'], // due day itself is not "closer than 0"
      [1, '2021-07-29T10:00:00.000Z', 'on_track'],
      [1, '2021-07-29T17:00:00.000Z', 'due_soon'], // from the due day's local midnight
      [7, '2021-07-21T16:59:00.000Z', 'on_track'],
      [7, '2021-07-21T17:00:00.000Z', 'due_soon'],
    ])('workingDays %d, due Fri 30/7/2021, now %s → %s', (workingDays, now, expected) => {
      expect(state('2021-07-30T17:00:00.000Z', now, { workingDays })).toBe(expected);
    });

    it('workingDays 0 with a weekend due date is due soon over the weekend', () => {
      expect(
        state('2021-08-01T17:00:00.000Z', '2021-07-31T03:00:00.000Z', { workingDays: 0 }),
      ).toBe('due_soon');
      expect(
        state('2021-08-01T17:00:00.000Z', '2021-07-30T03:00:00.000Z', { workingDays: 0 }),
      ).toBe('on_track');
    });
  });

  describe('with a seconds dueSoon', () => {
    const dueAt = '2021-07-31T06:00:00.000Z'; // a Saturday: weekends do not matter here
    const soon: Offset = { seconds: 3600 };

    it.each<[string, DeadlineState]>([
      ['2021-07-31T04:59:59.999Z', 'on_track'],
      ['2021-07-31T05:00:00.000Z', 'due_soon'], // exactly one hour left
      ['2021-07-31T05:59:59.999Z', 'due_soon'],
      ['2021-07-31T06:00:00.000Z', 'overdue'],
      ['2021-08-31T06:00:00.000Z', 'overdue'],
      ['2021-07-01T00:00:00.000Z', 'on_track'],
    ])('now %s → %s', (now, expected) => {
      expect(state(dueAt, now, soon)).toBe(expected);
    });
  });

  it.each<[TaskStatus, string | null, DeadlineState]>([
    ['done', '2021-07-30T17:00:00.000Z', 'closed'],
    ['done', '2021-01-01T00:00:00.000Z', 'closed'], // would be overdue if open
    ['done', null, 'closed'],
    ['cancelled', '2021-01-01T00:00:00.000Z', 'closed'],
    ['cancelled', null, 'closed'],
    ['assigned', null, 'no_deadline'],
    ['acknowledged', null, 'no_deadline'],
    ['in_progress', null, 'no_deadline'],
    ['submitted', null, 'no_deadline'],
    ['assigned', '2021-01-01T00:00:00.000Z', 'overdue'],
    ['submitted', '2021-01-01T00:00:00.000Z', 'overdue'],
    ['acknowledged', '2022-01-01T00:00:00.000Z', 'on_track'],
  ])('status %s with dueAt %s → %s', (status, dueAt, expected) => {
    expect(state(dueAt, '2021-07-20T03:00:00.000Z', { workingDays: 3 }, status)).toBe(expected);
  });
});
