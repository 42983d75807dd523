import { Injectable } from '@nestjs/common';
import { IssueTasks, IssueTasksCommand, requestHash } from '@dondoc/application';
import {
  DIRECTIVE_LIMITS,
  DomainException,
  ErrorCode,
  FieldError,
  Principal,
  TASK_LIMITS,
  isValidLocalDate,
  localDateOf,
  mayIssueFor,
} from '@dondoc/domain';
import { ParsedDirective, UnitDirectory, parseDirective } from '@dondoc/parser';
import { DirectiveEntity, DraftChanges, DraftTask, UnitOfWork } from '@dondoc/persistence';
import { DirectiveView } from './directive.mapper';
import { DirectivesService, recordIssued } from './directives.service';
import { IssueDraftDto, UpdateDraftDto } from './dto/draft.dto';

export interface DraftView {
  id: string;
  status: string;
  number: string | null;
  docType: string;
  title: string;
  issuedOn: string;
  issuerUnit: string;
  /** The pasted text, for the reviewer to read beside the tasks. */
  body: string | null;
  tasks: (DraftTask & { sourceText: string | null })[];
  unresolvedUnits: string[];
  references: string[];
  recipients: { name: string; purpose: string | null }[];
}

/**
 * Paste → draft → review → issue. A parsed text becomes a draft directive; a person maps
 * what the parser could not, fixes units and dates; issuing creates the tasks (groups fanned
 * out) and starts their workflows. Each draft task keeps the span of text it came from.
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly issueTasks: IssueTasks,
    private readonly directives: DirectivesService,
  ) {}

  /** The draft belongs to the user's own unit, in whose name it can later be issued. */
  async parse(p: Principal, text: string): Promise<DraftView> {
    const { directory, codeOf } = await this.directory();
    const parsed: ParsedDirective = parseDirective(text, directory);
    const tasks: DraftTask[] = parsed.tasks.map((t, i) => {
      const lead = t.lead_units.map(codeOf).find((c) => c !== null) ?? null;
      return {
        item: t.item ?? String(i + 1),
        summary: t.summary.slice(0, TASK_LIMITS.summary) || `Nhiệm vụ ${i + 1}`,
        content: null,
        leadUnit: lead,
        coordinatingUnits: t.coordinating_units.map(codeOf).filter((c): c is string => c !== null),
        unresolvedUnits: t.unresolved_units,
        due: t.due,
        duePhrase: t.due_phrase,
        recurrence: t.recurrence ? { frequency: t.recurrence } : null,
        priority: 'thuong',
        span: t.span,
        // The top level is the task itself; the levels below it become its tiers.
        tiers: (t.tiers ?? []).slice(1).map((tier) => {
          const code = codeOf(tier.level);
          return {
            units: code ? [code] : [],
            unresolvedUnits: code ? [] : [tier.level],
            due: tier.due,
            duePhrase: tier.due_phrase,
          };
        }),
        dueRule: t.due_rule
          ? {
              from: t.due_rule.from,
              ...(t.due_rule.working_days !== undefined
                ? { workingDays: t.due_rule.working_days }
                : {}),
              ...(t.due_rule.days !== undefined ? { days: t.due_rule.days } : {}),
              ...(t.due_rule.months !== undefined ? { months: t.due_rule.months } : {}),
            }
          : null,
        dueTime: t.due_time ?? null,
        recurrenceDay: t.recurrence_day ?? null,
      };
    });
    const issuedOn =
      parsed.issued_on && isValidLocalDate(parsed.issued_on)
        ? parsed.issued_on
        : localDateOf(new Date());
    const id = await this.uow.transaction(async (r) => {
      const draftId = await r.directives.insert({
        number: parsed.doc_number?.slice(0, DIRECTIVE_LIMITS.number) ?? null,
        docType: parsed.doc_type?.slice(0, DIRECTIVE_LIMITS.docType) ?? 'VĂN BẢN',
        title: parsed.title?.slice(0, DIRECTIVE_LIMITS.title) ?? '(chưa có trích yếu)',
        issuedOn,
        issuedPlace: parsed.issued_at_place,
        issuerUnitCode: p.unitCode,
        signer: parsed.signer
          ? {
              name: parsed.signer.name ?? '',
              title: parsed.signer.title ?? '',
              authority: parsed.signer.authority ?? null,
            }
          : null,
        body: text,
        status: 'draft',
        policy: null,
        draft: { tasks, references: parsed.references, recipients: parsed.recipients },
        idempotencyKey: null,
        requestHash: null,
      });
      await r.audit.append([
        {
          at: new Date(),
          source: 'api',
          actorUserId: p.userId,
          action: 'directive.drafted',
          directiveId: draftId,
          unitCode: p.unitCode,
          after: { tasks: tasks.length, unresolved: parsed.unresolved_units },
        },
      ]);
      return draftId;
    });
    return this.get(p, id);
  }

  async get(p: Principal, id: string): Promise<DraftView> {
    return this.mapDraft(await this.ownDraft(p, id));
  }

  async update(p: Principal, id: string, dto: UpdateDraftDto): Promise<DraftView> {
    const d = await this.ownDraft(p, id);
    const changes: DraftChanges = {};
    if (dto.number !== undefined) changes.number = dto.number;
    if (dto.docType !== undefined) changes.docType = dto.docType;
    if (dto.title !== undefined) changes.title = dto.title;
    if (dto.issuedOn !== undefined) changes.issuedOn = dto.issuedOn;
    if (dto.tasks !== undefined) {
      changes.draft = {
        ...d.draft!,
        tasks: dto.tasks.map((t) => ({
          item: t.item,
          summary: t.summary,
          content: t.content ?? null,
          leadUnit: t.leadUnit ?? null,
          coordinatingUnits: t.coordinatingUnits ?? [],
          unresolvedUnits: t.unresolvedUnits ?? [],
          due: t.due ?? null,
          duePhrase: t.duePhrase ?? null,
          recurrence: t.recurrence ?? null,
          priority: t.priority ?? 'thuong',
          span: this.spanOf(t.span, d.body),
          tiers: (t.tiers ?? []).map((tier) => ({
            units: tier.units,
            unresolvedUnits: tier.unresolvedUnits ?? [],
            due: tier.due ?? null,
            duePhrase: tier.duePhrase ?? null,
            summary: tier.summary ?? null,
            needsAllReports: tier.needsAllReports ?? true,
          })),
          dueRule: t.dueRule ?? null,
          dueTime: t.dueTime ?? null,
          recurrenceDay: t.recurrenceDay ?? null,
        })),
      };
    }
    // Nothing to change is not an error, and not worth an audit event.
    if (Object.keys(changes).length === 0) return this.get(p, id);
    await this.uow.transaction(async (r) => {
      await r.directives.updateDraft(id, changes);
      await r.audit.append([
        {
          at: new Date(),
          source: 'api',
          actorUserId: p.userId,
          action: 'directive.draft_edited',
          directiveId: id,
          unitCode: d.issuerUnitCode,
          after: { fields: Object.keys(changes) },
        },
      ]);
    });
    return this.get(p, id);
  }

  /**
   * Issues a reviewed draft: every task must name an active unit or group and a valid date.
   * Safe to repeat: issuing an issued draft again with the same request answers with the
   * directive (and starts whatever is still pending); with another request it is refused.
   */
  async issue(p: Principal, id: string, dto: IssueDraftDto): Promise<DirectiveView> {
    const d = await this.reachableDraft(p, id);
    const hash = requestHash(dto);
    if (d.status !== 'draft') return this.repeatIssue(p, d, hash);
    const command = this.issueCommand(p, d, dto);
    const moved = await this.uow.transaction(async (r) => {
      if (!(await r.directives.issueDraft(id, command.policy, hash))) return false;
      const { tasks } = await this.issueTasks.execute(command, r);
      await recordIssued(r, p, command.input.at, d, tasks.length, true);
      return true;
    });
    // Another request issued it while this one waited on the row: answer as its repeat.
    if (!moved) return this.repeatIssue(p, await this.reachableDraft(p, id), hash);
    await this.directives.startTracking(id);
    return this.directives.view(p, id);
  }

  private async repeatIssue(
    p: Principal,
    d: DirectiveEntity,
    hash: string,
  ): Promise<DirectiveView> {
    if (d.status !== 'issued' || d.requestHash === null || d.draft === null) {
      throw new DomainException(ErrorCode.InvalidTransition, 'Văn bản này đã được ban hành.');
    }
    if (d.requestHash !== hash) {
      throw new DomainException(
        ErrorCode.IdempotencyKeyReused,
        'Văn bản này đã được ban hành với yêu cầu khác.',
      );
    }
    await this.directives.startTracking(d.id);
    return this.directives.view(p, d.id);
  }

  /** The draft's tasks as the use case takes them; refused with every field still to fix. */
  private issueCommand(p: Principal, d: DirectiveEntity, dto: IssueDraftDto): IssueTasksCommand {
    const tasks = d.draft?.tasks ?? [];
    const missingLead: FieldError[] = tasks.flatMap((t, i) =>
      t.leadUnit ? [] : [{ field: `tasks[${i}].leadUnit`, message: 'Chưa chọn đơn vị chủ trì.' }],
    );
    try {
      const command = IssueTasksCommand.create({
        directiveId: d.id,
        issuerUnitCode: d.issuerUnitCode,
        parentTaskId: null,
        policy: dto.policy ?? null,
        tasks: tasks.map((t) => ({
          ...t,
          leadUnit: t.leadUnit ?? '',
          tiers: (t.tiers ?? []).map((tier) => ({ ...tier, due: tier.due ?? '' })),
        })),
        actor: { userId: p.userId, source: 'api' },
        at: new Date(),
      });
      if (missingLead.length) throw new DomainException(ErrorCode.ValidationFailed, '', []);
      return command;
    } catch (err) {
      if (!(err instanceof DomainException)) throw err;
      const errors = [
        ...missingLead,
        ...err.errors.filter((e) => !missingLead.some((m) => m.field === e.field)),
      ];
      throw new DomainException(
        ErrorCode.ValidationFailed,
        'Bản nháp chưa thể ban hành: còn mục cần xử lý.',
        errors,
      );
    }
  }

  /** Drafts are seen only by their own unit's issuers; anyone else is told there is none. */
  private async reachableDraft(p: Principal, id: string): Promise<DirectiveEntity> {
    const d = await this.uow.repositories.directives.findById(id);
    if (!d || !mayIssueFor(p, d.issuerUnitCode)) {
      throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy bản nháp.');
    }
    return d;
  }

  /** A draft is edited only while it is one. */
  private async ownDraft(p: Principal, id: string): Promise<DirectiveEntity> {
    const d = await this.reachableDraft(p, id);
    if (d.status !== 'draft') {
      throw new DomainException(ErrorCode.InvalidTransition, 'Văn bản này đã được ban hành.');
    }
    return d;
  }

  private spanOf(
    span: { start: number; end: number } | null | undefined,
    body: string | null,
  ): { start: number; end: number } | null {
    if (!span || !body) return null;
    const { start, end } = span;
    const ok =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start <= end &&
      end <= body.length;
    return ok ? { start, end } : null;
  }

  private mapDraft(d: DirectiveEntity): DraftView {
    const tasks = d.draft?.tasks ?? [];
    return {
      id: d.id,
      status: d.status,
      number: d.number,
      docType: d.docType,
      title: d.title,
      issuedOn: d.issuedOn,
      issuerUnit: d.issuerUnitCode,
      body: d.body,
      tasks: tasks.map((t) => ({
        ...t,
        sourceText: t.span && d.body ? d.body.slice(t.span.start, t.span.end) : null,
      })),
      unresolvedUnits: [...new Set(tasks.flatMap((t) => t.unresolvedUnits))],
      references: d.draft?.references ?? [],
      recipients: d.draft?.recipients ?? [],
    };
  }

  /** The directory as the parser reads it, and the way back from its names to codes. */
  private async directory(): Promise<{
    directory: UnitDirectory;
    codeOf: (name: string) => string | null;
  }> {
    const { units, groups } = await this.uow.repositories.org.directory();
    const byName = new Map<string, string>();
    for (const u of units) byName.set(u.shortName, u.code);
    for (const g of groups) byName.set(g.name, g.code);
    return {
      directory: {
        units: units.map((u) => ({
          code: u.code,
          short_name: u.shortName,
          full_name: u.fullName,
          aliases: u.aliases,
          parent: u.parentCode,
        })),
        groups: groups.map((g) => ({ code: g.code, name: g.name, aliases: g.aliases })),
      },
      codeOf: (name) => byName.get(name) ?? null,
    };
  }
}
