import { vietnameseCalendar } from '../calendar/working-calendar';
import { emptyCounts } from './on-time-rules';
import { formatVietnameseNumber, onTimeRate, rankRows, rate } from './rates';
import { attainment, figuresProblem, sumFigures } from './targets';
import { digestPeriod, isoWeek, isoWeekMonday } from './digest-period';
import { monthsOf, parsePeriod } from './report-period';
import { reportScope } from './report-scope';
import { filterQuery } from './task-filter';
import { explanationProblem } from './explanation';

describe('rates as Vietnamese write them', () => {
  it('one decimal, comma mark, dot thousands', () => {
    expect(rate(14068, 16051 - 0).text).toBe('87,6%');
    expect(rate(918, 1000).text).toBe('91,8%');
    expect(rate(1, 3).value).toBe(33.3);
    expect(rate(0, 0)).toMatchObject({ value: null, text: '—' });
    expect(formatVietnameseNumber(21914, 0)).toBe('21.914');
    expect(formatVietnameseNumber(437.2)).toBe('437,2');
    expect(formatVietnameseNumber(1000)).toBe('1.000,0');
    expect(formatVietnameseNumber(-999.95)).toBe('-1.000,0');
    expect(formatVietnameseNumber(-12.25, 2)).toBe('-12,25');
  });

  it("the Government Office's 2017 figures: 14.068 of 16.051 done were on time", () => {
    const c = { ...emptyCounts(), done_on_time: 14068, done_late: 1983, open_overdue: 223 };
    expect(onTimeRate(c).text).toBe('86,4%'); // 14068 / (16051 + 223)
  });

  it('ranks by on-time rate, then fewer overdue, ties share a rank, nothing to judge no rank', () => {
    const row = (on: number, late: number, over: number, within = 0) => ({
      counts: {
        ...emptyCounts(),
        done_on_time: on,
        done_late: late,
        open_overdue: over,
        open_within_time: within,
        total: on + late + over + within,
      },
    });
    const rows = [row(9, 1, 0), row(10, 0, 0), row(9, 0, 1), row(0, 0, 0, 5), row(18, 2, 0)];
    expect(rankRows(rows)).toEqual([3, 1, 4, null, 2]);
    expect(rankRows([row(9, 1, 0), row(9, 1, 0)])).toEqual([1, 1]);
  });
});

describe('targets (chỉ tiêu)', () => {
  it('Bình Phước 2019: 10.967 cases done of 14.066 with conditions is 77,97% against 73%', () => {
    const units = [
      { numerator: 2150, denominator: 2680 },
      { numerator: 1897, denominator: 2431 },
      { numerator: 3120, denominator: 4012 },
      { numerator: 3800, denominator: 4943 },
    ];
    const sum = sumFigures(units);
    expect(sum).toEqual({ numerator: 10967, denominator: 14066 });
    const a = attainment({ kind: 'rate', threshold: 73, aggregation: 'sum' }, sum);
    expect(a.achieved.text).toBe('77,97%');
    expect(a).toMatchObject({ targetText: '≥ 73%', met: true, margin: 4.97, colour: 'green' });
  });

  it('sums, never averages rates: a big unit at 60% and a small one at 100% is not 80%', () => {
    const sum = sumFigures([
      { numerator: 600, denominator: 1000 },
      { numerator: 10, denominator: 10 },
    ]);
    const a = attainment({ kind: 'rate', threshold: 73, aggregation: 'sum' }, sum);
    expect(a.achieved.text).toBe('60,40%');
    expect(a.colour).toBe('red');
  });

  it('counts and missing figures', () => {
    expect(
      attainment(
        { kind: 'count', threshold: 40, aggregation: 'sum' },
        { numerator: 38, denominator: null },
      ),
    ).toMatchObject({ met: false, margin: -2, colour: 'red', targetText: '≥ 40' });
    expect(attainment({ kind: 'rate', threshold: 73, aggregation: 'sum' }, null).colour).toBe(
      'grey',
    );
  });

  it('refuses figures that cannot be', () => {
    expect(figuresProblem({ kind: 'rate' }, { numerator: 5, denominator: 4 })).toMatch(/lớn hơn/);
    expect(figuresProblem({ kind: 'rate' }, { numerator: 5, denominator: null })).toMatch(/mẫu số/);
    expect(figuresProblem({ kind: 'count' }, { numerator: -1, denominator: null })).toMatch(
      /không âm/,
    );
    expect(figuresProblem({ kind: 'on_time' }, { numerator: 1, denominator: 1 })).toMatch(
      /không cần/,
    );
    expect(figuresProblem({ kind: 'rate' }, { numerator: 4, denominator: 5 })).toBeNull();
  });
});

