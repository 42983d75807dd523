import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';

/** Marks what this file sends, so it counts only what it could have written. */
const MARK = randomUUID();
/** A unit no other file issues from: its clerk's account is this file's alone. */
const ISSUER = 'VKST.BAC_LIEU';

const valid = () => ({
  number: `12/KH-VKSTC ${MARK}`,
  docType: 'KẾ HOẠCH',
  title: `Kế hoạch kiểm tra dữ liệu đầu vào ${MARK}`,
  issuedOn: '2021-07-20',
  issuerUnit: ISSUER,
  tasks: [
    { item: '1', summary: `Báo cáo kết quả ${MARK}`, leadUnit: 'VKSTC.V15', due: '2021-09-30' },
  ],
});

type Body = ReturnType<typeof valid>;

describe('bad input is refused with a clear 4xx and nothing is written', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  beforeAll(async () => {
    await sys.start({ worker: false });
    clerk = await sys.as(ISSUER, 'secretariat');
  });
  afterAll(() => sys.stop());

  /** Directives and tasks carrying this file's mark, and every change by its clerk. */
  async function counts() {
    const [row] = await sys.db.query(
      `SELECT (SELECT count(*) FROM directive WHERE number = $1 OR title LIKE $2)::int AS d,
              (SELECT count(*) FROM task WHERE summary LIKE $2)::int AS t,
              (SELECT count(*) FROM audit_event
                WHERE actor_user_id = $3 AND action NOT LIKE 'auth.%')::int AS a`,
      [valid().number, `%${MARK}%`, clerk.user.userId],
    );
    return row as { d: number; t: number; a: number };
  }

  it('malformed JSON → 400 INVALID_JSON', async () => {
    const before = await counts();
    const res = await clerk
      .post('/directives')
      .set('content-type', 'application/json')
      .send('{"docType": "KẾ HOẠCH", "tasks": [')
      .expect(400);
    expect(res.body).toEqual({
      code: 'INVALID_JSON',
      message: expect.stringContaining('JSON'),
      errors: [],
    });
    expect(await counts()).toEqual(before);
  });

  it('an oversized body → 413 PAYLOAD_TOO_LARGE', async () => {
    const before = await counts();
    const body = { ...valid(), body: 'x'.repeat(1_100_000) };
    const res = await clerk.post('/directives').send(body).expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await counts()).toEqual(before);
  });

  const cases: [string, (b: Body) => unknown, string, string][] = [
    ['missing title', ({ title: _t, ...rest }) => rest, 'title', 'VALIDATION_FAILED'],
    ['missing tasks', ({ tasks: _t, ...rest }) => rest, 'tasks', 'VALIDATION_FAILED'],
    ['empty task list', (b) => ({ ...b, tasks: [] }), 'tasks', 'VALIDATION_FAILED'],
    [
      'task without lead unit',
      (b) => ({ ...b, tasks: [{ item: '1', summary: 'x' }] }),
      'tasks[0].leadUnit',
      'VALIDATION_FAILED',
    ],
    [
      'impossible due date',
      (b) => ({ ...b, tasks: [{ ...b.tasks[0], due: '2021-02-30' }] }),
      'tasks[0].due',
      'VALIDATION_FAILED',
    ],
    [
      'due in a foreign format',
      (b) => ({ ...b, tasks: [{ ...b.tasks[0], due: '30/9/2021' }] }),
      'tasks[0].due',
      'VALIDATION_FAILED',
    ],
    [
      'date-time without offset',
      (b) => ({ ...b, tasks: [{ ...b.tasks[0], due: '2021-09-30T17:00' }] }),
      'tasks[0].due',
      'VALIDATION_FAILED',
    ],
    [
      'impossible issue date',
      (b) => ({ ...b, issuedOn: '2021-13-01' }),
      'issuedOn',
      'VALIDATION_FAILED',
    ],
    [
      'unknown priority',
      (b) => ({ ...b, tasks: [{ ...b.tasks[0], priority: 'gấp' }] }),
      'tasks[0].priority',
      'VALIDATION_FAILED',
    ],
    ['unknown field', (b) => ({ ...b, hacker: true }), 'hacker', 'VALIDATION_FAILED'],
    ['title of the wrong type', (b) => ({ ...b, title: 42 }), 'title', 'VALIDATION_FAILED'],
    [
      'malformed policy',
      (b) => ({ ...b, policy: { acknowledge: 'soon' } }),
      'policy.acknowledge',
      'VALIDATION_FAILED',
    ],
    [
      'unknown lead unit',
      (b) => ({ ...b, tasks: [{ ...b.tasks[0], leadUnit: 'VU-99' }] }),
      'tasks[0].leadUnit',
      'UNKNOWN_UNIT',
    ],
    ['unknown issuer', (b) => ({ ...b, issuerUnit: 'NOPE' }), 'issuerUnit', 'UNKNOWN_UNIT'],
    [
      'unknown coordinating unit in the second task',
      (b) => ({
        ...b,
        tasks: [b.tasks[0], { ...b.tasks[0], coordinatingUnits: ['VKSTC.V8', 'X'] }],
      }),
      'tasks[1].coordinatingUnits[1]',
      'UNKNOWN_UNIT',
    ],
  ];

  it.each(cases)('%s → 400 naming the field', async (_name, mutate, field, code) => {
    const before = await counts();
    const res = await clerk
      .post('/directives')
      .send(mutate(valid()) as object)
      .expect(400);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    for (const e of res.body.errors) expect(e.message).not.toMatch(/should|must|property/i);
    expect(await counts()).toEqual(before);
  });

  it('unknown or malformed ids → 404 without revealing anything', async () => {
    await clerk.get('/tasks/not-a-uuid').expect(404);
    const res = await clerk.get('/tasks/00000000-0000-4000-8000-000000000000').expect(404);
    expect(res.body).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy nhiệm vụ.',
      errors: [],
    });
    const officer = await sys.as('VKSTC.V8', 'unit_officer');
    await officer.post('/tasks/00000000-0000-4000-8000-000000000000/acknowledge').expect(404);
    await clerk.get('/directives/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('health reports the database and Temporal', async () => {
    const res = await request(sys.http()).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'ok', temporal: 'ok' } });
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(sys.http()).get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/directives',
        '/tasks/{id}',
        '/tasks/{id}/acknowledge',
        '/tasks/{id}/progress',
        '/tasks/{id}/extension',
        '/tasks/{id}/extension/approve',
        '/tasks/{id}/extension/reject',
        '/tasks/{id}/submit',
        '/tasks/{id}/accept',
        '/tasks/{id}/return',
        '/tasks/{id}/reassign',
        '/tasks/{id}/cancel',
        '/tasks/{id}/attachments',
        '/series/{id}/cancel',
        '/calendar/{year}',
        '/health',
      ]),
    );
  });
});
