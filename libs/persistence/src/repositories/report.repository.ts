import { DataSource } from 'typeorm';
import {
  BucketCounts,
  DueBasis,
  ListDeadlineState,
  OPEN_STATUSES,
  TaskStatus,
  VN_OFFSET_MS,
  WORKING_STATUSES,
  emptyCounts,
} from '@dondoc/domain';

/**
 * The report's SQL, in one place. Every rule is the one of `libs/domain/src/reports`
 * (`countsIn`, `classify`), written as SQL once here — a test holds the two equal on
 * random histories — with status sets taken from the domain's constants.
 */

export type ReportGroup = 'unit' | 'directive' | 'issuer';

/** Who may be counted: issued by this unit, or counted for / held by one of these units. */
export interface ReportScopeSql {
  issuerUnitCode: string | null;
  /** Null: every unit (a scope that reaches the whole tree). */
  unitCodes: string[] | null;
}

export interface ReportCut {
  start: Date;
  end: Date;
  at: Date;
  dueSoonBefore: Date;
  basis: DueBasis;
}

export interface ReportFilter {
  directiveId?: string;
  /** An item of the directive ("2.1"): its tasks and their sub-tasks. */
  item?: string;
  issuerUnitCode?: string;
  /** Counted for one of these units (a unit, or a unit and its subtree). */
  unitCodes?: string[];
  dueFrom?: Date;
  dueBefore?: Date;
}

export interface ReportRow {
  key: string;
  counts: BucketCounts;
}

export interface TaskListRow {
  id: string;
  directiveId: string;
  directiveNumber: string | null;
  directiveTitle: string;
  directiveDocType: string;
  directiveIssuedOn: string;
  item: string;
  summary: string;
  leadUnitCode: string;
  accountableUnitCode: string;
  issuerUnitCode: string;
  status: TaskStatus;
  dueAt: Date | null;
  dueDate: string | null;
  duePhrase: string | null;
  originalDueAt: Date | null;
  submittedAt: Date | null;
  completedAt: Date | null;
  parentTaskId: string | null;
  seriesId: string | null;
  periodIndex: number | null;
  state: ListDeadlineState | 'no_deadline' | 'cancelled';
  explanation: {
    reason: string;
    remaining: string;
    committedDate: string;
    at: Date;
  } | null;
}

export interface TaskListQuery {
  scope: ReportScopeSql;
  cut: ReportCut;
  /** Counted in the cut's period; without it, every task in scope, judged at the cut. */
  inPeriod: boolean;
  filter: ReportFilter;
  states?: ListDeadlineState[];
  explained?: boolean;
  limit: number;
  offset: number;
}

export interface ReportRepository {
  summary(
    group: ReportGroup,
    scope: ReportScopeSql,
    cut: ReportCut,
    filter: ReportFilter,
  ): Promise<ReportRow[]>;
  /** The summary's SQL and parameters, for the benchmark to run raw. */
  summarySql(
    group: ReportGroup,
    scope: ReportScopeSql,
    cut: ReportCut,
    filter: ReportFilter,
  ): { sql: string; params: unknown[] };
  tasks(q: TaskListQuery): Promise<{ total: number; rows: TaskListRow[] }>;
}

/** A status set written into SQL from the domain's constant (values are code, never input). */
function statusList(statuses: readonly TaskStatus[]): string {
  for (const s of statuses) if (!/^[a-z_]+$/.test(s)) throw new Error(`bad status ${s}`);
  return `(${statuses.map((s) => `'${s}'`).join(', ')})`;
}
const OPEN = statusList(OPEN_STATUSES);
const DONE = `'done'`;
const CANCELLED = `'cancelled'`;
const WORKING = statusList(WORKING_STATUSES);
const NEVER = 2147483647;

/** The month index (year × 12 + month − 1) of a local month's first instant, or null. */
function monthStart(at: Date): number | null {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  const aligned =
    local.getUTCDate() === 1 &&
    local.getUTCHours() === 0 &&
    local.getUTCMinutes() === 0 &&
    local.getUTCSeconds() === 0 &&
    local.getUTCMilliseconds() === 0;
  return aligned ? local.getUTCFullYear() * 12 + local.getUTCMonth() : null;
}

