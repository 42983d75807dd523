import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  BucketCounts,
  addDays,
  emptyCounts,
  localDateOf,
  vietnameseCalendar,
} from '@dondoc/domain';
import { taskPlanQuery, taskWorkflowId } from '@dondoc/contracts';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

/**
 * A small history built through the API, with real workflows: on time, late, extended,
 * returned, cancelled, overdue, a monthly series and a cascade. The summary's every cell is
 * compared with counts written by hand, and read back from its XLSX.
 */
const V8 = 'VKSTC.V8';
const V9 = 'VKSTC.V9';
const V15 = 'VKSTC.V15';
const TV = 'VKST.TRA_VINH';
const TRA_CU = 'VKSH.TRA_VINH.TRA_CU';
const CAU_KE = 'VKSH.TRA_VINH.CAU_KE';

const today = localDateOf(new Date());
const calendar = vietnameseCalendar();
const inDays = (n: number) => addDays(today, n);
/** Reports over everything this file made: from 2025 to well after its latest deadline. */
const PERIOD = `2025-01-01..${inDays(400)}`;

type Counts = BucketCounts;
const counts = (c: Partial<Counts>): Counts => ({ ...emptyCounts(), ...c });

describe('reports: who is late', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let leader: ApiClient;
  const officer = (unit: string) => sys.session(unit, 'unit_officer');
  let directiveId = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    leader = await sys.as('VKSTC', 'leader');

    const res = await clerk
      .post('/directives')
      .send({
        number: '99/KH-VKSTC',
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch thử báo cáo tiến độ',
        issuedOn: '2025-01-02',
        issuerUnit: 'VKSTC',
        tasks: [
          { item: '1', summary: 'Xong đúng hạn', leadUnit: V8, due: inDays(30) },
          { item: '2', summary: 'Xong quá hạn', leadUnit: V8, due: '2025-06-30' },
          { item: '3', summary: 'Gia hạn rồi xong', leadUnit: V9, due: '2025-06-30' },
          { item: '4', summary: 'Bị trả lại', leadUnit: V9, due: inDays(30) },
          { item: '5', summary: 'Bị hủy', leadUnit: V15, due: inDays(30) },
          { item: '6', summary: 'Quá hạn chưa xong', leadUnit: V15, due: '2025-09-30' },
          {
            item: '7',
            summary: 'Sắp đến hạn',
            leadUnit: V15,
            due: calendar.addWorkingDays(today, 1),
          },
          {
            item: '8',
            summary: 'Báo cáo tháng',
            leadUnit: V8,
            due: '2025-01-31',
            recurrence: { frequency: 'monthly', until: '2025-03-31' },
          },
          { item: '9', summary: 'Tỉnh giao huyện', leadUnit: TV, due: inDays(60) },
        ],
      })
      .expect(201);
    directiveId = res.body.id;
    for (const t of res.body.tasks) ids[t.item] = t.id;

    const v8 = await officer(V8);
    const v9 = await officer(V9);
    // 1: on time. 2: late (its deadline has passed).
    for (const item of ['1', '2']) {
      await v8.post(`/tasks/${ids[item]}/submit`).send({ result: 'Đã xong' }).expect(200);
      await leader.post(`/tasks/${ids[item]}/accept`).send({}).expect(200);
    }
    // 3: overdue, extended to a future date, then done: on time by the date in force.
    await v9
      .post(`/tasks/${ids['3']}/extension`)
      .send({ due: inDays(20), reason: 'Chờ số liệu của các đơn vị' })
      .expect(200);
    await leader.post(`/tasks/${ids['3']}/extension/approve`).send({}).expect(200);
    await v9.post(`/tasks/${ids['3']}/submit`).send({ result: 'Đã xong' }).expect(200);
    await leader.post(`/tasks/${ids['3']}/accept`).send({}).expect(200);
    // 4: submitted, returned: open again, within time.
    await v9.post(`/tasks/${ids['4']}/submit`).send({ result: 'Bản đầu' }).expect(200);
    await leader.post(`/tasks/${ids['4']}/return`).send({ reason: 'Thiếu số liệu' }).expect(200);
    // 5: cancelled.
    await leader.post(`/tasks/${ids['5']}/cancel`).send({ reason: 'Không cần nữa' }).expect(200);

    // 6: overdue, explained (giải trình): still overdue in every figure.
    const v15 = await officer(V15);
    await v15
      .post(`/tasks/${ids['6']}/explanations`)
      .send({ reason: 'Thiếu cán bộ', remaining: 'Tổng hợp số liệu', committedDate: inDays(10) })
      .expect(201);
    // Its workflow now chases the committed date as it chased the deadline.
    const plan = await sys.temporal.workflow
      .getHandle(taskWorkflowId(ids['6']))
      .query(taskPlanQuery);
    const chase = plan.filter((n) => n.kind === 'commitment_overdue');
    expect(chase).toHaveLength(1);
    expect(chase[0].key).toMatch(new RegExp(`^commitment_overdue:${inDays(10)}@\\d+$`));
    expect(chase[0].to).toEqual(['unit', 'unit_head']);
    expect(Date.parse(chase[0].at)).toBeGreaterThan(Date.parse(`${inDays(10)}T17:00:00Z`));
    // 7 is not overdue: nothing to explain, ask for an extension instead.
    await v15
      .post(`/tasks/${ids['7']}/explanations`)
      .send({ reason: 'x', remaining: 'y', committedDate: inDays(10) })
      .expect(409);

    // 8: the series opens February and March at once (their periods have begun).
    const seriesId = res.body.tasks.find((t: { item: string }) => t.item === '8').seriesId;
    for (let i = 0; i < 150; i++) {
      const rows = await sys.db.query(
        'SELECT id FROM task WHERE series_id = $1 ORDER BY period_index',
        [seriesId],
      );
      if (rows.length === 3) {
        ['8.1', '8.2', '8.3'].forEach((k, j) => (ids[k] = rows[j].id));
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(ids['8.3']).toBeDefined();
    await v8.post(`/tasks/${ids['8.1']}/submit`).send({ result: 'Báo cáo tháng 1' }).expect(200);
    await leader.post(`/tasks/${ids['8.1']}/accept`).send({}).expect(200);

    // 9: the province splits its task to two districts; one reports and is accepted.
    const head = await sys.as(TV, 'unit_head');
    const split = await head
      .post(`/tasks/${ids['9']}/subtasks`)
      .send({ tasks: [{ unit: TRA_CU }, { unit: CAU_KE }], needsAllReports: true })
      .expect(201);
    expect(split.body.subtasks.total).toBe(2);
    const subs = await head.get(`/tasks/${ids['9']}/subtasks`).expect(200);
    ids['9.TRA_CU'] = subs.body.find((t: { leadUnit: string }) => t.leadUnit === TRA_CU).id;
    ids['9.CAU_KE'] = subs.body.find((t: { leadUnit: string }) => t.leadUnit === CAU_KE).id;
    await (
      await officer(TRA_CU)
    )
      .post(`/tasks/${ids['9.TRA_CU']}/submit`)
      .send({ result: 'Huyện đã báo cáo' })
      .expect(200);
    await head.post(`/tasks/${ids['9.TRA_CU']}/accept`).send({}).expect(200);
  });
  afterAll(() => sys.stop());

  const summary = (c: ApiClient, query: string) =>
    c.get(`/reports/summary?period=${PERIOD}&directive=${directiveId}&${query}`).expect(200);
  const byKey = (rows: { key: string; counts: Counts }[]) =>
    Object.fromEntries(rows.map((r) => [r.key, r.counts]));

  /** Written by hand from the history above. */
  const BY_UNIT: Record<string, Counts> = {
    // 1 on time; 2 late; the series: January late, February and March overdue.
    [V8]: counts({ total: 5, done_on_time: 1, done_late: 2, open_overdue: 2 }),
    // 3 extended then on time; 4 returned, open within time.
    [V9]: counts({ total: 2, done_on_time: 1, open_within_time: 1 }),
    // 5 cancelled (not counted); 6 overdue; 7 due tomorrow-ish.
    [V15]: counts({
      total: 2,
      open_overdue: 1,
      open_within_time: 1,
      due_soon: 1,
      overdue_explained: 1,
    }),
    // The parent, counted once for the province; the districts' sub-tasks for them.
    [TV]: counts({ total: 1, open_within_time: 1 }),
    [TRA_CU]: counts({ total: 1, done_on_time: 1 }),
    [CAU_KE]: counts({ total: 1, open_within_time: 1 }),
  };

  it('by unit: every cell, the total, rates and ranks', async () => {
    const res = await summary(leader, 'groupBy=unit');
    expect(byKey(res.body.rows)).toEqual(BY_UNIT);
    expect(res.body.total.counts).toEqual(
      counts({
        total: 12,
        done_on_time: 3,
        done_late: 2,
        open_within_time: 4,
        open_overdue: 3,
        due_soon: 1,
        overdue_explained: 1,
      }),
    );
    const row = (k: string) => res.body.rows.find((r: { key: string }) => r.key === k);
    expect(row(V8).onTimeRate).toMatchObject({ value: 20, text: '20,0%' });
    expect(row(V9).label).toBe('Vụ 9');
    expect(res.body.total.onTimeRate.text).toBe('37,5%'); // 3 of 8 judged
    // V9 and Trà Cú both 100%, neither overdue: the unit with more tasks first.
    expect(
      Object.fromEntries(res.body.rows.map((r: { key: string; rank: number }) => [r.key, r.rank])),
    ).toEqual({
      [V9]: 1,
      [TRA_CU]: 2,
      [V8]: 3,
      [V15]: 4,
      [TV]: null,
      [CAU_KE]: null,
    });
    expect(res.body.notes.join(' ')).toMatch(/hạn đang có hiệu lực/);
  });

  it('against the original date, the extended task is late', async () => {
    const res = await summary(leader, 'groupBy=unit&basis=original');
    expect(byKey(res.body.rows)[V9]).toEqual(
      counts({ total: 2, done_late: 1, open_within_time: 1 }),
    );
    expect(res.body.notes.join(' ')).toMatch(/hạn giao ban đầu/);
  });

  it('rolled up over the tree: the province includes its districts', async () => {
    const res = await summary(leader, 'groupBy=unit&rollup=true');
    const rows = byKey(res.body.rows);
    expect(rows[TV]).toEqual(counts({ total: 3, done_on_time: 1, open_within_time: 2 }));
    expect(rows.VKSTC.total).toBe(12);
    const order = res.body.rows.map((r: { key: string; depth: number }) => `${r.depth}:${r.key}`);
    expect(order.indexOf(`1:${TV}`)).toBeLessThan(order.indexOf(`2:${TRA_CU}`));
  });

  it('by directive (its own tasks, not the districts’ split) and by issuer', async () => {
    const d = await summary(leader, 'groupBy=directive');
    expect(d.body.rows).toHaveLength(1);
    expect(d.body.rows[0].label).toBe('99/KH-VKSTC: Kế hoạch thử báo cáo tiến độ');
    expect(d.body.rows[0].counts).toEqual(
      counts({
        total: 10,
        done_on_time: 2,
        done_late: 2,
        open_within_time: 3,
        open_overdue: 3,
        due_soon: 1,
        overdue_explained: 1,
      }),
    );
    const i = await summary(leader, 'groupBy=issuer');
    expect(byKey(i.body.rows)).toEqual({
      VKSTC: counts({
        total: 10,
        done_on_time: 2,
        done_late: 2,
        open_within_time: 3,
        open_overdue: 3,
        due_soon: 1,
        overdue_explained: 1,
      }),
      [TV]: counts({ total: 2, done_on_time: 1, open_within_time: 1 }),
    });
  });

  it('a past period counts nothing made after it', async () => {
    const res = await leader
      .get(`/reports/summary?period=2025-02&directive=${directiveId}`)
      .expect(200);
    expect(res.body.total.counts.total).toBe(0);
  });

  it('every cell drills down to its tasks', async () => {
    const res = await summary(leader, 'groupBy=unit');
    for (const row of res.body.rows as {
      key: string;
      counts: Counts;
      drillDown: string;
    }[]) {
      for (const bucket of [
        'total',
        'done_on_time',
        'done_late',
        'open_within_time',
        'open_overdue',
        'due_soon',
      ] as const) {
        const states = res.body.drillDownStates[bucket];
        const list = await leader
          .get(`/reports/tasks?${row.drillDown}${states ? `&${states}` : ''}`)
          .expect(200);
        expect({ unit: row.key, bucket, n: list.body.total }).toEqual({
          unit: row.key,
          bucket,
          n: row.counts[bucket],
        });
      }
    }
    const overdue = await leader
      .get(
        `/reports/tasks?period=${PERIOD}&directive=${directiveId}&unit=${V8}&deadlineState=overdue`,
      )
      .expect(200);
    expect(overdue.body.items.map((t: { id: string }) => t.id).sort()).toEqual(
      [ids['8.2'], ids['8.3']].sort(),
    );
    expect(overdue.body.items[0].daysOverdue).toBeGreaterThan(200);
  });

  it('scoped: a district head sees only its own unit, an officer of Vụ 8 only Vụ 8', async () => {
    const head = await sys.as(CAU_KE, 'unit_head');
    const res = await summary(head, 'groupBy=unit');
    expect(byKey(res.body.rows)).toEqual({ [CAU_KE]: BY_UNIT[CAU_KE] });
    const v8 = await summary(await officer(V8), 'groupBy=unit');
    expect(byKey(v8.body.rows)).toEqual({ [V8]: BY_UNIT[V8] });
    const province = await summary(await sys.as(TV, 'leader'), 'groupBy=unit&rollup=true');
    expect(byKey(province.body.rows)[TV]).toEqual(
      counts({ total: 3, done_on_time: 1, open_within_time: 2 }),
    );
    expect(byKey(province.body.rows)[V8]).toBeUndefined();
  });

  it('an explanation is in the task list, the timeline and the audit trail', async () => {
    const list = await leader
      .get(
        `/reports/tasks?period=${PERIOD}&directive=${directiveId}&deadlineState=overdue&explained=true`,
      )
      .expect(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([ids['6']]);
    expect(list.body.items[0].explanation).toMatchObject({
      reason: 'Thiếu cán bộ',
      committedDate: inDays(10),
    });
    const without = await leader
      .get(
        `/reports/tasks?period=${PERIOD}&directive=${directiveId}&deadlineState=overdue&explained=false`,
      )
      .expect(200);
    expect(without.body.total).toBe(2);
    const events = await leader.get(`/tasks/${ids['6']}/events`).expect(200);
    expect(events.body.map((e: { action: string }) => e.action)).toContain('task.explanation');
    const task = await leader.get(`/tasks/${ids['6']}`).expect(200);
    expect(task.body).toMatchObject({ status: 'assigned', deadlineState: 'overdue' });
    const mine = await (await officer(V15)).get(`/tasks/${ids['6']}/explanations`).expect(200);
    expect(mine.body).toHaveLength(1);
  });

  const binary = (
    r: { on(event: string, f: (c?: Buffer) => void): unknown },
    cb: (err: Error | null, body: Buffer) => void,
  ) => {
    const chunks: Buffer[] = [];
    r.on('data', (c) => chunks.push(c!));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  };

  it('drafts the reminder letter (công văn đôn đốc) as a DOCX in the Nghị định 30 layout', async () => {
    const overdue = [ids['8.2'], ids['8.3'], ids['6']];
    await (await officer(V8)).post('/reports/letters').send({ taskIds: overdue }).expect(403);
    const refused = await leader
      .post('/reports/letters')
      .send({ taskIds: [ids['1'], ids['6']] })
      .expect(409);
    expect(refused.body.message).toMatch(/mục 1/);
    const made = await leader
      .post('/reports/letters')
      .send({
        taskIds: overdue,
        reportBy: inDays(7),
        symbol: 'VKSTC-VP',
        signer: {
          authority: 'TL.',
          title: 'Viện trưởng',
          position: 'Chánh Văn phòng',
          name: 'Nguyễn Văn A',
        },
        alsoTo: ['Viện trưởng VKSND tối cao'],
      })
      .expect(201);
    expect(made.body.units.sort()).toEqual([V15, V8].sort());
    const file = await leader.get(made.body.downloadUrl).buffer(true).parse(binary).expect(200);
    expect(file.headers['content-type']).toMatch(/wordprocessingml/);
    const zip = await JSZip.loadAsync(file.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
    for (const expected of [
      'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:        /VKSTC-VP',
      'V/v đôn đốc thực hiện nhiệm vụ quá hạn',
      'Kính gửi:',
      'Kế hoạch số 99/KH-VKSTC ngày 2/1/2025 về Kế hoạch thử báo cáo tiến độ',
      'Báo cáo tháng',
      'Quá hạn chưa xong',
      '28/2/2025',
      '31/3/2025',
      '30/9/2025',
      `trước ngày ${inDays(7).split('-').reverse().map(Number).join('/')}`,
      'Nơi nhận:',
      '- Như trên;',
      '- Viện trưởng VKSND tối cao (để báo cáo);',
      'TL. VIỆN TRƯỞNG',
      'CHÁNH VĂN PHÒNG',
      'Nguyễn Văn A',
    ]) {
      expect(text).toContain(expected);
    }
    // A4, margins 20/20/30/15 mm, in twips.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:left="1701"/);
    // In each task's timeline, and listed with the task.
    const events = await leader.get(`/tasks/${ids['6']}/events`).expect(200);
    expect(events.body.map((e: { action: string }) => e.action)).toContain('task.reminder_letter');
    const letters = await leader.get(`/reports/letters?taskId=${ids['8.2']}`).expect(200);
    expect(letters.body.map((l: { id: string }) => l.id)).toContain(made.body.id);
    // The unit written to may read it; an unrelated unit may not know it exists.
    await (await officer(V8)).get(made.body.downloadUrl).expect(200);
    await (await sys.as('VKST.AN_GIANG', 'leader')).get(made.body.downloadUrl).expect(404);
  });

  it('refuses a period it cannot read', async () => {
    const res = await leader.get('/reports/summary?period=2025-Q5').expect(400);
    expect(res.body.errors[0].field).toBe('period');
  });

  it('the XLSX has the same figures, Vietnamese headers, frozen header, filters and notes', async () => {
    const res = await leader
      .get(`/reports/summary/export?period=${PERIOD}&directive=${directiveId}&groupBy=unit`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0];
    const cells = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'STT') header = n;
    });
    expect(cells(header)).toEqual([
      'STT',
      'Đơn vị',
      'Tổng số nhiệm vụ',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Chưa hoàn thành, trong hạn',
      'Trong đó sắp đến hạn',
      'Chưa hoàn thành, quá hạn',
      'Quá hạn đã giải trình',
      'Tỷ lệ đúng hạn (%)',
      'Xếp hạng',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(ws.autoFilter).toBeTruthy();
    const notes = [1, 2, 3, 4].map((r) => String(ws.getRow(r).getCell(1).value)).join(' ');
    expect(notes).toMatch(/Kỳ báo cáo/);
    const sheet: Record<string, number[]> = {};
    for (let r = header + 1; r <= ws.rowCount; r++) {
      const v = cells(r);
      sheet[String(v[1]).trim()] = v.slice(2, 9) as number[];
    }
    expect(sheet['Vụ 8']).toEqual([5, 1, 2, 0, 0, 2, 0]);
    expect(sheet['Tổng số']).toEqual([12, 3, 2, 4, 1, 3, 1]);
  });
});
