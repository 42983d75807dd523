import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import request from 'supertest';
import { localDateOf } from '@dondoc/domain';
import {
  Directory,
  DirectoryUnit,
  VKSND_DIRECTORY_PATH,
  exportDirectory,
  parseDirectory,
} from '@dondoc/org';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

/**
 * The org directory through HTTP: the admin creates, edits, merges, exports and re-imports;
 * a broken file changes nothing; others may only read.
 *
 * Test files share one database: every unit here is new, coded TEST.ORG.DIR.*, a department
 * of VKSND tỉnh Lai Châu (no other test uses that province, and no group rule takes in a
 * provincial department), and no unit other tests use is ever changed.
 */
const PARENT = 'VKST.LAI_CHAU';
const P = 'TEST.ORG.DIR';

interface UnitView {
  code: string;
  shortName: string;
  fullName: string;
  level: string;
  kind: string;
  parent: string | null;
  aliases: string[];
  emails: string[];
  head: { title: string; email: string } | null;
  activeFrom: string | null;
  activeTo: string | null;
  replacedBy: string | null;
}

interface AuditView {
  id: string;
  action: string;
  unitCode: string | null;
  actorUserId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const newUnit = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  shortName: `Phòng thử ${code}`,
  fullName: `Phòng thử nghiệm ${code} VKSND tỉnh Lai Châu`,
  level: 'tinh',
  kind: 'don_vi',
  parent: PARENT,
  emails: [`${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@dondoc.test`],
  ...extra,
});

/** Reads a body as text whatever its media type. */
const asText = (res: request.Response, done: (err: Error | null, body: string) => void) => {
  // Superagent hands the parser the raw response stream.
  const stream = res as unknown as IncomingMessage;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => done(null, text));
};

