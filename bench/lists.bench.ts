import { DataSource } from 'typeorm';
import { DEFAULT_POLICY, dueSoonThresholds, vietnameseCalendar } from '@dondoc/domain';
import { openMigratedDataSource } from '@dondoc/persistence';
import {
  ListScope,
  TaskListRepository,
} from '@dondoc/persistence/repositories/task-list.repository';
import { report, startBenchParts } from './bench-parts';

/**
 * The web app's most sent lists at 100,000 tasks (`npm run -s bench -- lists [N]`): the
 * inbox of a district, a province's overdue bucket and counts, a search and the first page
 * across the country, the directives — each the median of five runs after one to warm the
 * cache, through the indexes of the task-lists migrations. Headline: the slowest median,
 * which a page load must stay well inside (goal: under 400 ms on a 2-core machine).
 */
export async function lists(args: string[]): Promise<void> {
  const tasks = Number(args[0] ?? 100_000);
  const parts = await startBenchParts('lists');
  let ds: DataSource | undefined;
  try {
    ds = await openMigratedDataSource(parts.databaseUrl);
    const units: string[] = (await ds.query(`SELECT code FROM org_unit ORDER BY code`)).map(
      (r: { code: string }) => r.code,
    );
    const t0 = performance.now();
    await seed(ds, tasks, units);
    const seedS = (performance.now() - t0) / 1000;
    const repo = new TaskListRepository(ds);
    const subtree = (await ds.query(
      `WITH RECURSIVE s AS (SELECT code FROM org_unit WHERE code = 'VKST.TRA_VINH'
        UNION ALL SELECT u.code FROM org_unit u JOIN s ON u.parent_code = s.code) SELECT code FROM s`,
    )) as { code: string }[];
    const district: ListScope = { unitCode: 'VKSH.TRA_VINH.CAU_KE', leaderOf: [], mayIssue: false };
    const province: ListScope = {
      unitCode: 'VKST.TRA_VINH',
      leaderOf: subtree.map((r) => r.code),
      mayIssue: true,
    };
    const supreme: ListScope = { unitCode: 'VKSTC', leaderOf: units, mayIssue: true };
    const clock = () => {
      const now = new Date();
      return { now, dueSoonThresholds: dueSoonThresholds(now, vietnameseCalendar()) };
    };
    const timings: [string, number][] = [
      ['inbox_ms', await medianMs(() => repo.listTasks(district, {}, clock(), 'urgency', 1, 20))],
      ['inbox_counts_ms', await medianMs(() => repo.bucketCounts(district, {}, clock()))],
      [
        'province_overdue_ms',
        await medianMs(() =>
          repo.listTasks(province, { bucket: 'overdue' }, clock(), 'urgency', 1, 20),
        ),
      ],
      ['province_counts_ms', await medianMs(() => repo.bucketCounts(province, {}, clock()))],
      [
        'country_search_ms',
        await medianMs(() =>
          repo.listTasks(supreme, { text: 'bao cao 4240' }, clock(), 'urgency', 1, 20),
        ),
      ],
      [
        'country_first_page_ms',
        await medianMs(() => repo.listTasks(supreme, {}, clock(), 'due', 1, 20)),
      ],
      ['directives_ms', await medianMs(() => repo.listDirectives(supreme, {}, clock(), 1, 20))],
    ];
    const found = await repo.listTasks(supreme, { text: 'bao cao 4240' }, clock(), 'due', 1, 20);
    if (!found.items.some((t) => t.summary === 'Báo cáo nhiệm vụ số 4240'))
      throw new Error('the search did not find the task it was timed on');
    report([
      ['tasks', tasks],
      ['seed_s', seedS.toFixed(1)],
      ...timings.map(([k, v]): [string, string] => [k, v.toFixed(1)]),
      ['lists_slowest_median_ms', Math.max(...timings.map(([, v]) => v)).toFixed(1)],
    ]);
  } finally {
    await ds?.destroy();
    await parts.stop();
  }
}

/** Tasks over 200 directives, every unit, due from 200 days ago to 200 days ahead, all statuses. */
async function seed(ds: DataSource, tasks: number, units: string[]): Promise<void> {
  await ds.query(
    `INSERT INTO directive (number, doc_type, title, issued_on, issuer_unit_code, status, policy)
     SELECT i || '/KH-VKSTC', 'KẾ HOẠCH', 'Kế hoạch công tác số ' || i, DATE '2025-01-01' + i,
            'VKSTC', 'issued', '{}'::jsonb
       FROM generate_series(1, 200) i`,
  );
  // Rows written as if their workflows had started (no worker runs here to start them).
  await ds.query(
    `INSERT INTO task (directive_id, item, summary, lead_unit_code, issuer_unit_code, due_at,
                       due_date, priority, status, outcome, assigned_at, planned_from, policy,
                       workflow_id)
     SELECT d.id, (i % 20)::text,
            (ARRAY['Báo cáo', 'Tổng hợp', 'Kiểm sát', 'Đôn đốc', 'Nghiệm thu'])[1 + i % 5]
              || ' nhiệm vụ số ' || i,
            ($1::text[])[1 + i % array_length($1::text[], 1)], 'VKSTC',
            now() + ((i % 400) - 200) * interval '1 day', (now() + ((i % 400) - 200) * interval '1 day')::date,
            (ARRAY['thuong', 'khan', 'hoa_toc'])[1 + i % 3],
            (ARRAY['assigned', 'acknowledged', 'in_progress', 'submitted', 'done', 'cancelled'])[1 + i % 6],
            CASE WHEN i % 6 = 4 THEN 'on_time' END,
            now() - interval '30 days', now() - interval '30 days', $2::jsonb, 'scale-' || i
       FROM generate_series(1, ${tasks}) i
       JOIN LATERAL (SELECT id FROM directive OFFSET i % 200 LIMIT 1) d ON true`,
    [units, JSON.stringify(DEFAULT_POLICY)],
  );
  await ds.query('ANALYZE task; ANALYZE directive');
}

/** The median of five runs, after one to warm the cache. */
async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2];
}
