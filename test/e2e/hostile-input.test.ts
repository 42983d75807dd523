import fc from 'fast-check';
import request from 'supertest';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

const HOSTILE = [
  "'; DROP TABLE task; --",
  "1' OR '1'='1",
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7} {{7*7}} %s %n',
  'Vụ 8\u0000 với ký tự NUL',
  '‮ đảo chiều ‭ và emoji 📌',
];

/**
 * This file's own units, which no other file uses: what its users write is counted by them,
 * whatever other files do meanwhile (accounts are shared by unit and role across files).
 */
const ISSUER = 'VKST.BAC_KAN';
const LEAD = 'VKSTC.V13';

/** Any JSON value as the body, even a bare `true`, the way a hostile client can send it. */
const json = (req: request.Test, body: unknown) =>
  req.set('content-type', 'application/json').send(JSON.stringify(body) ?? 'null');

describe('hostile input', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let officer: ApiClient;
  let admin: ApiClient;
  let leader: ApiClient;
  let leadHead: ApiClient;
  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as(ISSUER, 'secretariat');
    officer = await sys.as(LEAD, 'unit_officer');
    admin = await sys.as(ISSUER, 'admin');
    leader = await sys.as(ISSUER, 'leader');
    leadHead = await sys.as(LEAD, 'unit_head');
  });
  afterAll(() => sys.stop());

  /**
   * What this file's users wrote: directives of its issuing unit and their tasks and reports,
   * the admin's calendar rows, and every audited change (users, units) made by one of them.
   * Other test files write beside it; they are not counted.
   */
  const counts = async () =>
    (
      await sys.db.query(
        `WITH ours AS (SELECT id FROM directive WHERE issuer_unit_code = $1)
         SELECT (SELECT count(*) FROM ours)::int AS directives,
                (SELECT count(*) FROM task WHERE directive_id IN (SELECT id FROM ours))::int AS tasks,
                (SELECT count(*) FROM task_report r JOIN task t ON t.id = r.task_id
                  WHERE t.directive_id IN (SELECT id FROM ours))::int AS reports,
                (SELECT count(*) FROM calendar_override WHERE updated_by = $2)::int AS calendar,
                (SELECT count(*) FROM audit_event
                  WHERE actor_user_id = ANY($3) AND action NOT LIKE 'auth.%')::int AS changes`,
        [ISSUER, admin.user.userId, [clerk, officer, admin, leader].map((c) => c.user.userId)],
      )
    )[0] as Record<string, number>;

  it.each(HOSTILE)('stores %j as text in every field and returns it unchanged', async (evil) => {
    // PostgreSQL text cannot hold NUL: that one must be refused cleanly, not crash.
    const body = {
      number: evil.slice(0, 100),
      docType: evil.slice(0, 50),
      title: evil,
      issuedOn: '2021-07-20',
      issuedPlace: evil,
      issuerUnit: ISSUER,
      signer: { name: evil, title: evil, authority: evil },
      body: evil,
      tasks: [
        {
          item: evil.slice(0, 20),
          summary: evil,
          content: evil,
          leadUnit: LEAD,
          duePhrase: evil,
        },
      ],
    };
    const before = await counts();
    const res = await clerk.post('/directives').send(body);
    if (evil.includes('\u0000')) {
      expect(res.status).toBe(400);
      expect(await counts()).toEqual(before);
      return;
    }
    expect(res.status).toBe(201);
    const got = await officer.get(`/tasks/${res.body.tasks[0].id}`).expect(200);
    expect(got.body).toMatchObject({ summary: evil, content: evil, due: { phrase: evil } });
    const d = await clerk.get(`/directives/${res.body.id}`).expect(200);
    expect(d.body).toMatchObject({ title: evil, issuedPlace: evil, number: evil.slice(0, 100) });
    expect((await counts()).tasks).toBe(before.tasks + 1);
  });

  it('refuses a body nested past any request of this API with a 400, not a stack overflow', async () => {
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    const before = await counts();
    const res = await clerk.post('/directives').set('content-type', 'application/json').send(deep);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await counts()).toEqual(before);
  });

  it('serves an uploaded page or drawing as bytes to save, sandboxed, whatever it claims to be', async () => {
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Tệp đính kèm nguy hiểm',
        issuedOn: '2026-12-01',
        issuerUnit: ISSUER,
        tasks: [{ item: '1', summary: 'Báo cáo kèm tệp', leadUnit: LEAD }],
      })
      .expect(201);
    const taskId = res.body.tasks[0].id;
    for (const [name, type, content] of [
      ['trang.html', 'text/html', '<script>alert(document.cookie)</script>'],
      ['hinh.svg', 'image/svg+xml', '<svg onload="alert(1)"/>'],
      ['bao-cao.pdf', 'application/pdf', '%PDF-1.4 thử'],
    ]) {
      const up = await officer
        .post(`/tasks/${taskId}/attachments`)
        .attach('file', Buffer.from(content), { filename: name, contentType: type })
        .expect(201);
      const got = await officer.get(`/tasks/${taskId}/attachments/${up.body.id}`).expect(200);
      expect(got.headers['content-type']).toBe(
        type === 'application/pdf' ? 'application/pdf' : 'application/octet-stream',
      );
      expect(got.headers['content-security-policy']).toContain('sandbox');
      expect(got.headers['content-disposition']).toMatch(/^attachment;/);
    }
    // Signed-in answers are never kept by a browser or a proxy.
    const task = await officer.get(`/tasks/${taskId}`).expect(200);
    expect(task.headers['cache-control']).toBe('no-store');
  });

  it('treats hostile sign-in names as names', async () => {
    for (const evil of HOSTILE) {
      const res = await request(sys.http())
        .post('/auth/login')
        .send({ username: evil.slice(0, 64), password: evil });
      expect([400, 401]).toContain(res.status);
    }
  });

  // Found by the property test below: null meant "erase" and the database said no with a 500.
  it.each(['displayName', 'unitCode', 'roles', 'disabled', 'password'])(
    'PATCH /admin/users/:id refuses %s: null with a 400',
    async (field) => {
      const res = await admin
        .patch(`/admin/users/${officer.user.userId}`)
        .send({ [field]: null })
        .expect(400);
      expect(res.body.errors[0].field).toBe(field);
    },
  );

  /** Random bodies, from garbage to nearly valid: never a 500, never a partial write. */
  const scalar = fc.oneof(
    fc.string(),
    fc.constantFrom(...HOSTILE, '', '2021-02-30', '2030-01-01', 'VKSTC', LEAD, 'VU-99'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 3 }),
    fc.dictionary(fc.string(), scalar, { maxKeys: 3 }),
  );
  const nearlyValidDirective = fc.record(
    {
      docType: value,
      title: value,
      issuedOn: fc.oneof(fc.constant('2021-07-20'), value),
      issuerUnit: fc.oneof(fc.constant(ISSUER), value),
      tasks: fc.oneof(
        fc.array(
          fc.record(
            {
              item: fc.oneof(fc.constant('1'), value),
              summary: fc.oneof(fc.constant('Báo cáo'), value),
              leadUnit: fc.oneof(fc.constant(LEAD), value),
              due: fc.oneof(fc.constant('2030-01-31'), value),
              priority: value,
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        value,
      ),
      policy: value,
    },
    { requiredKeys: [] },
  );
  const anyBody = fc.oneof(fc.anything(), nearlyValidDirective);

  it('POST /directives: random bodies never crash and never leave half a directive', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const before = await counts();
        const res = await json(clerk.post('/directives'), body);
        expect(res.status).toBeLessThan(500);
        const after = await counts();
        if (res.status >= 400) {
          expect(res.body.code).toEqual(expect.any(String));
          expect(after).toEqual(before);
        } else {
          expect(after.directives).toBe(before.directives + 1);
          expect(after.tasks).toBe(before.tasks + res.body.tasks.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the other write routes: random bodies never crash', async () => {
    const task = (
      await clerk
        .post('/directives')
        .send({
          docType: 'CÔNG VĂN',
          title: 'Thử dữ liệu ngẫu nhiên',
          issuedOn: '2021-07-20',
          issuerUnit: ISSUER,
          tasks: [{ item: '1', summary: 'Báo cáo', leadUnit: LEAD }],
        })
        .expect(201)
    ).body.tasks[0];
    // A draft whose only task has no lead unit: it can be edited but not issued as it is.
    const draftId: string = (
      await clerk
        .post('/directives/parse')
        .send({
          text: 'KẾ HOẠCH\nThử dữ liệu ngẫu nhiên\n1. Tổ công tác báo cáo trước ngày 30/12/2030.',
        })
        .expect(201)
    ).body.id;
    const routes: [string, (body: unknown) => request.Test][] = [
      ['POST /auth/login', (b) => json(request(sys.http()).post('/auth/login'), b)],
      ['POST /auth/password', (b) => json(officer.post('/auth/password'), b)],
      ['POST /admin/users', (b) => json(admin.post('/admin/users'), b)],
      [
        'PATCH /admin/users/:id',
        (b) => json(admin.patch(`/admin/users/${officer.user.userId}`), b),
      ],
      ['POST /tasks/:id/progress', (b) => json(officer.post(`/tasks/${task.id}/progress`), b)],
      ['POST /tasks/:id/extension', (b) => json(officer.post(`/tasks/${task.id}/extension`), b)],
      [
        'POST /tasks/:id/extension/reject',
        (b) => json(leader.post(`/tasks/${task.id}/extension/reject`), b),
      ],
      ['POST /tasks/:id/return', (b) => json(leader.post(`/tasks/${task.id}/return`), b)],
      ['POST /tasks/:id/reassign', (b) => json(leader.post(`/tasks/${task.id}/reassign`), b)],
      // A year no other test plans in.
      ['PUT /admin/calendar/:year', (b) => json(admin.put('/admin/calendar/2097'), b)],
      ['POST /directives/parse', (b) => json(clerk.post('/directives/parse'), b)],
      ['PATCH /directives/:id/draft', (b) => json(clerk.patch(`/directives/${draftId}/draft`), b)],
      ['POST /directives/:id/issue', (b) => json(clerk.post(`/directives/${draftId}/issue`), b)],
      ['POST /tasks/:id/subtasks', (b) => json(leadHead.post(`/tasks/${task.id}/subtasks`), b)],
      ['POST /admin/org/units', (b) => json(admin.post('/admin/org/units'), b)],
      [
        'PATCH /admin/org/units/:code',
        (b) => json(admin.patch('/admin/org/units/TEST.HOSTILE.KHONG_CO'), b),
      ],
    ];
    for (const [name, send] of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.anything(),
            fc.dictionary(
              fc.constantFrom(
                'username',
                'password',
                'displayName',
                'unitCode',
                'roles',
                'disabled',
                'currentPassword',
                'newPassword',
                'result',
                'text',
                'percent',
                'attachmentIds',
                'due',
                'reason',
                'note',
                'unit',
                'daysOff',
                'workingDays',
                'tasks',
                'title',
                'issuedOn',
                'needsAllReports',
                'shortName',
                'parent',
                'level',
                'kind',
              ),
              value,
            ),
          ),
          async (body) => {
            const before = await counts();
            const res = await send(body);
            expect({ name, status: res.status < 500 }).toEqual({ name, status: true });
            if (res.status >= 400) expect(await counts()).toEqual(before);
          },
        ),
        { numRuns: 40 },
      );
    }
    // A task's submission with a random result: refused by state or validation, never a 500.
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (result) => {
        const res = await json(officer.post(`/tasks/${task.id}/submit`), { result });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 20 },
    );
  });
});
