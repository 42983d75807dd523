import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import fc from 'fast-check';
import {
  Cut,
  DUE_BASES,
  TaskFacts,
  TaskStatus,
  accountableUnitAfterReassignment,
  countTasks,
  cutoffOf,
  dueSoonLimit,
  localTimeOn,
  monthPeriod,
  parsePeriod,
  quarterPeriod,
  periodBounds,
  periodContaining,
  vietnameseCalendar,
} from '@dondoc/domain';
import { SqlReportRepository, openMigratedDataSource, wholeMonths } from '@dondoc/persistence';
import { testEnv } from '../support/test-env';

/**
 * The report's SQL against the rules of libs/domain, on random histories: every count of
 * every unit, for months and quarters, by the date in force and by the original date.
 */
const UNITS = ['VKSTC.V8', 'VKSTC.V9', 'VKST.TRA_VINH', 'VKSH.TRA_VINH.TRA_CU'];
const calendar = vietnameseCalendar();
const DAY = 86_400_000;
const T0 = localTimeOn('2025-01-01').getTime();

describe('report SQL equals the domain rules', () => {
  let ds: DataSource;
  let repo: SqlReportRepository;

  beforeAll(async () => {
    ds = await openMigratedDataSource(testEnv().databaseUrl);
    repo = new SqlReportRepository(ds);
  });
  afterAll(() => ds.destroy());

  async function directive(): Promise<string> {
    const [{ id }] = await ds.query(
      `INSERT INTO directive (doc_type, title, issued_on, issuer_unit_code, status)
       VALUES ('KẾ HOẠCH', 'Kế hoạch thử số liệu báo cáo', '2025-01-01', 'VKSTC', 'issued') RETURNING id`,
    );
    return id;
  }

  type Row = TaskFacts & { unit: string; explained: boolean };

  // Rows written as if their workflows had started: the run's database is shared, and a
  // worker of another suite would otherwise start workflows for these bare rows.
  async function insert(directiveId: string, rows: Row[]): Promise<void> {
    for (const r of rows) {
      const id = randomUUID();
      await ds.query(
        `INSERT INTO task (id, directive_id, item, summary, lead_unit_code, issuer_unit_code, due_at,
                           original_due_at, created_at, assigned_at, planned_from, priority, status,
                           completed_at, submitted_at, policy, workflow_id, workflow_started_at)
         VALUES ($1, $2, '1', 'Nhiệm vụ thử', $3, 'VKSTC', $4, $5, $6, $6, $6, 'thuong', $7, $8, $9,
                 '{}'::jsonb, $10, now())`,
        [
          id,
          directiveId,
          r.unit,
          r.dueAt,
          r.originalDueAt,
          r.createdAt,
          r.status,
          r.completedAt,
          r.submittedAt,
          `report-sql-${id}`,
        ],
      );
      if (r.explained) {
        await ds.query(
          `INSERT INTO task_explanation (task_id, unit_code, reason, remaining, committed_date, committed_at)
           VALUES ($1, $2, 'Chờ số liệu', 'Tổng hợp', '2025-12-31', now())`,
          [id, r.unit],
        );
      }
    }
  }

  const at = (day: number, hour: number) => new Date(T0 + day * DAY + hour * 3_600_000);
  const row: fc.Arbitrary<Row> = fc
    .record({
      unit: fc.constantFrom(...UNITS),
      created: fc.integer({ min: 0, max: 200 }),
      life: fc.integer({ min: 0, max: 120 }),
      extendBy: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
      hasDue: fc.double({ min: 0, max: 1, noNaN: true }),
      status: fc.constantFrom<TaskStatus>(
        'assigned',
        'in_progress',
        'submitted',
        'done',
        'done',
        'cancelled',
      ),
      submitAfter: fc.integer({ min: 0, max: 60 }),
      reviewDays: fc.integer({ min: 0, max: 10 }),
      hour: fc.integer({ min: 0, max: 23 }),
      explained: fc.boolean(),
    })
    .map((g) => {
      const createdAt = at(g.created, g.hour);
      const original =
        g.hasDue < 0.1
          ? null
          : localTimeOn(new Date(createdAt.getTime() + g.life * DAY).toISOString().slice(0, 10));
      const dueAt =
        original && g.extendBy ? new Date(original.getTime() + g.extendBy * DAY) : original;
      const submittedAt =
        g.status === 'submitted' || g.status === 'done'
          ? new Date(createdAt.getTime() + g.submitAfter * DAY + 3_600_000)
          : null;
      const completedAt =
        g.status === 'done' && submittedAt
          ? new Date(submittedAt.getTime() + g.reviewDays * DAY)
          : null;
      return {
        unit: g.unit,
        status: g.status,
        createdAt,
        dueAt,
        originalDueAt: original,
        submittedAt,
        completedAt,
        explained: g.explained,
      };
    });

  /** The corners a random history may miss: each is one row, checked in every run. */
  const day = (d: string, h = 9) => localTimeOn(d, h);
  const fixed: Row[] = [
    // Submitted in time, still under review after the deadline: within time.
    {
      unit: UNITS[0],
      status: 'submitted',
      createdAt: day('2025-02-01'),
      dueAt: day('2025-03-01', 0),
      originalDueAt: day('2025-03-01', 0),
      submittedAt: day('2025-02-27'),
      completedAt: null,
      explained: false,
    },
    // Submitted late, under review: overdue.
    {
      unit: UNITS[0],
      status: 'submitted',
      createdAt: day('2025-02-01'),
      dueAt: day('2025-03-01', 0),
      originalDueAt: day('2025-03-01', 0),
      submittedAt: day('2025-03-05'),
      completedAt: null,
      explained: true,
    },
    // Accepted after the end of Q1, submitted in time in March.
    {
      unit: UNITS[1],
      status: 'done',
      createdAt: day('2025-02-01'),
      dueAt: day('2025-03-20', 0),
      originalDueAt: day('2025-03-20', 0),
      submittedAt: day('2025-03-19'),
      completedAt: day('2025-04-03'),
      explained: false,
    },
    // Extended from 10/3 to 10/4, done on 5/4.
    {
      unit: UNITS[2],
      status: 'done',
      createdAt: day('2025-02-01'),
      dueAt: day('2025-04-11', 0),
      originalDueAt: day('2025-03-11', 0),
      submittedAt: day('2025-04-05'),
      completedAt: day('2025-04-06'),
      explained: false,
    },
    // Done in March, due in March: done on time in Q1.
    {
      unit: UNITS[1],
      status: 'done',
      createdAt: day('2025-02-01'),
      dueAt: day('2025-03-21', 0),
      originalDueAt: day('2025-03-21', 0),
      submittedAt: day('2025-03-10'),
      completedAt: day('2025-03-12'),
      explained: false,
    },
    // Overdue since last year, explained.
    {
      unit: UNITS[3],
      status: 'in_progress',
      createdAt: day('2024-10-01'),
      dueAt: day('2024-12-01', 0),
      originalDueAt: day('2024-12-01', 0),
      submittedAt: null,
      completedAt: null,
      explained: true,
    },
    // Due soon at the cut of a running period.
    {
      unit: UNITS[3],
      status: 'assigned',
      createdAt: day('2025-05-01'),
      dueAt: day('2025-06-03', 0),
      originalDueAt: day('2025-06-03', 0),
      submittedAt: null,
      completedAt: null,
      explained: false,
    },
  ];

  it('every unit, every bucket, months and quarters, both bases', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 5, maxLength: 40 }), async (rows) => {
        const directiveId = await directive();
        await insert(directiveId, rows);
        const now = at(150, 10);
        for (const period of [
          monthPeriod(2025, 2),
          quarterPeriod(2025, 1),
          quarterPeriod(2025, 2),
          parsePeriod('2025-05-10..2025-06-20')!,
        ]) {
          for (const basis of DUE_BASES) {
            const cutAt = cutoffOf(period, now);
            const cut: Cut = {
              period,
              at: cutAt,
              basis,
              dueSoonBefore: dueSoonLimit(cutAt, 3, calendar),
            };
            const got = await repo.summary(
              'unit',
              { issuerUnitCode: null, unitCodes: null },
              { ...periodBounds(period), at: cut.at, dueSoonBefore: cut.dueSoonBefore, basis },
              { directiveId },
            );
            for (const unit of UNITS) {
              const want = countTasks(
                rows.filter((r) => r.unit === unit),
                cut,
              );
              const row = got.find((g) => g.key === unit);
              expect({ period: period.label, basis, unit, counts: row?.counts ?? null }).toEqual({
                period: period.label,
                basis,
                unit,
                counts: want.total === 0 ? null : want,
              });
            }
          }
        }
      }),
      { numRuns: 40, examples: [[fixed]] },
    );
  });

  it('the monthly summary table equals the count from the tasks, after every kind of transition', async () => {
    const periods = [
      monthPeriod(2025, 2),
      quarterPeriod(2025, 1),
      quarterPeriod(2025, 3),
      parsePeriod('2025')!,
      periodContaining('month', new Date()),
      periodContaining('quarter', new Date()),
      periodContaining('year', new Date()),
    ];
    const compare = async (label: string) => {
      await ds.transaction('REPEATABLE READ', async (em) => {
        for (const period of periods) {
          const now = new Date();
          const at = cutoffOf(period, now);
          const cut = {
            ...periodBounds(period),
            at,
            basis: 'in_force' as const,
            dueSoonBefore: dueSoonLimit(at, 3, calendar),
          };
          expect(wholeMonths(cut)).not.toBeNull();
          for (const scope of [
            { issuerUnitCode: null, unitCodes: null },
            { issuerUnitCode: 'VKSTC', unitCodes: [UNITS[2], UNITS[3]] },
          ]) {
            const fast = repo.monthlySql(scope, cut, wholeMonths(cut)!, {});
            const slow = repo.taskSql('unit', scope, cut, {});
            const norm = (rows: { key: string }[]) =>
              [...rows].sort((a, b) => a.key.localeCompare(b.key));
            expect({
              label,
              period: period.label,
              rows: norm(await em.query(fast.sql, fast.params)),
            }).toEqual({
              label,
              period: period.label,
              rows: norm(await em.query(slow.sql, slow.params)),
            });
          }
        }
      });
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 5, maxLength: 30 }),
        fc.integer(),
        async (rows, seed) => {
          const directiveId = await directive();
          await insert(directiveId, rows);
          await compare('inserted');
          // Transitions as the workflow's recording activity writes them.
          const ids: { id: string }[] = await ds.query(
            'SELECT id FROM task WHERE directive_id = $1',
            [directiveId],
          );
          const pick = (k: number) => ids[Math.abs(seed + k * 7919) % ids.length].id;
          const t = () => localTimeOn('2025-04-15', 10);
          await ds.query(
            `UPDATE task SET status = 'submitted', submitted_at = $2 WHERE id = $1 AND status IN ('assigned', 'in_progress')`,
            [pick(1), t()],
          );
          await ds.query(
            `UPDATE task SET status = 'done', completed_at = $2 WHERE id = $1 AND status = 'submitted'`,
            [pick(2), t()],
          );
          await ds.query(
            `UPDATE task SET status = 'in_progress', submitted_at = NULL WHERE id = $1 AND status = 'submitted'`,
            [pick(3)],
          );
          await ds.query(
            `UPDATE task SET due_at = due_at + interval '45 days' WHERE id = $1 AND status <> 'done'`,
            [pick(4)],
          );
          await ds.query(`UPDATE task SET lead_unit_code = $2, assigned_at = $3 WHERE id = $1`, [
            pick(5),
            UNITS[(Math.abs(seed) % 3) + 1],
            t(),
          ]);
          await ds.query(
            `UPDATE task SET status = 'cancelled' WHERE id = $1 AND status <> 'done'`,
            [pick(6)],
          );
          await compare('after transitions');
        },
      ),
      { numRuns: 12, examples: [[fixed, 0]] },
    );
    // Nothing left behind: every count is the sum of what the tasks say.
    const [{ drift }] = await ds.query(`
      SELECT count(*)::int AS drift FROM (
        SELECT due_month, accountable_unit_code, lead_unit_code, issuer_unit_code, created_month,
               submitted_month, completed_month, came_in_on_time, status_class, sum(n) AS n
          FROM task_report_month GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        EXCEPT
        SELECT report_month(due_at), accountable_unit_code, lead_unit_code, issuer_unit_code,
               report_month(created_at), report_month(submitted_at),
               CASE WHEN status = 'done' THEN report_month(completed_at) ELSE 2147483647 END,
               COALESCE(COALESCE(submitted_at, completed_at) < due_at, true),
               CASE status WHEN 'done' THEN 'done' WHEN 'submitted' THEN 'submitted' ELSE 'working' END,
               count(*)
          FROM task WHERE status <> 'cancelled' AND due_at IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9) d
       WHERE n <> 0`);
    expect(drift).toBe(0);
  });

  it('the accountable unit trigger follows the domain rule on reassignment', async () => {
    const directiveId = await directive();
    const due = localTimeOn('2025-03-21');
    const cases = [
      { reassignedAt: localTimeOn('2025-03-10'), to: 'VKSTC.V9' },
      { reassignedAt: due, to: 'VKSTC.V9' },
      { reassignedAt: localTimeOn('2025-04-02'), to: 'VKST.TRA_VINH' },
    ];
    for (const c of cases) {
      const id = randomUUID();
      await ds.query(
        `INSERT INTO task (id, directive_id, item, summary, lead_unit_code, issuer_unit_code, due_at,
                           assigned_at, planned_from, priority, status, policy, workflow_id,
                           workflow_started_at)
         VALUES ($1, $2, '1', 'Giao lại', 'VKSTC.V8', 'VKSTC', $3, $4, $4, 'thuong', 'assigned',
                 '{}'::jsonb, $5, now())`,
        [id, directiveId, due, localTimeOn('2025-03-01'), `report-sql-${id}`],
      );
      // What the workflow's recording activity writes on a reassignment.
      await ds.query(`UPDATE task SET lead_unit_code = $2, assigned_at = $3 WHERE id = $1`, [
        id,
        c.to,
        c.reassignedAt,
      ]);
      const [t] = await ds.query(
        `SELECT accountable_unit_code, created_at, original_due_at FROM task WHERE id = $1`,
        [id],
      );
      expect(t.accountable_unit_code).toBe(
        accountableUnitAfterReassignment(
          { accountableUnitCode: 'VKSTC.V8', dueAt: due },
          c.to,
          c.reassignedAt,
        ),
      );
      expect(t.created_at).toEqual(localTimeOn('2025-03-01'));
      // An extension moves the due date in force, never the original one.
      await ds.query(`UPDATE task SET due_at = due_at + interval '10 days' WHERE id = $1`, [id]);
      const [e] = await ds.query(`SELECT original_due_at FROM task WHERE id = $1`, [id]);
      expect(e.original_due_at).toEqual(due);
    }
  });
});
