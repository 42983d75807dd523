import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  DomainException,
  ErrorCode,
  Figures,
  Principal,
  attainment,
  cutoffOf,
  dueSoonLimit,
  figuresProblem,
  mayManageTargetsFor,
  periodBounds,
  reportScope,
  sumFigures,
  targetText,
} from '@dondoc/domain';
import {
  DirectiveEntity,
  SqlReportRepository,
  TargetRepository,
  TaskFiguresEntity,
  TaskTargetEntity,
} from '@dondoc/persistence';
import { recordApiEvent } from '../common/api-audit';
import { TaskAccessService } from '../tasks/task-access.service';
import { ReportContextService, UnitInfo } from './report-context.service';
import {
  AttainmentQueryDto,
  AttainmentRowView,
  AttainmentView,
  CreateTargetDto,
  FiguresDto,
  TargetView,
  TaskFiguresView,
} from './target.dto';

export function mapTarget(t: TaskTargetEntity): TargetView {
  return {
    id: t.id,
    directiveId: t.directiveId,
    item: t.item,
    kind: t.kind,
    label: t.label,
    threshold: t.threshold,
    targetText: targetText(t),
    aggregation: t.aggregation,
    numeratorLabel: t.numeratorLabel,
    denominatorLabel: t.denominatorLabel,
  };
}

const notFound = () => new DomainException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');

/**
 * Targets (chỉ tiêu) on a directive's items; units report their figures through the period
 * tasks they already have; attainment is computed from sums over units and the org tree.
 */