/** The whole months a cut's period covers, when it is made of whole months. */
export function wholeMonths(cut: ReportCut): { from: number; to: number } | null {
  const from = monthStart(cut.start);
  const after = monthStart(cut.end);
  return from === null || after === null ? null : { from, to: after - 1 };
}

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const GROUP_KEY: Record<ReportGroup, string> = {
  unit: 't.accountable_unit_code',
  issuer: 't.issuer_unit_code',
  directive: 't.directive_id::text',
};

/**
 * Builds the parts every report query shares: the due column of the basis, the cut's
 * instants, and the classification of `classify` as SQL.
 */
function parts(p: Params, cut: ReportCut, inPeriod = true) {
  const D = cut.basis === 'original' ? 'COALESCE(t.original_due_at, t.due_at)' : 't.due_at';
  // A parameter the statement never uses has no type PostgreSQL can tell: only add those used.
  const S = inPeriod ? p.add(cut.start) : '';
  const E = inPeriod ? p.add(cut.end) : '';
  const C = p.add(cut.at);
  const SOON = p.add(cut.dueSoonBefore);
  const done = `(t.status = ${DONE} AND t.completed_at <= ${C})`;
  const onTime = `(${D} IS NULL OR COALESCE(t.submitted_at, t.completed_at) IS NULL OR COALESCE(t.submitted_at, t.completed_at) < ${D})`;
  const awaiting = `(t.submitted_at IS NOT NULL AND t.submitted_at <= ${C})`;
  const overdue = `(CASE WHEN ${awaiting} THEN NOT ${onTime} ELSE ${D} <= ${C} END)`;
  const state = `(CASE
      WHEN t.status = ${CANCELLED} THEN 'cancelled'
      WHEN ${done} THEN CASE WHEN ${onTime} THEN 'done_on_time' ELSE 'done_late' END
      WHEN ${D} IS NULL THEN 'no_deadline'
      WHEN ${overdue} THEN 'overdue'
      WHEN NOT ${awaiting} AND ${D} <= ${SOON} THEN 'due_soon'
      ELSE 'on_track' END)`;
  const dueIn = `(${D} > ${S} AND ${D} <= ${E})`;
  const dueOut = `(${D} <= ${S} OR ${D} > ${E})`;
  return { D, S, E, C, done, state, dueIn, dueOut };
}

function scopeSql(p: Params, scope: ReportScopeSql, filter: ReportFilter, D: string): string {
  const where: string[] = [];
  if (scope.unitCodes !== null) {
    const units = p.add(scope.unitCodes);
    const issued = scope.issuerUnitCode
      ? `t.issuer_unit_code = ${p.add(scope.issuerUnitCode)} OR `
      : '';
    where.push(
      `(${issued}t.accountable_unit_code = ANY(${units}) OR t.lead_unit_code = ANY(${units}))`,
    );
  }
  if (filter.directiveId) where.push(`t.directive_id = ${p.add(filter.directiveId)}`);
  if (filter.item) where.push(`t.item = ${p.add(filter.item)}`);
  if (filter.issuerUnitCode) where.push(`t.issuer_unit_code = ${p.add(filter.issuerUnitCode)}`);
  if (filter.unitCodes) where.push(`t.accountable_unit_code = ANY(${p.add(filter.unitCodes)})`);
  if (filter.dueFrom) where.push(`${D} >= ${p.add(filter.dueFrom)}`);
  if (filter.dueBefore) where.push(`${D} < ${p.add(filter.dueBefore)}`);
  return where.map((w) => ` AND ${w}`).join('');
}

/**
 * The tasks a period counts (`countsIn`), as three disjoint parts each with its own index:
 * due in the period; open now and due outside it; done since the cut and due outside it.
 */
