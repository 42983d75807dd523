import { randomUUID } from 'node:crypto';
import {
  Principal,
  ROLES,
  Role,
  TASK_BUCKETS,
  canReachTask,
  deadlineState,
  vietnameseCalendar,
} from '@dondoc/domain';
import { TaskEntity } from '@dondoc/persistence';
import { TaskListRepository } from '@dondoc/persistence/repositories/task-list.repository';
import { TaskAccessService } from '../../apps/api/src/tasks/task-access.service';
import { TaskListService } from '../../apps/api/src/tasks/task-list.service';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

const PROVINCE = 'VKST.TRA_VINH';
const DISTRICT = 'VKSH.TRA_VINH.CAU_KE';
const OTHER_DISTRICT = 'VKSH.TRA_VINH.CANG_LONG';
const ELSEWHERE = 'VKST.BINH_THUAN';
const DAY = 86_400_000;
const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString();

/**
 * GET /tasks and GET /directives: the reach rule in SQL against the access policy on the same
 * tasks, deadline states and buckets against `deadlineState`, Vietnamese search without
 * accents, paging, and directives with "k of n done".
 */
describe('task and directive lists', () => {
  const sys = new TestSystem();
  /** A word only this run's tasks carry, so lists see them and nothing of other test files. */
  const tag = `tl${randomUUID().slice(0, 8)}`;
  let supremeClerk: ApiClient;
  let provinceClerk: ApiClient;
  const directiveIds: string[] = [];
  const taskIds: string[] = [];

  beforeAll(async () => {
    // No worker: the lists read what is stored; nothing needs to be reminded.
    await sys.start({ worker: false });
    supremeClerk = await sys.as('VKSTC', 'secretariat');
    provinceClerk = await sys.as(PROVINCE, 'secretariat');
    const issue = async (c: ApiClient, issuerUnit: string, tasks: object[]) => {
      const res = await c
        .post('/directives')
        .send({
          number: `${tag}/KH-${issuerUnit}`,
          docType: 'KẾ HOẠCH',
          title: `Kế hoạch kiểm tra ${tag}`,
          issuedOn: '2026-11-20',
          issuerUnit,
          tasks,
        })
        .expect(201);
      directiveIds.push(res.body.id);
      taskIds.push(...res.body.tasks.map((t: { id: string }) => t.id));
      return res.body;
    };
    await issue(supremeClerk, 'VKSTC', [
      {
        item: '1',
        summary: `Báo cáo kết quả công tác quý ${tag}`,
        leadUnit: DISTRICT,
        due: isoIn(-2 * DAY),
      },
      {
        item: '2',
        summary: `Tổng hợp số liệu ${tag}`,
        leadUnit: PROVINCE,
        coordinatingUnits: [ELSEWHERE],
        due: isoIn(3600_000),
        priority: 'khan',
      },
      { item: '3', summary: `Theo dõi thường xuyên ${tag}`, leadUnit: ELSEWHERE },
    ]);
    await issue(provinceClerk, PROVINCE, [
      {
        item: '1',
        // Decomposed Unicode, as some pasted texts come: still found by "nghiem thu".
        summary: `${'Nghiệm thu'.normalize('NFD')} hồ sơ ${tag}`,
        leadUnit: OTHER_DISTRICT,
        due: '2099-12-31',
      },
      {
        item: '2',
        summary: `Đôn đốc thi hành án ${tag}`,
        leadUnit: DISTRICT,
        due: isoIn(40 * DAY),
        priority: 'hoa_toc',
      },
    ]);
  });
  afterAll(() => sys.stop());

  it('reaches in SQL exactly the tasks the access policy reaches, for every role and unit', async () => {
    const repo = sys.api.get(TaskListRepository);
    const lists = sys.api.get(TaskListService);
    const access = sys.api.get(TaskAccessService);
    const tasks = await sys.db.getRepository(TaskEntity).findBy(taskIds.map((id) => ({ id })));
    expect(tasks).toHaveLength(taskIds.length);
    for (const unitCode of ['VKSTC', PROVINCE, DISTRICT, OTHER_DISTRICT, ELSEWHERE, 'VKSTC.V8']) {
      for (const role of ROLES) {
        const p: Principal = { userId: randomUUID(), unitCode, roles: [role as Role] };
        const expected: string[] = [];
        for (const t of tasks) if (canReachTask(p, await access.reach(t))) expected.push(t.id);
        const sql = await repo.reachableTaskIds(await lists.scope(p), taskIds);
        expect({ unitCode, role, ids: sql.sort() }).toEqual({
          unitCode,
          role,
          ids: expected.sort(),
        });
      }
    }
  });

  it('lists a unit its tasks with the deadline state of each, most urgent first', async () => {
    const officer = await sys.as(DISTRICT, 'unit_officer');
    const res = await officer.get(`/tasks?q=${tag}`).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((t: { item: string }) => t.item)).toEqual(['1', '2']);
    expect(res.body.items[0]).toMatchObject({
      leadUnit: DISTRICT,
      deadlineState: 'overdue',
      directive: { number: `${tag}/KH-VKSTC`, docType: 'KẾ HOẠCH' },
    });
    expect(res.body.counts).toMatchObject({ awaiting_ack: 2, overdue: 1, done: 0 });
  });

  it('filters by deadline state and bucket as deadlineState decides', async () => {
    const leader = await sys.as('VKSTC', 'leader');
    const all = (await leader.get(`/tasks?q=${tag}&pageSize=100`).expect(200)).body;
    expect(all.total).toBe(5);
    const calendar = vietnameseCalendar();
    const tasks = await sys.db.getRepository(TaskEntity).findBy(taskIds.map((id) => ({ id })));
    const stateOf = new Map(
      tasks.map((t) => [t.id, deadlineState(t, new Date(), t.policy.dueSoon, calendar)]),
    );
    for (const state of ['overdue', 'due_soon', 'on_track'] as const) {
      const res = await leader.get(`/tasks?q=${tag}&deadline=${state}&pageSize=100`).expect(200);
      const want = [...stateOf]
        .filter(([, s]) => s === state || (state === 'on_track' && s === 'no_deadline'))
        .map(([id]) => id)
        .sort();
      expect({ state, ids: res.body.items.map((t: { id: string }) => t.id).sort() }).toEqual({
        state,
        ids: want,
      });
    }
    // The khẩn task due in an hour is due soon; the standing task has no deadline.
    expect(all.counts).toMatchObject({ overdue: 1, due_soon: 1, awaiting_ack: 5 });
    for (const bucket of TASK_BUCKETS) {
      const res = await leader.get(`/tasks?q=${tag}&bucket=${bucket}`).expect(200);
      expect({ bucket, total: res.body.total }).toEqual({ bucket, total: all.counts[bucket] });
    }
  });

  it('finds Vietnamese text without its accents, in either Unicode form', async () => {
    const leader = await sys.as('VKSTC', 'leader');
    const found = async (q: string) =>
      (await leader.get(`/tasks?q=${encodeURIComponent(`${q} ${tag}`)}`).expect(200)).body.items
        .map((t: { summary: string }) => t.summary.normalize('NFC'))
        .sort();
    expect(await found('bao cao')).toEqual([`Báo cáo kết quả công tác quý ${tag}`]);
    expect(await found('BÁO CÁO')).toEqual([`Báo cáo kết quả công tác quý ${tag}`]);
    expect(await found('nghiem thu')).toEqual([`Nghiệm thu hồ sơ ${tag}`]);
    expect(await found('don doc')).toEqual([`Đôn đốc thi hành án ${tag}`]);
    // LIKE's wildcards are plain text.

    expect(await found('100%')).toEqual([]);
  });

  it('pages with a total, sorts, and filters by unit, issuer, status, priority and due range', async () => {
    const leader = await sys.as('VKSTC', 'leader');
    const ids = async (query: string) =>
      (await leader.get(`/tasks?q=${tag}&${query}`).expect(200)).body.items.map(
        (t: { summary: string }) => t.summary.normalize('NFC').split(' ')[0],
      );
    const p1 = (await leader.get(`/tasks?q=${tag}&pageSize=2&page=1&sort=due`).expect(200)).body;
    const p3 = (await leader.get(`/tasks?q=${tag}&pageSize=2&page=3&sort=due`).expect(200)).body;
    expect([p1.total, p1.items.length, p3.items.length]).toEqual([5, 2, 1]);
    // Ascending due dates, the standing task (no date) last.
    expect(p3.items[0].due.date).toBeNull();
    expect(await ids(`unit=${DISTRICT}&sort=due`)).toEqual(['Báo', 'Đôn']);
    expect(await ids(`issuer=${PROVINCE}&sort=-due`)).toEqual(['Nghiệm', 'Đôn']);
    expect(await ids('priority=khan,hoa_toc&sort=due')).toEqual(['Tổng', 'Đôn']);
    expect(await ids('status=assigned&dueFrom=2099-12-31&dueTo=2099-12-31')).toEqual(['Nghiệm']);
    expect(await ids('dueTo=2099-12-30&sort=due')).toHaveLength(3);
    const bad = await leader.get('/tasks?deadline=later&pageSize=1000').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'deadline',
      'pageSize',
    ]);
  });

  it('lists directives with "k of n done" and the overdue count over the tasks one reaches', async () => {
    const leader = await sys.as('VKSTC', 'leader');
    const res = await leader.get(`/directives?q=${tag}`).expect(200);
    expect(res.body.total).toBe(2);
    const supreme = res.body.items.find((d: { issuerUnit: string }) => d.issuerUnit === 'VKSTC');
    expect(supreme).toMatchObject({ taskCount: 3, doneCount: 0, overdueCount: 1 });
    // The district sees both directives, counted over its own tasks only.
    const district = await sys.as(DISTRICT, 'unit_head');
    const mine = (await district.get(`/directives?q=${tag}`).expect(200)).body.items;
    expect(mine.map((d: { taskCount: number }) => d.taskCount)).toEqual([1, 1]);
    const elsewhere = await sys.as('VKST.AN_GIANG', 'leader');
    expect((await elsewhere.get(`/directives?q=${tag}`).expect(200)).body.total).toBe(0);
    expect(
      (await leader.get(`/directives?number=${tag}/KH-VKSTC&status=issued`).expect(200)).body.total,
    ).toBe(1);
  });

  it('shows a draft to its own unit’s issuers only', async () => {
    const draft = await provinceClerk
      .post('/directives/parse')
      .send({ text: `KẾ HOẠCH\nBản nháp ${tag}\n1. Giao Vụ 8 báo cáo trước ngày 30/12/2030.` })
      .expect(201);
    const clerkSees = (await provinceClerk.get(`/directives?status=draft`).expect(200)).body;
    expect(clerkSees.items.map((d: { id: string }) => d.id)).toContain(draft.body.id);
    const head = await sys.as(PROVINCE, 'unit_head');
    const headSees = (await head.get(`/directives?status=draft`).expect(200)).body;
    expect(headSees.items.map((d: { id: string }) => d.id)).not.toContain(draft.body.id);
  });

  it('tells each user which actions the task offers them now', async () => {
    const [overdueTask] = taskIds;
    const actions = async (c: ApiClient) =>
      (await c.get(`/tasks/${overdueTask}/actions`).expect(200)).body.actions;
    expect(await actions(await sys.as(DISTRICT, 'unit_officer'))).toEqual([
      'acknowledge',
      'progress',
      'extension',
      'submit',
      'attach',
      'explain',
    ]);
    expect(await actions(await sys.as(DISTRICT, 'unit_head'))).toContain('cascade');
    expect(await actions(await sys.as('VKSTC', 'leader'))).toEqual(['reassign', 'cancel']);
    expect(await actions(await sys.as(PROVINCE, 'leader'))).toEqual([]);
    await (
      await sys.as(ELSEWHERE, 'unit_officer')
    )
      .get(`/tasks/${overdueTask}/actions`)
      .expect(404);
  });
});
