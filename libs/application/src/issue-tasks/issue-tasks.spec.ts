import { refusal, refusalOf } from '@dondoc/domain/testing/refusals';
import { ErrorCode, TASK_LIMITS } from '@dondoc/domain';
import { InMemoryUnitOfWork, unit } from '@dondoc/persistence/testing/in-memory-repositories';
import { IssueTasksCommand, IssueTasksInput } from './issue-tasks.command';
import { IssueTasks } from './issue-tasks.use-case';
import { TaskSpec } from './task-spec';

const AT = new Date('2026-03-02T03:00:00Z');

function world(): InMemoryUnitOfWork {
  const uow = new InMemoryUnitOfWork();
  uow.state.units.push(
    unit('VKSTC'),
    unit('VKSTC.V8', { parentCode: 'VKSTC' }),
    unit('VKST.TRA_VINH', { parentCode: 'VKSTC' }),
    unit('VKSH.TRA_VINH.TRA_CU', { parentCode: 'VKST.TRA_VINH' }),
    unit('VKSH.TRA_VINH.CANG_LONG', { parentCode: 'VKST.TRA_VINH' }),
    unit('VKSTC.OLD', { activeTo: '2026-01-01', replacedBy: 'VKSTC.V8' }),
  );
  uow.state.groups.set('VKSH_TRA_VINH', ['VKSH.TRA_VINH.TRA_CU', 'VKSH.TRA_VINH.CANG_LONG']);
  return uow;
}

const task = (over: Partial<TaskSpec> = {}): TaskSpec => ({
  item: '1',
  summary: 'Báo cáo kết quả',
  leadUnit: 'VKSTC.V8',
  due: '2026-03-31',
  ...over,
});

const input = (over: Partial<IssueTasksInput> = {}): IssueTasksInput => ({
  directiveId: 'd-1',
  issuerUnitCode: 'VKSTC',
  parentTaskId: null,
  policy: null,
  tasks: [task()],
  actor: { userId: 'u-1', source: 'api' },
  at: AT,
  ...over,
});

async function issue(uow: InMemoryUnitOfWork, over: Partial<IssueTasksInput> = {}) {
  const cmd = IssueTasksCommand.create(input(over));
  return uow.transaction((r) => new IssueTasks().execute(cmd, r));
}

describe('IssueTasksCommand', () => {
  it('reads the due date into the instant the task becomes late and its last day on time', () => {
    const cmd = IssueTasksCommand.create(input());
    expect(cmd.tasks[0].due).toEqual({
      dueDate: '2026-03-31',
      dueAt: new Date('2026-03-31T17:00:00Z'),
    });
    expect(cmd.tasks[0].priority).toBe('thuong');
  });

  it.each([
    ['item', { item: '' }, 'tasks[0].item'],
    ['item too long', { item: 'x'.repeat(TASK_LIMITS.item + 1) }, 'tasks[0].item'],
    ['summary', { summary: '' }, 'tasks[0].summary'],
    ['summary too long', { summary: 'x'.repeat(TASK_LIMITS.summary + 1) }, 'tasks[0].summary'],
    ['content too long', { content: 'x'.repeat(TASK_LIMITS.content + 1) }, 'tasks[0].content'],
    ['lead unit', { leadUnit: '' }, 'tasks[0].leadUnit'],
    ['due', { due: '2026-02-30' }, 'tasks[0].due'],
    ['due phrase', { duePhrase: 'x'.repeat(TASK_LIMITS.duePhrase + 1) }, 'tasks[0].duePhrase'],
    ['priority', { priority: 'gap' as never }, 'tasks[0].priority'],
  ])('refuses a bad %s, naming the field', (_name, over, field) => {
    const err = refusal(() => IssueTasksCommand.create(input({ tasks: [task(over)] })));
    expect(err.code).toBe(ErrorCode.ValidationFailed);
    expect(err.errors.map((e) => e.field)).toEqual([field]);
  });

  it('takes the same limits wherever the task comes from: one title limit, not two', () => {
    const ok = 'x'.repeat(TASK_LIMITS.summary);
    expect(() => IssueTasksCommand.create(input({ tasks: [task({ summary: ok })] }))).not.toThrow();
  });

  it('names every bad field of every task at once', () => {
    const err = refusal(() =>
      IssueTasksCommand.create(
        input({ tasks: [task({ item: '' }), task(), task({ due: 'hôm qua', summary: '' })] }),
      ),
    );
    expect(err.errors.map((e) => e.field)).toEqual([
      'tasks[0].item',
      'tasks[2].summary',
      'tasks[2].due',
    ]);
  });

  it('refuses an empty list and a bad policy', () => {
    const err = refusal(() => IssueTasksCommand.create(input({ tasks: [], policy: { bad: 1 } })));
    expect(err.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['tasks']));
    expect(err.errors.some((e) => e.field.startsWith('policy'))).toBe(true);
  });

  describe('recurrence', () => {
    it('keeps every part of it: frequency, or seconds, and the end', () => {
      const cmd = IssueTasksCommand.create(
        input({
          tasks: [
            task({ recurrence: { frequency: 'monthly', until: '2026-12-31' } }),
            task({ recurrence: { everySeconds: 30 } }),
          ],
        }),
      );
      expect(cmd.tasks.map((t) => t.recurrence)).toEqual([
        { every: 'monthly', until: '2026-12-31' },
        { every: { seconds: 30 }, until: null },
      ]);
    });

    it.each([
      ['no first deadline', { due: null, recurrence: { frequency: 'monthly' as const } }],
      ['both kinds of period', { recurrence: { frequency: 'monthly' as const, everySeconds: 5 } }],
      ['neither kind', { recurrence: {} }],
      ['an unknown frequency', { recurrence: { frequency: 'weekly' as never } }],
      ['a zero period', { recurrence: { everySeconds: 0 } }],
      ['a bad end', { recurrence: { frequency: 'yearly' as const, until: '31/12/2026' } }],
    ])('refuses %s', (_name, over) => {
      const err = refusal(() => IssueTasksCommand.create(input({ tasks: [task(over)] })));
      expect(err.code).toBe(ErrorCode.ValidationFailed);
    });
  });
});

