import { Injectable } from '@nestjs/common';
import { IssueTasks, IssueTasksCommand, TaskSpec } from '@dondoc/application';
import {
  DomainException,
  ErrorCode,
  FieldError,
  OPEN_STATUSES,
  Principal,
  WORKING_STATUSES,
  localDateOf,
  parseDueInput,
  proposeSubDueDate,
  subDueAllowed,
  vietnameseCalendar,
} from '@dondoc/domain';
import { OrgUnitEntity, UnitOfWork } from '@dondoc/persistence';
import { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';
import { TaskAccessService } from '../tasks/task-access.service';
import { TaskView } from '../tasks/task.mapper';
import { TasksService } from '../tasks/tasks.service';
import { DirectivesService } from './directives.service';
import { CascadeDto } from './dto/cascade.dto';

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
    private readonly uow: UnitOfWork,
    private readonly issueTasks: IssueTasks,
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
    // The plan's own date for the level below, when it gave one; else early enough to
    // consolidate (the parent's date less 10 working days, never after it).
    const due =
      task.subtaskDue ??
      (task.dueDate ? proposeSubDueDate(task.dueDate, localDateOf(new Date()), calendar) : null);
    return { due, units: units.map((u) => ({ code: u.code, shortName: u.shortName })) };
  }

  async split(p: Principal, taskId: string, dto: CascadeDto): Promise<TaskView> {
    const { task: parent, directive } = await this.access.cascadable(p, taskId);
    if (!WORKING_STATUSES.includes(parent.status)) {
      throw new DomainException(
        ErrorCode.InvalidTransition,
        'Chỉ giao tiếp được nhiệm vụ đang thực hiện, chưa báo cáo hoàn thành.',
      );
    }
    const now = new Date();
    const { org } = this.uow.repositories;
    const allowed = new Set((await this.subordinates(parent.leadUnitCode)).map((u) => u.code));
    const groups = await org.groupMembersOn(localDateOf(now));
    const proposal = await this.proposal(p, taskId);
    const errors: FieldError[] = [];
    const doubled: FieldError[] = [];
    const held = new Set(
      (await this.uow.repositories.tasks.children(parent.id))
        .filter((c) => OPEN_STATUSES.includes(c.status))
        .map((c) => c.leadUnitCode),
    );
    const specs: TaskSpec[] = dto.tasks.map((s, i) => {
      const units = groups.get(s.unit) ?? [s.unit];
      // A group like "VKSND cấp huyện thuộc tỉnh Trà Vinh" is fine when all its members are.
      if (units.length === 0 || units.some((u) => !allowed.has(u))) {
        errors.push({
          field: `tasks[${i}].unit`,
          message: `"${s.unit}" không phải đơn vị cấp dưới của ${parent.leadUnitCode}.`,
        });
      }
      const twice = units.filter((u) => held.has(u));
      if (twice.length && !s.separate) {
        doubled.push({
          field: `tasks[${i}].unit`,
          message: `${twice.join(', ')} đã có nhiệm vụ đang mở được giao từ nhiệm vụ này; chọn "giao riêng" nếu cần thêm một nhiệm vụ.`,
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
        due,
        priority: parent.priority,
        separate: s.separate === true,
      };
    });
    if (errors.length) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', errors);
    }
    // A double click or a second head's split: one set of sub-tasks, unless asked otherwise.
    if (doubled.length) {
      throw new DomainException(
        ErrorCode.Duplicate,
        'Nhiệm vụ đã được giao cho đơn vị cấp dưới này.',
        doubled,
      );
    }
    const needsAll = dto.needsAllReports ?? true;
    const command = IssueTasksCommand.create({
      directiveId: directive.id,
      issuerUnitCode: parent.leadUnitCode,
      parentTaskId: parent.id,
      policy: { byPriority: { [parent.priority]: parent.policy } },
      tasks: specs,
      needsAllReports: needsAll,
      actor: { userId: p.userId, source: 'api' },
      at: now,
    });
    await this.uow.transaction(async (r) => {
      const { tasks: children } = await this.issueTasks.execute(command, r);
      await r.audit.append([
        {
          at: now,
          source: 'api',
          actorUserId: p.userId,
          action: 'task.cascaded',
          directiveId: directive.id,
          taskId: parent.id,
          unitCode: parent.leadUnitCode,
          after: {
            subtasks: children.map((c) => ({ id: c.id, unit: c.leadUnitCode, dueAt: c.dueAt })),
            needsAllSubreports: needsAll,
          },
        },
      ]);
    });
    await this.directives.startTracking(directive.id);
    return this.tasks.view(p, taskId);
  }

  /** The tasks below this one: the level right below, or every level (the plan's tree). */
  async list(p: Principal, taskId: string, all = false): Promise<TaskView[]> {
    await this.access.readable(p, taskId);
    const { tasks } = this.uow.repositories;
    const children = all ? await tasks.descendants(taskId) : await tasks.children(taskId);
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
    const { org } = this.uow.repositories;
    const lead = await org.unit(leadCode);
    if (!lead) return [];
    const procuracy = lead.kind === 'vien' ? lead.code : (lead.parentCode ?? lead.code);
    const below = (await this.org.subtree(procuracy)).filter((c) => c !== procuracy);
    const active = await org.activeUnitCodes(below, localDateOf(new Date()));
    const candidates = await org.units([...active]);
    return candidates.filter(
      (u) => u.code !== lead.code && (u.kind === 'vien' || u.parentCode === lead.code),
    );
  }
}
