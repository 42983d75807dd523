import { refusalOf } from '@dondoc/domain/testing/refusals';
import {
  IssueTasks,
  StartPendingWorkflows,
  TaskStart,
  WorkflowStarter,
  requestHash,
} from '@dondoc/application';
import type { SeriesWorkflowInput } from '@dondoc/contracts';
import { ErrorCode, Principal } from '@dondoc/domain';
import { InMemoryUnitOfWork, unit } from '@dondoc/persistence/testing/in-memory-repositories';
import type { CalendarService } from '../calendar/calendar.service';
import { OrgTreeService } from '../org/org-tree.service';
import { TaskAccessService } from '../tasks/task-access.service';
import { TasksService } from '../tasks/tasks.service';
import type { TaskWorkflowGateway } from '../temporal/task-workflow.gateway';
import { CascadeService } from './cascade.service';
import { DirectivesService } from './directives.service';
import { DraftsService } from './drafts.service';
import type { CreateDirectiveDto } from './dto/create-directive.dto';

/** Records what it was asked to start; fails while `down`. */
class FakeStarter extends WorkflowStarter {
  down = false;
  readonly tasks: TaskStart[] = [];
  readonly series: SeriesWorkflowInput[] = [];
  async startTask(t: TaskStart): Promise<void> {
    if (this.down) throw new Error('Temporal unreachable');
    this.tasks.push(t);
  }
  async startSeries(s: SeriesWorkflowInput): Promise<void> {
    if (this.down) throw new Error('Temporal unreachable');
    this.series.push(s);
  }
}

const clerk: Principal = { userId: 'u-clerk', unitCode: 'VKSTC', roles: ['secretariat'] };
const otherClerk: Principal = {
  userId: 'u-other',
  unitCode: 'VKST.TRA_VINH',
  roles: ['secretariat'],
};
const head: Principal = { userId: 'u-head', unitCode: 'VKST.TRA_VINH', roles: ['unit_head'] };

function system() {
  const uow = new InMemoryUnitOfWork();
  uow.state.units.push(
    unit('VKSTC'),
    unit('VKSTC.V8', { parentCode: 'VKSTC', kind: 'vu' }),
    unit('VKST.TRA_VINH', { parentCode: 'VKSTC', level: 'tinh' }),
    unit('VKSH.TRA_VINH.TRA_CU', { parentCode: 'VKST.TRA_VINH', level: 'huyen' }),
    unit('VKSH.TRA_VINH.CANG_LONG', { parentCode: 'VKST.TRA_VINH', level: 'huyen' }),
  );
  uow.state.groups.set('VKSH_TRA_VINH', ['VKSH.TRA_VINH.TRA_CU', 'VKSH.TRA_VINH.CANG_LONG']);
  const starter = new FakeStarter();
  const org = new OrgTreeService(uow.repositories.org);
  const access = new TaskAccessService(uow, org);
  const calendars = { adminOverrides: async () => ({}) } as unknown as CalendarService;
  const issueTasks = new IssueTasks();
  const starts = new StartPendingWorkflows(uow.repositories, starter, {
    concurrency: 4,
    taskHistoryLimit: 5000,
  });
  const directives = new DirectivesService(uow, issueTasks, starts, access, org, calendars);
  const tasks = new TasksService(uow, {} as TaskWorkflowGateway, access, calendars);
  const drafts = new DraftsService(uow, issueTasks, directives);
  const cascade = new CascadeService(uow, issueTasks, access, org, calendars, directives, tasks);
  return { uow, starter, directives, drafts, cascade };
}

const body = (over: Partial<CreateDirectiveDto> = {}): CreateDirectiveDto =>
  ({
    docType: 'CÔNG VĂN',
    title: 'Báo cáo kết quả 6 tháng',
    issuedOn: '2030-06-01',
    issuerUnit: 'VKSTC',
    tasks: [
      { item: '1', summary: 'Báo cáo', leadUnit: 'VKSTC.V8', due: '2030-07-31' },
      { item: '2', summary: 'Tổng hợp', leadUnit: 'VKST.TRA_VINH', due: '2030-07-31' },
    ],
    ...over,
  }) as CreateDirectiveDto;

