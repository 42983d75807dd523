import { WorkingCalendar } from '../calendar/working-calendar';
import { proposeSubDueDate, subDueAllowed } from './sub-deadline';

const calendar = new WorkingCalendar();

describe('proposeSubDueDate', () => {
  it.each<[string, string, string, string]>([
    // parent due, today, proposed, why
    ['2021-07-30', '2021-07-01', '2021-07-16', 'Fri 30/7 − 10 working days = Fri 16/7'],
    ['2021-08-01', '2021-07-01', '2021-07-16', 'a Sunday due counts from Friday 30/7'],
    ['2021-09-10', '2021-08-01', '2021-08-25', 'over 2/9 and 3/9 (Quốc khánh 2021)'],
    ['2026-03-02', '2026-01-05', '2026-02-09', 'over Tết Bính Ngọ (16/2–20/2 off)'],
    ['2021-07-30', '2021-07-20', '2021-07-20', 'a late split gets today'],
    ['2021-07-30', '2021-07-30', '2021-07-30', 'split on the due day itself'],
    ['2021-07-30', '2021-08-05', '2021-07-30', 'never after the parent, even when already late'],
  ])('parent %s, today %s → %s (%s)', (parent, today, expected) => {
    expect(proposeSubDueDate(parent, today, calendar)).toBe(expected);
  });

  it('takes another margin', () => {
    expect(proposeSubDueDate('2021-07-30', '2021-07-01', calendar, 3)).toBe('2021-07-27');
  });
});

describe('subDueAllowed', () => {
  const parent = new Date('2021-07-30T17:00:00.000Z');
  it.each<[string, boolean]>([
    ['2021-07-20T17:00:00.000Z', true],
    ['2021-07-30T17:00:00.000Z', true], // the same deadline
    ['2021-07-30T17:00:00.001Z', false],
    ['2021-08-10T17:00:00.000Z', false],
  ])('sub-task due %s → %s', (sub, ok) => {
    expect(subDueAllowed(new Date(sub), parent)).toBe(ok);
  });

  it('a standing parent allows any date', () => {
    expect(subDueAllowed(new Date('2099-01-01T00:00:00Z'), null)).toBe(true);
  });
});