function countedSql(
  p: Params,
  cut: ReportCut,
  extra: (D: string) => string,
  columns: string,
): string {
  const x = parts(p, cut);
  const base = `t.status <> ${CANCELLED} AND ${x.D} IS NOT NULL AND t.created_at <= ${x.C}${extra(x.D)}`;
  return `
    SELECT ${columns.replaceAll('$STATE', x.state)} FROM task t WHERE ${base} AND ${x.dueIn}
    UNION ALL
    SELECT ${columns.replaceAll('$STATE', x.state)} FROM task t
     WHERE ${base} AND ${x.dueOut} AND t.status IN ${OPEN}
    UNION ALL
    SELECT ${columns.replaceAll('$STATE', x.state)} FROM task t
     WHERE ${base} AND ${x.dueOut} AND t.status = ${DONE} AND t.completed_at > ${x.C}`;
}

export class SqlReportRepository implements ReportRepository {
  constructor(private readonly ds: DataSource) {}

  /** The summary's SQL, from the monthly summary table when it can answer, else from tasks. */
  summarySql(group: ReportGroup, scope: ReportScopeSql, cut: ReportCut, filter: ReportFilter) {
    const months = wholeMonths(cut);
    const plain =
      !filter.directiveId &&
      !filter.item &&
      !filter.issuerUnitCode &&
      !filter.dueFrom &&
      !filter.dueBefore;
    if (group === 'unit' && cut.basis === 'in_force' && months && plain) {
      return this.monthlySql(scope, cut, months, filter);
    }
    return this.taskSql(group, scope, cut, filter);
  }

  /** The summary counted from the tasks themselves (covering indexes). */
  taskSql(group: ReportGroup, scope: ReportScopeSql, cut: ReportCut, filter: ReportFilter) {
    const p = new Params();
    const onlyTopLevel = group === 'directive' ? ' AND t.parent_task_id IS NULL' : '';
    const where = (D: string) => scopeSql(p, scope, filter, D) + onlyTopLevel;
    const columns = `${GROUP_KEY[group]} AS key, $STATE AS state`;
    // The counted tasks, read from covering indexes only (no row is fetched)…
    const counted = countedSql(p, cut, where, columns);
    // …and, apart, the few that carry an explanation, found from the explanations' side.
    const x = parts(p, cut);
    const explained = `
      SELECT ${columns.replaceAll('$STATE', x.state)} FROM task t
       WHERE t.id IN (SELECT e.task_id FROM task_explanation e)
         AND t.status <> ${CANCELLED} AND ${x.D} IS NOT NULL AND t.created_at <= ${x.C}
         AND (${x.dueIn} OR NOT ${x.done})${where(x.D)}`;
    const sql = `
      SELECT a.*, COALESCE(x.n, 0)::int AS overdue_explained
        FROM (SELECT c.key,
                     count(*)::int AS total,
                     count(*) FILTER (WHERE c.state = 'done_on_time')::int AS done_on_time,
                     count(*) FILTER (WHERE c.state = 'done_late')::int AS done_late,
                     count(*) FILTER (WHERE c.state IN ('on_track', 'due_soon'))::int AS open_within_time,
                     count(*) FILTER (WHERE c.state = 'overdue')::int AS open_overdue,
                     count(*) FILTER (WHERE c.state = 'due_soon')::int AS due_soon
                FROM (${counted}) c
               GROUP BY c.key) a
        LEFT JOIN (SELECT e.key, count(*) AS n FROM (${explained}) e
                    WHERE e.state = 'overdue' GROUP BY e.key) x ON x.key = a.key`;
    return { sql, params: p.values };
  }

