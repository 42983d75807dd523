import request from 'supertest';
import type { Role } from '@dondoc/domain';
import { ROLES } from '@dondoc/domain';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

/**
 * Every route × every role × the user's unit relative to the resource: the unit itself
 * (own), the unit above it (parent), an unrelated unit (other). The expectations are written
 * out by hand; the route list comes from the running app, so a route added without an entry
 * here fails the first test.
 */
type Scope = 'own' | 'parent' | 'other';
const SCOPES: Scope[] = ['own', 'parent', 'other'];

// A district's task, issued by the supreme procuracy: "parent" reaches it only as a leader.
const UNIT: Record<Scope, string> = {
  own: 'VKSH.TRA_VINH.TRA_CU',
  parent: 'VKST.TRA_VINH',
  other: 'VKST.BINH_THUAN',
};
const ISSUER = 'VKSTC';

type Expect = (role: Role, scope: Scope) => number;
const byRole =
  (table: Partial<Record<Role, number>>, otherwise: number): Expect =>
  (role) =>
    table[role] ?? otherwise;

/** Reading a task or its directive: the lead unit's people, and leaders above it. Admins hold no task roles. */
const readTask: Expect = (role, scope) => {
  if (role === 'admin') return 403;
  if (scope === 'own') return 200;
  return scope === 'parent' && role === 'leader' ? 200 : 404;
};
/** Acting on a task: the lead unit's head and officers only. */
const actOnTask: Expect = (role, scope) => {
  if (!['unit_head', 'unit_officer'].includes(role)) return 403;
  return scope === 'own' ? 200 : 404;
};
/**
 * Deciding on a task (extensions, acceptance, return, reassignment, cancellation): leaders
 * of the issuing unit or above. These tasks are issued by the province ("parent") to its
 * district, so the district's own leader reads but may not decide.
 */
const decideOnTask: Expect = (role, scope) => {
  // A unit head decides only on what its unit sub-assigned; these were issued, not split.
  if (role === 'unit_head') return scope === 'other' ? 404 : 403;
  if (role !== 'leader') return 403;
  return scope === 'parent' ? 200 : scope === 'own' ? 403 : 404;
};
/** Splitting a task to subordinate units: the lead unit's head. */
const cascade =
  (ok: number): Expect =>
  (role, scope) => {
    if (role !== 'unit_head') return 403;
    return scope === 'own' ? ok : 404;
  };
/** A draft: the issuers (leaders, secretariat) of the unit that drafted it, here "own". */
const ownDraft =
  (ok: number): Expect =>
  (role, scope) => {
    if (!['leader', 'secretariat'].includes(role)) return 403;
    return scope === 'own' ? ok : 404;
  };
/** Issuing: leaders and the secretariat, in the name of their own unit. */
const issue: Expect = (role, scope) => {
  if (!['leader', 'secretariat'].includes(role)) return 403;
  return scope === 'own' ? 201 : 403;
};
const everyone =
  (status: number): Expect =>
  () =>
    status;

interface Case {
  expect: Expect;
  /** Sends the request as `client`; `scope` says which unit's resource to aim at. */
  send: (client: ApiClient, scope: Scope) => Promise<request.Response>;
}

const PUBLIC_ROUTES = [
  'GET /health',
  'GET /health/live',
  'GET /health/ready',
  // Public to the session guard; it asks for METRICS_TOKEN itself.
  'GET /metrics',
  'POST /auth/login',
  'GET /links/:token',
  'POST /links/:token',
];

