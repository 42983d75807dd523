import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import {
  PolicySpec,
  Principal,
  Recurrence,
  canReachDirective,
  mayIssueFor,
  vietnameseCalendar,
} from '../../../../libs/domain/src';
import { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';
import { RuntimeConfig } from '../../../../libs/platform/src';
import { TaskAccessService } from '../tasks/task-access.service';
import { readPolicySpec } from '../../../../libs/domain/src/schedule/policy-schema';
import { taskWorkflowInput } from '../../../../libs/contracts/src';
import {
  DirectiveEntity,
  TaskEntity,
  TaskSeriesEntity,
  taskStateOf,
} from '../../../../libs/persistence/src';
import { ApiException, ErrorCode, FieldError } from '../common/api-error';
import { inLanes } from '../common/lanes';
import { activeUnitCodes } from '../org/active-units';
import { loadGroupMembers } from './group-members';
import { insertIssuedTasks } from './task-rows';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { CreateDirectiveDto, CreateTaskDto } from './dto/create-directive.dto';
import { DirectiveView, mapDirective } from './directive.mapper';

/** Workflow starts in flight at once: enough to hide the round trips, few enough for the server. */
const START_CONCURRENCY = 64;
const MARK_CHUNK = 500;

export interface CreateDirectiveResult {
  created: boolean;
  view: DirectiveView;
}

@Injectable()
export class DirectivesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DirectivesService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly workflows: TaskWorkflowGateway,
    private readonly access: TaskAccessService,
    private readonly org: OrgTreeService,
    private readonly config: RuntimeConfig,
    private readonly calendars: CalendarService,
  ) {}

  /**
   * Stores a directive and its tasks in one transaction, then starts one workflow per task.
   * A repeat with the same Idempotency-Key returns the stored directive and only starts
   * what a failed first attempt left unstarted.
   */
  async issue(
    p: Principal,
    dto: CreateDirectiveDto,
    idempotencyKey: string | null,
  ): Promise<CreateDirectiveResult> {
    if (idempotencyKey) {
      const existing = await this.ds.getRepository(DirectiveEntity).findOneBy({ idempotencyKey });
      if (existing) return this.repeat(p, existing);
    }
    const policy = this.policyOf(dto);
    const recurrences = dto.tasks.map((t, i) => this.recurrenceOf(t, i));
    const groups = await loadGroupMembers(this.ds.manager);
    await this.checkUnits(dto, groups);
    if (!mayIssueFor(p, dto.issuerUnit)) {
      throw new ApiException(
        ErrorCode.Forbidden,
        'Chỉ được ban hành văn bản nhân danh đơn vị của mình.',
        [{ field: 'issuerUnit', message: 'Không phải đơn vị của người dùng.' }],
      );
    }
    const now = new Date();
    let directiveId: string;
    try {
      directiveId = await this.ds.transaction(async (em) => {
        const directive = await em.save(
          em.create(DirectiveEntity, {
            number: dto.number ?? null,
            docType: dto.docType,
            title: dto.title,
            issuedOn: dto.issuedOn,
            issuedPlace: dto.issuedPlace ?? null,
            issuerUnitCode: dto.issuerUnit,
            signer: dto.signer ? { ...dto.signer, authority: dto.signer.authority ?? null } : null,
            body: dto.body ?? null,
            status: 'issued',
            policy,
            idempotencyKey,
          }),
        );
        await insertIssuedTasks(em, p, directive, {
          policy,
          specs: dto.tasks.map((t, i) => ({
            item: t.item,
            summary: t.summary,
            content: t.content ?? null,
            leadUnit: t.leadUnit,
            coordinatingUnits: t.coordinatingUnits ?? [],
            due: t.due ?? null,
            duePhrase: t.duePhrase ?? null,
            priority: t.priority ?? 'thuong',
            recurrence: recurrences[i],
          })),
          groups,
          now,
        });
        return directive.id;
      });
    } catch (err) {
      // Two concurrent first attempts with one key: the loser answers like a repeat.
      const winner =
        idempotencyKey && (err as { code?: string }).code === '23505'
          ? await this.ds.getRepository(DirectiveEntity).findOneBy({ idempotencyKey })
          : null;
      if (!winner) throw err;
      return this.repeat(p, winner);
    }
    await this.startPending(directiveId);
    return { created: true, view: await this.view(p, directiveId) };
  }

  /** A repeated request: the same issuer gets the stored directive; anyone else a conflict. */
  private async repeat(p: Principal, existing: DirectiveEntity): Promise<CreateDirectiveResult> {
    if (existing.issuerUnitCode !== p.unitCode) {
      throw new ApiException(
        ErrorCode.IdempotencyConflict,
        'Idempotency-Key này đã được dùng cho một văn bản khác.',
      );
    }
    await this.startPending(existing.id);
    return { created: false, view: await this.view(p, existing.id) };
  }

  /** The directive with the tasks the user may see; out of reach reads as not found. */
  async view(p: Principal, id: string): Promise<DirectiveView> {
    const directive = await this.ds.getRepository(DirectiveEntity).findOneBy({ id });
    if (!directive) throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');
    const all = await this.ds
      .getRepository(TaskEntity)
      .find({ where: { directiveId: id }, order: { item: 'ASC', id: 'ASC' } });
    const tasks = await this.access.filterReadable(p, all);
    const issuerAncestry = await this.org.ancestry(directive.issuerUnitCode);
    const reachable = canReachDirective(p, issuerAncestry, tasks.length > 0);
    if (!reachable) throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');
    const calendar = vietnameseCalendar(await this.calendars.adminOverrides());
    return mapDirective(directive, tasks, new Date(), calendar);
  }

  /**
   * On start, finishes what an earlier process left half done: tasks stored but whose
   * workflow was never started (a crash or a Temporal outage between the two).
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.values.RECONCILE_ON_START) return;
    const rows: { directive_id: string }[] = await this.ds.query(
      `SELECT DISTINCT directive_id FROM task
        WHERE workflow_started_at IS NULL AND status IN ('assigned', 'acknowledged', 'in_progress', 'submitted')`,
    );
    for (const { directive_id } of rows) {
      this.startPending(directive_id).catch((err) =>
        this.logger.warn(`directive ${directive_id}: workflows still not started (${String(err)})`),
      );
    }
  }

  /**
   * Starts every workflow of the directive not yet marked started (its tasks', then its
   * recurring series'), a bounded number at a time. Safe to repeat.
   */
  async startPending(directiveId: string): Promise<void> {
    const repo = this.ds.getRepository(TaskEntity);
    const pending = await repo.find({ where: { directiveId, workflowStartedAt: IsNull() } });
    const seriesRepo = this.ds.getRepository(TaskSeriesEntity);
    const series = await seriesRepo.find({
      where: { directiveId, workflowStartedAt: IsNull(), status: 'active' },
    });
    const firstOf = new Map(pending.filter((t) => t.seriesId).map((t) => [t.seriesId, t]));
    const { done, error } = await inLanes(pending, START_CONCURRENCY, (t) =>
      this.workflows.start({
        workflowId: t.workflowId,
        directiveId,
        unitCode: t.leadUnitCode,
        input: taskWorkflowInput(
          t.id,
          taskStateOf(t),
          t.policy,
          this.config.values.TASK_HISTORY_LIMIT,
        ),
      }),
    );
    // Marked once, in a few statements: a start repeated after a crash here is harmless.
    const at = new Date();
    for (let i = 0; i < done.length; i += MARK_CHUNK) {
      const ids = done.slice(i, i + MARK_CHUNK).map((t) => t.id);
      await repo.update({ id: In(ids) }, { workflowStartedAt: at });
    }
    try {
      if (error) throw error;
      for (const s of series) {
        const first =
          firstOf.get(s.id) ?? (await repo.findOneByOrFail({ seriesId: s.id, periodIndex: 0 }));
        await this.workflows.startSeries({
          seriesId: s.id,
          first: { dueAt: first.dueAt!.toISOString(), dueDate: first.dueDate! },
          recurrence: s.recurrence,
          startedAt: first.assignedAt.toISOString(),
          nextIndex: 1,
          taskHistoryLimit: this.config.values.TASK_HISTORY_LIMIT,
        });
        await seriesRepo.update({ id: s.id }, { workflowStartedAt: new Date() });
      }
    } catch (err) {
      this.logger.error(`starting workflows for directive ${directiveId} failed: ${String(err)}`);
      throw new ApiException(
        ErrorCode.ServiceUnavailable,
        'Văn bản đã được lưu nhưng chưa khởi động được việc theo dõi nhiệm vụ. Hãy gửi lại yêu cầu với cùng Idempotency-Key.',
      );
    }
  }

  private policyOf(dto: CreateDirectiveDto): PolicySpec | null {
    if (dto.policy === undefined) return null;
    const check = readPolicySpec(dto.policy);
    if (check.ok) return check.spec;
    throw new ApiException(
      ErrorCode.ValidationFailed,
      'Dữ liệu không hợp lệ.',
      check.problems.map((p) => ({ field: `policy${p.path}`, message: p.message })),
    );
  }

  /** A recurring task needs a first deadline and exactly one kind of period. */
  private recurrenceOf(t: CreateTaskDto, i: number): Recurrence | null {
    const r = t.recurrence;
    if (!r) return null;
    const invalid = (field: string, message: string) =>
      new ApiException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: `tasks[${i}].${field}`, message },
      ]);
    if (!t.due) throw invalid('due', 'Nhiệm vụ định kỳ cần hạn của kỳ đầu tiên.');
    if ((r.frequency === undefined) === (r.everySeconds === undefined)) {
      throw invalid(
        'recurrence',
        'Chọn đúng một trong frequency (monthly, quarterly, yearly) hoặc everySeconds.',
      );
    }
    return { every: r.frequency ?? { seconds: r.everySeconds! }, until: r.until ?? null };
  }

  /** Units, or groups for lead and coordinating units, must be in the directory. */
  private async checkUnits(
    dto: CreateDirectiveDto,
    groups: ReadonlyMap<string, readonly string[]>,
  ): Promise<void> {
    const wanted: [string, string][] = [['issuerUnit', dto.issuerUnit]];
    dto.tasks.forEach((t, i) => {
      wanted.push([`tasks[${i}].leadUnit`, t.leadUnit]);
      (t.coordinatingUnits ?? []).forEach((c, j) =>
        wanted.push([`tasks[${i}].coordinatingUnits[${j}]`, c]),
      );
    });
    const codes = [...new Set(wanted.map(([, c]) => c))];
    const units = await activeUnitCodes(this.ds.manager, codes);
    // A group may be given a task, but only a unit issues.
    const known = (field: string, c: string) =>
      units.has(c) || (field !== 'issuerUnit' && groups.has(c));
    const errors: FieldError[] = wanted
      .filter(([field, c]) => !known(field, c))
      .map(([field, c]) => ({
        field,
        message: `Không có đơn vị mã "${c}" trong danh bạ, hoặc đơn vị đã ngừng hoạt động.`,
      }));
    if (errors.length)
      throw new ApiException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', errors);
  }
}