  /**
   * The by-unit summary of whole months from task_report_month, exact: at a month's end
   * every date the rules compare to the cut is known by its month. Being worked on now
   * (for the running period) and "due soon" come from the task table, by the same rules.
   */
  monthlySql(
    scope: ReportScopeSql,
    cut: ReportCut,
    months: { from: number; to: number },
    filter: ReportFilter,
  ) {
    const p = new Params();
    const running = cut.at.getTime() < cut.end.getTime();
    const F = p.add(months.from);
    const LAST = p.add(months.to);
    const L = running ? p.add(NEVER - 1) : LAST;
    const scoped = (alias: string) => {
      const where: string[] = [];
      if (scope.unitCodes !== null) {
        const units = p.add(scope.unitCodes);
        const issued = scope.issuerUnitCode
          ? `${alias}.issuer_unit_code = ${p.add(scope.issuerUnitCode)} OR `
          : '';
        where.push(
          `(${issued}${alias}.accountable_unit_code = ANY(${units}) OR ${alias}.lead_unit_code = ANY(${units}))`,
        );
      }
      if (filter.unitCodes)
        where.push(`${alias}.accountable_unit_code = ANY(${p.add(filter.unitCodes)})`);
      return where.map((w) => ` AND ${w}`).join('');
    };
    // Running: a task done or submitted by now is judged from the summary; one being worked
    // on is read below. Finished: everything but "due soon" is judged at the month's end.
    const fromSummary = running
      ? `s.status_class <> 'working' AND (s.due_month BETWEEN ${F} AND ${LAST} OR s.status_class = 'submitted')`
      : `s.created_month <= ${L} AND (s.due_month BETWEEN ${F} AND ${L} OR s.completed_month > ${L})`;
    const done = running ? `s.status_class = 'done'` : `s.completed_month <= ${L}`;
    const sub = running ? `true` : `s.submitted_month <= ${L}`;
    const summary = `
      SELECT s.accountable_unit_code AS key,
             sum(s.n) AS total,
             sum(s.n) FILTER (WHERE ${done} AND s.came_in_on_time) AS done_on_time,
             sum(s.n) FILTER (WHERE ${done} AND NOT s.came_in_on_time) AS done_late,
             sum(s.n) FILTER (WHERE NOT ${done} AND CASE WHEN ${sub} THEN s.came_in_on_time ELSE s.due_month > ${L} END) AS open_within_time,
             sum(s.n) FILTER (WHERE NOT ${done} AND CASE WHEN ${sub} THEN NOT s.came_in_on_time ELSE s.due_month <= ${L} END) AS open_overdue,
             0 AS due_soon, 0 AS overdue_explained
        FROM task_report_month s
       WHERE ${fromSummary}${scoped('s')}
       GROUP BY s.accountable_unit_code`;
    const x = parts(p, cut, false);
    const base = `t.status <> ${CANCELLED} AND ${x.D} IS NOT NULL AND t.created_at <= ${x.C}${scoped('t')}`;
    const fromTasks = running
      ? `
      SELECT key, count(*), 0, 0,
             count(*) FILTER (WHERE state IN ('on_track', 'due_soon')),
             count(*) FILTER (WHERE state = 'overdue'),
             count(*) FILTER (WHERE state = 'due_soon'), 0
        FROM (SELECT t.accountable_unit_code AS key, ${x.state} AS state FROM task t
               WHERE ${base} AND t.status IN ${WORKING}) w
       GROUP BY key`
      : `
      SELECT key, 0, 0, 0, 0, 0, count(*) FILTER (WHERE state = 'due_soon'), 0
        FROM (SELECT t.accountable_unit_code AS key, ${x.state} AS state FROM task t
               WHERE ${base} AND t.due_at > ${x.C} AND t.due_at <= ${p.add(cut.dueSoonBefore)}) w
       GROUP BY key`;
    const explained = `
      SELECT key, 0, 0, 0, 0, 0, 0, count(*) FILTER (WHERE state = 'overdue')
        FROM (SELECT t.accountable_unit_code AS key, ${x.state} AS state FROM task t
               WHERE t.id IN (SELECT e.task_id FROM task_explanation e) AND ${base}
                 AND (${x.D} > ${p.add(cut.start)} AND ${x.D} <= ${p.add(cut.end)} OR NOT ${x.done})) e
       GROUP BY key`;
    const sql = `
      SELECT key, COALESCE(sum(total), 0)::int AS total,
             COALESCE(sum(done_on_time), 0)::int AS done_on_time,
             COALESCE(sum(done_late), 0)::int AS done_late,
             COALESCE(sum(open_within_time), 0)::int AS open_within_time,
             COALESCE(sum(open_overdue), 0)::int AS open_overdue,
             COALESCE(sum(due_soon), 0)::int AS due_soon,
             COALESCE(sum(overdue_explained), 0)::int AS overdue_explained
        FROM (${summary} UNION ALL ${fromTasks} UNION ALL ${explained}) u
       GROUP BY key
      HAVING sum(total) > 0`;
    return { sql, params: p.values };
  }

