import { Brackets, DataSource, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import {
  BUCKET_RULE,
  DeadlineFilter,
  LocalDate,
  OPEN_STATUSES,
  Priority,
  TASK_BUCKETS,
  TaskBucket,
  TaskStatus,
  localTimeOn,
  addDays,
} from '@dondoc/domain';
import { DirectiveEntity, DirectiveStatus } from '../entities/directive.entity';
import { TaskEntity } from '../entities/task.entity';

/**
 * Who a list is for, as the access policy's reach rule needs it: the user's unit, and the
 * units whose tasks a leader reaches through the hierarchy (their unit and every unit below;
 * none for other roles). `canReachTask` says the same for one task; the spec holds them equal.
 */
export interface ListScope {
  unitCode: string;
  leaderOf: readonly string[];
  /** May issue in the unit's name: sees the unit's drafts. */
  mayIssue: boolean;
}

/** The clock a list is judged by: now, and `dueSoonThresholds(now, calendar)`. */
export interface ListClock {
  now: Date;
  dueSoonThresholds: readonly Date[];
}

export interface TaskListFilter {
  leadUnits?: readonly string[];
  directiveId?: string;
  statuses?: readonly TaskStatus[];
  deadline?: readonly DeadlineFilter[];
  priorities?: readonly Priority[];
  /** Last day on time, inclusive range. */
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  issuerUnit?: string;
  text?: string;
  bucket?: TaskBucket;
}

export const TASK_SORTS = ['urgency', 'due', '-due', '-assigned', '-updated', 'item'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

export interface DirectiveListFilter {
  number?: string;
  docType?: string;
  issuerUnit?: string;
  issuedFrom?: LocalDate;
  issuedTo?: LocalDate;
  statuses?: readonly DirectiveStatus[];
  text?: string;
}

export interface DirectiveListRow {
  directive: DirectiveEntity;
  /** Over the tasks the user reaches, cancelled ones left out. */
  total: number;
  done: number;
  overdue: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

const DONE: TaskStatus = 'done';
const CANCELLED: TaskStatus = 'cancelled';
const DRAFT: DirectiveStatus = 'draft';

/** Words of a search, each to be found somewhere (accent-insensitive, by the database's dd_fold). */
function searchWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/**
 * "Is in the leader's units": a short list is an index-friendly `= ANY`; a long one (a leader
 * at the top holds every unit) a hashed semi-join, not a scan of the list for every row.
 */
function inUnits(scope: ListScope): string {
  return scope.leaderOf.length <= 64
    ? '= ANY(CAST(:reachLeaderOf AS text[]))'
    : 'IN (SELECT unnest(CAST(:reachLeaderOf AS text[])))';
}

/** count(*) of a query's rows (TypeORM's getCount counts DISTINCT ids: a sort it need not do). */
async function countOf<T extends object>(qb: SelectQueryBuilder<T>): Promise<number> {
  const row = await qb.clone().select('count(*)::int', 'n').orderBy().getRawOne<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * The SQL behind the web app's lists of tasks and directives. Reach, deadline states and
 * buckets are written here once, from the domain's constants; services only pass filters.
 */
export class TaskListRepository {
  constructor(private readonly ds: DataSource) {}

  /** The access policy's reach rule (`canReachTask`) for the task aliased `t`. */
  private reach(qb: WhereExpressionBuilder, scope: ListScope, t = 't'): void {
    qb.andWhere(
      new Brackets((w) => {
        w.where(`${t}.lead_unit_code = :reachUnit`)
          .orWhere(`${t}.issuer_unit_code = :reachUnit`)
          .orWhere(`${t}.coordinating_unit_codes @> ARRAY[CAST(:reachUnit AS text)]`)
          // Every level below a task the unit gave (its directive's, or a split of its own)
          // reads as the level above: the ids come first (`reachParams`), so the index serves.
          .orWhere(`${t}.id = ANY(CAST(:reachBelow AS uuid[]))`);
        if (scope.leaderOf.length > 0) w.orWhere(`${t}.lead_unit_code ${inUnits(scope)}`);
      }),
    );
  }

  private async reachParams(scope: ListScope) {
    return {
      reachUnit: scope.unitCode,
      reachLeaderOf: [...scope.leaderOf],
      reachBelow: await this.below(scope.unitCode),
    };
  }

  /**
   * The tasks under any task the unit gave, at every depth. A directive's top-level tasks are
   * given by its issuer, so this is also "every level of a directive the unit issued"; the
   * unit's own splits are tasks it gave too. Starts from the sub-tasks (a partial index), so
   * a unit that gave thousands of unsplit tasks costs nothing here.
   */
  private async below(unitCode: string): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `WITH RECURSIVE below(id, depth) AS (
         SELECT c.id, 1 FROM task c JOIN task p ON p.id = c.parent_task_id
          WHERE c.parent_task_id IS NOT NULL AND p.issuer_unit_code = $1
         UNION ALL
         SELECT c.id, b.depth + 1 FROM task c JOIN below b ON c.parent_task_id = b.id
          WHERE b.depth < 16)
       SELECT DISTINCT id FROM below`,
      [unitCode],
    );
    return rows.map((r) => r.id);
  }

  /** The instant after which the task aliased `t` is no longer "on track" (its policy's dueSoon). */
  private dueSoonFrom(t = 't'): string {
    return `(CASE WHEN (${t}.policy->'dueSoon'->>'seconds') IS NOT NULL
              THEN CAST(:clockNow AS timestamptz)
                   + (${t}.policy->'dueSoon'->>'seconds')::float8 * interval '1 second'
              ELSE (CAST(:clockThresholds AS timestamptz[]))[(${t}.policy->'dueSoon'->>'workingDays')::int + 1]
            END)`;
  }

  private clockParams(clock: ListClock) {
    return {
      clockNow: clock.now.toISOString(),
      clockThresholds: clock.dueSoonThresholds.map((d) => d.toISOString()),
      openStatuses: [...OPEN_STATUSES],
    };
  }

  /** SQL for one deadline state of the task aliased `t`, as `deadlineState` decides it. */
  private deadlineSql(state: DeadlineFilter, t = 't'): string {
    const open = `${t}.status = ANY(:openStatuses)`;
    switch (state) {
      case 'overdue':
        return `(${open} AND ${t}.due_at <= :clockNow)`;
      case 'due_soon':
        return `(${open} AND ${t}.due_at > :clockNow AND ${t}.due_at <= ${this.dueSoonFrom(t)})`;
      case 'on_track':
        return `(${open} AND (${t}.due_at IS NULL OR ${t}.due_at > ${this.dueSoonFrom(t)}))`;
      case 'done_on_time':
        return `(${t}.status = :doneStatus AND ${t}.outcome = 'on_time')`;
      case 'done_late':
        return `(${t}.status = :doneStatus AND ${t}.outcome = 'late')`;
    }
  }

  private bucketSql(bucket: TaskBucket, t = 't'): string {
    const rule = BUCKET_RULE[bucket];
    const statuses = `${t}.status = ANY(:bucket_${bucket})`;
    return rule.deadline ? `(${statuses} AND ${this.deadlineSql(rule.deadline, t)})` : statuses;
  }

  private bucketParams() {
    return Object.fromEntries(
      TASK_BUCKETS.map((b) => [`bucket_${b}`, [...BUCKET_RULE[b].statuses]]),
    );
  }

  private async tasksQuery(
    scope: ListScope,
    f: TaskListFilter,
    clock: ListClock,
    withBucket: boolean,
  ): Promise<SelectQueryBuilder<TaskEntity>> {
    const qb = this.ds
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin(DirectiveEntity, 'd', 'd.id = t.directive_id')
      .setParameters({
        ...(await this.reachParams(scope)),
        ...this.clockParams(clock),
        ...this.bucketParams(),
        doneStatus: DONE,
      });
    this.reach(qb, scope);
    if (f.leadUnits?.length)
      qb.andWhere('t.lead_unit_code = ANY(:leadUnits)', { leadUnits: f.leadUnits });
    if (f.directiveId) qb.andWhere('t.directive_id = :directiveId', { directiveId: f.directiveId });
    if (f.statuses?.length) qb.andWhere('t.status = ANY(:statuses)', { statuses: f.statuses });
    if (f.priorities?.length)
      qb.andWhere('t.priority = ANY(:priorities)', { priorities: f.priorities });
    if (f.issuerUnit) qb.andWhere('t.issuer_unit_code = :issuerUnit', { issuerUnit: f.issuerUnit });
    if (f.dueFrom) qb.andWhere('t.due_at > :dueFrom', { dueFrom: localTimeOn(f.dueFrom) });
    if (f.dueTo) qb.andWhere('t.due_at <= :dueTo', { dueTo: localTimeOn(addDays(f.dueTo, 1)) });
    if (f.deadline?.length) {
      qb.andWhere(`(${f.deadline.map((s) => this.deadlineSql(s)).join(' OR ')})`);
    }
    searchWords(f.text ?? '').forEach((word, i) => {
      qb.andWhere(`t.search_text LIKE '%' || dd_fold(:word${i}) || '%'`, { [`word${i}`]: word });
    });
    if (withBucket && f.bucket) qb.andWhere(this.bucketSql(f.bucket));
    return qb;
  }

  async listTasks(
    scope: ListScope,
    f: TaskListFilter,
    clock: ListClock,
    sort: TaskSort,
    page: number,
    pageSize: number,
  ): Promise<Page<TaskEntity>> {
    const qb = await this.tasksQuery(scope, f, clock, true);
    const total = await countOf(qb);
    switch (sort) {
      case 'urgency':
        // Overdue first, then other open tasks by deadline, then closed ones, latest first.
        qb.addSelect(
          `CASE WHEN t.status = ANY(:openStatuses) AND t.due_at <= :clockNow THEN 0
                WHEN t.status = ANY(:openStatuses) THEN 1 ELSE 2 END`,
          'urgency_rank',
        )
          .orderBy('urgency_rank', 'ASC')
          .addOrderBy('t.due_at', 'ASC', 'NULLS LAST');
        break;
      case 'due':
        qb.orderBy('t.due_at', 'ASC', 'NULLS LAST');
        break;
      case '-due':
        qb.orderBy('t.due_at', 'DESC', 'NULLS LAST');
        break;
      case '-assigned':
        qb.orderBy('t.assigned_at', 'DESC');
        break;
      case '-updated':
        qb.orderBy('t.updated_at', 'DESC');
        break;
      case 'item':
        qb.orderBy('d.issued_on', 'DESC').addOrderBy('t.directive_id').addOrderBy('t.item');
        break;
    }
    qb.addOrderBy('t.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize);
    return { items: await qb.getMany(), total };
  }

  /** How many tasks each bucket holds, under the same filters (the bucket itself left out). */
  async bucketCounts(
    scope: ListScope,
    f: TaskListFilter,
    clock: ListClock,
  ): Promise<Record<TaskBucket, number>> {
    const qb = (await this.tasksQuery(scope, f, clock, false)).select([]);
    for (const b of TASK_BUCKETS)
      qb.addSelect(`count(*) FILTER (WHERE ${this.bucketSql(b)})::int`, b);
    const row = (await qb.getRawOne()) as Record<TaskBucket, number>;
    return Object.fromEntries(TASK_BUCKETS.map((b) => [b, row[b] ?? 0])) as Record<
      TaskBucket,
      number
    >;
  }

  /** Directives within reach (`canReachDirective`), with counts over the tasks the user reaches. */
  async listDirectives(
    scope: ListScope,
    f: DirectiveListFilter,
    clock: ListClock,
    page: number,
    pageSize: number,
  ): Promise<Page<DirectiveListRow>> {
    const reachableTask = this.ds
      .getRepository(TaskEntity)
      .createQueryBuilder('rt')
      .select('1')
      .where('rt.directive_id = d.id');
    this.reach(reachableTask, scope, 'rt');
    const qb = this.ds
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .setParameters({ ...(await this.reachParams(scope)), ...this.clockParams(clock) })
      .where(
        new Brackets((w) =>
          w
            .where('d.issuer_unit_code = :reachUnit')
            .orWhere(`d.issuer_unit_code ${inUnits(scope)}`)
            .orWhere(`EXISTS (${reachableTask.getQuery()})`),
        ),
      )
      // A draft is its own unit's issuers' business until it is issued.
      .andWhere(
        scope.mayIssue
          ? '(d.status <> :draft OR d.issuer_unit_code = :reachUnit)'
          : 'd.status <> :draft',
        { draft: DRAFT },
      );
    if (f.number) {
      qb.andWhere(`d.number ILIKE '%' || :number || '%'`, {
        number: f.number.replace(/[\\%_]/g, (c) => `\\${c}`),
      });
    }
    if (f.docType) qb.andWhere('d.doc_type = :docType', { docType: f.docType });
    if (f.issuerUnit) qb.andWhere('d.issuer_unit_code = :issuerUnit', { issuerUnit: f.issuerUnit });
    if (f.issuedFrom) qb.andWhere('d.issued_on >= :issuedFrom', { issuedFrom: f.issuedFrom });
    if (f.issuedTo) qb.andWhere('d.issued_on <= :issuedTo', { issuedTo: f.issuedTo });
    if (f.statuses?.length) qb.andWhere('d.status = ANY(:dstatuses)', { dstatuses: f.statuses });
    searchWords(f.text ?? '').forEach((word, i) => {
      qb.andWhere(`d.search_text LIKE '%' || dd_fold(:dword${i}) || '%'`, { [`dword${i}`]: word });
    });
    const total = await countOf(qb);
    const directives = await qb
      .orderBy('d.issued_on', 'DESC')
      .addOrderBy('d.created_at', 'DESC')
      .addOrderBy('d.id')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getMany();
    if (directives.length === 0) return { items: [], total };
    const counts = this.ds
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .select('t.directive_id', 'id')
      .addSelect('count(*) FILTER (WHERE t.status <> :cancelled)::int', 'total')
      .addSelect('count(*) FILTER (WHERE t.status = :done)::int', 'done')
      .addSelect(
        'count(*) FILTER (WHERE t.status = ANY(:openStatuses) AND t.due_at <= :clockNow)::int',
        'overdue',
      )
      .where('t.directive_id = ANY(:ids)', { ids: directives.map((d) => d.id) })
      .setParameters({
        ...(await this.reachParams(scope)),
        ...this.clockParams(clock),
        cancelled: CANCELLED,
        done: DONE,
      })
      .groupBy('t.directive_id');
    this.reach(counts, scope);
    const byId = new Map(
      (await counts.getRawMany<{ id: string; total: number; done: number; overdue: number }>()).map(
        (r) => [r.id, r],
      ),
    );
    return {
      items: directives.map((directive) => {
        const c = byId.get(directive.id);
        return { directive, total: c?.total ?? 0, done: c?.done ?? 0, overdue: c?.overdue ?? 0 };
      }),
      total,
    };
  }

  /** The directives of a page of tasks, by id. */
  async directivesOf(tasks: readonly TaskEntity[]): Promise<Map<string, DirectiveEntity>> {
    const ids = [...new Set(tasks.map((t) => t.directiveId))];
    if (ids.length === 0) return new Map();
    const rows = await this.ds
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .where('d.id = ANY(:ids)', { ids })
      .getMany();
    return new Map(rows.map((d) => [d.id, d]));
  }

  /** The ids among `taskIds` within reach: lets a test hold the SQL rule to `canReachTask`. */
  async reachableTaskIds(scope: ListScope, taskIds: readonly string[]): Promise<string[]> {
    const qb = this.ds
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .where('t.id = ANY(:taskIds)', { taskIds })
      .setParameters(await this.reachParams(scope));
    this.reach(qb, scope);
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }
}
