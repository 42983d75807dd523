import { ApiClient } from '../support/api-client';
import { issueDirective } from '../support/directives';
import { TestSystem } from '../support/system';
import { taskMails } from '../support/task-mail';

/**
 * "Districts report to their province before one date, provinces consolidate and report to
 * Vụ 11 before another, Vụ 11 consolidates the sector's report before a third": one tree,
 * created whole when the directive is issued, each level with the plan's own date, reports
 * flowing bottom up, a late district chased up its own branch only, every level read by the
 * issuer and the consolidating unit but decided only one level down.
 */
const PROVINCES = ['VKST.TRA_VINH', 'VKST.BINH_THUAN'];
const LATE = 'VKSH.TRA_VINH.TRA_CU';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Only what a late district's escalation needs: its head, then the province that gave it.
const POLICY = {
  acknowledge: [],
  beforeDue: [],
  afterDue: [
    { offset: { seconds: 1 }, to: ['unit_head'] },
    { offset: { seconds: 2 }, to: ['issuer'] },
  ],
  repeatAfterDue: null,
  dueSoon: { seconds: 1 },
};

interface TaskRow {
  id: string;
  leadUnit: string;
  issuerUnit: string;
  parentTaskId: string | null;
  due: { at: string | null; date: string | null };
  needsAllSubreports: boolean;
  subtaskDue: string | null;
  status: string;
}

