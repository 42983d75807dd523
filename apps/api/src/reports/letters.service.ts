import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  DomainException,
  ErrorCode,
  LetterTask,
  Principal,
  WORKING_STATUSES,
  canReachTask,
  composeReminderLetter,
  daysOverdue,
  defaultReportBy,
  formatVietnameseDate,
  localDateOf,
  mayDraftLetterFor,
} from '@dondoc/domain';
import {
  DirectiveEntity,
  LetterSigner,
  ReminderLetterEntity,
  ReminderLetterTaskEntity,
  TaskEntity,
} from '@dondoc/persistence';
import { recordApiEvent } from '../common/api-audit';
import { TaskAccessService } from '../tasks/task-access.service';
import { DraftLetterDto, LetterView } from './letter.dto';
import { letterDocx } from './letter-docx';
import { ReportContextService } from './report-context.service';
import { directiveLabel } from './reports.service';

/** "Kế hoạch số 78/KH-VKSTC ngày 20/7/2021 về …", as a letter cites a directive. */
function citation(d: DirectiveEntity): string {
  const type = d.docType.charAt(0) + d.docType.slice(1).toLocaleLowerCase('vi');
  const number = d.number ? ` số ${d.number}` : '';
  return `${type}${number} ngày ${formatVietnameseDate(d.issuedOn)} về ${d.title}`;
}

function mapLetter(l: ReminderLetterEntity, taskIds: string[]): LetterView {
  return {
    id: l.id,
    fileName: l.fileName,
    subject: l.subject,
    issuerUnit: l.issuerUnitCode,
    units: l.unitCodes,
    taskIds,
    reportBy: l.reportBy,
    createdAt: l.createdAt.toISOString(),
    downloadUrl: `/reports/letters/${l.id}`,
  };
}

