import { remainingText } from './deadline';
import { formatDate, formatDateTime } from './dates';
import { WorkingDays } from './working-days';

const calendar = new WorkingDays([
  {
    year: 2026,
    holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    makeUpDays: [],
  },
]);
const at = (iso: string) => new Date(iso);

describe('dates and deadlines as Vietnamese clerks read them', () => {
  it('writes dd/mm/yyyy and 24-hour time in Vietnam’s zone', () => {
    expect(formatDate('2021-07-20')).toBe('20/07/2021');
    expect(formatDateTime('2021-07-20T17:30:00.000Z')).toBe('21/07/2021 00:30');
    expect(formatDateTime('2021-07-20T07:05:00.000Z')).toBe('20/07/2021 14:05');
  });

  it('counts working days left, skipping Tết and weekends', () => {
    // Friday 13/2/2026; due Monday 23/2/2026: Tết takes 16–20/2, so one working day is left.
    const now = at('2026-02-13T03:00:00Z');
    expect(remainingText('on_track', { date: '2026-02-23' }, now, calendar)).toBe(
      'còn 1 ngày làm việc',
    );
    expect(remainingText('due_soon', { date: '2026-02-13' }, now, calendar)).toBe(
      'hạn cuối hôm nay',
    );
    expect(remainingText('overdue', { date: '2026-02-11' }, now, calendar)).toBe('quá hạn 2 ngày');
    expect(remainingText('closed', { date: '2026-02-11' }, now, calendar)).toBe('');
    expect(remainingText('no_deadline', {}, now, calendar)).toBe('');
  });

  it('takes a deadline with a time of day by its local date', () => {
    const now = at('2026-03-02T01:00:00Z');
    // 17:00 local on Wednesday 4/3: two working days after Monday 2/3.
    expect(remainingText('on_track', { at: '2026-03-04T10:00:00Z' }, now, calendar)).toBe(
      'còn 2 ngày làm việc',
    );
  });
});