describe('IssueTasks', () => {
  it('writes one row per task with its audit event, in the caller’s transaction', async () => {
    const uow = world();
    const rows = await issue(uow, { tasks: [task(), task({ item: '2', leadUnit: 'VKSTC' })] });
    expect(uow.state.tasks.map((t) => [t.item, t.leadUnitCode, t.status])).toEqual([
      ['1', 'VKSTC.V8', 'assigned'],
      ['2', 'VKSTC', 'assigned'],
    ]);
    expect(uow.state.tasks.every((t) => t.workflowId === `task-${t.id}`)).toBe(true);
    expect(uow.state.tasks.every((t) => t.workflowStartedAt === null)).toBe(true);
    expect(uow.state.audit.map((e) => [e.action, e.taskId, e.actorUserId])).toEqual(
      rows.tasks.map((t) => ['task.assigned', t.id, 'u-1']),
    );
  });

  it('fans a group out to one task per member, remembering the group', async () => {
    const uow = world();
    await issue(uow, { tasks: [task({ leadUnit: 'VKSH_TRA_VINH' })] });
    expect(uow.state.tasks.map((t) => [t.leadUnitCode, t.sourceGroup])).toEqual([
      ['VKSH.TRA_VINH.TRA_CU', 'VKSH_TRA_VINH'],
      ['VKSH.TRA_VINH.CANG_LONG', 'VKSH_TRA_VINH'],
    ]);
  });

  it('refuses units not in the directory and units that have ended, writing nothing', async () => {
    const uow = world();
    const err = await refusalOf(
      issue(uow, {
        tasks: [
          task({ leadUnit: 'VKSTC.OLD' }),
          task({ coordinatingUnits: ['KHONG_CO'] }),
          task({ leadUnit: 'VKSH_TRA_VINH' }),
        ],
      }),
    );
    expect(err.code).toBe(ErrorCode.UnknownUnit);
    expect(err.errors.map((e) => e.field)).toEqual([
      'tasks[0].leadUnit',
      'tasks[1].coordinatingUnits[0]',
    ]);
    expect(uow.state.tasks).toEqual([]);
    expect(uow.state.audit).toEqual([]);
  });

  it('opens a series for a recurring task; its first period is the task itself', async () => {
    const uow = world();
    await issue(uow, { tasks: [task({ recurrence: { frequency: 'quarterly' } })] });
    const [series] = uow.state.series;
    expect(series).toMatchObject({
      status: 'active',
      recurrence: { every: 'quarterly', until: null },
      template: { leadUnitCode: 'VKSTC.V8', issuerUnitCode: 'VKSTC' },
      workflowStartedAt: null,
    });
    expect(uow.state.tasks[0]).toMatchObject({ seriesId: series.id, periodIndex: 0 });
  });

  it('issues a later period of a series for its own unit, marked started by its series', async () => {
    const uow = world();
    // The unit has ended since the series began: its periods still come (they were checked then).
    await issue(uow, {
      tasks: [task({ leadUnit: 'VKSTC.OLD', due: '2026-06-30T17:00:00.000Z' })],
      actor: { userId: null, source: 'workflow' },
      period: { seriesId: 's-1', index: 3 },
    });
    expect(uow.state.series).toEqual([]);
    expect(uow.state.tasks[0]).toMatchObject({
      seriesId: 's-1',
      periodIndex: 3,
      dueDate: '2026-06-30',
      workflowStartedAt: AT,
    });
    expect(uow.state.audit[0]).toMatchObject({ source: 'workflow', actorUserId: null });
  });

  it('gives sub-tasks their parent, and marks the parent as waiting for every report', async () => {
    const uow = world();
    const [parent] = (await issue(uow, { tasks: [task({ leadUnit: 'VKST.TRA_VINH' })] })).tasks;
    await issue(uow, {
      issuerUnitCode: 'VKST.TRA_VINH',
      parentTaskId: parent.id,
      needsAllReports: true,
      tasks: [task({ leadUnit: 'VKSH_TRA_VINH', due: '2026-03-20' })],
    });
    const children = uow.state.tasks.filter((t) => t.parentTaskId === parent.id);
    expect(children.map((t) => [t.leadUnitCode, t.issuerUnitCode])).toEqual([
      ['VKSH.TRA_VINH.TRA_CU', 'VKST.TRA_VINH'],
      ['VKSH.TRA_VINH.CANG_LONG', 'VKST.TRA_VINH'],
    ]);
    expect(uow.state.tasks.find((t) => t.id === parent.id)!.needsAllSubreports).toBe(true);
  });

  it('takes the policy for each task’s priority', async () => {
    const uow = world();
    await issue(uow, { tasks: [task(), task({ item: '2', priority: 'hoa_toc' })] });
    const [thuong, hoaToc] = uow.state.tasks;
    expect(thuong.policy).not.toEqual(hoaToc.policy);
    expect(hoaToc.priority).toBe('hoa_toc');
  });
});
