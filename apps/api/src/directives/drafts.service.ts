import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Principal,
  isValidLocalDate,
  localDateOf,
  mayIssueFor,
  parseDueInput,
} from '../../../../libs/domain/src';
import { readPolicySpec } from '../../../../libs/domain/src/schedule/policy-schema';
import { ParsedDirective, UnitDirectory, parseDirective } from '../../../../libs/parser/src';
import {
  DirectiveEntity,
  DraftTask,
  OrgGroupEntity,
  OrgUnitEntity,
} from '../../../../libs/persistence/src';
import { recordApiEvent } from '../common/api-audit';
import { ApiException, ErrorCode, FieldError } from '../common/api-error';
import { DirectiveView } from './directive.mapper';
import { DirectivesService } from './directives.service';
import { IssueDraftDto, UpdateDraftDto } from './dto/draft.dto';
import { activeUnitCodes } from '../org/active-units';
import { loadGroupMembers } from './group-members';
import { insertIssuedTasks } from './task-rows';

export interface DraftView {
  id: string;
  status: string;
  number: string | null;
  docType: string;
  title: string;
  issuedOn: string;
  issuerUnit: string;
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
    @InjectDataSource() private readonly ds: DataSource,
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
        summary: t.summary.slice(0, 1000) || `Nhiệm vụ ${i + 1}`,
        content: null,
        leadUnit: lead,
        coordinatingUnits: t.coordinating_units.map(codeOf).filter((c): c is string => c !== null),
        unresolvedUnits: t.unresolved_units,
        due: t.due,
        duePhrase: t.due_phrase,
        recurrence: t.recurrence,
        priority: 'thuong',
        span: t.span,
      };
    });
    const issuedOn =
      parsed.issued_on && isValidLocalDate(parsed.issued_on)
        ? parsed.issued_on
        : localDateOf(new Date());
    const draft = await this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(DirectiveEntity, {
          number: parsed.doc_number,
          docType: parsed.doc_type ?? 'VĂN BẢN',
          title: parsed.title ?? '(chưa có trích yếu)',
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
        }),
      );
      await recordApiEvent(em, p, new Date(), {
        action: 'directive.drafted',
        directiveId: saved.id,
        unitCode: p.unitCode,
        after: { tasks: tasks.length, unresolved: parsed.unresolved_units },
      });
      return saved;
    });
    return this.mapDraft(draft);
  }

  async get(p: Principal, id: string): Promise<DraftView> {
    return this.mapDraft(await this.ownDraft(p, id));
  }

  async update(p: Principal, id: string, dto: UpdateDraftDto): Promise<DraftView> {
    const d = await this.ownDraft(p, id);
    const changes: Partial<DirectiveEntity> = {};
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
        })),
      };
    }
    // Nothing to change is not an error, and not worth an audit event.
    if (Object.keys(changes).length === 0) return this.get(p, id);
    await this.ds.transaction(async (em) => {
      await em.update(DirectiveEntity, { id }, changes);
      await recordApiEvent(em, p, new Date(), {
        action: 'directive.draft_edited',
        directiveId: id,
        unitCode: d.issuerUnitCode,
        after: { fields: Object.keys(changes) },
      });
    });
    return this.get(p, id);
  }

  /** Issues a reviewed draft: every task must name a known unit or group and a valid date. */
  async issue(p: Principal, id: string, dto: IssueDraftDto): Promise<DirectiveView> {
    const d = await this.ownDraft(p, id);
    const tasks = d.draft?.tasks ?? [];
    const groups = await loadGroupMembers(this.ds.manager);
    const codes = [...new Set(tasks.flatMap((t) => [t.leadUnit ?? '', ...t.coordinatingUnits]))];
    const units = await activeUnitCodes(this.ds.manager, codes);
    const known = (c: string) => units.has(c) || groups.has(c);
    const errors: FieldError[] = [];
    if (tasks.length === 0)
      errors.push({ field: 'tasks', message: 'Văn bản chưa có nhiệm vụ nào để giao.' });
    tasks.forEach((t, i) => {
      if (!t.leadUnit)
        errors.push({ field: `tasks[${i}].leadUnit`, message: 'Chưa chọn đơn vị chủ trì.' });
      else if (!known(t.leadUnit))
        errors.push({
          field: `tasks[${i}].leadUnit`,
          message: `Không có đơn vị mã "${t.leadUnit}" trong danh bạ, hoặc đơn vị đã ngừng hoạt động.`,
        });
      t.coordinatingUnits
        .filter((c) => !known(c))
        .forEach((c) =>
          errors.push({
            field: `tasks[${i}].coordinatingUnits`,
            message: `Không có đơn vị mã "${c}" trong danh bạ, hoặc đơn vị đã ngừng hoạt động.`,
          }),
        );
      if (t.due && !parseDueInput(t.due))
        errors.push({ field: `tasks[${i}].due`, message: 'Hạn không hợp lệ.' });
      if (t.recurrence && !t.due)
        errors.push({
          field: `tasks[${i}].due`,
          message: 'Nhiệm vụ định kỳ cần hạn của kỳ đầu tiên.',
        });
    });
    let policy = null;
    if (dto.policy !== undefined) {
      const check = readPolicySpec(dto.policy);
      if (check.ok) policy = check.spec;
      else
        errors.push(
          ...check.problems.map((x) => ({ field: `policy${x.path}`, message: x.message })),
        );
    }
    if (errors.length) {
      throw new ApiException(
        ErrorCode.ValidationFailed,
        'Bản nháp chưa thể ban hành: còn mục cần xử lý.',
        errors,
      );
    }
    const now = new Date();
    await this.ds.transaction(async (em) => {
      // Only one issue wins: the status moves from draft under a row lock.
      const moved = await em
        .createQueryBuilder()
        .update(DirectiveEntity)
        .set({ status: 'issued', policy })
        .where('id = :id AND status = :draft', { id, draft: 'draft' })
        .execute();
      if (moved.affected !== 1) {
        throw new ApiException(ErrorCode.InvalidTransition, 'Văn bản này đã được ban hành.');
      }
      await insertIssuedTasks(
        em,
        p,
        d,
        {
          policy,
          specs: tasks.map((t) => ({
            item: t.item,
            summary: t.summary,
            content: t.content,
            leadUnit: t.leadUnit!,
            coordinatingUnits: t.coordinatingUnits,
            due: t.due,
            duePhrase: t.duePhrase,
            priority: t.priority,
            recurrence: t.recurrence ? { every: t.recurrence, until: null } : null,
          })),
          groups,
          now,
        },
        true,
      );
    });
    await this.directives.startPending(id);
    return this.directives.view(p, id);
  }

  /** A draft is seen and edited only by its own unit's issuers, and only while a draft. */
  private async ownDraft(p: Principal, id: string): Promise<DirectiveEntity> {
    const d = await this.ds.getRepository(DirectiveEntity).findOneBy({ id });
    if (!d || !mayIssueFor(p, d.issuerUnitCode)) {
      throw new ApiException(ErrorCode.NotFound, 'Không tìm thấy bản nháp.');
    }
    if (d.status !== 'draft') {
      throw new ApiException(ErrorCode.InvalidTransition, 'Văn bản này đã được ban hành.');
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
    const [units, groups] = await Promise.all([
      this.ds.getRepository(OrgUnitEntity).find(),
      this.ds.getRepository(OrgGroupEntity).find(),
    ]);
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