describe('periods', () => {
  it('reads years, quarters, months and ranges', () => {
    expect(parsePeriod('2025-Q1')).toMatchObject({
      from: '2025-01-01',
      to: '2025-03-31',
      label: 'Quý I/2025',
    });
    expect(parsePeriod('2024-02')).toMatchObject({ to: '2024-02-29', label: 'Tháng 2/2024' });
    expect(parsePeriod('2025')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('2025-03-01..2025-04-15')?.label).toBe('Từ 1/3/2025 đến 15/4/2025');
    for (const bad of [
      '2025-Q5',
      '2025-13',
      '2025-04-15..2025-03-01',
      '2025-02-30..2025-03-01',
      'x',
    ])
      expect(parsePeriod(bad)).toBeNull();
  });
  it('a quarter has three months for its trend', () => {
    expect(monthsOf(parsePeriod('2025-Q4')!).map((m) => m.label)).toEqual([
      'Tháng 10/2025',
      'Tháng 11/2025',
      'Tháng 12/2025',
    ]);
  });
});

describe('digest periods on the Vietnamese calendar', () => {
  const cal = vietnameseCalendar();
  it('daily on working days only: not on Tết, yes on a make-up Saturday', () => {
    expect(digestPeriod('daily', '2026-02-17', cal)).toBeNull();
    expect(digestPeriod('daily', '2026-02-14', cal)).toBeNull(); // Saturday
    expect(digestPeriod('daily', '2026-01-10', cal)).toBe('2026-01-10'); // make-up Saturday
    expect(digestPeriod('daily', '2026-02-23', cal)).toBe('2026-02-23');
  });
  it('weekly on the first working day of the week; none in a week entirely off', () => {
    expect(digestPeriod('weekly', '2026-03-02', cal)).toBe('2026-W10');
    expect(digestPeriod('weekly', '2026-03-03', cal)).toBeNull();
    // 27/4/2026 (Giỗ Tổ) is off: the week's digest goes on Tuesday.
    expect(digestPeriod('weekly', '2026-04-27', cal)).toBeNull();
    expect(digestPeriod('weekly', '2026-04-28', cal)).toBe('2026-W18');
    // Tết 2026 takes the whole week of 16–20/2.
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      expect(digestPeriod('weekly', d, cal)).toBeNull();
  });
  it('ISO weeks across a year end', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeekMonday('2026-W10')).toBe('2026-03-02');
    expect(isoWeekMonday('2025-W01')).toBe('2024-12-30');
    expect(isoWeekMonday('2026-W53')).toBe('2026-12-28');
  });
});

describe('report scope and drill-down filters', () => {
  it('leaders, secretariat and heads see their subtree; officers their unit', () => {
    expect(reportScope({ userId: 'u', unitCode: 'X', roles: ['leader'] }).withSubtree).toBe(true);
    expect(reportScope({ userId: 'u', unitCode: 'X', roles: ['unit_head'] }).withSubtree).toBe(
      true,
    );
    expect(reportScope({ userId: 'u', unitCode: 'X', roles: ['unit_officer'] }).withSubtree).toBe(
      false,
    );
  });
  it('writes the query string GET /tasks reads', () => {
    expect(
      filterQuery({
        period: '2025-Q1',
        unit: 'VKST.TRA_VINH',
        rollup: true,
        deadlineState: ['on_track', 'due_soon'],
      }),
    ).toBe('period=2025-Q1&deadlineState=on_track%2Cdue_soon&unit=VKST.TRA_VINH&rollup=true');
  });
});

describe('explanations (giải trình)', () => {
  const now = new Date('2026-03-10T03:00:00Z');
  const overdue = { status: 'in_progress' as const, dueAt: new Date('2026-03-01T17:00:00Z') };
  it('only for open work past its deadline, with a date from today on', () => {
    expect(explanationProblem(overdue, '2026-03-20', now)).toBeNull();
    expect(explanationProblem(overdue, '2026-03-10', now)).toBeNull();
    expect(explanationProblem(overdue, '2026-03-09', now)).toMatch(/trước hôm nay/);
    expect(
      explanationProblem(
        { ...overdue, dueAt: new Date('2026-03-20T17:00:00Z') },
        '2026-03-25',
        now,
      ),
    ).toMatch(/gia hạn/);
    expect(explanationProblem({ ...overdue, status: 'done' }, '2026-03-20', now)).toMatch(
      /đang thực hiện/,
    );
    expect(explanationProblem({ ...overdue, status: 'submitted' }, '2026-03-20', now)).toMatch(
      /đang thực hiện/,
    );
  });
});