describe('DirectivesService.issue', () => {
  it('stores the directive and its tasks, starts one workflow a task and marks them started', async () => {
    const { uow, starter, directives } = system();
    const { created, view } = await directives.issue(clerk, body(), null);
    expect(created).toBe(true);
    expect(view.tasks).toHaveLength(2);
    expect(starter.tasks.map((s) => s.workflowId).sort()).toEqual(
      uow.state.tasks.map((t) => t.workflowId).sort(),
    );
    expect(uow.state.tasks.every((t) => t.workflowStartedAt !== null)).toBe(true);
    expect(uow.state.audit.map((e) => e.action).sort()).toEqual([
      'directive.issued',
      'task.assigned',
      'task.assigned',
    ]);
  });

  it('answers a repeat with the same key and body with the stored directive, creating nothing', async () => {
    const { uow, starter, directives } = system();
    const first = await directives.issue(clerk, body(), 'key-1');
    const again = await directives.issue(clerk, body(), 'key-1');
    expect(again.created).toBe(false);
    expect(again.view.id).toBe(first.view.id);
    expect(uow.state.directives).toHaveLength(1);
    expect(uow.state.tasks).toHaveLength(2);
    expect(starter.tasks).toHaveLength(2);
  });

  it('reads the body regardless of key order when comparing a repeat', async () => {
    const { directives } = system();
    const b = body();
    await directives.issue(clerk, b, 'key-order');
    const reordered = Object.fromEntries(Object.entries(b).reverse()) as CreateDirectiveDto;
    expect(requestHash(reordered)).toBe(requestHash(b));
    await expect(directives.issue(clerk, reordered, 'key-order')).resolves.toMatchObject({
      created: false,
    });
  });

  it('refuses the same key with another body (422), and another unit’s key (409)', async () => {
    const { uow, directives } = system();
    await directives.issue(clerk, body(), 'key-2');
    const changed = await refusalOf(directives.issue(clerk, body({ title: 'Khác' }), 'key-2'));
    expect(changed.code).toBe(ErrorCode.IdempotencyKeyReused);
    const foreign = await refusalOf(
      directives.issue(otherClerk, body({ issuerUnit: 'VKST.TRA_VINH' }), 'key-2'),
    );
    expect(foreign.code).toBe(ErrorCode.IdempotencyConflict);
    expect(uow.state.directives).toHaveLength(1);
  });

  it('keeps what it stored when Temporal is down, says so (503), and starts it on the retry', async () => {
    const { uow, starter, directives } = system();
    starter.down = true;
    const err = await refusalOf(directives.issue(clerk, body(), 'key-3'));
    expect(err.code).toBe(ErrorCode.ServiceUnavailable);
    expect(uow.state.tasks).toHaveLength(2);
    expect(uow.state.tasks.every((t) => t.workflowStartedAt === null)).toBe(true);
    starter.down = false;
    const again = await directives.issue(clerk, body(), 'key-3');
    expect(again.created).toBe(false);
    expect(uow.state.tasks.every((t) => t.workflowStartedAt !== null)).toBe(true);
    expect(starter.tasks).toHaveLength(2);
  });

  it('starts the series of a recurring task once its first period’s workflow is started', async () => {
    const { starter, directives } = system();
    await directives.issue(
      clerk,
      body({
        tasks: [
          {
            item: '1',
            summary: 'Báo cáo tháng',
            leadUnit: 'VKSTC.V8',
            due: '2030-07-31',
            recurrence: { frequency: 'monthly' },
          },
        ],
      }),
      null,
    );
    expect(starter.tasks).toHaveLength(1);
    expect(starter.series).toEqual([
      expect.objectContaining({
        first: { dueAt: '2030-07-31T17:00:00.000Z', dueDate: '2030-07-31' },
        recurrence: { every: 'monthly', until: null },
        nextIndex: 1,
      }),
    ]);
  });

  it('refuses, writing nothing: a bad field (400), a group or unknown issuer (400), another unit (403)', async () => {
    const { uow, directives } = system();
    const bad = await refusalOf(
      directives.issue(
        clerk,
        body({ tasks: [{ item: '', summary: 'x', leadUnit: 'VKSTC.V8' }] }),
        null,
      ),
    );
    expect(bad.code).toBe(ErrorCode.ValidationFailed);
    const group = await refusalOf(
      directives.issue(clerk, body({ issuerUnit: 'VKSH_TRA_VINH' }), null),
    );
    expect(group.code).toBe(ErrorCode.UnknownUnit);
    const unknownLead = await refusalOf(
      directives.issue(
        clerk,
        body({ tasks: [{ item: '1', summary: 'x', leadUnit: 'VU_99' }] }),
        null,
      ),
    );
    expect(unknownLead.code).toBe(ErrorCode.UnknownUnit);
    const foreign = await refusalOf(
      directives.issue(clerk, body({ issuerUnit: 'VKST.TRA_VINH' }), null),
    );
    expect(foreign.code).toBe(ErrorCode.Forbidden);
    expect(uow.state.directives).toEqual([]);
    expect(uow.state.tasks).toEqual([]);
    expect(uow.state.audit).toEqual([]);
  });
});