  async summary(
    group: ReportGroup,
    scope: ReportScopeSql,
    cut: ReportCut,
    filter: ReportFilter,
  ): Promise<ReportRow[]> {
    const { sql, params } = this.summarySql(group, scope, cut, filter);
    const rows: (BucketCounts & { key: string })[] = await this.ds.query(sql, params);
    return rows.map(({ key, ...counts }) => ({ key, counts: { ...emptyCounts(), ...counts } }));
  }

  async tasks(q: TaskListQuery): Promise<{ total: number; rows: TaskListRow[] }> {
    const p = new Params();
    const columns = `t.id, $STATE AS state`;
    let inner: string;
    if (q.inPeriod) {
      inner = countedSql(p, q.cut, (D) => scopeSql(p, q.scope, q.filter, D), columns);
    } else {
      const x = parts(p, q.cut, false);
      inner = `SELECT ${columns.replaceAll('$STATE', x.state)} FROM task t
                WHERE t.created_at <= ${x.C}${scopeSql(p, q.scope, q.filter, x.D)}`;
    }
    const where: string[] = [];
    if (q.states?.length) where.push(`c.state = ANY(${p.add(q.states)})`);
    if (q.explained !== undefined) {
      where.push(
        `${q.explained ? '' : 'NOT '}EXISTS (SELECT 1 FROM task_explanation x WHERE x.task_id = c.id)`,
      );
    }
    const filtered = `SELECT * FROM (${inner}) c${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const [{ total }] = await this.ds.query(
      `SELECT count(*)::int AS total FROM (${filtered}) f`,
      p.values,
    );
    const limit = p.add(q.limit);
    const offset = p.add(q.offset);
    const rows = await this.ds.query(
      `SELECT t.id, t.directive_id, d.number AS directive_number, d.title AS directive_title,
              d.doc_type AS directive_doc_type, d.issued_on::text AS directive_issued_on,
              t.item, t.summary, t.lead_unit_code, t.accountable_unit_code, t.issuer_unit_code,
              t.status, t.due_at, t.due_date::text AS due_date, t.due_phrase, t.original_due_at,
              t.submitted_at, t.completed_at, t.parent_task_id, t.series_id, t.period_index,
              f.state, x.reason AS x_reason, x.remaining AS x_remaining,
              x.committed_date::text AS x_committed_date, x.created_at AS x_at
         FROM (${filtered}) f
         JOIN task t ON t.id = f.id
         JOIN directive d ON d.id = t.directive_id
         LEFT JOIN LATERAL (
           SELECT * FROM task_explanation e WHERE e.task_id = t.id ORDER BY e.id DESC LIMIT 1
         ) x ON true
        ORDER BY t.due_at NULLS LAST, t.accountable_unit_code, t.item, t.id
        LIMIT ${limit} OFFSET ${offset}`,
      p.values,
    );
    return {
      total,
      rows: rows.map((r: Record<string, unknown>): TaskListRow => ({
        id: r.id as string,
        directiveId: r.directive_id as string,
        directiveNumber: r.directive_number as string | null,
        directiveTitle: r.directive_title as string,
        directiveDocType: r.directive_doc_type as string,
        directiveIssuedOn: r.directive_issued_on as string,
        item: r.item as string,
        summary: r.summary as string,
        leadUnitCode: r.lead_unit_code as string,
        accountableUnitCode: r.accountable_unit_code as string,
        issuerUnitCode: r.issuer_unit_code as string,
        status: r.status as TaskStatus,
        dueAt: r.due_at as Date | null,
        dueDate: r.due_date as string | null,
        duePhrase: r.due_phrase as string | null,
        originalDueAt: r.original_due_at as Date | null,
        submittedAt: r.submitted_at as Date | null,
        completedAt: r.completed_at as Date | null,
        parentTaskId: r.parent_task_id as string | null,
        seriesId: r.series_id as string | null,
        periodIndex: r.period_index as number | null,
        state: r.state as TaskListRow['state'],
        explanation: r.x_reason
          ? {
              reason: r.x_reason as string,
              remaining: r.x_remaining as string,
              committedDate: r.x_committed_date as string,
              at: r.x_at as Date,
            }
          : null,
      })),
    };
  }
}
