import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import { taskMails } from '../support/task-mail';
import { projectRoot } from '@dondoc/config/project-root';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SECONDS = {
  acknowledge: [],
  beforeDue: [{ offset: { seconds: 2 }, to: ['unit'] }],
  afterDue: [
    { offset: { seconds: 1 }, to: ['unit_head'] },
    { offset: { seconds: 2 }, to: ['issuer'] },
  ],
  repeatAfterDue: null,
  dueSoon: { seconds: 2 },
};

describe('group fan-out, cascades and drafts', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;
  const head = (unit: string) => sys.session(unit, 'unit_head');
  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');
  });
  afterAll(() => sys.stop());

  async function waitForKey(taskId: string, since: number, key: string, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = await taskMails(sys.db, sys.smtp, taskId, since);
      const m = mails.find((x) => x.key === key);
      if (m) return m;
      if (Date.now() > deadline)
        throw new Error(`no ${key} for ${taskId}: ${mails.map((x) => x.key).join(', ')}`);
      await sleep(200);
    }
  }

  it('an item addressed to a group becomes one task per member, each with its own mail', async () => {
    const t0 = Date.now();
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn gửi VKSND cấp cao',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        tasks: [
          {
            item: '2',
            summary: 'Báo cáo kết quả giải quyết án phúc thẩm',
            leadUnit: 'VKSND_CAP_CAO',
            coordinatingUnits: ['VKSTC_BAO_CHI'],
            due: '2030-11-30',
          },
        ],
      })
      .expect(201);
    const tasks = res.body.tasks as { id: string; leadUnit: string; sourceGroup: string }[];
    expect(tasks.map((t) => t.leadUnit).sort()).toEqual([
      'VKSCC.DA_NANG',
      'VKSCC.HA_NOI',
      'VKSCC.HO_CHI_MINH',
    ]);
    expect(new Set(tasks.map((t) => t.sourceGroup))).toEqual(new Set(['VKSND_CAP_CAO']));
    for (const t of tasks) {
      const m = await waitForKey(t.id, t0, 'assigned:0');
      expect(m.cc.sort()).toEqual(['vkstc-bao-bvpl@dondoc.test', 'vkstc-tap-chi-ks@dondoc.test']);
    }
    // A group issues nothing.
    const bad = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Sai',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSND_CAP_CAO',
        tasks: [{ item: '1', summary: 'x', leadUnit: 'VKSTC.V8' }],
      })
      .expect(400);
    expect(bad.body.errors).toEqual([
      {
        field: 'issuerUnit',
        message:
          'Không có đơn vị mã "VKSND_CAP_CAO" trong danh bạ, hoặc đơn vị đã ngừng hoạt động.',
      },
    ]);
  });

  it('a merged unit drops out of its groups and can no longer be given work', async () => {
    const admin = await sys.as('VKSTC.C2', 'admin');
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    await admin
      .post('/admin/org/units')
      .send({
        code: 'TEST.CASCADE.HUYEN_MOI',
        shortName: 'VKSND huyện Thử Nghiệm',
        fullName: 'Viện kiểm sát nhân dân huyện Thử Nghiệm',
        level: 'huyen',
        kind: 'vien',
        parent: 'VKST.BINH_THUAN',
        emails: ['huyen-moi@dondoc.test'],
      })
      .expect(201);
    const issueTo = (leadUnit: string) =>
      clerk.post('/directives').send({
        docType: 'CÔNG VĂN',
        title: 'Công văn gửi cấp huyện Bình Thuận',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        tasks: [{ item: '1', summary: 'Báo cáo', leadUnit, due: '2030-11-30' }],
      });
    const before = (await issueTo('VKSH_BINH_THUAN').expect(201)).body.tasks.map(
      (t: { leadUnit: string }) => t.leadUnit,
    );
    expect(before).toContain('TEST.CASCADE.HUYEN_MOI');
    await admin
      .post('/admin/org/units/TEST.CASCADE.HUYEN_MOI/merge')
      .send({ into: 'VKSH.BINH_THUAN.TP_PHAN_THIET', on: today })
      .expect(200);
    const after = (await issueTo('VKSH_BINH_THUAN').expect(201)).body.tasks.map(
      (t: { leadUnit: string }) => t.leadUnit,
    );
    expect(after).toHaveLength(before.length - 1);
    expect(after).not.toContain('TEST.CASCADE.HUYEN_MOI');
    const refused = await issueTo('TEST.CASCADE.HUYEN_MOI').expect(400);
    expect(refused.body.errors[0].message).toContain('ngừng hoạt động');
    // Its old task keeps its history and stays readable.
    const old = await issueTo('VKSH.BINH_THUAN.TP_PHAN_THIET').expect(201);
    expect(old.body.tasks).toHaveLength(1);
  });

  it('a three-level plan is one tree: districts → provinces → Vụ 11 → the leadership', async () => {
    // Signed in first: the ladders below run in seconds from t0, and sign-in is slow on purpose.
    const officerV11 = await sys.session('VKSTC.V11', 'unit_officer');
    await Promise.all(
      [
        'VKSTC.V11',
        'VKST.TRA_VINH',
        'VKST.BINH_THUAN',
        'VKSH.TRA_VINH.TRA_CU',
        'VKSH.BINH_THUAN.TP_PHAN_THIET',
      ].map(head),
    );
    const t0 = Date.now();
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const issued = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch tổng kết, báo cáo ba cấp',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        policy: SECONDS,
        tasks: [
          { item: '3', summary: 'Tổng hợp báo cáo toàn Ngành', leadUnit: 'VKSTC.V11', due: at(19) },
        ],
      })
      .expect(201);
    const top = issued.body.tasks[0].id as string;
    const v11 = await head('VKSTC.V11');

    // Vụ 11 sees whom it may split to and the date proposed (the parent's day less 10 working days).
    const proposal = (await v11.get(`/tasks/${top}/subtasks/proposal`).expect(200)).body;
    expect(proposal.units.map((u: { code: string }) => u.code)).toEqual(
      expect.arrayContaining(['VKST.TRA_VINH', 'VKST.BINH_THUAN', 'VKSH.TRA_VINH.TRA_CU']),
    );
    expect(proposal.units.map((u: { code: string }) => u.code)).not.toContain('VKSTC.V7');
    const tooLate = await v11
      .post(`/tasks/${top}/subtasks`)
      .send({ tasks: [{ unit: 'VKST.TRA_VINH', due: at(30) }] })
      .expect(400);
    expect(tooLate.body.errors[0].message).toContain('không được sau hạn');
    const notBelow = await v11
      .post(`/tasks/${top}/subtasks`)
      .send({ tasks: [{ unit: 'VKSTC.V7', due: at(20) }] })
      .expect(400);
    expect(notBelow.body.errors[0].message).toContain('không phải đơn vị cấp dưới');
    // Only the lead unit's head splits.
    await officerV11
      .post(`/tasks/${top}/subtasks`)
      .send({ tasks: [{ unit: 'VKST.TRA_VINH', due: at(20) }] })
      .expect(403);

    const split = await v11
      .post(`/tasks/${top}/subtasks`)
      .send({
        tasks: [
          { unit: 'VKST.TRA_VINH', due: at(13) },
          { unit: 'VKST.BINH_THUAN', due: at(13) },
        ],
      })
      .expect(201);
    expect(split.body).toMatchObject({
      needsAllSubreports: true,
      subtasks: { total: 2, reported: 0, done: 0 },
    });
    const provinces = (await v11.get(`/tasks/${top}/subtasks`).expect(200)).body as {
      id: string;
      leadUnit: string;
      issuerUnit: string;
      parentTaskId: string;
    }[];
    expect(provinces.map((p) => [p.leadUnit, p.issuerUnit, p.parentTaskId])).toEqual([
      ['VKST.BINH_THUAN', 'VKSTC.V11', top],
      ['VKST.TRA_VINH', 'VKSTC.V11', top],
    ]);
    const [binhThuan, traVinh] = provinces.map((p) => p.id);

    const tvHead = await head('VKST.TRA_VINH');
    const btHead = await head('VKST.BINH_THUAN');
    const district = (
      await tvHead
        .post(`/tasks/${traVinh}/subtasks`)
        .send({ tasks: [{ unit: 'VKSH.TRA_VINH.TRA_CU', due: at(7) }] })
        .expect(201)
    ).body;
    expect(district.subtasks).toMatchObject({ total: 1 });
    await btHead
      .post(`/tasks/${binhThuan}/subtasks`)
      .send({ tasks: [{ unit: 'VKSH.BINH_THUAN.TP_PHAN_THIET', due: at(7) }] })
      .expect(201);
    const [traCu] = (await tvHead.get(`/tasks/${traVinh}/subtasks`).expect(200)).body;
    const [phanThiet] = (await btHead.get(`/tasks/${binhThuan}/subtasks`).expect(200)).body;

    // Each level has its own ladder: the district is reminded, then escalated to its head
    // and to the province that gave it the task.
    await waitForKey(traCu.id, t0, 'due_reminder:0@0');
    const toProvince = await waitForKey(traCu.id, t0, 'overdue_escalation:1@0');
    expect(toProvince.to).toEqual(['vt.vkst-tra-vinh@dondoc.test']);

    // The province cannot report before its district has.
    const blocked = await tvHead
      .post(`/tasks/${traVinh}/submit`)
      .send({ result: 'Tổng hợp tỉnh' })
      .expect(409);
    expect(blocked.body.message).toContain('Còn 1 nhiệm vụ');

    const tcHead = await head('VKSH.TRA_VINH.TRA_CU');
    await tcHead.post(`/tasks/${traCu.id}/submit`).send({ result: 'Báo cáo Trà Cú' }).expect(200);
    // The province's head decides on the district's report, late as it is.
    const acceptedTc = await tvHead.post(`/tasks/${traCu.id}/accept`).send({}).expect(200);
    expect(acceptedTc.body).toMatchObject({ status: 'done', outcome: 'late' });
    await (
      await head('VKSH.BINH_THUAN.TP_PHAN_THIET')
    )
      .post(`/tasks/${phanThiet.id}/submit`)
      .send({ result: 'Báo cáo Phan Thiết' })
      .expect(200);
    await btHead.post(`/tasks/${phanThiet.id}/accept`).send({}).expect(200);

    await v11.post(`/tasks/${top}/submit`).send({ result: 'Sớm quá' }).expect(409);
    // Each level is reminded on its own date, by its own ladder.
    for (const [id, unit] of [
      [traVinh, 'vkst-tra-vinh@dondoc.test'],
      [binhThuan, 'vkst-binh-thuan@dondoc.test'],
      [top, 'vkstc-v11@dondoc.test'],
    ]) {
      expect((await waitForKey(id, t0, 'assigned:0')).to).toEqual([unit]);
      expect((await waitForKey(id, t0, 'due_reminder:0@0')).to).toEqual([unit]);
    }
    await tvHead.post(`/tasks/${traVinh}/submit`).send({ result: 'Tổng hợp Trà Vinh' }).expect(200);
    const half = (await v11.get(`/tasks/${top}`).expect(200)).body;
    expect(half.subtasks).toMatchObject({ total: 2, reported: 1, done: 0 });
    await btHead
      .post(`/tasks/${binhThuan}/submit`)
      .send({ result: 'Tổng hợp Bình Thuận' })
      .expect(200);
    // Vụ 11's head accepts the provinces it gave the work to; a leader of the province cannot.
    await (
      await sys.as('VKST.TRA_VINH', 'leader')
    )
      .post(`/tasks/${traVinh}/accept`)
      .send({})
      .expect(403);
    await v11.post(`/tasks/${traVinh}/accept`).send({}).expect(200);
    await v11.post(`/tasks/${binhThuan}/accept`).send({}).expect(200);
    expect((await v11.get(`/tasks/${top}`).expect(200)).body.subtasks).toMatchObject({
      total: 2,
      reported: 2,
      done: 2,
    });
    await v11.post(`/tasks/${top}/submit`).send({ result: 'Báo cáo toàn Ngành' }).expect(200);
    const closed = await leader.post(`/tasks/${top}/accept`).send({}).expect(200);
    expect(closed.body.status).toBe('done');
    const submittedAt = Date.parse(closed.body.submittedAt);
    expect(closed.body.outcome).toBe(
      submittedAt < Date.parse(closed.body.due.at) ? 'on_time' : 'late',
    );

    // The whole tree sits in one directive, visible to the leadership.
    const tree = (await leader.get(`/directives/${issued.body.id}`).expect(200)).body.tasks;
    expect(tree).toHaveLength(5);
    expect(tree.every((t: { status: string }) => t.status === 'done')).toBe(true);
  }, 90_000);

  it('proposes sub-deadlines ten working days before the parent’s, never after it', async () => {
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch có hạn theo ngày',
        issuedOn: '2026-11-23',
        issuerUnit: 'VKSTC',
        tasks: [{ item: '1', summary: 'Báo cáo', leadUnit: 'VKST.TRA_VINH', due: '2030-07-31' }],
      })
      .expect(201);
    const tv = await head('VKST.TRA_VINH');
    const taskId = res.body.tasks[0].id;
    const proposal = (await tv.get(`/tasks/${taskId}/subtasks/proposal`).expect(200)).body;
    expect(proposal.due).toBe('2030-07-17'); // Wed 31/7/2030 less 10 working days
    expect(proposal.units.map((u: { code: string }) => u.code)).toContain('VKSH.TRA_VINH.TRA_CU');
    expect(proposal.units.map((u: { code: string }) => u.code)).not.toContain('VKST.BINH_THUAN');
    // Without a date, each district gets the proposal; a group fans out to every district.
    const split = await tv
      .post(`/tasks/${taskId}/subtasks`)
      .send({ tasks: [{ unit: 'VKSH_TRA_VINH' }], needsAllReports: false })
      .expect(201);
    const children = (await tv.get(`/tasks/${taskId}/subtasks`).expect(200)).body;
    expect(split.body.subtasks.total).toBe(children.length);
    expect(children.length).toBeGreaterThanOrEqual(8);
    expect(new Set(children.map((c: { due: { date: string } }) => c.due.date))).toEqual(
      new Set(['2030-07-17']),
    );
    // Without needsAllReports, the parent may report before its districts.
    await tv.post(`/tasks/${taskId}/submit`).send({ result: 'Báo cáo sớm' }).expect(200);
  });

  it('paste, review, issue: a parsed draft keeps each task’s source text until it is issued', async () => {
    const text = [
      'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
      'Số: 15/KH-VKSTC',
      'Hà Nội, ngày 20 tháng 7 năm 2026',
      'KẾ HOẠCH',
      'Tổng kết công tác kiểm sát năm 2026',
      '1. Giao Vụ 11 chủ trì, phối hợp với Văn phòng tổng hợp báo cáo của toàn Ngành, hoàn thành trước ngày 15/12/2026.',
      '2. VKSND cấp cao báo cáo kết quả công tác năm trước ngày 30/11/2026.',
      '3. Phòng Kỹ thuật hình sự Quân khu 9 chịu trách nhiệm cung cấp số liệu giám định.',
      'KT. VIỆN TRƯỞNG',
      'PHÓ VIỆN TRƯỞNG',
      'Nguyễn Văn A',
    ].join('\n');
    const draft = (await clerk.post('/directives/parse').send({ text }).expect(201)).body;
    expect(draft).toMatchObject({ status: 'draft', number: '15/KH-VKSTC', issuedOn: '2026-07-20' });
    expect(draft.tasks).toHaveLength(3);
    expect(draft.tasks[0]).toMatchObject({
      leadUnit: 'VKSTC.V11',
      coordinatingUnits: ['VKSTC.VP'],
      due: '2026-12-14',
    });
    expect(draft.tasks[0].sourceText).toContain('Giao Vụ 11 chủ trì');
    expect(draft.tasks[1]).toMatchObject({ leadUnit: 'VKSND_CAP_CAO', due: '2026-11-29' });
    expect(draft.tasks[2].leadUnit).toBeNull();
    expect(draft.unresolvedUnits.join(' ')).toContain('Quân khu 9');

    // Nobody else's draft, and not issued while a task has no lead unit.
    await (
      await sys.as('VKST.TRA_VINH', 'secretariat')
    )
      .get(`/directives/${draft.id}/draft`)
      .expect(404);
    const refused = await clerk.post(`/directives/${draft.id}/issue`).send({}).expect(400);
    expect(refused.body.errors).toEqual([
      { field: 'tasks[2].leadUnit', message: 'Chưa chọn đơn vị chủ trì.' },
    ]);

    const tasks = draft.tasks.map((t: Record<string, unknown>) => {
      const { sourceText: _sourceText, ...rest } = t;
      return rest;
    });
    tasks[2] = { ...tasks[2], leadUnit: 'VKSTC.CQDT', unresolvedUnits: [] };
    tasks[1] = { ...tasks[1], due: '2026-11-27' };
    const edited = (await clerk.patch(`/directives/${draft.id}/draft`).send({ tasks }).expect(200))
      .body;
    expect(edited.tasks[2].sourceText).toContain('Quân khu 9'); // the span survives the edit
    expect(edited.unresolvedUnits).toEqual([]);

    const issued = (await clerk.post(`/directives/${draft.id}/issue`).send({}).expect(200)).body;
    expect(issued.status).toBe('issued');
    expect(
      issued.tasks.map((t: { item: string; leadUnit: string }) => `${t.item} ${t.leadUnit}`).sort(),
    ).toEqual([
      '1 VKSTC.V11',
      '2 VKSCC.DA_NANG',
      '2 VKSCC.HA_NOI',
      '2 VKSCC.HO_CHI_MINH',
      '3 VKSTC.CQDT',
    ]);
    expect(issued.tasks.find((t: { item: string }) => t.item === '2').due.date).toBe('2026-11-27');
    // Issuing again is a retry: the same directive, no task twice; another request is refused.
    const again = (await clerk.post(`/directives/${draft.id}/issue`).send({}).expect(200)).body;
    expect(again.tasks.map((t: { id: string }) => t.id).sort()).toEqual(
      issued.tasks.map((t: { id: string }) => t.id).sort(),
    );
    const changed = await clerk
      .post(`/directives/${draft.id}/issue`)
      .send({ policy: { byPriority: {} } })
      .expect(422);
    expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await clerk.patch(`/directives/${draft.id}/draft`).send({ title: 'Muộn rồi' }).expect(409);
  });

  it('parses the real notice of 20/7/2021 into a draft with every task’s units', async () => {
    const text = readFileSync(join(projectRoot(), 'demo', 'tb-vkstc-2021-07-20.txt'), 'utf8');
    const draft = (await clerk.post('/directives/parse').send({ text }).expect(201)).body;
    expect(draft.tasks.length).toBeGreaterThanOrEqual(10);
    expect(draft.tasks.every((t: { sourceText: string }) => t.sourceText.length > 0)).toBe(true);
    expect(draft.tasks.some((t: { leadUnit: string }) => t.leadUnit === 'VKSTC.V15')).toBe(true);
  });
});