describe('org directory administration', () => {
  const sys = new TestSystem();
  let admin: ApiClient;
  let leader: ApiClient;
  let officer: ApiClient;
  let clerk: ApiClient;
  const today = localDateOf(new Date());

  beforeAll(async () => {
    await sys.start();
    admin = await sys.as('VKSTC', 'admin');
    leader = await sys.as('VKSTC', 'leader');
    officer = await sys.as(PARENT, 'unit_officer');
    clerk = await sys.as('VKSTC', 'secretariat');
  });
  afterAll(() => sys.stop());

  const unitsByCode = async (c: ApiClient = officer) => {
    const res = await c.get('/units').expect(200);
    return new Map((res.body as UnitView[]).map((u) => [u.code, u]));
  };

  const exportText = async () => {
    const res = await admin.get('/admin/org/export').buffer(true).parse(asText).expect(200);
    expect(res.headers['content-type']).toBe('application/yaml; charset=utf-8');
    return res.body as string;
  };

  const importText = (text: string, type = 'application/yaml') =>
    admin.post('/admin/org/import').set('content-type', type).send(text);

  /** Audit events after `afterId`, oldest first. */
  const auditSince = async (afterId: string, query = ''): Promise<AuditView[]> => {
    const res = await admin.get(`/audit?limit=500${query}`).expect(200);
    return (res.body as AuditView[]).filter((e) => BigInt(e.id) > BigInt(afterId)).reverse();
  };
  const lastAuditId = async (): Promise<string> => {
    const [row] = await sys.db.query('SELECT coalesce(max(id), 0)::text AS id FROM audit_event');
    return row.id;
  };
  const orgEvents = async (afterId: string) =>
    (await auditSince(afterId)).filter((e) => e.action.startsWith('org.'));

  describe('creating a unit', () => {
    it('adds it under its parent, shows it to everyone and records who did it', async () => {
      const mark = await lastAuditId();
      const res = await admin
        .post('/admin/org/units')
        .send(
          newUnit(`${P}.A`, {
            aliases: ['Phòng A Lai Châu'],
            head: { title: 'Trưởng phòng', email: 'tp.a@dondoc.test' },
          }),
        )
        .expect(201);
      expect(res.body).toEqual({
        code: `${P}.A`,
        shortName: `Phòng thử ${P}.A`,
        fullName: `Phòng thử nghiệm ${P}.A VKSND tỉnh Lai Châu`,
        level: 'tinh',
        kind: 'don_vi',
        parent: PARENT,
        aliases: ['Phòng A Lai Châu'],
        emails: ['test-org-dir-a@dondoc.test'],
        head: { title: 'Trưởng phòng', email: 'tp.a@dondoc.test' },
        activeFrom: null,
        activeTo: null,
        replacedBy: null,
      });
      expect((await unitsByCode()).get(`${P}.A`)).toEqual({
        code: `${P}.A`,
        shortName: `Phòng thử ${P}.A`,
        fullName: `Phòng thử nghiệm ${P}.A VKSND tỉnh Lai Châu`,
        level: 'tinh',
        kind: 'don_vi',
        parent: PARENT,
        activeFrom: null,
        activeTo: null,
        replacedBy: null,
      });
      const events = await orgEvents(mark);
      expect(events).toEqual([
        expect.objectContaining({
          action: 'org.unit_created',
          unitCode: `${P}.A`,
          actorUserId: admin.user.userId,
          before: null,
          after: res.body,
        }),
      ]);
    });

    it('is a unit at once for the rest of the system: a user can be placed in it', async () => {
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.USERS`))
        .expect(201);
      await admin
        .post('/admin/users')
        .send({
          username: 'chuyenvien.test-org-dir',
          displayName: 'Chuyên viên phòng thử',
          unitCode: `${P}.USERS`,
          roles: ['unit_officer'],
          password: 'mật-khẩu-đủ-dài',
        })
        .expect(201);
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      [
        'a code already taken',
        newUnit(`${P}.A`),
        'code',
        /^Mã "TEST\.ORG\.DIR\.A" đã có trong danh bạ\.$/,
      ],
      [
        'a group code',
        newUnit('VKSND_CAP_TINH'),
        'code',
        /^Mã "VKSND_CAP_TINH" đã có trong danh bạ\.$/,
      ],
      ['a lower-case code', newUnit(`${P}.a-thuong`), 'code', /chỉ gồm chữ in hoa ASCII/],
      [
        'an unknown parent',
        newUnit(`${P}.ORPHAN`, { parent: 'VKST.KHONG_CO' }),
        'parent',
        /không có đơn vị cấp trên "VKST\.KHONG_CO" trong danh bạ/,
      ],
      [
        'a short name another unit has',
        newUnit(`${P}.TWIN`, { shortName: 'Vụ 8' }),
        'shortName',
        /tên đơn vị trùng: Vụ 8 \(đã dùng cho VKSTC\.V8\)/,
      ],
      [
        'a bad e-mail',
        newUnit(`${P}.MAIL`, { emails: ['khong-phai-email'] }),
        'emails[0]',
        /"khong-phai-email" không phải địa chỉ email hợp lệ/,
      ],
      ['no e-mail', newUnit(`${P}.MAIL`, { emails: [] }), 'emails', /phải có ít nhất 1 phần tử/],
      [
        'an unknown level',
        newUnit(`${P}.LEVEL`, { level: 'xa' }),
        'level',
        /^Cấp phải là một trong/,
      ],
      [
        'an unknown kind',
        newUnit(`${P}.KIND`, { kind: 'toa_an' }),
        'kind',
        /^Loại phải là một trong/,
      ],
      [
        'a head without e-mail',
        newUnit(`${P}.HEAD`, { head: { title: 'Trưởng phòng' } }),
        'head.email',
        /^Phải là chuỗi ký tự\.$/,
      ],
      [
        'a second root',
        newUnit(`${P}.ROOT`, { parent: null }),
        'parent',
        /^Phải là chuỗi ký tự\.$/,
      ],
      [
        'an end before its start',
        newUnit(`${P}.DATES`, { activeFrom: '2026-01-01', activeTo: '2025-01-01' }),
        'activeTo',
        /ngày ngừng hoạt động \(active_to\) 2025-01-01 trước ngày bắt đầu hoạt động/,
      ],
      [
        'an impossible date',
        newUnit(`${P}.DATES`, { activeFrom: '2025-02-30' }),
        'activeFrom',
        /^Ngày không hợp lệ/,
      ],
      [
        'a field units do not have',
        newUnit(`${P}.EXTRA`, { colour: 'đỏ' }),
        'colour',
        /không được hỗ trợ/,
      ],
    ])('refuses %s', async (_label, body, field, message) => {
      const res = await admin.post('/admin/org/units').send(body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([{ field, message: expect.stringMatching(message) }]),
      );
      expect((await unitsByCode()).has(String(body.code))).toBe(String(body.code) === `${P}.A`);
    });
  });

  describe('editing a unit', () => {
    beforeAll(async () => {
      for (const code of [`${P}.EDIT`, `${P}.TREE`]) {
        await admin.post('/admin/org/units').send(newUnit(code)).expect(201);
      }
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.TREE.CHILD`, { parent: `${P}.TREE` }))
        .expect(201);
    });

    it('changes names, aliases, e-mails, head and dates, with before and after in the audit', async () => {
      const mark = await lastAuditId();
      const res = await admin
        .patch(`/admin/org/units/${P}.EDIT`)
        .send({
          shortName: 'Phòng thử đã đổi tên',
          fullName: 'Phòng thử nghiệm đã đổi tên',
          aliases: ['Phòng đổi tên'],
          emails: ['moi@dondoc.test', 'phu@dondoc.test'],
          head: { title: 'Phó Trưởng phòng phụ trách', email: 'ptp@dondoc.test' },
          activeFrom: '2021-01-01',
        })
        .expect(200);
      expect(res.body).toMatchObject({
        code: `${P}.EDIT`,
        shortName: 'Phòng thử đã đổi tên',
        emails: ['moi@dondoc.test', 'phu@dondoc.test'],
        head: { title: 'Phó Trưởng phòng phụ trách', email: 'ptp@dondoc.test' },
        activeFrom: '2021-01-01',
        activeTo: null,
      });
      const [event] = await orgEvents(mark);
      expect(event).toMatchObject({
        action: 'org.unit_updated',
        unitCode: `${P}.EDIT`,
        before: { shortName: `Phòng thử ${P}.EDIT`, head: null, activeFrom: null },
        after: res.body,
      });

      const cleared = await admin
        .patch(`/admin/org/units/${P}.EDIT`)
        .send({ head: null, activeFrom: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ head: null, activeFrom: null });
    });

    it('records nothing when nothing changes', async () => {
      const mark = await lastAuditId();
      const current = (await unitsByCode()).get(`${P}.EDIT`)!;
      await admin
        .patch(`/admin/org/units/${P}.EDIT`)
        .send({ shortName: current.shortName })
        .expect(200);
      expect(await orgEvents(mark)).toEqual([]);
    });

    it('moves a unit to another parent', async () => {
      const res = await admin
        .patch(`/admin/org/units/${P}.EDIT`)
        .send({ parent: `${P}.TREE` })
        .expect(200);
      expect(res.body.parent).toBe(`${P}.TREE`);
      await admin.patch(`/admin/org/units/${P}.EDIT`).send({ parent: PARENT }).expect(200);
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      [
        'a parent cycle',
        { parent: `${P}.TREE.CHILD` },
        'parent',
        /vòng lặp cấp trên: TEST\.ORG\.DIR\.TREE → TEST\.ORG\.DIR\.TREE\.CHILD → TEST\.ORG\.DIR\.TREE/,
      ],
      ['itself as parent', { parent: `${P}.TREE` }, 'parent', /vòng lặp cấp trên/],
      ['an unknown parent', { parent: 'VKST.KHONG_CO' }, 'parent', /không có đơn vị cấp trên/],
      [
        'an end while a child stays active',
        { activeTo: '2030-01-01' },
        'activeTo',
        /^Đơn vị TEST\.ORG\.DIR\.TREE\.CHILD: đơn vị cấp trên TEST\.ORG\.DIR\.TREE ngừng hoạt động từ ngày 2030-01-01/,
      ],
      [
        'a successor without an end',
        { replacedBy: PARENT },
        'replacedBy',
        /phải có ngày ngừng hoạt động \(active_to\)/,
      ],
      [
        'an unknown successor',
        { activeTo: '2030-01-01', replacedBy: 'VKST.KHONG_CO' },
        'replacedBy',
        /không có đơn vị thay thế "VKST\.KHONG_CO"/,
      ],
      ['a new code', { code: `${P}.RENAMED` }, 'code', /không được hỗ trợ/],
      ['an empty name', { shortName: '' }, 'shortName', /không được để trống/],
      ['a null name', { shortName: null }, 'shortName', /^Phải là chuỗi ký tự\.$/],
    ])('refuses %s', async (_label, body, field, message) => {
      const code = `${P}.TREE`;
      const before = (await unitsByCode(admin)).get(code);
      const res = await admin.patch(`/admin/org/units/${code}`).send(body).expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([{ field, message: expect.stringMatching(message) }]),
      );
      expect((await unitsByCode(admin)).get(code)).toEqual(before);
    });

    it('refuses a parent for the root', async () => {
      const res = await admin.patch('/admin/org/units/VKSTC').send({ parent: PARENT }).expect(400);
      expect(res.body.errors).toEqual([
        { field: 'parent', message: 'Đơn vị gốc không có đơn vị cấp trên.' },
      ]);
    });

    it('answers 404 for a unit that is not there', async () => {
      const res = await admin
        .patch(`/admin/org/units/${P}.NOWHERE`)
        .send({ shortName: 'Không có' })
        .expect(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' });
    });
  });

  describe('merging a unit', () => {
    let taskId: string;

    beforeAll(async () => {
      for (const code of [`${P}.OLD`, `${P}.HEIR`, `${P}.GONE`, `${P}.FAMILY`]) {
        await admin.post('/admin/org/units').send(newUnit(code)).expect(201);
      }
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.FAMILY.KID`, { parent: `${P}.FAMILY` }))
        .expect(201);
      await admin.patch(`/admin/org/units/${P}.GONE`).send({ activeTo: '2024-01-01' }).expect(200);
      // A task of the unit before it merges: it keeps pointing at it.
      const directive = await clerk
        .post('/directives')
        .send({
          docType: 'CÔNG VĂN',
          title: 'Công văn giao phòng thử trước khi sáp nhập',
          issuedOn: '2024-05-02',
          issuerUnit: 'VKSTC',
          tasks: [
            {
              item: '1',
              summary: 'Báo cáo trước sáp nhập',
              leadUnit: `${P}.OLD`,
              due: '2030-06-30',
            },
          ],
        })
        .expect(201);
      taskId = directive.body.tasks[0].id;
    });

    it('ends the unit on the day and records the unit that took over', async () => {
      const mark = await lastAuditId();
      const res = await admin
        .post(`/admin/org/units/${P}.OLD/merge`)
        .send({ into: `${P}.HEIR`, on: '2025-07-01' })
        .expect(200);
      expect(res.body).toMatchObject({
        code: `${P}.OLD`,
        activeTo: '2025-07-01',
        replacedBy: `${P}.HEIR`,
      });
      expect((await unitsByCode()).get(`${P}.OLD`)).toMatchObject({
        activeFrom: null,
        activeTo: '2025-07-01',
        replacedBy: `${P}.HEIR`,
      });
      const [event] = await orgEvents(mark);
      expect(event).toMatchObject({
        action: 'org.unit_merged',
        unitCode: `${P}.OLD`,
        before: { activeTo: null, replacedBy: null },
        after: { activeTo: '2025-07-01', replacedBy: `${P}.HEIR` },
      });
    });

    it('leaves the tasks of the merged unit pointing at it, with their history', async () => {
      const task = await clerk.get(`/tasks/${taskId}`).expect(200);
      expect(task.body.leadUnit).toBe(`${P}.OLD`);
      const events = await clerk.get(`/tasks/${taskId}/events`).expect(200);
      expect(events.body.length).toBeGreaterThan(0);
    });

    it('refuses to merge a unit twice (409)', async () => {
      const res = await admin
        .post(`/admin/org/units/${P}.OLD/merge`)
        .send({ into: PARENT, on: '2026-01-01' })
        .expect(409);
      expect(res.body).toMatchObject({
        code: 'INVALID_TRANSITION',
        message: `Đơn vị ${P}.OLD đã được sáp nhập vào ${P}.HEIR từ ngày 2025-07-01.`,
      });
    });

    it.each<[string, string, Record<string, unknown>, number, string, RegExp]>([
      [
        'into a unit that is not there',
        `${P}.HEIR`,
        { into: 'VKST.KHONG_CO', on: '2025-07-01' },
        400,
        'into',
        /Không có đơn vị mã "VKST\.KHONG_CO"/,
      ],
      [
        'into itself',
        `${P}.HEIR`,
        { into: `${P}.HEIR`, on: '2025-07-01' },
        400,
        'into',
        /vào chính nó/,
      ],
      [
        'into a unit that ended',
        `${P}.HEIR`,
        { into: `${P}.GONE`, on: '2025-07-01' },
        400,
        'into',
        /không hoạt động vào ngày 2025-07-01/,
      ],
      [
        'into a unit that has already merged',
        `${P}.HEIR`,
        { into: `${P}.OLD`, on: '2025-07-01' },
        400,
        'into',
        /không hoạt động vào ngày 2025-07-01/,
      ],
      [
        'a unit whose units stay active',
        `${P}.FAMILY`,
        { into: `${P}.HEIR`, on: '2025-07-01' },
        400,
        'on',
        /^Đơn vị TEST\.ORG\.DIR\.FAMILY\.KID: đơn vị cấp trên TEST\.ORG\.DIR\.FAMILY ngừng hoạt động từ ngày 2025-07-01/,
      ],
      [
        'on a day that is not a date',
        `${P}.HEIR`,
        { into: PARENT, on: '1/7/2025' },
        400,
        'on',
        /^Ngày không hợp lệ/,
      ],
      ['the root', 'VKSTC', { into: PARENT, on: '2025-07-01' }, 400, 'code', /đơn vị gốc/],
    ])('refuses to merge %s', async (_label, code, body, status, field, message) => {
      const res = await admin.post(`/admin/org/units/${code}/merge`).send(body).expect(status);
      expect(res.body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect((await unitsByCode()).get(code)?.replacedBy ?? null).toBeNull();
    });

    it('answers 404 for a unit that is not there', async () => {
      await admin
        .post(`/admin/org/units/${P}.NOWHERE/merge`)
        .send({ into: PARENT, on: '2025-07-01' })
        .expect(404);
    });
  });

  describe('groups', () => {
    it('lists every group with the units it stands for today, for everyone', async () => {
      const shippedProvinces = parseDirectory(readFileSync(VKSND_DIRECTORY_PATH, 'utf8'))
        .units.filter((u) => u.level === 'tinh' && u.kind === 'vien')
        .map((u) => u.code);
      expect(shippedProvinces).toHaveLength(63);
      for (const c of [officer, leader, admin]) {
        const res = await c.get('/org/groups').expect(200);
        const groups = new Map(
          (res.body as { code: string; name: string; rule: object; members: string[] }[]).map(
            (g) => [g.code, g],
          ),
        );
        expect(groups.get('VKSND_CAP_TINH')).toMatchObject({
          name: 'VKSND cấp tỉnh',
          rule: { level: 'tinh', kind: 'vien' },
        });
        // Other test files add units of their own to the shared directory: the shipped
        // provinces must all be there, whatever else is.
        expect(groups.get('VKSND_CAP_TINH')!.members).toEqual(
          expect.arrayContaining(shippedProvinces),
        );
        expect(groups.get('VKSH_TRA_VINH')!.members).toContain('VKSH.TRA_VINH.TRA_CU');
        expect(groups.get('VKSND_CAP_CAO')!.members).toEqual([
          'VKSCC.HA_NOI',
          'VKSCC.DA_NANG',
          'VKSCC.HO_CHI_MINH',
        ]);
        for (const g of groups.values()) expect(g.members).not.toContain('VKSTC');
      }
    });
  });

  describe('export and import', () => {
    it('exports YAML that reads back to what GET /units shows', async () => {
      const units = await unitsByCode(admin);
      const text = await exportText();
      expect(text).toMatch(/^# Danh bạ đơn vị Đôn Đốc, xuất ngày \d{4}-\d{2}-\d{2}/);
      const dir = parseDirectory(text);
      const exported = new Map(dir.units.map((u) => [u.code, u]));
      for (const [code, u] of units) {
        expect(exported.get(code)).toMatchObject({
          short_name: u.shortName,
          parent: u.parent,
          active_from: u.activeFrom,
          active_to: u.activeTo,
          replaced_by: u.replacedBy,
        });
      }
      const old = dir.units.find((u) => u.code === `${P}.OLD`)!;
      expect(old).toMatchObject({ active_to: '2025-07-01', replaced_by: `${P}.HEIR` });
      expect(text).toContain(`  - code: ${P}.OLD\n`);
      expect(text).toContain(`    active_to: "2025-07-01"\n    replaced_by: ${P}.HEIR\n`);
      // The shipped units come first, in the order of the shipped file.
      expect(dir.units.slice(0, 3).map((u) => u.code)).toEqual(['VKSTC', 'VKSTC.VP', 'VKSTC.V1']);
      expect(dir.groups.map((g) => g.code)).toContain('VKSND_CAC_CAP');
    });

    it('takes its own export back without changing anything, and records nothing', async () => {
      const mark = await lastAuditId();
      const res = await importText(await exportText()).expect(200);
      const mine = (codes: string[]) => codes.filter((c) => c.startsWith(`${P}.`));
      expect(mine(res.body.createdUnits)).toEqual([]);
      expect(mine(res.body.updatedUnits)).toEqual([]);
      expect(mine(res.body.endedUnits.map((u: { code: string }) => u.code))).toEqual([]);
      expect(res.body.groups).toMatchObject({ created: 0, updated: 0, removed: 0 });
      expect(res.body.units.unchanged).toBeGreaterThan(111);
      // Another test file may add a unit meanwhile; nothing of this file's is touched.
      const touching = (await orgEvents(mark)).filter((e) => JSON.stringify(e).includes(`${P}.`));
      expect(touching).toEqual([]);
    });

    it('creates, updates and ends units from an edited file, and groups with them', async () => {
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.LEFT_OUT`))
        .expect(201);
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.LEFT_OUT.SUB`, { parent: `${P}.LEFT_OUT` }))
        .expect(201);
      const dir = parseDirectory(await exportText());
      const edited: Directory = {
        units: [
          ...dir.units
            .filter((u) => !u.code.startsWith(`${P}.LEFT_OUT`))
            .map((u) =>
              u.code === `${P}.A` ? { ...u, full_name: 'Phòng A sau khi nhập tệp' } : u,
            ),
          {
            ...dir.units.find((u) => u.code === `${P}.A`)!,
            code: `${P}.IMPORTED`,
            short_name: 'Phòng thử nhập từ tệp',
            aliases: [],
            active_from: '2026-01-01',
          } satisfies DirectoryUnit,
        ],
        groups: [
          ...dir.groups,
          {
            code: 'TEST_ORG_DIR_GROUP',
            name: 'Nhóm phòng thử',
            aliases: ['Các phòng thử Lai Châu'],
            members: { codes: [`${P}.A`, `${P}.OLD`, `${P}.IMPORTED`] },
          },
        ],
      };
      const mark = await lastAuditId();
      const res = await importText(exportDirectory(edited), 'text/plain; charset=utf-8').expect(
        200,
      );
      expect(res.body.createdUnits).toEqual([`${P}.IMPORTED`]);
      expect(res.body.updatedUnits).toEqual([`${P}.A`]);
      expect(res.body.endedUnits).toEqual(
        expect.arrayContaining([
          { code: `${P}.LEFT_OUT`, activeTo: today },
          { code: `${P}.LEFT_OUT.SUB`, activeTo: today },
        ]),
      );
      expect(res.body.createdGroups).toEqual(['TEST_ORG_DIR_GROUP']);
      expect(res.body.units).toMatchObject({ created: 1, updated: 1 });
      expect(res.body.units.ended).toBeGreaterThanOrEqual(2);

      const units = await unitsByCode();
      expect(units.get(`${P}.A`)!.fullName).toBe('Phòng A sau khi nhập tệp');
      expect(units.get(`${P}.IMPORTED`)).toMatchObject({
        parent: PARENT,
        activeFrom: '2026-01-01',
      });
      // Ended, not deleted.
      expect(units.get(`${P}.LEFT_OUT`)).toMatchObject({ activeTo: today, replacedBy: null });

      const groups = (await officer.get('/org/groups').expect(200)).body as {
        code: string;
        members: string[];
      }[];
      const group = groups.find((g) => g.code === 'TEST_ORG_DIR_GROUP')!;
      // Only the units active today: not the merged one, nor one that has not started.
      expect(group.members).toEqual(
        today >= '2026-01-01' ? [`${P}.A`, `${P}.IMPORTED`] : [`${P}.A`],
      );

      const [event] = (await orgEvents(mark)).filter((e) => e.action === 'org.imported');
      expect(event).toMatchObject({ actorUserId: admin.user.userId, unitCode: null });
      const before = event.before as { units: UnitView[]; groups: unknown[] };
      const after = event.after as {
        units: UnitView[];
        createdUnits: string[];
        createdGroups: string[];
      };
      expect(before.units.find((u) => u.code === `${P}.A`)!.fullName).toBe(
        `Phòng thử nghiệm ${P}.A VKSND tỉnh Lai Châu`,
      );
      expect(before.units.find((u) => u.code === `${P}.LEFT_OUT`)!.activeTo).toBeNull();
      expect(after.units.find((u) => u.code === `${P}.A`)!.fullName).toBe(
        'Phòng A sau khi nhập tệp',
      );
      expect(after.units.find((u) => u.code === `${P}.LEFT_OUT`)!.activeTo).toBe(today);
      expect(after.createdUnits).toEqual([`${P}.IMPORTED`]);
      expect(after.createdGroups).toEqual(['TEST_ORG_DIR_GROUP']);

      // The group goes when a file leaves it out; units never do.
      const without = parseDirectory(await exportText());
      const again = await importText(
        exportDirectory({
          ...without,
          groups: without.groups.filter((g) => g.code !== 'TEST_ORG_DIR_GROUP'),
        }),
      ).expect(200);
      expect(again.body.removedGroups).toEqual(['TEST_ORG_DIR_GROUP']);
    });

    it('refuses a broken file whole: 400 naming line and unit, nothing changed, nothing recorded', async () => {
      const exported = await exportText();
      const dir = parseDirectory(exported);
      const good = dir.units.find((u) => u.code === `${P}.A`)!;
      const entry = (code: string, parent: string, n: number) =>
        `  - { code: ${code}, short_name: "Hỏng ${n}", full_name: "Hỏng ${n}", level: tinh, kind: don_vi, parent: ${parent}, emails: ["hong${n}@dondoc.test"] }`;
      // A valid change (A's full name) with five bad units before it: none of it is kept.
      const broken = exportDirectory({
        units: dir.units.map((u) =>
          u.code === `${P}.A` ? { ...u, full_name: 'Không được lưu' } : u,
        ),
        groups: dir.groups,
      }).replace(
        'units:\n',
        [
          'units:',
          entry(`${P}.DUP`, PARENT, 1),
          entry(`${P}.DUP`, PARENT, 2),
          entry(`${P}.ORPHAN`, 'VKST.KHONG_CO', 3),
          entry(`${P}.LOOP1`, `${P}.LOOP2`, 4),
          entry(`${P}.LOOP2`, `${P}.LOOP1`, 5),
          '',
        ].join('\n'),
      );
      // 1-based line of the first unit written in.
      const first = broken.split('\n').indexOf('units:') + 2;
      const units = await unitsByCode(admin);
      const mark = await lastAuditId();

      const res = await importText(broken).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toBe('Tệp danh bạ không hợp lệ; chưa có thay đổi nào được lưu.');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          {
            field: 'units[1].code',
            message: `Dòng ${first + 1}, đơn vị ${P}.DUP: mã đơn vị trùng: ${P}.DUP.`,
          },
          {
            field: 'units[2].parent',
            message: `Dòng ${first + 2}, đơn vị ${P}.ORPHAN: không có đơn vị cấp trên "VKST.KHONG_CO" trong danh bạ.`,
          },
          {
            field: 'units[3].parent',
            message: `Dòng ${first + 3}, đơn vị ${P}.LOOP1: vòng lặp cấp trên: ${P}.LOOP1 → ${P}.LOOP2 → ${P}.LOOP1.`,
          },
        ]),
      );
      const withLevel = await importText(
        exported.replace(
          new RegExp(
            `(  - code: ${P.replace(/\./g, '\\.')}\\.A\\n(?:    .*\\n){2})    level: tinh`,
          ),
          '$1    level: xa',
        ),
      ).expect(400);
      expect(withLevel.body.errors).toEqual([
        {
          field: expect.stringMatching(/^units\[\d+\]\.level$/),
          message: expect.stringMatching(
            new RegExp(
              `^Dòng \\d+, đơn vị ${P.replace(/\./g, '\\.')}\\.A: cấp \\(level\\) "xa" không hợp lệ`,
            ),
          ),
        },
      ]);
      const withGroup = await importText(
        `${exported}`.replace(
          /^groups:\n/m,
          `groups:\n  - { code: TEST_ORG_DIR_BAD, name: "Nhóm hỏng", members: { codes: [${P}.A, VKST.KHONG_CO] } }\n`,
        ),
      ).expect(400);
      expect(withGroup.body.errors).toEqual([
        {
          field: 'groups[0].members.codes[1]',
          message: expect.stringMatching(
            /^Dòng \d+, nhóm TEST_ORG_DIR_BAD: không có đơn vị "VKST\.KHONG_CO" trong danh bạ\.$/,
          ),
        },
      ]);

      expect(await unitsByCode(admin)).toEqual(units);
      expect(units.get(`${P}.A`)!.fullName).toBe(good.full_name);
      expect(units.has(`${P}.DUP`)).toBe(false);
      expect((await orgEvents(mark)).filter((e) => e.action === 'org.imported')).toEqual([]);
    });

    it('refuses a file that would leave a unit active under one it ends, and changes nothing', async () => {
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.ENDS`))
        .expect(201);
      await admin
        .post('/admin/org/units')
        .send(newUnit(`${P}.ENDS.CHILD`, { parent: `${P}.ENDS` }))
        .expect(201);
      const dir = parseDirectory(await exportText());
      // The file ends ENDS in the past and leaves its child out: the child would end today, after it.
      const file = exportDirectory({
        units: dir.units
          .filter((u) => u.code !== `${P}.ENDS.CHILD`)
          .map((u) => (u.code === `${P}.ENDS` ? { ...u, active_to: '2025-01-01' } : u)),
        groups: dir.groups,
      });
      const res = await importText(file).expect(400);
      expect(res.body.errors).toEqual([
        {
          field: expect.stringMatching(/^units\[\d+\]\.active_to$/),
          message: `Đơn vị ${P}.ENDS.CHILD: đơn vị cấp trên ${P}.ENDS ngừng hoạt động từ ngày 2025-01-01, đơn vị này phải ngừng hoạt động cùng ngày hoặc sớm hơn.`,
        },
      ]);
      const units = await unitsByCode();
      expect(units.get(`${P}.ENDS`)!.activeTo).toBeNull();
      expect(units.get(`${P}.ENDS.CHILD`)!.activeTo).toBeNull();
    });

    it.each<[string, string, string, number, string]>([
      ['JSON', 'application/json', '{"version": 1}', 400, 'VALIDATION_FAILED'],
      ['a form', 'application/x-www-form-urlencoded', 'version=1', 400, 'VALIDATION_FAILED'],
      ['another charset', 'text/plain; charset=latin1', 'version: 1', 400, 'VALIDATION_FAILED'],
      ['an empty file', 'application/yaml', '', 400, 'VALIDATION_FAILED'],
      ['text that is not YAML', 'text/plain', 'version: 1\nunits: [\n', 400, 'VALIDATION_FAILED'],
    ])('refuses %s', async (_label, type, body, status, code) => {
      const res = await admin
        .post('/admin/org/import')
        .set('content-type', type)
        .send(body)
        .expect(status);
      expect(res.body.code).toBe(code);
    });

    it('refuses a file over 2 MB with 413', async () => {
      const res = await importText(`# ${'x'.repeat(2 * 1024 * 1024)}\nversion: 1\n`).expect(413);
      expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    });
  });

  describe('who may', () => {
    it.each(['leader', 'secretariat', 'unit_head', 'unit_officer'] as const)(
      'a %s reads units and groups but changes nothing (403)',
      async (role) => {
        const c = await sys.as('VKSTC', role);
        await c.get('/units').expect(200);
        await c.get('/org/groups').expect(200);
        const refused = [
          await c.get('/admin/org/export'),
          await c
            .post('/admin/org/import')
            .set('content-type', 'application/yaml')
            .send('version: 1'),
          await c.post('/admin/org/units').send(newUnit(`${P}.BY_${role.toUpperCase()}`)),
          await c
            .patch(`/admin/org/units/${P}.A`)
            .send({ shortName: 'Đổi bởi người không được phép' }),
          await c.post(`/admin/org/units/${P}.A/merge`).send({ into: PARENT, on: '2025-07-01' }),
        ];
        expect(refused.map((r) => [r.status, r.body.code])).toEqual(
          Array(5).fill([403, 'FORBIDDEN']),
        );
        expect((await unitsByCode()).has(`${P}.BY_${role.toUpperCase()}`)).toBe(false);
      },
    );

    it('refuses without a session (401)', async () => {
      const res = await request(sys.http()).get('/admin/org/export');
      expect(res.status).toBe(401);
    });
  });
});