describe('DraftsService.issue', () => {
  async function draftWith(s: ReturnType<typeof system>, leadUnit: string | null) {
    const id = await s.uow.repositories.directives.insert({
      number: null,
      docType: 'KẾ HOẠCH',
      title: 'Kế hoạch',
      issuedOn: '2030-06-01',
      issuedPlace: null,
      issuerUnitCode: 'VKSTC',
      signer: null,
      body: 'Giao Vụ 8 báo cáo trước ngày 31/7/2030.',
      status: 'draft',
      policy: null,
      draft: {
        tasks: [
          {
            item: '1',
            summary: 'Báo cáo',
            content: null,
            leadUnit,
            coordinatingUnits: [],
            unresolvedUnits: [],
            due: '2030-07-30',
            duePhrase: 'trước ngày 31/7/2030',
            recurrence: { frequency: 'monthly', until: '2030-12-31' },
            priority: 'thuong',
            span: null,
          },
        ],
        references: [],
        recipients: [],
      },
      idempotencyKey: null,
      requestHash: null,
    });
    return id;
  }

  it('issues once; a repeat answers with the directive, another request is refused', async () => {
    const s = system();
    const id = await draftWith(s, 'VKSTC.V8');
    const issued = await s.drafts.issue(clerk, id, {});
    expect(issued.tasks).toHaveLength(1);
    // The draft's recurrence keeps its end.
    expect(s.uow.state.series[0].recurrence).toEqual({ every: 'monthly', until: '2030-12-31' });
    const again = await s.drafts.issue(clerk, id, {});
    expect(again.tasks.map((t) => t.id)).toEqual(issued.tasks.map((t) => t.id));
    expect(s.uow.state.tasks).toHaveLength(1);
    const other = await refusalOf(s.drafts.issue(clerk, id, { policy: { byPriority: {} } }));
    expect(other.code).toBe(ErrorCode.IdempotencyKeyReused);
  });

  it('refuses a draft with a task that has no lead unit, naming it', async () => {
    const s = system();
    const id = await draftWith(s, null);
    const err = await refusalOf(s.drafts.issue(clerk, id, {}));
    expect(err.code).toBe(ErrorCode.ValidationFailed);
    expect(err.errors).toEqual([
      { field: 'tasks[0].leadUnit', message: 'Chưa chọn đơn vị chủ trì.' },
    ]);
    expect(s.uow.state.directives[0].status).toBe('draft');
  });
});

describe('CascadeService.split', () => {
  it('splits a province’s task to its districts through the one use case', async () => {
    const s = system();
    const { view } = await s.directives.issue(clerk, body(), null);
    const parent = view.tasks.find((t) => t.leadUnit === 'VKST.TRA_VINH')!;
    await s.cascade.split(head, parent.id, {
      tasks: [{ unit: 'VKSH_TRA_VINH', due: '2030-07-15' }],
    });
    const children = s.uow.state.tasks.filter((t) => t.parentTaskId === parent.id);
    expect(children.map((t) => [t.leadUnitCode, t.issuerUnitCode, t.dueDate])).toEqual([
      ['VKSH.TRA_VINH.TRA_CU', 'VKST.TRA_VINH', '2030-07-15'],
      ['VKSH.TRA_VINH.CANG_LONG', 'VKST.TRA_VINH', '2030-07-15'],
    ]);
    expect(s.uow.state.tasks.find((t) => t.id === parent.id)!.needsAllSubreports).toBe(true);
    expect(s.starter.tasks.map((t) => t.workflowId)).toEqual(
      expect.arrayContaining(children.map((c) => c.workflowId)),
    );
  });

  it('refuses a unit that is not below, and a date after the parent’s', async () => {
    const s = system();
    const { view } = await s.directives.issue(clerk, body(), null);
    const parent = view.tasks.find((t) => t.leadUnit === 'VKST.TRA_VINH')!;
    const err = await refusalOf(
      s.cascade.split(head, parent.id, {
        tasks: [{ unit: 'VKSTC.V8' }, { unit: 'VKSH.TRA_VINH.TRA_CU', due: '2030-08-15' }],
      }),
    );
    expect(err.errors.map((e) => e.field)).toEqual(['tasks[0].unit', 'tasks[1].due']);
    expect(s.uow.state.tasks.filter((t) => t.parentTaskId === parent.id)).toEqual([]);
  });
});
