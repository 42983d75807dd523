import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  OPEN_STATUSES,
  Principal,
  localDateOf,
  parseDueInput,
  proposeSubDueDate,
  subDueAllowed,
  vietnameseCalendar,
} from '../../../../libs/domain/src';
import { OrgUnitEntity, TaskEntity } from '../../../../libs/persistence/src';
import { CalendarService } from '../calendar/calendar.service';
import { recordApiEvent } from '../common/api-audit';
import { ApiException, ErrorCode, FieldError } from '../common/api-error';
import { OrgTreeService } from '../org/org-tree.service';
import { TaskAccessService } from '../tasks/task-access.service';
import { TaskView } from '../tasks/task.mapper';
import { TasksService } from '../tasks/tasks.service';
import { DirectivesService } from './directives.service';
import { CascadeDto } from './dto/cascade.dto';
import { activeUnitCodes } from '../org/active-units';
import { loadGroupMembers } from './group-members';
import { insertTaskRows } from './task-rows';

export interface SubtaskProposal {
  due: string | null;
  units: { code: string; shortName: string }[];
}

/**
 * A unit splits its task to its subordinate units ("giao tiếp"): each gets a task of its
 * own, due early enough for the parent to consolidate, decided on by the parent's head.
 */
@Injectable()
export class CascadeService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: TaskAccessService,
    private readonly org: OrgTreeService,
    private readonly calendars: CalendarService,
    private readonly directives: DirectivesService,
    private readonly tasks: TasksService,
  ) {}

  /** The date proposed to sub-tasks and the units the task may be split to. */
  async proposal(p: Principal, taskId: string): Promise<SubtaskProposal> {
    const { task } = await this.access.cascadable(p, taskId);
    const units = await this.subordinates(task.leadUnitCode);
    const calendar = vietnameseCalendar(await this.calendars.adminOverrides());
    const due = task.dueDate
      ? proposeSubDueDate(task.dueDate, localDateOf(new Date()), calendar)
      : null;
    return { due, units: units.map((u) => ({ code: u.code, shortName: u.shortName })) };
  }

  async split(p: Principal, taskId: string, dto: CascadeDto): Promise<TaskView> {
    const { task: parent, directive } = await this.access.cascadable(p, taskId);
    if (!OPEN_STATUSES.includes(parent.status) || parent.status === 'submitted') {
      throw new ApiException(
        ErrorCode.InvalidTransition,
        'Chỉ giao tiếp được nhiệm vụ đang thực hiện, chưa báo cáo hoàn thành.',
      );
    }
    const allowed = new Set((await this.subordinates(parent.leadUnitCode)).map((u) => u.code));
    const groups = await loadGroupMembers(this.ds.manager);
    const proposal = await this.proposal(p, taskId);
    const errors: FieldError[] = [];
    const specs = dto.tasks.map((s, i) => {
      const members = groups.get(s.unit);
      const units = members ?? [s.unit];
      // A group like "VKSND cấp huyện thuộc tỉnh Trà Vinh" is fine when all its members are.
      if (units.length === 0 || units.some((u) => !allowed.has(u))) {
        errors.push({
          field: `tasks[${i}].unit`,
          message: `"${s.unit}" không phải đơn vị cấp dưới của ${parent.leadUnitCode}.`,
        });
      }
      const due = s.due ?? proposal.due;
      const parsed = due ? parseDueInput(due) : null;
      if (parsed && !subDueAllowed(parsed.dueAt, parent.dueAt)) {
        errors.push({
          field: `tasks[${i}].due`,
          message: 'Hạn của đơn vị cấp dưới không được sau hạn của nhiệm vụ cấp trên.',
        });
      }
      return {
        item: parent.item,
        summary: s.summary ?? parent.summary,
        content: parent.content,
        leadUnit: s.unit,
        coordinatingUnits: [],
        due,
        duePhrase: null,
        priority: parent.priority,
        recurrence: null,
      };
    });
    if (errors.length) {
      throw new ApiException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', errors);
    }
    const now = new Date();
    await this.ds.transaction(async (em) => {
      const children = await insertTaskRows(em, {
        directiveId: directive.id,
        issuerUnitCode: parent.leadUnitCode,
        parentTaskId: parent.id,
        policy: { byPriority: { [parent.priority]: parent.policy } },
        specs,
        groups,
        actorUserId: p.userId,
        now,
      });
      const needsAll = dto.needsAllReports ?? true;
      await em.update(TaskEntity, { id: parent.id }, { needsAllSubreports: needsAll });
      await recordApiEvent(em, p, now, {
        action: 'task.cascaded',
        directiveId: directive.id,
        taskId: parent.id,
        unitCode: parent.leadUnitCode,
        after: {
          subtasks: children.map((c) => ({ id: c.id, unit: c.leadUnitCode, dueAt: c.dueAt })),
          needsAllSubreports: needsAll,
        },
      });
    });
    await this.directives.startPending(directive.id);
    return this.tasks.view(p, taskId);
  }

  async list(p: Principal, taskId: string): Promise<TaskView[]> {
    await this.access.readable(p, taskId);
    const children = await this.ds
      .getRepository(TaskEntity)
      .find({ where: { parentTaskId: taskId }, order: { leadUnitCode: 'ASC' } });
    // The parent's readers see those sub-tasks the access rules let them see.
    const visible = await this.access.filterReadable(p, children);
    return Promise.all(visible.map((c) => this.tasks.view(p, c.id)));
  }

  /**
   * The units a task can be split to: procuracies below the lead unit's procuracy (a
   * department of VKSTC, like Vụ 11, reaches provinces and districts) and the lead unit's own
   * departments.
   */
  private async subordinates(leadCode: string): Promise<OrgUnitEntity[]> {
    const units = this.ds.getRepository(OrgUnitEntity);
    const lead = await units.findOneByOrFail({ code: leadCode });
    const procuracy = lead.kind === 'vien' ? lead.code : (lead.parentCode ?? lead.code);
    const below = (await this.org.subtree(procuracy)).filter((c) => c !== procuracy);
    const active = await activeUnitCodes(this.ds.manager, below);
    const candidates = await units.find({
      where: { code: In([...active]) },
      order: { ordinal: 'ASC' },
    });
    return candidates.filter(
      (u) => u.code !== lead.code && (u.kind === 'vien' || u.parentCode === lead.code),
    );
  }
}