describe('authorization matrix', () => {
  const sys = new TestSystem();
  const clients = new Map<string, ApiClient>();
  let clerk: ApiClient;
  let provinceClerk: ApiClient;
  let officer: ApiClient;
  let districtClerk: ApiClient;
  const client = (role: Role, scope: Scope) => clients.get(`${role}/${scope}`)!;

  async function newTask(): Promise<{ directiveId: string; taskId: string }> {
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch kiểm tra quyền',
        issuedOn: '2021-07-20',
        issuerUnit: ISSUER,
        tasks: [
          { item: '1', summary: 'Báo cáo số liệu quý', leadUnit: UNIT.own, due: '2030-07-09' },
        ],
      })
      .expect(201);
    return { directiveId: res.body.id, taskId: res.body.tasks[0].id };
  }

  /** A task the province gives its district, brought to the state an action needs. */
  async function provinceTask(
    prepare: 'assigned' | 'extension' | 'submitted' = 'assigned',
    recurring = false,
  ): Promise<{ taskId: string; seriesId: string | null }> {
    const res = await provinceClerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn giao cấp huyện',
        issuedOn: '2021-07-20',
        issuerUnit: UNIT.parent,
        tasks: [
          {
            item: '1',
            summary: 'Báo cáo tỉnh',
            leadUnit: UNIT.own,
            due: '2030-07-09',
            ...(recurring ? { recurrence: { frequency: 'monthly' } } : {}),
          },
        ],
      })
      .expect(201);
    const taskId: string = res.body.tasks[0].id;
    if (prepare === 'extension') {
      await officer
        .post(`/tasks/${taskId}/extension`)
        .send({ due: '2030-08-30', reason: 'Chờ số liệu' })
        .expect(200);
    }
    if (prepare === 'submitted') {
      await officer.post(`/tasks/${taskId}/submit`).send({ result: 'Đã báo cáo' }).expect(200);
    }
    return { taskId, seriesId: res.body.tasks[0].seriesId };
  }

  /** A draft of the district's own, with one task it could issue. */
  async function districtDraft(): Promise<string> {
    const draft = (
      await districtClerk
        .post('/directives/parse')
        .send({ text: 'KẾ HOẠCH\nKiểm tra quyền\n1. Giao Vụ 8 báo cáo trước ngày 30/12/2030.' })
        .expect(201)
    ).body;
    await districtClerk
      .patch(`/directives/${draft.id}/draft`)
      .send({ tasks: [{ item: '1', summary: 'Báo cáo', leadUnit: 'VKSTC.V8', due: '2030-12-29' }] })
      .expect(200);
    return draft.id;
  }

  async function withAttachment(): Promise<string> {
    const { taskId } = await newTask();
    const up = await officer
      .post(`/tasks/${taskId}/attachments`)
      .attach('file', Buffer.from('số liệu'), 'so-lieu.txt')
      .expect(201);
    return `/tasks/${taskId}/attachments/${up.body.id}`;
  }

  /**
   * A new unit for an org-admin cell: a department of a province no other test uses, which
   * no group rule takes in; one per cell, as a unit is merged once.
   */
  const testUnit = (c: ApiClient, scope: Scope, use: string) => {
    const code = `TEST.ORG.MATRIX.${use}.${c.user.roles[0]}.${scope}.${Date.now()}`.toUpperCase();
    return {
      code,
      shortName: `Phòng thử ${code}`,
      fullName: `Phòng thử ${code}`,
      level: 'tinh',
      kind: 'don_vi',
      parent: 'VKST.YEN_BAI',
      emails: ['phong-thu.yen-bai@dondoc.test'],
    };
  };
  const createdUnit = async (c: ApiClient, scope: Scope, use: string) => {
    const unit = testUnit(c, scope, use);
    await (await sys.as('VKSTC', 'admin')).post('/admin/org/units').send(unit).expect(201);
    return unit.code;
  };

  /** The lead unit's action on a fresh task of the district. */
  const unitAction = (action: string, body: object): Case => ({
    expect: actOnTask,
    send: async (c) => c.post(`/tasks/${(await newTask()).taskId}/${action}`).send(body),
  });
  /** The issuer's decision on a task the province gave, brought to the state it needs. */
  const decision = (
    action: string,
    prepare: 'assigned' | 'extension' | 'submitted',
    body: object,
  ): Case => ({
    expect: decideOnTask,
    send: async (c) =>
      c.post(`/tasks/${(await provinceTask(prepare)).taskId}/${action}`).send(body),
  });

  /** Reports: every role that reads reports, within its scope; admins hold none. */
  const readReports = byRole({ admin: 403 }, 200);
  /** A directive's reports: its units' people, and the heads and issuers above (officers: their unit only). */
  const readDirectiveReport: Expect = (role, scope) => {
    if (role === 'admin') return 403;
    if (scope === 'own') return 200;
    return scope === 'parent' && role !== 'unit_officer' ? 200 : 404;
  };
  /** A task the province gave its district, already overdue. */
  async function overdueProvinceTask(): Promise<string> {
    const res = await provinceClerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn đã quá hạn',
        issuedOn: '2021-07-20',
        issuerUnit: UNIT.parent,
        tasks: [{ item: '1', summary: 'Báo cáo quá hạn', leadUnit: UNIT.own, due: '2021-08-31' }],
      })
      .expect(201);
    return res.body.tasks[0].id;
  }
  let letterUrl: string | undefined;
  /** One reminder letter of the province to its district, drafted once. */
  async function letter(): Promise<string> {
    if (!letterUrl) {
      const leader = await sys.as(UNIT.parent, 'leader');
      const res = await leader
        .post('/reports/letters')
        .send({ taskIds: [await overdueProvinceTask()] })
        .expect(201);
      letterUrl = res.body.downloadUrl as string;
    }
    return letterUrl;
  }

  const MATRIX: Record<string, Case> = {
    'GET /auth/me': { expect: everyone(200), send: (c) => c.get('/auth/me') },
    'POST /auth/logout': { expect: everyone(204), send: (c) => c.post('/auth/logout') },
    'POST /auth/password': {
      expect: everyone(400),
      // A new password that is too short: the check behind the door, not the door, is what answers.
      send: (c) => c.post('/auth/password').send({ currentPassword: 'x', newPassword: 'short' }),
    },
    'GET /units': { expect: everyone(200), send: (c) => c.get('/units') },
    'POST /directives': {
      expect: issue,
      send: (c, scope) =>
        c.post('/directives').send({
          docType: 'CÔNG VĂN',
          title: 'Công văn kiểm tra quyền ban hành',
          issuedOn: '2021-07-20',
          issuerUnit:
            scope === 'own' ? c.user.unitCode : scope === 'parent' ? 'VKSTC' : 'VKST.AN_GIANG',
          tasks: [{ item: '1', summary: 'Thực hiện', leadUnit: 'VKSTC.V8' }],
        }),
    },
    'GET /directives/:id': {
      expect: readTask,
      send: async (c) => c.get(`/directives/${(await newTask()).directiveId}`),
    },
    'GET /tasks/:id': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}`),
    },
    'GET /tasks': {
      // A list answers everyone who reads tasks; what it holds is the reach rule's (task-lists).
      expect: byRole({ admin: 403 }, 200),
      send: (c) => c.get('/tasks?pageSize=5'),
    },
    'GET /tasks/:id/actions': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/actions`),
    },
    'GET /directives': {
      expect: byRole({ admin: 403 }, 200),
      send: (c) => c.get('/directives?pageSize=5'),
    },
    'GET /tasks/:id/events': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/events`),
    },
    'POST /tasks/:id/acknowledge': {
      expect: actOnTask,
      send: async (c) => c.post(`/tasks/${(await newTask()).taskId}/acknowledge`),
    },
    'POST /directives/parse': {
      expect: (role) => (['leader', 'secretariat'].includes(role) ? 201 : 403),
      send: (c) =>
        c.post('/directives/parse').send({
          text: 'KẾ HOẠCH\nKiểm tra quyền soạn\n1. Giao Vụ 8 báo cáo trước ngày 30/12/2030.',
        }),
    },
    'GET /directives/:id/draft': {
      expect: ownDraft(200),
      send: async (c) => c.get(`/directives/${await districtDraft()}/draft`),
    },
    'PATCH /directives/:id/draft': {
      expect: ownDraft(200),
      send: async (c) =>
        c.patch(`/directives/${await districtDraft()}/draft`).send({ title: 'Kế hoạch đã sửa' }),
    },
    'POST /directives/:id/issue': {
      expect: ownDraft(200),
      send: async (c) => c.post(`/directives/${await districtDraft()}/issue`).send({}),
    },
    'GET /tasks/:id/subtasks': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/subtasks`),
    },
    'GET /tasks/:id/subtasks/proposal': {
      expect: cascade(200),
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/subtasks/proposal`),
    },
    'POST /tasks/:id/subtasks': {
      // A district has no unit below it: its head passes the door and is told so (400).
      expect: cascade(400),
      send: async (c) =>
        c
          .post(`/tasks/${(await newTask()).taskId}/subtasks`)
          .send({ tasks: [{ unit: 'VKSH.TRA_VINH.CAU_KE', due: '2030-06-30' }] }),
    },
    'GET /tasks/:id/reports': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/reports`),
    },
    'POST /tasks/:id/progress': unitAction('progress', { text: 'Đang làm', percent: 30 }),
    'POST /tasks/:id/extension': unitAction('extension', {
      due: '2030-08-30',
      reason: 'Chờ số liệu',
    }),
    'POST /tasks/:id/submit': unitAction('submit', { result: 'Xong' }),
    'POST /tasks/:id/attachments': {
      expect: (role, scope) => (actOnTask(role, scope) === 200 ? 201 : actOnTask(role, scope)),
      send: async (c) =>
        c
          .post(`/tasks/${(await newTask()).taskId}/attachments`)
          .attach('file', Buffer.from('báo cáo'), 'bao-cao.txt'),
    },
    'GET /tasks/:id/attachments/:attachmentId': {
      expect: readTask,
      send: async (c) => c.get(await withAttachment()),
    },
    'POST /tasks/:id/extension/approve': decision('extension/approve', 'extension', {}),
    'POST /tasks/:id/extension/reject': decision('extension/reject', 'extension', {
      reason: 'Không đủ căn cứ',
    }),
    'POST /tasks/:id/accept': decision('accept', 'submitted', {}),
    'POST /tasks/:id/return': decision('return', 'submitted', { reason: 'Thiếu số liệu' }),
    'POST /tasks/:id/reassign': decision('reassign', 'assigned', {
      unit: 'VKSH.TRA_VINH.CAU_KE',
      reason: 'Đúng địa bàn',
    }),
    'POST /tasks/:id/cancel': decision('cancel', 'assigned', { reason: 'Không cần nữa' }),
    'POST /series/:id/cancel': {
      expect: decideOnTask,
      send: async (c) =>
        c
          .post(`/series/${(await provinceTask('assigned', true)).seriesId}/cancel`)
          .send({ reason: 'Dừng báo cáo định kỳ' }),
    },
    'GET /reports/summary': {
      expect: readReports,
      send: (c) => c.get('/reports/summary?period=2030-Q3&groupBy=unit&rollup=true'),
    },
    'GET /reports/summary/export': {
      expect: readReports,
      send: (c) => c.get('/reports/summary/export?period=2030-Q3&groupBy=issuer'),
    },
    'GET /reports/trend': {
      expect: readReports,
      send: (c) => c.get('/reports/trend?period=2030-Q3'),
    },
    'GET /reports/tasks': {
      expect: readReports,
      send: async (c) =>
        c.get(`/reports/tasks?directive=${(await newTask()).directiveId}&deadlineState=on_track`),
    },
    'GET /reports/tasks/export': {
      expect: readReports,
      send: async (c) => c.get(`/reports/tasks/export?directive=${(await newTask()).directiveId}`),
    },
    'GET /reports/directives/:id/appendix': {
      expect: readDirectiveReport,
      send: async (c) => c.get(`/reports/directives/${(await newTask()).directiveId}/appendix`),
    },
    'POST /tasks/:id/explanations': {
      // Past the door, the task is not overdue: nothing to explain yet (409).
      expect: (role, scope) => (actOnTask(role, scope) === 200 ? 409 : actOnTask(role, scope)),
      send: async (c) =>
        c
          .post(`/tasks/${(await newTask()).taskId}/explanations`)
          .send({ reason: 'Thiếu cán bộ', remaining: 'Tổng hợp', committedDate: '2030-12-01' }),
    },
    'GET /tasks/:id/explanations': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/explanations`),
    },
    'POST /reports/letters': {
      // The province's leaders and secretariat chase what it gave; this task is not overdue (409).
      expect: (role, scope) => {
        if (!['leader', 'secretariat'].includes(role)) return 403;
        return scope === 'parent' ? 409 : scope === 'own' ? 403 : 404;
      },
      send: async (c) =>
        c.post('/reports/letters').send({ taskIds: [(await provinceTask()).taskId] }),
    },
    'GET /reports/letters': {
      expect: readTask,
      send: async (c) => c.get(`/reports/letters?taskId=${(await newTask()).taskId}`),
    },
    'GET /reports/letters/:id': {
      // The province that drafted it, and the district it chases.
      expect: (role, scope) => (role === 'admin' ? 403 : scope === 'other' ? 404 : 200),
      send: async (c) => c.get(await letter()),
    },
    'POST /reports/targets': {
      expect: (role, scope) => {
        if (!['leader', 'secretariat'].includes(role)) return 403;
        return scope === 'parent' ? 201 : scope === 'own' ? 403 : 404;
      },
      send: async (c) => {
        const { taskId } = await provinceTask();
        const task = await districtClerk.get(`/tasks/${taskId}`).expect(200);
        return c.post('/reports/targets').send({
          directiveId: task.body.directiveId,
          item: '1',
          kind: 'rate',
          label: 'Tỷ lệ giải quyết',
          threshold: 73,
        });
      },
    },
    'GET /reports/targets': {
      expect: readDirectiveReport,
      send: async (c) => c.get(`/reports/targets?directiveId=${(await newTask()).directiveId}`),
    },
    'GET /reports/targets/attainment': {
      expect: readDirectiveReport,
      send: async (c) =>
        c.get(
          `/reports/targets/attainment?directiveId=${(await newTask()).directiveId}&period=2030`,
        ),
    },
    'GET /reports/targets/attainment/export': {
      expect: readDirectiveReport,
      send: async (c) =>
        c.get(
          `/reports/targets/attainment/export?directiveId=${(await newTask()).directiveId}&period=2030`,
        ),
    },
    'GET /tasks/:id/figures': {
      expect: readTask,
      send: async (c) => c.get(`/tasks/${(await newTask()).taskId}/figures`),
    },
    'PUT /tasks/:id/figures': {
      // Past the door, the item has no such target (400).
      expect: (role, scope) => (actOnTask(role, scope) === 200 ? 400 : actOnTask(role, scope)),
      send: async (c) =>
        c
          .put(`/tasks/${(await newTask()).taskId}/figures`)
          .send({ targetId: '00000000-0000-4000-8000-000000000000', numerator: 1, denominator: 2 }),
    },
    'GET /me/digests': { expect: everyone(200), send: (c) => c.get('/me/digests') },
    'PUT /me/digests': {
      expect: everyone(200),
      send: (c) => c.put('/me/digests').send({ weekly: true }),
    },
    'GET /calendar/:year': { expect: everyone(200), send: (c) => c.get('/calendar/2026') },
    'PUT /admin/calendar/:year': {
      expect: byRole({ admin: 200 }, 403),
      // A year no other test plans in.
      send: (c) =>
        c.put('/admin/calendar/2098').send({
          daysOff: [{ date: '2098-01-02', note: 'Nghỉ bù thử nghiệm' }],
          workingDays: [],
        }),
    },
    'GET /audit': {
      expect: byRole({ unit_officer: 403 }, 200),
      send: (c) => c.get('/audit?limit=5'),
    },
    'GET /admin/users': { expect: byRole({ admin: 200 }, 403), send: (c) => c.get('/admin/users') },
    'GET /admin/mail/failed': {
      expect: byRole({ admin: 200 }, 403),
      send: (c) => c.get('/admin/mail/failed'),
    },
    'POST /admin/users': {
      expect: byRole({ admin: 201 }, 403),
      send: (c, scope) =>
        c.post('/admin/users').send({
          username: `matrix.${c.user.roles[0]}.${scope}.${Date.now()}`.replace(/_/g, '-'),
          displayName: 'Người dùng thử',
          unitCode: 'VKSTC.V8',
          roles: ['unit_officer'],
          password: 'mật-khẩu-đủ-dài',
        }),
    },
    'PATCH /admin/users/:id': {
      expect: byRole({ admin: 200 }, 403),
      send: (c) =>
        c.patch(`/admin/users/${clerkUserId}`).send({ displayName: 'Văn thư VKSND tối cao' }),
    },
    'GET /org/groups': { expect: everyone(200), send: (c) => c.get('/org/groups') },
    'GET /admin/org/export': {
      expect: byRole({ admin: 200 }, 403),
      send: (c) => c.get('/admin/org/export'),
    },
    'POST /admin/org/import': {
      // A file naming a parent that does not exist: past the door, refused whole, nothing changed.
      expect: byRole({ admin: 400 }, 403),
      send: (c) =>
        c
          .post('/admin/org/import')
          .set('content-type', 'application/yaml')
          .send(
            'version: 1\nunits:\n  - { code: TEST.ORG.MATRIX.BROKEN, short_name: "Hỏng", full_name: "Hỏng", level: tinh, kind: don_vi, parent: NOWHERE, emails: ["hong@dondoc.test"] }\n',
          ),
    },
    'POST /admin/org/units': {
      expect: byRole({ admin: 201 }, 403),
      send: (c, scope) => c.post('/admin/org/units').send(testUnit(c, scope, 'NEW')),
    },
    'PATCH /admin/org/units/:code': {
      expect: byRole({ admin: 200 }, 403),
      send: async (c, scope) =>
        c
          .patch(`/admin/org/units/${await createdUnit(c, scope, 'EDIT')}`)
          .send({ aliases: ['Phòng thử đã sửa'] }),
    },
    'POST /admin/org/units/:code/merge': {
      expect: byRole({ admin: 200 }, 403),
      send: async (c, scope) =>
        c
          .post(`/admin/org/units/${await createdUnit(c, scope, 'MERGE')}/merge`)
          .send({ into: 'VKST.YEN_BAI', on: '2030-01-01' }),
    },
  };
  let clerkUserId = '';

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as(ISSUER, 'secretariat');
    provinceClerk = await sys.as(UNIT.parent, 'secretariat');
    officer = await sys.as(UNIT.own, 'unit_officer');
    districtClerk = await sys.as(UNIT.own, 'secretariat');
    clerkUserId = clerk.user.userId;
  });
  afterAll(() => sys.stop());

  // Each cell signs in afresh: logout and password cells must not spoil the others.
  beforeEach(async () => {
    clients.clear();
  });

  it('has a rule for every route the app serves, and only for those', () => {
    const express = sys.api.getHttpAdapter().getInstance() as unknown as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const served = express.router.stack
      .filter((l) => l.route)
      .flatMap((l) =>
        Object.keys(l.route!.methods).map((m) => `${m.toUpperCase()} ${l.route!.path}`),
      )
      // Swagger's pages, and Nest's catch-all that answers unknown paths with 404.
      .filter((r) => !r.startsWith('GET /docs') && !r.endsWith(' /{*path}'))
      .sort();
    expect(served).toEqual([...Object.keys(MATRIX), ...PUBLIC_ROUTES].sort());
  });

  const cells = Object.keys(MATRIX).flatMap((route) =>
    ROLES.flatMap((role) => SCOPES.map((scope) => [route, role, scope] as [string, Role, Scope])),
  );

  it.each(cells)('%s as %s (%s unit)', async (route, role, scope) => {
    const c = await sys.as(UNIT[scope], role);
    clients.set(`${role}/${scope}`, c);
    const res = await MATRIX[route].send(client(role, scope), scope);
    expect({ status: res.status, code: res.body?.code }).toMatchObject({
      status: MATRIX[route].expect(role, scope),
    });
  });

  it('refuses every protected route without a session', async () => {
    for (const route of Object.keys(MATRIX)) {
      const [method, path] = route.split(' ');
      const url = path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
      const res = await request(sys.http())[method.toLowerCase() as 'get'](url);
      expect({ route, status: res.status, code: res.body.code }).toEqual({
        route,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it(`covers ${Object.keys(MATRIX).length} routes × ${ROLES.length} roles × ${SCOPES.length} scopes`, () => {
    expect(cells).toHaveLength(Object.keys(MATRIX).length * ROLES.length * SCOPES.length);
  });
});

/**
 * A plan's tree: Vụ 11 consolidates, a province reports to it, the province's district to
 * the province. Every unit holding a task above the district, and the directive's issuer,
 * read the district's task; only the unit right above it decides on it.
 */
describe('authorization matrix: a plan’s tree', () => {
  const sys = new TestSystem();
  type Place = 'district' | 'province' | 'consolidator' | 'issuer' | 'other';
  const PLACE: Record<Place, string> = {
    district: 'VKSH.TRA_VINH.CAU_KE',
    province: 'VKST.TRA_VINH',
    consolidator: 'VKSTC.V11',
    issuer: 'VKSTC',
    other: 'VKST.BINH_THUAN',
  };
  const PLACES = Object.keys(PLACE) as Place[];
  let districtTaskId: string;

  beforeAll(async () => {
    await sys.start();
    const clerk = await sys.as(PLACE.issuer, 'secretariat');
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch ba cấp kiểm tra quyền',
        issuedOn: '2026-12-01',
        issuerUnit: PLACE.issuer,
        tasks: [
          {
            item: '1',
            summary: 'Báo cáo chung',
            leadUnit: PLACE.consolidator,
            due: '2030-08-19',
            tiers: [
              { units: [PLACE.province], due: '2030-07-29' },
              { units: [PLACE.district], due: '2030-07-09' },
            ],
          },
        ],
      })
      .expect(201);
    districtTaskId = res.body.tasks.find(
      (t: { leadUnit: string }) => t.leadUnit === PLACE.district,
    ).id;
  });
  afterAll(() => sys.stop());

  /** Reading: everyone on the branch above, and the directive's issuer; admins hold no task roles. */
  const read = (role: Role, place: Place) =>
    role === 'admin' ? 403 : place === 'other' ? 404 : 200;
  /** Deciding: the province's leaders and head only; the rest of the branch reads. */
  const decide = (role: Role, place: Place) => {
    if (!['leader', 'unit_head'].includes(role)) return 403;
    if (place === 'other') return 404;
    return place === 'province' ? 409 : 403;
  };
  const CELLS: Record<
    string,
    { expect: (r: Role, p: Place) => number; send: (c: ApiClient) => Promise<request.Response> }
  > = {
    'GET /tasks/:id': { expect: read, send: (c) => c.get(`/tasks/${districtTaskId}`) },
    'GET /tasks/:id/subtasks?depth=all': {
      expect: read,
      send: (c) => c.get(`/tasks/${districtTaskId}/subtasks?depth=all`),
    },
    // Past the door the district has no pending request: 409, the same task for every cell.
    'POST /tasks/:id/extension/approve': {
      expect: decide,
      send: (c) => c.post(`/tasks/${districtTaskId}/extension/approve`).send({}),
    },
  };
  const cells = Object.keys(CELLS).flatMap((route) =>
    ROLES.flatMap((role) => PLACES.map((place) => [route, role, place] as [string, Role, Place])),
  );

  it.each(cells)('%s as %s (%s)', async (route, role, place) => {
    const c = await sys.as(PLACE[place], role);
    const res = await CELLS[route].send(c);
    expect(res.status).toBe(CELLS[route].expect(role, place));
  });
});