/** The reminder letter (công văn đôn đốc), drafted from overdue tasks for a leader to sign. */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: TaskAccessService,
    private readonly ctx: ReportContextService,
  ) {}

  async draft(p: Principal, dto: DraftLetterDto): Promise<LetterView> {
    const ids = [...new Set(dto.taskIds)];
    const tasks: TaskEntity[] = [];
    for (const id of ids) {
      const { task } = await this.access.readable(p, id);
      if (!mayDraftLetterFor(p, await this.ctx.ancestry(task.issuerUnitCode))) {
        throw new DomainException(
          ErrorCode.Forbidden,
          'Chỉ lãnh đạo, văn thư của đơn vị giao nhiệm vụ được soạn công văn đôn đốc.',
        );
      }
      tasks.push(task);
    }
    const now = new Date();
    const notOverdue = tasks.filter(
      (t) => !WORKING_STATUSES.includes(t.status) || !t.dueAt || t.dueAt.getTime() > now.getTime(),
    );
    if (notOverdue.length) {
      throw new DomainException(
        ErrorCode.InvalidTransition,
        `Chỉ đôn đốc nhiệm vụ đang quá hạn; không phải: mục ${notOverdue.map((t) => t.item).join(', ')}.`,
      );
    }
    const units = await this.ctx.units();
    const directives = await this.ds
      .getRepository(DirectiveEntity)
      .findBy({ id: In([...new Set(tasks.map((t) => t.directiveId))]) });
    const byId = new Map(directives.map((d) => [d.id, d]));
    const asOf = localDateOf(now);
    tasks.sort(
      (a, b) =>
        (units.get(a.leadUnitCode)?.ordinal ?? 0) - (units.get(b.leadUnitCode)?.ordinal ?? 0) ||
        a.dueAt!.getTime() - b.dueAt!.getTime(),
    );
    const letterTasks: LetterTask[] = tasks.map((t) => ({
      directive: directiveLabel(byId.get(t.directiveId)!),
      item: t.item,
      summary: t.summary,
      unitName: units.get(t.leadUnitCode)?.shortName ?? t.leadUnitCode,
      dueDate: t.dueDate ?? localDateOf(new Date(t.dueAt!.getTime() - 1)),
      daysOverdue: daysOverdue(t.dueDate ?? localDateOf(new Date(t.dueAt!.getTime() - 1)), asOf),
    }));
    const unitCodes = [...new Set(tasks.map((t) => t.leadUnitCode))];
    const issuer = units.get(p.unitCode)!;
    const parent = issuer.parentCode ? units.get(issuer.parentCode) : undefined;
    const first = byId.get(tasks[0].directiveId)!;
    const signer: LetterSigner = dto.signer
      ? {
          authority: dto.signer.authority ?? null,
          title: dto.signer.title,
          position: dto.signer.position ?? null,
          name: dto.signer.name ?? null,
        }
      : {
          authority: first.signer?.authority ?? null,
          title: first.signer?.title ?? 'THỦ TRƯỞNG ĐƠN VỊ',
          position: null,
          name: first.signer?.name ?? null,
        };
    const reportBy = dto.reportBy ?? defaultReportBy(now, await this.ctx.calendar());
    const model = composeReminderLetter({
      parentBody: parent?.fullName ?? null,
      issuerBody: issuer.fullName,
      issuerShort: issuer.shortName,
      symbol: dto.symbol ?? null,
      place: first.issuedPlace,
      year: Number(asOf.slice(0, 4)),
      recipients: unitCodes.map((c) => units.get(c)?.fullName ?? c),
      directives: [...new Set(tasks.map((t) => t.directiveId))].map((id) =>
        citation(byId.get(id)!),
      ),
      tasks: letterTasks,
      reportBy,
      asOf,
      signer,
      alsoTo: dto.alsoTo ?? [],
    });
    const content = await letterDocx(model);
    const fileName = `cong-van-don-doc-${asOf}.docx`;
    const letter = await this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(ReminderLetterEntity, {
          issuerUnitCode: p.unitCode,
          unitCodes,
          subject: model.headerLeft.subject,
          reportBy,
          signer,
          fileName,
          content,
          createdBy: p.userId,
          createdAt: now,
        }),
      );
      await em.insert(
        ReminderLetterTaskEntity,
        tasks.map((t) => ({ letterId: saved.id, taskId: t.id })),
      );
      await recordApiEvent(em, p, now, {
        action: 'letter.drafted',
        unitCode: p.unitCode,
        after: { letterId: saved.id, units: unitCodes, tasks: tasks.map((t) => t.id), reportBy },
      });
      // In each task's timeline.
      for (const t of tasks) {
        await recordApiEvent(em, p, now, {
          action: 'task.reminder_letter',
          directiveId: t.directiveId,
          taskId: t.id,
          unitCode: t.leadUnitCode,
          after: { letterId: saved.id, reportBy, dueAt: t.dueAt?.toISOString() ?? null },
        });
      }
      return saved;
    });
    return mapLetter(
      letter,
      tasks.map((t) => t.id),
    );
  }

  async download(p: Principal, id: string): Promise<{ fileName: string; content: Buffer }> {
    const letter = await this.ds
      .getRepository(ReminderLetterEntity)
      .createQueryBuilder('l')
      .addSelect('l.content')
      .where('l.id = :id', { id })
      .getOne();
    if (!letter || !(await this.mayRead(p, letter))) {
      throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy công văn.');
    }
    return { fileName: letter.fileName, content: letter.content };
  }

  /** The letters a task was chased by. */
  async forTask(p: Principal, taskId: string): Promise<LetterView[]> {
    await this.access.readable(p, taskId);
    const links = await this.ds.getRepository(ReminderLetterTaskEntity).findBy({ taskId });
    if (!links.length) return [];
    const letters = await this.ds
      .getRepository(ReminderLetterEntity)
      .find({ where: { id: In(links.map((l) => l.letterId)) }, order: { createdAt: 'ASC' } });
    const all = await this.ds
      .getRepository(ReminderLetterTaskEntity)
      .findBy({ letterId: In(letters.map((l) => l.id)) });
    return letters.map((l) =>
      mapLetter(
        l,
        all.filter((x) => x.letterId === l.id).map((x) => x.taskId),
      ),
    );
  }

  /** Its drafters' unit and the units above it, and whoever reaches one of its tasks. */
  private async mayRead(p: Principal, letter: ReminderLetterEntity): Promise<boolean> {
    if ((await this.ctx.ancestry(letter.issuerUnitCode)).includes(p.unitCode)) return true;
    const links = await this.ds
      .getRepository(ReminderLetterTaskEntity)
      .findBy({ letterId: letter.id });
    const tasks = await this.ds
      .getRepository(TaskEntity)
      .findBy({ id: In(links.map((l) => l.taskId)) });
    for (const t of tasks) if (canReachTask(p, await this.access.reach(t))) return true;
    return false;
  }
}
