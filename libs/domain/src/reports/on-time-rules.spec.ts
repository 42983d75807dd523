import { localTimeOn, addDays } from '../calendar/local-date.util';
import { vietnameseCalendar } from '../calendar/working-calendar';
import { deadlineState } from '../task/deadline-state';
import {
  Cut,
  DueBasis,
  TaskFacts,
  accountableUnitAfterReassignment,
  classify,
  countTasks,
  countsIn,
  dueSoonLimit,
} from './on-time-rules';
import { ReportPeriod, cutoffOf, monthPeriod, quarterPeriod } from './report-period';

const calendar = vietnameseCalendar();
/** 00:00 Vietnamese time on a day, or hh:mm. */
const at = (d: string, h = 0, m = 0) => localTimeOn(d, h, m);
/** The first late instant of "due on <day>": 00:00 of the next day. */
const dueOn = (d: string) => at(addDays(d, 1));

function task(over: Partial<TaskFacts> & { due?: string | null }): TaskFacts {
  const due = over.due === undefined ? '2025-03-20' : over.due;
  const dueAt = over.dueAt ?? (due ? dueOn(due) : null);
  return {
    status: 'assigned',
    createdAt: at('2025-01-02', 9),
    dueAt,
    originalDueAt: over.originalDueAt ?? dueAt,
    completedAt: null,
    submittedAt: null,
    ...over,
  };
}

function cut(period: ReportPeriod, now: Date, basis: DueBasis = 'in_force', n = 3): Cut {
  const atCut = cutoffOf(period, now);
  return { period, at: atCut, basis, dueSoonBefore: dueSoonLimit(atCut, n, calendar) };
}

const Q1 = quarterPeriod(2025, 1);
const later = at('2025-06-01');
const q1 = cut(Q1, later);

describe('which tasks a period counts', () => {
  it('counts a task due in the period, whatever became of it', () => {
    expect(countsIn(task({ due: '2025-03-20' }), q1)).toBe(true);
    const done = task({
      status: 'done',
      submittedAt: at('2025-03-10'),
      completedAt: at('2025-03-11'),
    });
    expect(countsIn(done, q1)).toBe(true);
  });

  it('counts the first and last day of the period, and not the day after', () => {
    expect(countsIn(task({ due: '2025-01-01' }), q1)).toBe(true);
    expect(countsIn(task({ due: '2025-03-31' }), q1)).toBe(true);
    // Due 1/4, done in April: neither due in Q1 nor open at its end once done… but open at 31/3.
    const april = task({ due: '2025-04-01', status: 'done', completedAt: at('2025-03-30') });
    expect(countsIn(april, q1)).toBe(false);
  });

  it('counts a task due later that is still open at the end', () => {
    expect(countsIn(task({ due: '2025-05-15' }), q1)).toBe(true);
    const doneInApril = task({
      due: '2025-05-15',
      status: 'done',
      submittedAt: at('2025-04-02'),
      completedAt: at('2025-04-03'),
    });
    expect(countsIn(doneInApril, q1)).toBe(true);
    expect(classify(doneInApril, q1).bucket).toBe('open_within_time');
  });

  it('counts an old task still overdue at the end, and not one finished before the period', () => {
    expect(countsIn(task({ due: '2024-11-30' }), q1)).toBe(true);
    expect(classify(task({ due: '2024-11-30' }), q1).bucket).toBe('open_overdue');
    const finished = task({
      due: '2024-11-30',
      status: 'done',
      submittedAt: at('2024-12-20'),
      completedAt: at('2024-12-21'),
    });
    expect(countsIn(finished, q1)).toBe(false);
  });

  it('never counts cancelled tasks, standing tasks without a deadline, or tasks not yet made', () => {
    expect(countsIn(task({ status: 'cancelled' }), q1)).toBe(false);
    expect(countsIn(task({ due: null }), q1)).toBe(false);
    expect(countsIn(task({ createdAt: at('2025-04-10') }), q1)).toBe(false);
  });

  it('takes a running period at today: tasks made today count, the future does not', () => {
    const now = at('2025-02-14', 10);
    const running = cut(Q1, now);
    expect(running.at).toEqual(now);
    expect(countsIn(task({ createdAt: at('2025-02-14', 9) }), running)).toBe(true);
    expect(countsIn(task({ createdAt: at('2025-02-14', 11) }), running)).toBe(false);
  });
});

