import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  BUCKET_STATES,
  BUCKETS,
  BucketCounts,
  DueBasis,
  Principal,
  ReportPeriod,
  TaskListFilter,
  addCounts,
  completionRate,
  cutoffOf,
  dueSoonLimit,
  emptyCounts,
  filterQuery,
  localDateOf,
  localTimeOn,
  addDays,
  monthsOf,
  onTimeRate,
  periodBounds,
  rankRows,
  ruleNotes,
} from '@dondoc/domain';
import {
  DirectiveEntity,
  ReportCut,
  ReportFilter,
  ReportRepository,
  ReportRow,
  SqlReportRepository,
  TaskListRow,
} from '@dondoc/persistence';
import { ReportContextService, UnitInfo } from './report-context.service';
import {
  Group,
  ReportFilterDto,
  SummaryQueryDto,
  SummaryRowView,
  SummaryView,
  ReportTaskItemView,
  ReportTaskQueryDto,
  ReportTaskListView,
  TrendView,
} from './report.dto';

const DAY_MS = 86_400_000;

export interface ResolvedFilter {
  period: ReportPeriod | null;
  cut: ReportCut;
  basis: DueBasis;
  filter: ReportFilter;
}

/** "78/KH-VKSTC" or the document type and date when it has no number. */
export function directiveLabel(
  d: Pick<DirectiveEntity, 'number' | 'docType' | 'issuedOn'>,
): string {
  return d.number ?? `${d.docType} ngày ${d.issuedOn.split('-').reverse().join('/')}`;
}