@Injectable()
export class TargetsService {
  private readonly figures: TargetRepository;
  private readonly reports: SqlReportRepository;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: TaskAccessService,
    private readonly ctx: ReportContextService,
  ) {
    this.figures = new TargetRepository(ds);
    this.reports = new SqlReportRepository(ds);
  }

  async create(p: Principal, dto: CreateTargetDto): Promise<TargetView> {
    const directive = await this.ds
      .getRepository(DirectiveEntity)
      .findOneBy({ id: dto.directiveId });
    if (!directive) throw notFound();
    if (!mayManageTargetsFor(p, await this.ctx.ancestry(directive.issuerUnitCode))) {
      if (!(await this.visible(p, directive))) throw notFound();
      throw new DomainException(
        ErrorCode.Forbidden,
        'Chỉ lãnh đạo, văn thư của đơn vị ban hành được đặt chỉ tiêu.',
      );
    }
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM task WHERE directive_id = $1 AND item = $2`,
      [dto.directiveId, dto.item],
    );
    if (n === 0) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'item', message: `Văn bản không có mục "${dto.item}".` },
      ]);
    }
    if (dto.kind !== 'count' && dto.threshold > 100) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'threshold', message: 'Chỉ tiêu tỷ lệ không quá 100%.' },
      ]);
    }
    const now = new Date();
    try {
      const saved = await this.ds.transaction(async (em) => {
        const row = await em.save(
          em.create(TaskTargetEntity, {
            directiveId: dto.directiveId,
            item: dto.item,
            kind: dto.kind,
            label: dto.label,
            threshold: dto.threshold,
            aggregation: dto.aggregation ?? 'sum',
            numeratorLabel: dto.numeratorLabel ?? null,
            denominatorLabel: dto.denominatorLabel ?? null,
            createdBy: p.userId,
            createdAt: now,
          }),
        );
        await recordApiEvent(em, p, now, {
          action: 'target.created',
          directiveId: dto.directiveId,
          unitCode: directive.issuerUnitCode,
          after: { ...mapTarget(row) },
        });
        return row;
      });
      return mapTarget(saved);
    } catch (e) {
      if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') {
        throw new DomainException(ErrorCode.InvalidTransition, 'Mục này đã có chỉ tiêu cùng tên.');
      }
      throw e;
    }
  }

  /**
   * A directive's targets are for its issuing side (the issuer and units above it) and for
   * the units whose tasks it holds within the user's report scope.
   */
  private async visible(p: Principal, d: DirectiveEntity): Promise<boolean> {
    if ((await this.ctx.ancestry(d.issuerUnitCode)).includes(p.unitCode)) return true;
    const s = reportScope(p);
    const units = s.withSubtree ? await this.ctx.subtree(s.unitCode) : [s.unitCode];
    const [{ n }] = await this.ds.query(
      `SELECT count(*)::int AS n FROM task
        WHERE directive_id = $1 AND (lead_unit_code = ANY($2) OR accountable_unit_code = ANY($2) OR issuer_unit_code = $3)`,
      [d.id, units, p.unitCode],
    );
    return n > 0;
  }

  async list(p: Principal, directiveId: string): Promise<TargetView[]> {
    const directive = await this.ds.getRepository(DirectiveEntity).findOneBy({ id: directiveId });
    if (!directive || !(await this.visible(p, directive))) throw notFound();
    const rows = await this.ds
      .getRepository(TaskTargetEntity)
      .find({ where: { directiveId }, order: { item: 'ASC', createdAt: 'ASC' } });
    return rows.map(mapTarget);
  }

  /** The form of a period's task: the targets of its item, with what the unit reported. */
  async taskFigures(p: Principal, taskId: string): Promise<TaskFiguresView[]> {
    const { task } = await this.access.readable(p, taskId);
    const targets = await this.ds.getRepository(TaskTargetEntity).find({
      where: { directiveId: task.directiveId, item: task.item },
      order: { createdAt: 'ASC' },
    });
    const figures = await this.ds.getRepository(TaskFiguresEntity).findBy({ taskId });
    return targets.map((t) => {
      const f = figures.find((x) => x.targetId === t.id);
      return {
        target: mapTarget(t),
        numerator: f?.numerator ?? null,
        denominator: f?.denominator ?? null,
        note: f?.note ?? null,
        reportedAt: f?.reportedAt.toISOString() ?? null,
      };
    });
  }

  /** A unit reports its own figures (not its sub-units': the tree adds those up). */
  async report(p: Principal, taskId: string, dto: FiguresDto): Promise<TaskFiguresView[]> {
    const { task } = await this.access.actionable(p, taskId);
    const target = await this.ds.getRepository(TaskTargetEntity).findOneBy({ id: dto.targetId });
    if (!target || target.directiveId !== task.directiveId || target.item !== task.item) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'targetId', message: 'Chỉ tiêu này không thuộc mục của nhiệm vụ.' },
      ]);
    }
    if (task.status === 'cancelled') {
      throw new DomainException(ErrorCode.InvalidTransition, 'Nhiệm vụ đã hủy.');
    }
    const figures: Figures = { numerator: dto.numerator, denominator: dto.denominator ?? null };
    const problem = figuresProblem(target, figures);
    if (problem) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'numerator', message: problem },
      ]);
    }
    const now = new Date();
    await this.ds.transaction(async (em) => {
      const before = await em.findOneBy(TaskFiguresEntity, { taskId, targetId: target.id });
      await em.save(
        em.create(TaskFiguresEntity, {
          taskId,
          targetId: target.id,
          unitCode: task.leadUnitCode,
          numerator: figures.numerator,
          denominator: figures.denominator,
          note: dto.note ?? null,
          reportedBy: p.userId,
          reportedAt: now,
        }),
      );
      await recordApiEvent(em, p, now, {
        action: 'task.figures',
        directiveId: task.directiveId,
        taskId,
        unitCode: task.leadUnitCode,
        before: before ? { numerator: before.numerator, denominator: before.denominator } : null,
        after: { target: target.label, ...figures },
      });
    });
    return this.taskFigures(p, taskId);
  }

  async attainment(p: Principal, q: AttainmentQueryDto): Promise<AttainmentView> {
    const period = this.ctx.period(q.period);
    const directive = await this.ds.getRepository(DirectiveEntity).findOneBy({ id: q.directiveId });
    if (!directive || !(await this.visible(p, directive))) throw notFound();
    // The issuing side sees every unit; a unit sees itself and the units below it.
    const issuing = (await this.ctx.ancestry(directive.issuerUnitCode)).includes(p.unitCode);
    const s = reportScope(p);
    const mine = new Set(s.withSubtree ? await this.ctx.subtree(s.unitCode) : [s.unitCode]);
    const visible = (unit: string) => issuing || mine.has(unit);
    const targets = await this.ds
      .getRepository(TaskTargetEntity)
      .find({ where: { directiveId: q.directiveId }, order: { item: 'ASC', createdAt: 'ASC' } });
    const units = await this.ctx.units();
    const { start, end } = periodBounds(period);
    const out: AttainmentView['targets'] = [];
    for (const t of targets) {
      let base: { unitCode: string; figures: Figures }[];
      if (t.kind === 'on_time') {
        const at = cutoffOf(period, new Date());
        const rows = await this.reports.summary(
          'unit',
          { issuerUnitCode: null, unitCodes: null },
          {
            start,
            end,
            at,
            basis: 'in_force',
            dueSoonBefore: dueSoonLimit(at, 1, await this.ctx.calendar()),
          },
          { directiveId: t.directiveId, item: t.item },
        );
        base = rows.map((r) => ({
          unitCode: r.key,
          figures: {
            numerator: r.counts.done_on_time,
            denominator: r.counts.done_on_time + r.counts.done_late + r.counts.open_overdue,
          },
        }));
      } else {
        base = (await this.figures.figures(t.id, t.aggregation, start, end)).map((f) => ({
          unitCode: f.unitCode,
          figures: { numerator: f.numerator, denominator: f.denominator },
        }));
      }
      base = base.filter((b) => visible(b.unitCode));
      const spec = { kind: t.kind, threshold: t.threshold, aggregation: t.aggregation };
      const row = (
        unit: string,
        label: string,
        depth: number,
        f: Figures | null,
      ): AttainmentRowView => {
        const a = attainment(spec, f);
        return {
          unit,
          label,
          depth,
          numerator: f?.numerator ?? null,
          denominator: f?.denominator ?? null,
          achieved: a.achieved,
          met: a.met,
          margin: a.margin,
          colour: a.colour,
        };
      };
      const shaped = q.rollup
        ? await this.rollUp(base, units)
        : base.map((b) => ({ ...b, depth: 0 }));
      out.push({
        target: mapTarget(t),
        rows: shaped.map((b) =>
          row(b.unitCode, units.get(b.unitCode)?.shortName ?? b.unitCode, b.depth, b.figures),
        ),
        total: row(
          'total',
          'Tổng số',
          0,
          base.length ? sumFigures(base.map((b) => b.figures)) : null,
        ),
      });
    }
    return {
      period: period.label,
      targets: out,
      notes: [
        `Kỳ: ${period.label}. Số liệu của các nhiệm vụ đến hạn trong kỳ.`,
        'Tỷ lệ tính từ tổng tử số và tổng mẫu số của các đơn vị (không lấy trung bình các tỷ lệ).',
        'Chỉ tiêu "lũy kế": lấy số liệu báo cáo gần nhất trong kỳ của mỗi đơn vị.',
        ...(q.rollup ? ['Số liệu của mỗi đơn vị gồm cả các đơn vị cấp dưới.'] : []),
      ],
    };
  }

  /** Each unit with its subtree's figures summed, in directory order. */
  private async rollUp(
    base: { unitCode: string; figures: Figures }[],
    units: Map<string, UnitInfo>,
  ): Promise<{ unitCode: string; figures: Figures; depth: number }[]> {
    const sums = new Map<string, Figures[]>();
    for (const b of base) {
      for (const u of await this.ctx.ancestry(b.unitCode))
        sums.set(u, [...(sums.get(u) ?? []), b.figures]);
    }
    // Units above the top of what reported, adding nothing to one child, are left out.
    const keys = [...sums.keys()];
    const codes = keys.filter(
      (c) =>
        base.some((b) => b.unitCode === c) ||
        !keys.some(
          (k) => units.get(k)?.parentCode === c && sums.get(k)!.length === sums.get(c)!.length,
        ),
    );
    const depth = async (c: string) =>
      (await this.ctx.ancestry(c)).filter((a) => codes.includes(a)).length - 1;
    const out = [];
    for (const c of codes.sort(
      (a, b) => (units.get(a)?.ordinal ?? 0) - (units.get(b)?.ordinal ?? 0),
    )) {
      out.push({ unitCode: c, figures: sumFigures(sums.get(c)!), depth: await depth(c) });
    }
    return out;
  }
}