describe('buckets', () => {
  it('done on time: submitted before the deadline, accepted after it', () => {
    const t = task({
      status: 'done',
      submittedAt: at('2025-03-20', 16),
      completedAt: at('2025-03-25'),
    });
    expect(classify(t, q1).bucket).toBe('done_on_time');
  });

  it('done late: submitted on the first late instant or after', () => {
    const t = task({
      status: 'done',
      submittedAt: dueOn('2025-03-20'),
      completedAt: at('2025-03-25'),
    });
    expect(classify(t, q1).bucket).toBe('done_late');
  });

  it('a task closed without a submission is judged by when it was closed', () => {
    const early = task({ status: 'done', completedAt: at('2025-03-01') });
    const late = task({ status: 'done', completedAt: at('2025-03-22') });
    expect(classify(early, q1).bucket).toBe('done_on_time');
    expect(classify(late, q1).bucket).toBe('done_late');
  });

  it('open overdue and open within time, at the cut', () => {
    const mid = cut(Q1, at('2025-03-21', 9));
    expect(classify(task({ due: '2025-03-20' }), mid).bucket).toBe('open_overdue');
    expect(classify(task({ due: '2025-03-21' }), mid).bucket).toBe('open_within_time');
  });

  it('done after the cut is open at the cut: a finished period is a snapshot of its end', () => {
    const t = task({
      due: '2025-03-20',
      status: 'done',
      submittedAt: at('2025-04-05'),
      completedAt: at('2025-04-06'),
    });
    expect(classify(t, q1).bucket).toBe('open_overdue');
    expect(classify(t, cut(quarterPeriod(2025, 2), later)).bucket).toBe('done_late');
  });

  it('submitted and waiting for review is judged by the submission, not by the review', () => {
    const inTime = task({ status: 'submitted', submittedAt: at('2025-03-19') });
    const lateIn = task({ status: 'submitted', submittedAt: at('2025-03-24') });
    expect(classify(inTime, q1)).toEqual({
      bucket: 'open_within_time',
      dueSoon: false,
      awaitingReview: true,
    });
    expect(classify(lateIn, q1).bucket).toBe('open_overdue');
  });

  it('a returned task is back to its deadline', () => {
    // Returned: the workflow clears the submission.
    const t = task({ status: 'in_progress', submittedAt: null });
    expect(classify(t, q1).bucket).toBe('open_overdue');
  });

  it('the four buckets add up to the total', () => {
    const tasks = [
      task({ status: 'done', submittedAt: at('2025-03-01'), completedAt: at('2025-03-02') }),
      task({ status: 'done', submittedAt: at('2025-03-25'), completedAt: at('2025-03-26') }),
      task({ due: '2025-05-01' }),
      task({ due: '2025-02-01' }),
      task({ status: 'cancelled' }),
    ];
    const c = countTasks(tasks, q1);
    expect(c).toMatchObject({
      total: 4,
      done_on_time: 1,
      done_late: 1,
      open_within_time: 1,
      open_overdue: 1,
    });
    expect(c.done_on_time + c.done_late + c.open_within_time + c.open_overdue).toBe(c.total);
  });
});

describe('extensions: the due date in force, or the original one', () => {
  // Given until 20/3, extended to 10/4, done 5/4.
  const extended = task({
    due: '2025-04-10',
    originalDueAt: dueOn('2025-03-20'),
    status: 'done',
    submittedAt: at('2025-04-05'),
    completedAt: at('2025-04-07'),
  });
  const q2 = cut(quarterPeriod(2025, 2), later);

  it('by default counts in the period of the extended date, on time', () => {
    expect(countsIn(extended, q1)).toBe(true); // open at the end of Q1
    expect(classify(extended, q1).bucket).toBe('open_within_time');
    expect(classify(extended, q2).bucket).toBe('done_on_time');
  });

  it('against the original date it is overdue at the end of Q1, and done late', () => {
    const q1o = cut(Q1, later, 'original');
    const q2o = cut(quarterPeriod(2025, 2), later, 'original');
    expect(classify(extended, q1o).bucket).toBe('open_overdue');
    expect(countsIn(extended, q2o)).toBe(false); // due in Q1 by the original date, done in Q2
    expect(classify(extended, cut(monthPeriod(2025, 3), later, 'original')).bucket).toBe(
      'open_overdue',
    );
    expect(
      classify(extended, cut(quarterPeriod(2025, 1), at('2025-05-01'), 'original')).bucket,
    ).toBe('open_overdue');
  });

  it('a task never extended is judged alike either way', () => {
    const t = task({
      status: 'done',
      submittedAt: at('2025-03-25'),
      completedAt: at('2025-03-26'),
    });
    expect(classify(t, q1).bucket).toBe(classify(t, cut(Q1, later, 'original')).bucket);
  });
});

describe('reassignment', () => {
  const due = dueOn('2025-03-20');
  it('before the deadline: the new unit answers for it', () => {
    expect(
      accountableUnitAfterReassignment(
        { accountableUnitCode: 'A', dueAt: due },
        'B',
        at('2025-03-10'),
      ),
    ).toBe('B');
  });
  it('once overdue: it stays with the unit that had it when it fell due', () => {
    expect(
      accountableUnitAfterReassignment({ accountableUnitCode: 'A', dueAt: due }, 'B', due),
    ).toBe('A');
    // Passed on again later: still A.
    expect(
      accountableUnitAfterReassignment(
        { accountableUnitCode: 'A', dueAt: due },
        'C',
        at('2025-04-01'),
      ),
    ).toBe('A');
  });
  it('a task without a deadline always follows its unit', () => {
    expect(
      accountableUnitAfterReassignment({ accountableUnitCode: 'A', dueAt: null }, 'B', later),
    ).toBe('B');
  });
});