/** Who is late: the summary by unit, directive or issuer, its trend, and the task list of any cell. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SqlReportRepository) private readonly repo: ReportRepository,
    private readonly ctx: ReportContextService,
  ) {}

  /** The period, the cut and the filters of a query, checked. */
  async resolve(q: ReportFilterDto, now = new Date()): Promise<ResolvedFilter> {
    const period = q.period ? this.ctx.period(q.period) : null;
    const basis = q.basis ?? 'in_force';
    const at = period ? cutoffOf(period, now) : now;
    const calendar = await this.ctx.calendar();
    const bounds = period ? periodBounds(period) : { start: at, end: at };
    if (q.unit) await this.ctx.checkUnit(q.unit);
    const filter: ReportFilter = {
      directiveId: q.directive,
      issuerUnitCode: q.issuer,
      unitCodes: q.unit ? (q.rollup ? await this.ctx.subtree(q.unit) : [q.unit]) : undefined,
      dueFrom: q.dueFrom ? localTimeOn(q.dueFrom) : undefined,
      dueBefore: q.dueTo ? localTimeOn(addDays(q.dueTo, 1)) : undefined,
    };
    // "Due on day d" is judged by its first late instant, which is 00:00 of d + 1.
    if (filter.dueFrom) filter.dueFrom = new Date(filter.dueFrom.getTime() + 1);
    if (filter.dueBefore) filter.dueBefore = new Date(filter.dueBefore.getTime() + 1);
    return {
      period,
      basis,
      filter,
      cut: {
        ...bounds,
        at,
        basis,
        dueSoonBefore: dueSoonLimit(at, this.ctx.dueSoonWorkingDays, calendar),
      },
    };
  }

  async summary(p: Principal, q: SummaryQueryDto, now = new Date()): Promise<SummaryView> {
    const group: Group = q.groupBy ?? 'unit';
    const r = await this.resolve(q, now);
    const period = r.period ?? this.ctx.period(undefined);
    const scope = await this.ctx.scope(p);
    const base = await this.repo.summary(group, scope, r.cut, r.filter);
    const rollup = group === 'unit' && Boolean(q.rollup);
    const units = await this.ctx.units();
    // Each row's cells: its task list, narrowed by the states of `drillDownStates`.
    const drill = (extra: TaskListFilter) =>
      filterQuery({
        period: q.period,
        basis: r.basis,
        directive: q.directive,
        issuer: q.issuer,
        dueFrom: q.dueFrom,
        dueTo: q.dueTo,
        ...extra,
      });
    let rows: Omit<SummaryRowView, 'rank'>[];
    if (group === 'unit') {
      const shaped = rollup
        ? await this.rollUp(base, scope.root, units)
        : base.map((b) => ({ code: b.key, counts: b.counts, depth: 0 }));
      rows = shaped
        .map((s) => ({
          ...this.row(
            s.code,
            units.get(s.code)?.shortName ?? s.code,
            s.counts,
            s.depth,
            drill({
              unit: s.code,
              rollup: rollup || undefined,
            }),
          ),
          parent: units.get(s.code)?.parentCode ?? null,
        }))
        .sort(rollup ? () => 0 : (a, b) => this.byOrdinal(units, a.key, b.key));
    } else if (group === 'issuer') {
      rows = base
        .map((b) =>
          this.row(
            b.key,
            units.get(b.key)?.shortName ?? b.key,
            b.counts,
            0,
            drill({ issuer: b.key }),
          ),
        )
        .sort((a, b) => this.byOrdinal(units, a.key, b.key));
    } else {
      const directives = base.length
        ? await this.ds.getRepository(DirectiveEntity).findBy({ id: In(base.map((b) => b.key)) })
        : [];
      const byId = new Map(directives.map((d) => [d.id, d]));
      rows = base
        .map((b) => {
          const d = byId.get(b.key);
          const label = d ? `${directiveLabel(d)}: ${d.title}` : b.key;
          return this.row(b.key, label, b.counts, 0, drill({ directive: b.key }));
        })
        .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    }
    const ranks = this.ranks(rows);
    const totalCounts = base.reduce((s, b) => addCounts(s, b.counts), emptyCounts());
    return {
      period: { kind: period.kind, from: period.from, to: period.to, label: period.label },
      at: r.cut.at.toISOString(),
      groupBy: group,
      basis: r.basis,
      rollup,
      dueSoonWorkingDays: this.ctx.dueSoonWorkingDays,
      rows: rows.map((row, i) => ({ ...row, rank: ranks[i] })),
      drillDownStates: Object.fromEntries(
        (['total', ...BUCKETS, 'due_soon'] as const).map((b) => [
          b,
          b === 'total' ? '' : filterQuery({ deadlineState: BUCKET_STATES[b] }),
        ]),
      ),
      total: { ...this.row('total', 'Tổng số', totalCounts, 0, drill({})), rank: null },
      notes: ruleNotes({
        period,
        at: r.cut.at,
        basis: r.basis,
        dueSoonWorkingDays: this.ctx.dueSoonWorkingDays,
        rollup,
      }),
    };
  }

  /** Month by month over the period (or the twelve months ending with it when shorter). */
  async trend(p: Principal, q: ReportFilterDto, now = new Date()): Promise<TrendView> {
    const period = this.ctx.period(q.period);
    const scope = await this.ctx.scope(p);
    const months = monthsOf(period).filter((m) => periodBounds(m).start.getTime() <= now.getTime());
    const out: TrendView['months'] = [];
    for (const m of months) {
      const r = await this.resolve({ ...q, period: `${m.from.slice(0, 7)}` }, now);
      const rows = await this.repo.summary('unit', scope, r.cut, r.filter);
      const counts = rows.reduce((s, b) => addCounts(s, b.counts), emptyCounts());
      out.push({
        period: m.from.slice(0, 7),
        label: m.label,
        counts,
        onTimeRate: onTimeRate(counts),
      });
    }
    return {
      months: out,
      notes: ruleNotes({
        period,
        at: cutoffOf(period, now),
        basis: q.basis ?? 'in_force',
        dueSoonWorkingDays: this.ctx.dueSoonWorkingDays,
        rollup: false,
      }).slice(1),
    };
  }

  async tasks(p: Principal, q: ReportTaskQueryDto, now = new Date()): Promise<ReportTaskListView> {
    const r = await this.resolve(q, now);
    const scope = await this.ctx.scope(p);
    const { total, rows } = await this.repo.tasks({
      scope,
      cut: r.cut,
      inPeriod: r.period !== null,
      filter: r.filter,
      states: q.deadlineState,
      explained: q.explained,
      limit: q.limit ?? 200,
      offset: q.offset ?? 0,
    });
    const units = await this.ctx.units();
    return {
      total,
      at: r.cut.at.toISOString(),
      period: r.period?.label ?? null,
      items: rows.map((t) => this.listItem(t, r.cut.at, units)),
    };
  }

  private listItem(t: TaskListRow, at: Date, units: Map<string, UnitInfo>): ReportTaskItemView {
    const dueAt = t.dueAt;
    const overdueDays =
      t.state === 'overdue' && dueAt
        ? Math.floor(
            (Date.parse(localDateOf(at)) - Date.parse(localDateOf(new Date(dueAt.getTime() - 1)))) /
              DAY_MS,
          )
        : null;
    return {
      id: t.id,
      directiveId: t.directiveId,
      directive: directiveLabel({
        number: t.directiveNumber,
        docType: t.directiveDocType,
        issuedOn: t.directiveIssuedOn,
      }),
      item: t.item,
      summary: t.summary,
      leadUnit: t.leadUnitCode,
      leadUnitName: units.get(t.leadUnitCode)?.shortName ?? t.leadUnitCode,
      countedFor: t.accountableUnitCode,
      parentTaskId: t.parentTaskId,
      issuerUnit: t.issuerUnitCode,
      status: t.status,
      dueDate: t.dueDate,
      originalDueDate: t.originalDueAt
        ? localDateOf(new Date(t.originalDueAt.getTime() - 1))
        : null,
      submittedAt: t.submittedAt?.toISOString() ?? null,
      completedAt: t.completedAt?.toISOString() ?? null,
      deadlineState: t.state,
      daysOverdue: overdueDays,
      explanation: t.explanation
        ? {
            reason: t.explanation.reason,
            remaining: t.explanation.remaining,
            committedDate: t.explanation.committedDate,
            at: t.explanation.at.toISOString(),
          }
        : null,
    };
  }

  private row(
    key: string,
    label: string,
    counts: BucketCounts,
    depth: number,
    drill: string,
  ): Omit<SummaryRowView, 'rank'> {
    return {
      key,
      label,
      parent: null,
      depth,
      counts,
      onTimeRate: onTimeRate(counts),
      completionRate: completionRate(counts),
      drillDown: drill,
    };
  }

  /** Flat: one ranking. Rolled up: units ranked among their siblings. */
  private ranks(rows: Omit<SummaryRowView, 'rank'>[]): (number | null)[] {
    const out: (number | null)[] = rows.map(() => null);
    const flat = rows.every((r) => r.depth === 0);
    const groups = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const k = flat ? '' : (r.parent ?? '');
      groups.set(k, [...(groups.get(k) ?? []), i]);
    });
    for (const idx of groups.values()) {
      const ranks = rankRows(idx.map((i) => rows[i]));
      idx.forEach((i, j) => (out[i] = ranks[j]));
    }
    return out;
  }

  /**
   * Rows over the org tree: each unit's counts include every unit below it. Rows are the
   * units with counts and their ancestors up to the user's own unit, in directory order.
   */
  private async rollUp(
    base: ReportRow[],
    root: string,
    units: Map<string, UnitInfo>,
  ): Promise<{ code: string; counts: BucketCounts; depth: number }[]> {
    const rolled = new Map<string, BucketCounts>();
    for (const b of base) {
      const chain = await this.ctx.ancestry(b.key);
      const upTo = chain.indexOf(root);
      for (const u of upTo >= 0 ? chain.slice(0, upTo + 1) : [b.key]) {
        rolled.set(u, addCounts(rolled.get(u) ?? emptyCounts(), b.counts));
      }
    }
    const children = new Map<string | null, string[]>();
    for (const code of rolled.keys()) {
      const parent = units.get(code)?.parentCode ?? null;
      const key = parent && rolled.has(parent) ? parent : null;
      children.set(key, [...(children.get(key) ?? []), code]);
    }
    const out: { code: string; counts: BucketCounts; depth: number }[] = [];
    const walk = (code: string, depth: number) => {
      out.push({ code, counts: rolled.get(code)!, depth });
      for (const c of (children.get(code) ?? []).sort((a, b) => this.byOrdinal(units, a, b)))
        walk(c, depth + 1);
    };
    for (const top of (children.get(null) ?? []).sort((a, b) => this.byOrdinal(units, a, b)))
      walk(top, 0);
    return out;
  }

  private byOrdinal(units: Map<string, UnitInfo>, a: string, b: string): number {
    return (units.get(a)?.ordinal ?? 0) - (units.get(b)?.ordinal ?? 0) || a.localeCompare(b);
  }
}
