import { Injectable, Logger } from '@nestjs/common';
import {
  IssueTasks,
  IssueTasksCommand,
  StartPendingWorkflows,
  requestHash,
  unknownUnitMessage,
} from '@dondoc/application';
import {
  DomainException,
  ErrorCode,
  Principal,
  canReachDirective,
  localDateOf,
  mayIssueFor,
  vietnameseCalendar,
} from '@dondoc/domain';
import { DirectiveEntity, Repositories, UnitOfWork } from '@dondoc/persistence';
import { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';
import { TaskAccessService } from '../tasks/task-access.service';
import { CreateDirectiveDto } from './dto/create-directive.dto';
import { DirectiveView, mapDirective } from './directive.mapper';

export interface CreateDirectiveResult {
  created: boolean;
  view: DirectiveView;
}

/** Unique violation: the idempotency key was taken by a concurrent first attempt. */
const UNIQUE_VIOLATION = '23505';

@Injectable()
export class DirectivesService {
  private readonly logger = new Logger(DirectivesService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly issueTasks: IssueTasks,
    private readonly starts: StartPendingWorkflows,
    private readonly access: TaskAccessService,
    private readonly org: OrgTreeService,
    private readonly calendars: CalendarService,
  ) {}

  /**
   * Stores a directive and its tasks in one transaction, then starts one workflow per task.
   * A repeat with the same Idempotency-Key and body returns the stored directive and only
   * starts what a failed first attempt left unstarted.
   */
  async issue(
    p: Principal,
    dto: CreateDirectiveDto,
    idempotencyKey: string | null,
  ): Promise<CreateDirectiveResult> {
    const hash = requestHash(dto);
    const { directives } = this.uow.repositories;
    if (idempotencyKey) {
      const existing = await directives.findByIdempotencyKey(idempotencyKey);
      if (existing) return this.repeat(p, existing, hash);
    }
    const now = new Date();
    // Checked before anything is written: bad fields are a 400 whoever asks.
    const command = IssueTasksCommand.create({
      directiveId: '',
      issuerUnitCode: dto.issuerUnit,
      parentTaskId: null,
      policy: dto.policy ?? null,
      tasks: dto.tasks,
      actor: { userId: p.userId, source: 'api' },
      at: now,
    });
    await checkIssuer(this.uow.repositories, dto.issuerUnit, now);
    if (!mayIssueFor(p, dto.issuerUnit)) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Chỉ được ban hành văn bản nhân danh đơn vị của mình.',
        [{ field: 'issuerUnit', message: 'Không phải đơn vị của người dùng.' }],
      );
    }
    let directiveId: string;
    try {
      directiveId = await this.uow.transaction(async (r) => {
        const id = await r.directives.insert({
          number: dto.number ?? null,
          docType: dto.docType,
          title: dto.title,
          issuedOn: dto.issuedOn,
          issuedPlace: dto.issuedPlace ?? null,
          issuerUnitCode: dto.issuerUnit,
          signer: dto.signer ? { ...dto.signer, authority: dto.signer.authority ?? null } : null,
          body: dto.body ?? null,
          status: 'issued',
          policy: command.policy,
          draft: null,
          idempotencyKey,
          requestHash: hash,
        });
        const { tasks } = await this.issueTasks.execute(command.forDirective(id), r);
        await recordIssued(
          r,
          p,
          now,
          { id, number: dto.number ?? null, title: dto.title, issuerUnitCode: dto.issuerUnit },
          tasks.length,
        );
        return id;
      });
    } catch (err) {
      // Two concurrent first attempts with one key: the loser answers like a repeat.
      const winner =
        idempotencyKey && (err as { code?: string }).code === UNIQUE_VIOLATION
          ? await directives.findByIdempotencyKey(idempotencyKey)
          : null;
      if (!winner) throw err;
      return this.repeat(p, winner, hash);
    }
    await this.startTracking(directiveId);
    return { created: true, view: await this.view(p, directiveId) };
  }

  /**
   * A repeated request: the same issuer with the same body gets the stored directive; the
   * same key with another body is refused; anyone else's key is a conflict.
   */
  private async repeat(
    p: Principal,
    existing: DirectiveEntity,
    hash: string,
  ): Promise<CreateDirectiveResult> {
    if (existing.issuerUnitCode !== p.unitCode) {
      throw new DomainException(
        ErrorCode.IdempotencyConflict,
        'Idempotency-Key này đã được dùng cho một văn bản khác.',
      );
    }
    if (existing.requestHash !== null && existing.requestHash !== hash) {
      throw new DomainException(
        ErrorCode.IdempotencyKeyReused,
        'Idempotency-Key này đã được dùng với nội dung khác. Hãy dùng khóa mới cho yêu cầu mới.',
      );
    }
    await this.startTracking(existing.id);
    return { created: false, view: await this.view(p, existing.id) };
  }

  /** The directive with the tasks the user may see; out of reach reads as not found. */
  async view(p: Principal, id: string): Promise<DirectiveView> {
    const { directives, tasks } = this.uow.repositories;
    const directive = await directives.findById(id);
    if (!directive) throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');
    const visible = await this.access.filterReadable(p, await tasks.forDirective(id));
    const issuerAncestry = await this.org.ancestry(directive.issuerUnitCode);
    if (!canReachDirective(p, issuerAncestry, visible.length > 0)) {
      throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');
    }
    const calendar = vietnameseCalendar(await this.calendars.adminOverrides());
    return mapDirective(directive, visible, new Date(), calendar);
  }

  /**
   * Starts the directive's workflows not started yet. When Temporal cannot be reached the
   * tasks stay stored and the worker's sweep starts them once it can; the caller is told so.
   */
  async startTracking(directiveId: string): Promise<void> {
    try {
      await this.starts.forDirective(directiveId);
    } catch (err) {
      this.logger.error(`starting workflows for directive ${directiveId} failed: ${String(err)}`);
      throw new DomainException(
        ErrorCode.ServiceUnavailable,
        'Văn bản đã được lưu nhưng chưa khởi động được việc theo dõi nhiệm vụ. Hệ thống sẽ tự khởi động khi sẵn sàng; có thể gửi lại yêu cầu với cùng Idempotency-Key để kiểm tra.',
      );
    }
  }
}

/** Only an active unit issues; a group is given tasks but never issues. */
async function checkIssuer(r: Repositories, code: string, now: Date): Promise<void> {
  const active = await r.org.activeUnitCodes([code], localDateOf(now));
  if (!active.has(code)) {
    throw new DomainException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', [
      { field: 'issuerUnit', message: unknownUnitMessage(code) },
    ]);
  }
}

/** The event that says a directive was issued, beside its tasks' own. */
export async function recordIssued(
  r: Repositories,
  p: Principal,
  at: Date,
  d: { id: string; number: string | null; title: string; issuerUnitCode: string },
  tasks: number,
  fromDraft = false,
): Promise<void> {
  await r.audit.append([
    {
      at,
      source: 'api',
      actorUserId: p.userId,
      action: 'directive.issued',
      directiveId: d.id,
      unitCode: d.issuerUnitCode,
      after: { number: d.number, title: d.title, tasks, ...(fromDraft ? { fromDraft } : {}) },
    },
  ]);
}