describe('recurring tasks and sub-tasks', () => {
  it('each period of a monthly report is its own task, counted in its own month', () => {
    const months = ['2025-01-31', '2025-02-28', '2025-03-31'].map((d, k) =>
      task({
        due: d,
        createdAt: k === 0 ? at('2025-01-02') : dueOn(['2025-01-31', '2025-02-28'][k - 1]),
        status: k < 2 ? 'done' : 'in_progress',
        submittedAt: k === 0 ? at('2025-01-30') : k === 1 ? at('2025-03-03') : null,
        completedAt: k === 0 ? at('2025-01-31') : k === 1 ? at('2025-03-04') : null,
      }),
    );
    const feb = cut(monthPeriod(2025, 2), later);
    expect(months.map((t) => countsIn(t, feb))).toEqual([false, true, true]);
    // February's report was sent on 3/3: late; March's opened 1/3 and is due 31/3.
    expect(classify(months[1], feb).bucket).toBe('open_overdue'); // still open at 28/2 24:00
    expect(classify(months[1], cut(monthPeriod(2025, 3), later)).bucket).toBe('done_late');
    expect(countTasks(months, cut(Q1, later))).toMatchObject({
      total: 3,
      done_on_time: 1,
      done_late: 1,
      open_overdue: 1,
    });
  });

  it('a parent and its sub-tasks are separate tasks: each counts once, for its own unit', () => {
    // Counting is per task; whose task it is decides the row (see the report repository).
    const parent = task({ due: '2025-03-20' });
    const subs = [task({ due: '2025-03-06' }), task({ due: '2025-03-06' })];
    expect(countTasks([parent, ...subs], q1).total).toBe(3);
  });
});

describe('Vietnamese time around Tết and month ends', () => {
  it('a deadline of 31/1/2025 ends at 24:00 in Hanoi, which is 17:00 UTC', () => {
    const t = task({ due: '2025-01-31' });
    expect(t.dueAt!.toISOString()).toBe('2025-01-31T17:00:00.000Z');
    const jan = monthPeriod(2025, 1);
    expect(countsIn(t, cut(jan, later))).toBe(true);
    // Submitted at 23:30 on 31/1 Hanoi time (16:30 UTC): on time and in January.
    const done = {
      ...t,
      status: 'done' as const,
      submittedAt: at('2025-01-31', 23, 30),
      completedAt: at('2025-02-03', 9),
    };
    expect(classify(done, cut(monthPeriod(2025, 2), later)).bucket).toBe('done_on_time');
    // In January's snapshot it was still waiting for review, within time.
    expect(classify(done, cut(jan, later)).bucket).toBe('open_within_time');
  });

  it('a task due on 1/2 in Hanoi (still 31/1 in UTC at 17:00–24:00) belongs to February', () => {
    const t = task({ due: '2025-02-01' });
    expect(countsIn(t, cut(monthPeriod(2025, 1), at('2025-01-31', 20)))).toBe(true); // open at the cut
    const early = { ...t, status: 'done' as const, completedAt: at('2025-01-31', 20) };
    expect(countsIn(early, cut(monthPeriod(2025, 1), later))).toBe(false);
    expect(countsIn(early, cut(monthPeriod(2025, 2), later))).toBe(true);
  });

  it('due soon skips Tết: on Friday 13/2/2026, a task due 23/2 is within 3 working days', () => {
    // Tết 2026: 16–20/2 off. Working days after Fri 13/2: Mon 23/2, Tue 24/2, Wed 25/2.
    const now = at('2026-02-13', 9);
    const limit = dueSoonLimit(now, 3, calendar);
    const feb = cut(monthPeriod(2026, 2), now);
    const due = (d: string) => classify(task({ createdAt: at('2026-01-05'), due: d }), feb);
    expect(due('2026-02-20').dueSoon).toBe(true);
    expect(due('2026-02-23').dueSoon).toBe(true);
    expect(due('2026-02-25').dueSoon).toBe(false);
    expect(limit.getTime()).toBeGreaterThan(dueOn('2026-02-23').getTime() - 1);
  });

  it('due soon agrees with the task page (deadlineState) for every deadline over a year', () => {
    const nows = [
      at('2026-02-13', 9),
      at('2025-12-31', 16),
      at('2026-08-29', 8),
      at('2026-04-29', 23),
    ];
    for (const now of nows) {
      for (const n of [1, 3, 5]) {
        const limit = dueSoonLimit(now, n, calendar);
        for (let d = addDays('2025-12-01', 0); d < '2026-12-31'; d = addDays(d, 1)) {
          for (const dueAt of [dueOn(d), at(d, 14, 30)]) {
            if (dueAt.getTime() <= now.getTime()) continue;
            const page = deadlineState(
              { status: 'assigned', dueAt },
              now,
              { workingDays: n },
              calendar,
            );
            expect({ d, n, soon: dueAt.getTime() <= limit.getTime() }).toEqual({
              d,
              n,
              soon: page === 'due_soon',
            });
          }
        }
      }
    }
  });
});
