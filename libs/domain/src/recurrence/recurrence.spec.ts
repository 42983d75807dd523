import { parseDueInput } from '../due/due-input';
import {
  MAX_PERIODS,
  PeriodDue,
  Recurrence,
  addMonthsKeepingDay,
  periodDue,
  periodOpensAt,
  periodWithin,
} from './recurrence';

const first = (due: string): PeriodDue => {
  const d = parseDueInput(due);
  if (!d) throw new Error(due);
  return d;
};

describe('addMonthsKeepingDay', () => {
  it.each<[string, number, string]>([
    ['2021-01-15', 1, '2021-02-15'],
    ['2021-01-31', 1, '2021-02-28'], // last day stays last
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2021-01-30', 1, '2021-02-28'], // clamped
    ['2021-01-30', 2, '2021-03-30'], // not sticky: the 30th again when it exists
    ['2021-09-30', 3, '2021-12-31'], // end of quarter stays end of quarter
    ['2021-12-31', 3, '2022-03-31'],
    ['2022-03-31', 3, '2022-06-30'],
    ['2021-11-20', 2, '2022-01-20'], // over the year
    ['2021-07-05', 12, '2022-07-05'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2021-07-05', 0, '2021-07-05'],
  ])('%s + %d months → %s', (date, months, expected) => {
    expect(addMonthsKeepingDay(date, months)).toBe(expected);
  });
});

describe('periodDue', () => {
  it.each<[string, Recurrence['every'], number, string]>([
    ['2021-07-25', 'monthly', 0, '2021-07-25'],
    ['2021-07-25', 'monthly', 1, '2021-08-25'],
    ['2021-07-25', 'monthly', 6, '2022-01-25'],
    ['2021-09-30', 'quarterly', 1, '2021-12-31'],
    ['2021-09-30', 'quarterly', 2, '2022-03-31'],
    ['2021-12-15', 'yearly', 3, '2024-12-15'],
  ])('first due %s, %s, period %d → %s', (due, every, k, expected) => {
    const p = periodDue(first(due), every, k);
    expect(p.dueDate).toBe(expected);
    expect(p).toEqual(first(expected)); // due through the end of that local day
  });

  it('keeps a deadline time of day from period to period', () => {
    const p = periodDue(first('2021-07-25T17:00:00+07:00'), 'monthly', 2);
    expect(p.dueAt.toISOString()).toBe('2021-09-25T10:00:00.000Z');
    expect(p.dueDate).toBe('2021-09-25');
  });

  it('counts seconds exactly for demo and test series', () => {
    const f = first('2026-11-23T10:00:00Z');
    expect(periodDue(f, { seconds: 20 }, 3).dueAt.toISOString()).toBe('2026-11-23T10:01:00.000Z');
  });
});

describe('periodOpensAt', () => {
  const start = new Date('2021-07-20T03:00:00Z');
  it('opens the first period at once and each next one when the one before falls due', () => {
    const f = first('2021-07-25');
    expect(periodOpensAt(f, 'monthly', 0, start)).toEqual(start);
    expect(periodOpensAt(f, 'monthly', 1, start)).toEqual(f.dueAt);
    expect(periodOpensAt(f, 'monthly', 2, start)).toEqual(periodDue(f, 'monthly', 1).dueAt);
  });
});

describe('periodWithin', () => {
  const f = first('2021-07-25');
  it.each<[string | null, number, boolean]>([
    [null, 0, true],
    [null, 500, true],
    [null, MAX_PERIODS, false],
    ['2021-12-31', 5, true], // due 25/12
    ['2021-12-31', 6, false], // due 25/1/2022
    ['2021-12-25', 5, true], // the limit day itself is included
    ['2021-12-24', 5, false],
    ['2021-07-01', 0, false], // ends before it starts
    ['not a date', 0, false],
  ])('until %s, period %d → %s', (until, k, expected) => {
    expect(periodWithin(f, { every: 'monthly', until }, k)).toBe(expected);
  });
});
