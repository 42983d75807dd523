import { Injectable } from '@nestjs/common';
import {
  Principal,
  TaskCommand,
  WORKING_STATUSES,
  WorkingCalendar,
  decide,
  explanationProblem,
  localDateOf,
  dueSoonThresholds,
  mayActOnTask,
  mayCascadeTask,
  mayDecideOnTask,
  reachesUnitsBelow,
  roleAllows,
  vietnameseCalendar,
} from '@dondoc/domain';
import { DirectiveEntity, taskStateOf } from '@dondoc/persistence';
import {
  ListClock,
  ListScope,
  TaskListRepository,
} from '@dondoc/persistence/repositories/task-list.repository';
import { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';
import { mapTask } from './task.mapper';
import { TaskAccessService } from './task-access.service';
import {
  TaskActionName,
  TaskActionsView,
  TaskListQueryDto,
  TaskListView,
} from './dto/task-list.dto';

/** A command of each action, only to ask the lifecycle whether the task's state allows it. */
const PROBES: [TaskActionName, TaskCommand][] = [
  ['acknowledge', { action: 'acknowledge' }],
  ['progress', { action: 'report_progress', text: '-', percent: null, attachmentIds: [] }],
  [
    'extension',
    { action: 'request_extension', dueAt: '2999-12-30T17:00:00.000Z', dueDate: null, reason: '-' },
  ],
  ['submit', { action: 'submit', result: '-', attachmentIds: [] }],
  ['approve_extension', { action: 'approve_extension', note: null }],
  ['reject_extension', { action: 'reject_extension', reason: '-' }],
  ['accept', { action: 'accept', note: null }],
  ['return', { action: 'return', reason: '-' }],
  ['reassign', { action: 'reassign', unitCode: '\u0000', reason: '-' }],
  ['cancel', { action: 'cancel', reason: '-' }],
];
const UNIT_SIDE: TaskActionName[] = ['acknowledge', 'progress', 'extension', 'submit'];

/** The unit's inbox and every list of tasks: filters in, one page and the bucket counts out. */
@Injectable()
export class TaskListService {
  constructor(
    private readonly repo: TaskListRepository,
    private readonly org: OrgTreeService,
    private readonly calendars: CalendarService,
    private readonly access: TaskAccessService,
  ) {}

  async scope(p: Principal): Promise<ListScope> {
    return {
      unitCode: p.unitCode,
      leaderOf: reachesUnitsBelow(p) ? await this.org.subtree(p.unitCode) : [],
      mayIssue: roleAllows(p, 'directive.issue'),
    };
  }

  async clock(): Promise<{ clock: ListClock; calendar: WorkingCalendar }> {
    const calendar = vietnameseCalendar(await this.calendars.adminOverrides());
    const now = new Date();
    return { clock: { now, dueSoonThresholds: dueSoonThresholds(now, calendar) }, calendar };
  }

  async list(p: Principal, q: TaskListQueryDto): Promise<TaskListView> {
    const [scope, { clock, calendar }] = await Promise.all([this.scope(p), this.clock()]);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const filter = {
      leadUnits: q.unit,
      directiveId: q.directive,
      statuses: q.status,
      deadline: q.deadline,
      priorities: q.priority,
      dueFrom: q.dueFrom,
      dueTo: q.dueTo,
      issuerUnit: q.issuer,
      text: q.q,
      bucket: q.bucket,
    };
    const [found, counts] = await Promise.all([
      this.repo.listTasks(scope, filter, clock, q.sort ?? 'urgency', page, pageSize),
      this.repo.bucketCounts(scope, filter, clock),
    ]);
    const directives = await this.repo.directivesOf(found.items);
    return {
      items: found.items.map((t) => ({
        ...mapTask(t, clock.now, calendar),
        directive: directiveRef(directives.get(t.directiveId)!),
      })),
      total: found.total,
      page,
      pageSize,
      counts,
    };
  }

  /** What this user may do on the task now: their role and unit, and the task's state. */
  async actions(p: Principal, id: string): Promise<TaskActionsView> {
    const { task } = await this.access.readable(p, id);
    const reach = await this.access.reach(task);
    const now = new Date();
    const mayAct = mayActOnTask(p, reach);
    const mayDecide = mayDecideOnTask(p, reach);
    const state = taskStateOf(task);
    const actions: TaskActionName[] = PROBES.filter(([name, command]) =>
      (UNIT_SIDE.includes(name) ? mayAct : mayDecide) ? decide(state, command, now).ok : false,
    ).map(([name]) => name);
    if (mayAct && (actions.includes('progress') || actions.includes('submit'))) {
      actions.push('attach');
    }
    // Overdue work asks for an explanation (ExplanationsService asks the same).
    if (mayAct && explanationProblem(task, localDateOf(now), now) === null) actions.push('explain');
    // A split is refused on a task no longer being worked on (CascadeService asks the same).
    if (mayCascadeTask(p, reach) && WORKING_STATUSES.includes(task.status)) actions.push('cascade');
    return { actions };
  }
}

function directiveRef(d: DirectiveEntity) {
  return { id: d.id, number: d.number, docType: d.docType, title: d.title, issuedOn: d.issuedOn };
}
