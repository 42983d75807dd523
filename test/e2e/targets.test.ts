import ExcelJS from 'exceljs';
import { ApiClient } from '../support/api-client';
import { TestSystem } from '../support/system';

/**
 * The Bình Phước seed (cthads-binhphuoc-2019.txt): the provincial enforcement department
 * and its district branches report, quarter by quarter, cases finished out of cases with
 * the conditions to enforce, cumulative from the start of the year; the year ends at
 * 10.967 of 14.066, "đạt tỷ lệ 77,97%" against the 73% the National Assembly set.
 */
const CUC = 'TEST.THADS.BINH_PHUOC';
const DONG_XOAI = `${CUC}.DONG_XOAI`;
const BINH_LONG = `${CUC}.BINH_LONG`;
const PHUOC_LONG = `${CUC}.PHUOC_LONG`;
const UNITS = [CUC, DONG_XOAI, BINH_LONG, PHUOC_LONG];

/** Cumulative figures [done, with conditions] of each unit at the end of Q1..Q4. */
const FIGURES: Record<string, [number, number][]> = {
  [CUC]: [
    [300, 1500],
    [700, 1600],
    [1100, 1650],
    [1350, 1700],
  ],
  [DONG_XOAI]: [
    [900, 4800],
    [1800, 5000],
    [3000, 5100],
    [4100, 5200],
  ],
  [BINH_LONG]: [
    [500, 3500],
    [1200, 3600],
    [1900, 3700],
    [2517, 3716],
  ],
  [PHUOC_LONG]: [
    [600, 3200],
    [1100, 3300],
    [2200, 3400],
    [3000, 3450],
  ],
};