describe('a plan is one tree', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  const user = (unit: string, role: 'unit_head' | 'unit_officer' | 'leader') =>
    sys.session(unit, role);

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
  });
  afterAll(() => sys.stop());

  it('is created whole with the plan’s dates, reports bottom up, and chases up its own branch', async () => {
    // Signed in beforehand, so the districts report well inside their time however slow sign-in is.
    const districtUnits: { code: string }[] = await sys.db.query(
      `SELECT code FROM org_unit WHERE parent_code = ANY($1) AND level = 'huyen'`,
      [PROVINCES],
    );
    await Promise.all(districtUnits.map((u) => user(u.code, 'unit_officer')));
    const t0 = Date.now();
    const at = (s: number) => new Date(t0 + s * 1000).toISOString();
    const directive = await issueDirective(clerk, {
      docType: 'KẾ HOẠCH',
      title: 'Kế hoạch tổng kết ba cấp',
      policy: POLICY,
      tasks: [
        {
          item: '1',
          summary: 'Tổng hợp báo cáo chung của Ngành',
          leadUnit: 'VKSTC.V11',
          due: at(600),
          tiers: [
            { units: PROVINCES, due: at(300), summary: 'Tổng hợp, báo cáo Vụ 11' },
            { units: ['VKSND_CAP_HUYEN'], due: at(20), summary: 'Tổng kết, báo cáo VKSND tỉnh' },
          ],
        },
      ],
    });
    const view = (await clerk.get(`/directives/${directive.id}`).expect(200)).body;
    const tasks = view.tasks as TaskRow[];
    const top = tasks.find((t) => t.leadUnit === 'VKSTC.V11')!;
    const provinces = tasks.filter((t) => PROVINCES.includes(t.leadUnit));
    const districts = tasks.filter((t) => t.leadUnit.startsWith('VKSH.'));

    // The shape: 1 + 2 + every district of the two provinces, each under its own province.
    expect(provinces).toHaveLength(2);
    expect(districts.length).toBeGreaterThanOrEqual(18);
    expect(view.levels.map((l: { total: number }) => l.total)).toEqual([1, 2, districts.length]);
    for (const p of provinces) {
      expect(p).toMatchObject({ parentTaskId: top.id, issuerUnit: 'VKSTC.V11' });
      expect(p.due.at).toBe(at(300));
      expect(p).toMatchObject({ needsAllSubreports: true, subtaskDue: at(20) });
    }
    for (const d of districts) {
      const province = provinces.find((p) =>
        d.leadUnit.startsWith(p.leadUnit.replace('VKST', 'VKSH')),
      )!;
      expect(d).toMatchObject({ parentTaskId: province.id, issuerUnit: province.leadUnit });
      expect(d.due.at).toBe(at(20));
    }
    expect(top).toMatchObject({ needsAllSubreports: true, subtaskDue: at(300) });

    // One assignment mail per district, no more.
    const assigned = async (id: string) =>
      (await taskMails(sys.db, sys.smtp, id, t0))
        .map((m) => m.key)
        .filter((k) => k.startsWith('assigned'));
    const mailDeadline = Date.now() + 30_000;
    for (const d of districts) {
      while ((await assigned(d.id)).length === 0 && Date.now() < mailDeadline) await sleep(200);
    }
    for (const d of districts) expect(await assigned(d.id)).toEqual(['assigned:0']);

    // Nobody above may submit before the level below has reported.
    const v11 = await user('VKSTC.V11', 'unit_officer');
    const early = await v11.post(`/tasks/${top.id}/submit`).send({ result: 'Sớm' }).expect(409);
    expect(early.body.message).toMatch(/chưa báo cáo/);
    const tvOfficer = await user('VKST.TRA_VINH', 'unit_officer');
    const tv = provinces.find((p) => p.leadUnit === 'VKST.TRA_VINH')!;
    await tvOfficer.post(`/tasks/${tv.id}/submit`).send({ result: 'Sớm' }).expect(409);

    // Every level is read by the issuer and the consolidating unit, acted on one level down.
    const tree = (await clerk.get(`/tasks/${top.id}/subtasks?depth=all`).expect(200))
      .body as TaskRow[];
    expect(tree).toHaveLength(2 + districts.length);
    await v11.get(`/tasks/${districts[0].id}`).expect(200);
    const vkstcLeader = await user('VKSTC', 'leader');
    await vkstcLeader.post(`/tasks/${districts[0].id}/cancel`).send({ reason: 'x' }).expect(403);
    const v11Head = await user('VKSTC.V11', 'unit_head');
    await v11Head.post(`/tasks/${districts[0].id}/cancel`).send({ reason: 'x' }).expect(403);
    const other = await user('VKSTC.V8', 'unit_head');
    await other.get(`/tasks/${districts[0].id}`).expect(404);

    // Every district but one reports; the one that does not is chased up its own branch.
    await Promise.all(
      districts
        .filter((d) => d.leadUnit !== LATE)
        .map(async (d) => {
          const officer = await user(d.leadUnit, 'unit_officer');
          await officer.post(`/tasks/${d.id}/submit`).send({ result: 'Đã báo cáo' }).expect(200);
        }),
    );
    const late = districts.find((d) => d.leadUnit === LATE)!;
    const deadline = t0 + 60_000;
    let chased: { kind: string; key: string; to: string[] }[] = [];
    while (Date.now() < deadline) {
      chased = (await taskMails(sys.db, sys.smtp, late.id, t0)).filter(
        (m) => m.kind === 'overdue_escalation',
      );
      if (chased.length >= 2) break;
      await sleep(250);
    }
    const recipients = chased.flatMap((m) => m.to);
    const heads = await sys.db.query(`SELECT code, head_email FROM org_unit WHERE code = ANY($1)`, [
      [LATE, 'VKST.TRA_VINH', 'VKST.BINH_THUAN', 'VKSTC.V11', 'VKSTC'],
    ]);
    const headOf = Object.fromEntries(
      heads.map((h: { code: string; head_email: string }) => [h.code, h.head_email]),
    );
    expect(recipients).toContain(headOf[LATE]);
    expect(recipients).toContain(headOf['VKST.TRA_VINH']);
    for (const outside of ['VKST.BINH_THUAN', 'VKSTC.V11', 'VKSTC']) {
      expect(recipients).not.toContain(headOf[outside]);
    }
    // Other districts, not late, got no escalation.
    for (const d of districts.filter((d) => d.leadUnit !== LATE)) {
      const kinds = (await taskMails(sys.db, sys.smtp, d.id, t0)).map((m) => m.kind);
      expect(kinds).not.toContain('overdue_escalation');
    }

    // The late one reports too; then each level reports to the one above, up to done.
    await (
      await user(LATE, 'unit_officer')
    )
      .post(`/tasks/${late.id}/submit`)
      .send({ result: 'Báo cáo muộn' })
      .expect(200);
    for (const d of districts) {
      const province = provinces.find((p) => p.id === d.parentTaskId)!;
      await (
        await user(province.leadUnit, 'unit_head')
      )
        .post(`/tasks/${d.id}/accept`)
        .send({})
        .expect(200);
    }
    for (const p of provinces) {
      await (
        await user(p.leadUnit, 'unit_officer')
      )
        .post(`/tasks/${p.id}/submit`)
        .send({ result: 'Tổng hợp của tỉnh' })
        .expect(200);
      await v11Head.post(`/tasks/${p.id}/accept`).send({}).expect(200);
    }
    await v11.post(`/tasks/${top.id}/submit`).send({ result: 'Báo cáo chung' }).expect(200);
    const done = await vkstcLeader.post(`/tasks/${top.id}/accept`).send({}).expect(200);
    expect(done.body.status).toBe('done');
    const after = (await clerk.get(`/directives/${directive.id}`).expect(200)).body;
    expect(after.levels.map((l: { done: number; total: number }) => l.done === l.total)).toEqual([
      true,
      true,
      true,
    ]);
  }, 180_000);

  it('splits once: two at once and a retry leave one set of sub-tasks and one mail each', async () => {
    const t0 = Date.now();
    const directive = await issueDirective(clerk, {
      title: 'Giao tỉnh, tỉnh giao huyện',
      policy: POLICY,
      tasks: [{ item: '1', summary: 'Báo cáo', leadUnit: 'VKST.BINH_THUAN', due: '2030-12-31' }],
    });
    const parent = directive.tasks[0];
    const head = await user('VKST.BINH_THUAN', 'unit_head');
    const proposal = (await head.get(`/tasks/${parent.id}/subtasks/proposal`).expect(200)).body;
    const units = (proposal.units as { code: string }[]).slice(0, 3).map((u) => u.code);
    const body = { tasks: units.map((unit) => ({ unit })) };
    // A double click: both at once, the same key.
    const split = () =>
      head.post(`/tasks/${parent.id}/subtasks`).set('Idempotency-Key', 'split-1').send(body);
    const [a, b] = await Promise.all([split(), split()]);
    expect([a.status, b.status].sort()).toEqual(expect.arrayContaining([201]));
    expect([a.status, b.status].every((s) => s === 201 || s === 409)).toBe(true);
    // A retry after the answer: the first answer again.
    const retry = await split();
    expect(retry.status).toBe(201);
    // Without a key, another split of the same units is refused with the reason.
    const again = await head.post(`/tasks/${parent.id}/subtasks`).send(body).expect(409);
    expect(again.body.code).toBe('DUPLICATE');
    // Asked for on purpose, a second sub-task for one of them is fine.
    await head
      .post(`/tasks/${parent.id}/subtasks`)
      .send({ tasks: [{ unit: units[0], separate: true, summary: 'Báo cáo bổ sung' }] })
      .expect(201);

    const children = (await head.get(`/tasks/${parent.id}/subtasks`).expect(200)).body as TaskRow[];
    expect(children.map((c) => c.leadUnit).sort()).toEqual([...units, units[0]].sort());
    const assigned = async (taskId: string) =>
      (await taskMails(sys.db, sys.smtp, taskId, t0)).filter((m) => m.kind === 'assigned');
    for (const c of children) {
      const deadline = Date.now() + 30_000;
      while ((await assigned(c.id)).length === 0 && Date.now() < deadline) await sleep(200);
    }
    await sleep(1000); // a doubled mail would come now
    for (const c of children) expect(await assigned(c.id)).toHaveLength(1);
  });

  it('reads a plan’s text into one task with its levels, for a person to confirm', async () => {
    const text = [
      'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
      'Số: 78/KH-VKSTC',
      'KẾ HOẠCH',
      'Tổng kết công tác kiểm sát năm 2020',
      'Hà Nội, ngày 15 tháng 6 năm 2020',
      '1. VKSND cấp huyện tổng kết, báo cáo gửi VKSND cấp tỉnh trước ngày 10/7/2020.',
      '2. VKSND cấp tỉnh tổng hợp báo cáo của đơn vị mình và VKSND cấp huyện, gửi Vụ 11 trước ngày 30/7/2020.',
      '3. Vụ 11 tổng hợp, xây dựng báo cáo chung của Ngành trước ngày 20/8/2020.',
    ].join('\n');
    const draft = (await clerk.post('/directives/parse').send({ text }).expect(201)).body;
    const planned = draft.tasks.find((t: { leadUnit: string }) => t.leadUnit === 'VKSTC.V11');
    expect(planned).toMatchObject({
      due: '2020-08-19',
      tiers: [
        { units: ['VKSND_CAP_TINH'], due: '2020-07-29' },
        { units: ['VKSND_CAP_HUYEN'], due: '2020-07-09' },
      ],
    });
  });
});
