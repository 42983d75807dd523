import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

interface Event {
  action: string;
  unitCode: string | null;
  taskId: string | null;
  directiveId: string | null;
  actorUserId: string | null;
  at: string;
}

describe('GET /audit', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let directiveId: string;
  const taskOf: Record<string, string> = {};

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch thử nhật ký',
        issuedOn: '2021-07-20',
        issuerUnit: 'VKSTC',
        tasks: [
          {
            item: '1',
            summary: 'Huyện báo cáo',
            leadUnit: 'VKSH.BINH_THUAN.TP_PHAN_THIET',
            due: '2030-07-09',
          },
          { item: '2', summary: 'Tỉnh tổng hợp', leadUnit: 'VKST.BINH_THUAN', due: '2030-07-29' },
          { item: '3', summary: 'Tỉnh khác báo cáo', leadUnit: 'VKST.AN_GIANG', due: '2030-07-29' },
        ],
      })
      .expect(201);
    directiveId = res.body.id;
    for (const t of res.body.tasks) taskOf[t.leadUnit] = t.id;
  });
  afterAll(() => sys.stop());

  // Without the mail events: when the worker sends the assignment notices is not this test's.
  const list = async (c: ApiClient, query = '') =>
    ((await c.get(`/audit?limit=500${query}`).expect(200)).body as Event[]).filter(
      (e) => !e.action.startsWith('notification.'),
    );

  it('filters by directive, task, unit, user and time', async () => {
    const byDirective = await list(clerk, `&directiveId=${directiveId}`);
    expect(byDirective.map((e) => e.action).sort()).toEqual([
      'directive.issued',
      'task.assigned',
      'task.assigned',
      'task.assigned',
    ]);
    const task = taskOf['VKST.BINH_THUAN'];
    expect((await list(clerk, `&taskId=${task}`)).map((e) => e.taskId)).toEqual([task]);
    const byUser = await list(clerk, `&userId=${clerk.user.userId}&directiveId=${directiveId}`);
    expect(byUser).toHaveLength(4);
    expect(await list(clerk, `&directiveId=${directiveId}&from=2999-01-01T00:00:00Z`)).toEqual([]);
    const at = byDirective[0].at;
    expect(
      (await list(clerk, `&directiveId=${directiveId}&to=${encodeURIComponent(at)}`)).length,
    ).toBeLessThan(4);
  });

  it('shows a unit head their own unit, and a leader the units below', async () => {
    const head = await sys.as('VKST.BINH_THUAN', 'unit_head');
    const mine = await list(head, `&directiveId=${directiveId}`);
    expect(mine.map((e) => e.unitCode)).toEqual(['VKST.BINH_THUAN']);

    const leader = await sys.as('VKST.BINH_THUAN', 'leader');
    const below = await list(leader, `&directiveId=${directiveId}`);
    expect(below.map((e) => e.unitCode).sort()).toEqual([
      'VKSH.BINH_THUAN.TP_PHAN_THIET',
      'VKST.BINH_THUAN',
    ]);

    // Asking for another unit's events by name gives nothing, not an error.
    expect(await list(head, `&unitCode=VKST.AN_GIANG`)).toEqual([]);
  });

  it('refuses malformed filters with a field-level 400', async () => {
    const res = await clerk.get('/audit?taskId=abc&limit=9999').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'limit',
      'taskId',
    ]);
  });
});
