import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import {
  DEFAULT_POLICY,
  Principal,
  TimingPolicy,
  canReachDirective,
  mayIssueFor,
  parseDueInput,
} from '../../../../libs/domain/src';
import { OrgTreeService } from '../org/org-tree.service';
import { RuntimeConfig } from '../../../../libs/platform/src';
import { TaskAccessService } from '../tasks/task-access.service';
import { readPolicy } from '../../../../libs/domain/src/schedule/policy-schema';
import { taskWorkflowId } from '../../../../libs/contracts/src';
import {
  AuditEventEntity,
  auditEvent,
  DirectiveEntity,
  OrgUnitEntity,
  TaskEntity,
} from '../../../../libs/persistence/src';
import { ApiException, ErrorCode, FieldError } from '../common/api-error';
import { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { CreateDirectiveDto } from './dto/create-directive.dto';
import { DirectiveView, mapDirective } from './directive.mapper';

const START_CONCURRENCY = 32;

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
    await this.checkUnits(dto);
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
        const tasks = dto.tasks.map((t) => {
          const due = t.due ? parseDueInput(t.due) : null;
          const task = em.create(TaskEntity, {
            directiveId: directive.id,
            item: t.item,
            summary: t.summary,
            content: t.content ?? null,
            leadUnitCode: t.leadUnit,
            coordinatingUnitCodes: t.coordinatingUnits ?? [],
            dueAt: due?.dueAt ?? null,
            dueDate: due?.dueDate ?? null,
            duePhrase: t.duePhrase ?? null,
            dueRevision: 0,
            priority: t.priority ?? 'thuong',
            status: 'assigned',
            assignedAt: now,
          });
          return task;
        });
        // Ids are made here so the workflow id, derived from the task id, is stored with the row.
        for (const t of tasks) {
          t.id = crypto.randomUUID();
          t.workflowId = taskWorkflowId(t.id);
        }
        await em.insert(TaskEntity, tasks);
        await em.insert(AuditEventEntity, [
          auditEvent({
            at: now,
            source: 'api',
            actorUserId: p.userId,
            action: 'directive.issued',
            directiveId: directive.id,
            unitCode: directive.issuerUnitCode,
            after: { number: directive.number, title: directive.title, tasks: tasks.length },
          }),
          ...tasks.map((t) =>
            auditEvent({
              at: now,
              source: 'api',
              actorUserId: p.userId,
              action: 'task.assigned',
              directiveId: directive.id,
              taskId: t.id,
              unitCode: t.leadUnitCode,
              after: { status: t.status, dueAt: t.dueAt?.toISOString() ?? null, item: t.item },
            }),
          ),
        ]);
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
    const tasks = await this.access.filterReadable(p, directive, all);
    const issuerAncestry = await this.org.ancestry(directive.issuerUnitCode);
    const reachable = canReachDirective(p, issuerAncestry, tasks.length > 0);
    if (!reachable) throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');
    return mapDirective(directive, tasks, new Date());
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

  /** Starts every workflow of the directive not yet marked started. Safe to repeat. */
  async startPending(directiveId: string): Promise<void> {
    const repo = this.ds.getRepository(TaskEntity);
    const directive = await this.ds
      .getRepository(DirectiveEntity)
      .findOneByOrFail({ id: directiveId });
    const pending = await repo.find({ where: { directiveId, workflowStartedAt: IsNull() } });
    for (let i = 0; i < pending.length; i += START_CONCURRENCY) {
      const batch = pending.slice(i, i + START_CONCURRENCY);
      try {
        await Promise.all(
          batch.map((t) =>
            this.workflows.start({
              workflowId: t.workflowId,
              directiveId,
              unitCode: t.leadUnitCode,
              input: {
                taskId: t.id,
                status: t.status,
                assignedAt: t.assignedAt.toISOString(),
                dueAt: t.dueAt?.toISOString() ?? null,
                dueRevision: t.dueRevision,
                policy: directive.policy,
              },
            }),
          ),
        );
      } catch (err) {
        this.logger.error(`starting workflows for directive ${directiveId} failed: ${String(err)}`);
        throw new ApiException(
          ErrorCode.ServiceUnavailable,
          'Văn bản đã được lưu nhưng chưa khởi động được việc theo dõi nhiệm vụ. Hãy gửi lại yêu cầu với cùng Idempotency-Key.',
        );
      }
      await repo.update({ id: In(batch.map((t) => t.id)) }, { workflowStartedAt: new Date() });
    }
  }

  private policyOf(dto: CreateDirectiveDto): TimingPolicy {
    if (dto.policy === undefined) return DEFAULT_POLICY;
    const check = readPolicy(dto.policy);
    if (check.ok) return check.policy;
    throw new ApiException(
      ErrorCode.ValidationFailed,
      'Dữ liệu không hợp lệ.',
      check.problems.map((p) => ({ field: `policy${p.path}`, message: p.message })),
    );
  }

  private async checkUnits(dto: CreateDirectiveDto): Promise<void> {
    const wanted: [string, string][] = [['issuerUnit', dto.issuerUnit]];
    dto.tasks.forEach((t, i) => {
      wanted.push([`tasks[${i}].leadUnit`, t.leadUnit]);
      (t.coordinatingUnits ?? []).forEach((c, j) =>
        wanted.push([`tasks[${i}].coordinatingUnits[${j}]`, c]),
      );
    });
    const codes = [...new Set(wanted.map(([, c]) => c))];
    const found = await this.ds
      .getRepository(OrgUnitEntity)
      .find({ select: { code: true }, where: { code: In(codes) } });
    const known = new Set(found.map((u) => u.code));
    const errors: FieldError[] = wanted
      .filter(([, c]) => !known.has(c))
      .map(([field, c]) => ({ field, message: `Không có đơn vị mã "${c}" trong danh bạ.` }));
    if (errors.length)
      throw new ApiException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', errors);
  }
}