describe('targets (chỉ tiêu): Bình Phước 2019, 77,97% against 73%', () => {
  const sys = new TestSystem();
  let leader: ApiClient;
  let directiveId = '';
  let targetId = '';
  const tasks = new Map<string, string[]>();

  beforeAll(async () => {
    await sys.start();
    const names: Record<string, [string, string]> = {
      [CUC]: ['Cục THADS tỉnh Bình Phước (thử)', 'Cục Thi hành án dân sự tỉnh Bình Phước'],
      [DONG_XOAI]: [
        'Chi cục THADS Đồng Xoài (thử)',
        'Chi cục Thi hành án dân sự thành phố Đồng Xoài',
      ],
      [BINH_LONG]: ['Chi cục THADS Bình Long (thử)', 'Chi cục Thi hành án dân sự thị xã Bình Long'],
      [PHUOC_LONG]: [
        'Chi cục THADS Phước Long (thử)',
        'Chi cục Thi hành án dân sự thị xã Phước Long',
      ],
    };
    for (const code of UNITS) {
      await sys.db.query(
        // After the shipped units in the directory's order, as a unit an admin adds would be
        // (a unit at ordinal 0 would sort among the shipped ones in another suite's export).
        `INSERT INTO org_unit (code, short_name, full_name, level, kind, parent_code, emails, head_email, ordinal)
         VALUES ($1, $2, $3, $4, 'vien', $5, $6, $7, 1000000) ON CONFLICT (code) DO NOTHING`,
        [
          code,
          names[code][0],
          names[code][1],
          code === CUC ? 'tinh' : 'huyen',
          code === CUC ? 'VKSTC' : CUC,
          [`${code.toLowerCase()}@thads.test`],
          `head.${code.toLowerCase()}@thads.test`,
        ],
      );
    }
    leader = await sys.as(CUC, 'leader');
    const res = await leader
      .post('/directives')
      .send({
        number: '01/QĐ-CTHADS',
        docType: 'QUYẾT ĐỊNH',
        title: 'Giao chỉ tiêu thi hành án năm 2019',
        issuedOn: '2019-01-10',
        issuerUnit: CUC,
        tasks: UNITS.map((u) => ({
          item: '1',
          summary: 'Báo cáo kết quả thi hành án về việc (lũy kế từ đầu năm)',
          leadUnit: u,
          due: '2019-03-31',
          recurrence: { frequency: 'quarterly', until: '2019-12-31' },
        })),
      })
      .expect(201);
    directiveId = res.body.id;
    // The series open the later quarters at once: their periods began long ago.
    for (let i = 0; i < 200; i++) {
      const rows: { id: string; lead_unit_code: string }[] = await sys.db.query(
        `SELECT id, lead_unit_code FROM task WHERE directive_id = $1 ORDER BY lead_unit_code, due_at`,
        [directiveId],
      );
      if (rows.length === 16) {
        for (const u of UNITS)
          tasks.set(
            u,
            rows.filter((r) => r.lead_unit_code === u).map((r) => r.id),
          );
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(tasks.size).toBe(4);

    const target = await leader
      .post('/reports/targets')
      .send({
        directiveId,
        item: '1',
        kind: 'rate',
        label: 'Tỷ lệ thi hành xong về việc',
        threshold: 73,
        aggregation: 'latest',
        numeratorLabel: 'Số việc thi hành xong',
        denominatorLabel: 'Số việc có điều kiện thi hành',
      })
      .expect(201);
    targetId = target.body.id;
    expect(target.body.targetText).toBe('≥ 73%');

    for (const u of UNITS) {
      const officer = await sys.as(u, 'unit_officer');
      for (const [q, taskId] of tasks.get(u)!.entries()) {
        const [numerator, denominator] = FIGURES[u][q];
        await officer
          .put(`/tasks/${taskId}/figures`)
          .send({ targetId, numerator, denominator })
          .expect(200);
      }
    }
  });
  afterAll(() => sys.stop());

  const attainment = (period: string, rollup = false) =>
    leader
      .get(
        `/reports/targets/attainment?directiveId=${directiveId}&period=${period}&rollup=${rollup}`,
      )
      .expect(200);

  it('the year: the department with its branches reaches 77,97% against 73%, green', async () => {
    const res = await attainment('2019', true);
    const [t] = res.body.targets;
    expect(t.target).toMatchObject({ label: 'Tỷ lệ thi hành xong về việc', targetText: '≥ 73%' });
    expect(t.rows[0]).toMatchObject({
      unit: CUC,
      depth: 0,
      numerator: 10967,
      denominator: 14066,
      achieved: { text: '77,97%' },
      met: true,
      margin: 4.97,
      colour: 'green',
    });
    expect(t.total).toMatchObject({ numerator: 10967, denominator: 14066, colour: 'green' });
    const branch = (u: string) => t.rows.find((r: { unit: string }) => r.unit === u);
    expect(branch(BINH_LONG)).toMatchObject({
      depth: 1,
      achieved: { text: '67,73%' },
      met: false,
      colour: 'red',
    });
    expect(branch(PHUOC_LONG).achieved.text).toBe('86,96%');
  });

  it('each unit alone, without the roll-up: the department is its own 1.350 of 1.700', async () => {
    const res = await attainment('2019');
    const rows = Object.fromEntries(
      res.body.targets[0].rows.map(
        (r: { unit: string; numerator: number; denominator: number }) => [
          r.unit,
          [r.numerator, r.denominator],
        ],
      ),
    );
    expect(rows).toEqual({
      [CUC]: [1350, 1700],
      [DONG_XOAI]: [4100, 5200],
      [BINH_LONG]: [2517, 3716],
      [PHUOC_LONG]: [3000, 3450],
    });
  });

  it('the second quarter (its own cumulative figures) is far below: red', async () => {
    const res = await attainment('2019-Q2');
    expect(res.body.targets[0].total).toMatchObject({
      numerator: 4800,
      denominator: 13500,
      achieved: { text: '35,56%' },
      colour: 'red',
    });
  });

  it('the report form of a period task asks for the target’s numbers; impossible ones are refused', async () => {
    const officer = await sys.as(BINH_LONG, 'unit_officer');
    const [q1] = tasks.get(BINH_LONG)!;
    const form = await officer.get(`/tasks/${q1}/figures`).expect(200);
    expect(form.body[0]).toMatchObject({
      target: {
        numeratorLabel: 'Số việc thi hành xong',
        denominatorLabel: 'Số việc có điều kiện thi hành',
      },
      numerator: 500,
      denominator: 3500,
    });
    await officer
      .put(`/tasks/${q1}/figures`)
      .send({ targetId, numerator: 5, denominator: 4 })
      .expect(400);
    await officer
      .put(`/tasks/${tasks.get(DONG_XOAI)![0]}/figures`)
      .send({ targetId, numerator: 1, denominator: 2 })
      .expect(404);
    const events = await officer.get(`/tasks/${q1}/events`).expect(200);
    expect(events.body.map((e: { action: string }) => e.action)).toContain('task.figures');
  });

  it('the XLSX shows the same, red and green', async () => {
    const res = await leader
      .get(`/reports/targets/attainment/export?directiveId=${directiveId}&period=2019&rollup=true`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const total = rows.find((r) => r[0] === 'Tổng số')!;
    expect(total.slice(1, 4)).toEqual([10967, 14066, '77,97%']);
    let binhLong = 0;
    ws.eachRow((r, n) => {
      if (String(r.getCell(1).value).includes('Bình Long')) binhLong = n;
    });
    expect((ws.getRow(binhLong).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      'FFF8CBAD',
    );
  });
});
