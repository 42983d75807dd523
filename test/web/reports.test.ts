import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Download } from 'playwright-core';
import { localDateOf, vietnameseCalendar } from '@dondoc/domain';
import { browserSuite, chooseDate, signIn } from '../support/browser';

const calendar = vietnameseCalendar();

/** A plan whose items give each level its own date (as libs/parser's spec reads it). */
const PLAN = `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 78/KH-VKSTC                           Hà Nội, ngày 15 tháng 6 năm 2020

KẾ HOẠCH
Tổng kết 5 năm thi hành Bộ luật Tố tụng hình sự năm 2015

Căn cứ Chỉ thị số 01/CT-VKSTC ngày 02/01/2020 của Viện trưởng VKSND tối cao về công tác năm 2020, Viện kiểm sát nhân dân tối cao ban hành Kế hoạch tổng kết như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá toàn diện kết quả thi hành Bộ luật.
2. Việc tổng kết phải bảo đảm khách quan, đúng tiến độ.

II. NỘI DUNG, THỜI GIAN
1. Thời điểm lấy số liệu: từ ngày 1/12/2017 đến 30/11/2019.

III. TỔ CHỨC THỰC HIỆN
1. VKSND cấp huyện xây dựng báo cáo tổng kết, gửi VKSND cấp tỉnh trước ngày 10/7/2020.
2. VKSND cấp tỉnh, VKSND cấp cao tổng hợp, báo cáo VKSND tối cao (qua Vụ 7) trước 30/7.
3. Vụ 7 chủ trì, phối hợp với Vụ 1, Vụ 2, Vụ 3 và Văn phòng tổng hợp, xây dựng báo cáo của toàn Ngành, hoàn thành trong tháng 9/2020.
4. Cục 2 chịu trách nhiệm thống kê số liệu, định kỳ hằng quý báo cáo lãnh đạo Viện.
5. Giao Văn phòng chủ trì, Cục Kế hoạch - Tài chính phối hợp bảo đảm kinh phí; chậm nhất ngày 15/8/2020 trình Viện trưởng dự toán.
6. Vụ 15 hoàn thành việc rà soát trong thời hạn 15 ngày làm việc kể từ ngày ký.
7. Các đơn vị thuộc VKSND tối cao hoàn thành trong quý III/2020.
8. Vụ 14 tổng kết, báo cáo trong 6 tháng cuối năm 2020.

Nơi nhận:
- Viện trưởng VKSND tối cao (để báo cáo);
- Các đơn vị thuộc VKSND tối cao;
- VKSND cấp cao, VKSND cấp tỉnh (để thực hiện);
- Lưu: VT, V7.

KT. VIỆN TRƯỞNG
PHÓ VIỆN TRƯỞNG

(Đã ký)

Nguyễn Huy Tiến
`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The bytes of a download, and the parts of the OOXML package it must be. */
async function ooxml(download: Download, part: string): Promise<string> {
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  const xml = zip.file(part);
  expect(xml).not.toBeNull();
  return xml!.async('string');
}

/**
 * Who is late, in the browser: a leader reads the report of a directive the test issued,
 * opens the tasks behind a figure, downloads the XLSX and drafts the reminder letter; the
 * issuer of a three-level plan sees the districts under their provinces.
 */
describe('reports and plan trees in the browser', () => {
  const { sys, browsers, check, violations } = browserSuite('reports');

  it('a leader reads a unit’s row, drills down to its tasks, downloads the XLSX and the letter', async () => {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const today = localDateOf(new Date());
    const later = calendar.addWorkingDays(today, 15);
    const title = `Báo cáo kết quả thực hiện kết luận ${Date.now()}`;
    const issued = await clerk
      .post('/directives')
      .send({
        docType: 'THÔNG BÁO',
        title,
        issuedOn: today,
        issuerUnit: 'VKSTC',
        tasks: [
          { item: '1', summary: 'Rà soát án tạm đình chỉ', leadUnit: 'VKSTC.V8', due: later },
          {
            item: '2',
            summary: 'Báo cáo số liệu kiểm sát tạm giữ',
            leadUnit: 'VKSTC.V8',
            due: new Date(Date.now() + 3000).toISOString(),
          },
          { item: '3', summary: 'Tổng hợp kiến nghị', leadUnit: 'VKSTC.V9', due: later },
        ],
      })
      .expect(201);
    const directiveId: string = issued.body.id;
    const v9 = issued.body.tasks.find((t: { leadUnit: string }) => t.leadUnit === 'VKSTC.V9');
    const officer = await sys.as('VKSTC.V9', 'unit_officer');
    await officer.post(`/tasks/${v9.id}/submit`).send({ result: 'Đã tổng hợp' }).expect(200);
    const boss = await sys.as('VKSTC', 'leader');
    await boss.post(`/tasks/${v9.id}/accept`).send({}).expect(200);
    await sleep(3500);

    const leader = await sys.account('VKSTC', 'leader');
    const { page } = await browsers.person();
    const period = `${today}..${calendar.addWorkingDays(today, 40)}`;
    await page.goto(`/bao-cao?ky=${period}&van-ban=${directiveId}`);
    await signIn(page, leader.username, leader.password);
    await page.getByRole('link', { name: 'Báo cáo', exact: true }).waitFor();
    const cell = (label: string, column: string, n: number) =>
      page.getByRole('link', { name: `${label}, ${column}: ${n}`, exact: true });
    await cell('Vụ 8', 'tổng số', 2).waitFor();
    await cell('Vụ 8', 'chưa hoàn thành, trong hạn', 1).waitFor();
    await cell('Vụ 8', 'chưa hoàn thành, quá hạn', 1).waitFor();
    await cell('Vụ 8', 'hoàn thành đúng hạn', 0).waitFor();
    await cell('Vụ 9', 'hoàn thành đúng hạn', 1).waitFor();
    await cell('Tổng số', 'tổng số', 3).waitFor();
    await page.getByTestId('report-notes').getByText(/hạn/).first().waitFor();
    // The rates as Vietnamese write them: Vụ 9 did its one task on time.
    await page.getByRole('row', { name: /Vụ 9/ }).getByText('100,0%').first().waitFor();
    await page.locator('figure').first().waitFor();
    await check(page, 'bao-cao-theo-don-vi');

    // The XLSX of the summary, as the clerk would paste it.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải Excel/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    await ooxml(xlsx, 'xl/workbook.xml');

    // The roll-up toggle and the other groupings render too.
    await page.getByText('Theo văn bản', { exact: true }).click();
    await page
      .getByRole('link', { name: new RegExp(title) })
      .first()
      .waitFor();
    await check(page, 'bao-cao-theo-van-ban');
    await page.getByText('Theo đơn vị', { exact: true }).click();
    await page.getByRole('switch').first().click();
    await page.waitForURL(/cap-duoi=1/);
    // Rolled up: Vụ 8 under VKSND tối cao, which counts all three.
    await cell('VKSND tối cao', 'tổng số', 3).waitFor();
    await cell('Vụ 8', 'chưa hoàn thành, quá hạn', 1).waitFor();
    await check(page, 'bao-cao-cong-don');

    // Drill down from Vụ 8's overdue figure to the task it counted.
    await cell('Vụ 8', 'chưa hoàn thành, quá hạn', 1).click();
    await page.waitForURL(/\/bao-cao\/nhiem-vu\?/);
    await page.getByRole('link', { name: /Báo cáo số liệu kiểm sát tạm giữ/ }).waitFor();
    expect(await page.getByRole('link', { name: /Rà soát án tạm đình chỉ/ }).count()).toBe(0);
    await check(page, 'danh-sach-qua-han');

    // The reminder letter for it, drafted for signature.
    await page.getByRole('checkbox', { name: /Chọn nhiệm vụ 2\./ }).check();
    await page.getByRole('button', { name: /Soạn công văn đôn đốc/ }).click();
    await page.getByText(/^Đã soạn:/).waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải công văn \(DOCX\)/ }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect(await ooxml(docx, 'word/document.xml')).toContain('Báo cáo số liệu kiểm sát tạm giữ');
    await check(page, 'cong-van-don-doc');

    // The list behind the figure is a list of tasks: each opens its page.
    await page.getByRole('link', { name: /Báo cáo số liệu kiểm sát tạm giữ/ }).click();
    await page.waitForURL(/\/nhiem-vu\/[0-9a-f-]{36}$/);

    // Vụ 8's officer explains the overdue task from its page, committing to a date.
    const late = issued.body.tasks.find((t: { item: string }) => t.item === '2');
    const v8 = await sys.account('VKSTC.V8', 'unit_officer');
    const unit = await browsers.person();
    await unit.page.goto(`/nhiem-vu/${late.id}`);
    await signIn(unit.page, v8.username, v8.password);
    await unit.page.getByRole('button', { name: 'Giải trình' }).click();
    const dialog = unit.page.getByRole('dialog');
    await dialog.getByLabel('Lý do chậm').fill('Chờ số liệu của các VKSND cấp tỉnh.');
    await dialog.getByLabel('Phần việc còn lại').fill('Tổng hợp số liệu quý.');
    const committed = calendar.addWorkingDays(today, 5);
    await chooseDate(unit.page, /^Ngày cam kết hoàn thành/, committed);
    await check(unit.page, 'giai-trinh');
    await dialog.getByRole('button', { name: 'Giải trình' }).click();
    await unit.page.getByText('Đã gửi giải trình.').waitFor();
    await unit.page
      .getByText(/Giải trình việc chậm/)
      .first()
      .waitFor();
    const given = (await clerk.get(`/tasks/${late.id}/explanations`).expect(200)).body;
    expect(given).toMatchObject([
      { reason: 'Chờ số liệu của các VKSND cấp tỉnh.', committedDate: committed },
    ]);
    // Still overdue: an explanation is not an extension.
    expect((await clerk.get(`/tasks/${late.id}`).expect(200)).body.deadlineState).toBe('overdue');
  });

  it('the issuer of a three-level plan sees which districts are late under their provinces', async () => {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const today = localDateOf(new Date());
    // Long enough for one district to report and be accepted before the others are late.
    const dueAt = Date.now() + 15_000;
    const districtsDue = new Date(dueAt).toISOString();
    const issued = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: `Kế hoạch tổng kết ba cấp ${Date.now()}`,
        issuedOn: today,
        issuerUnit: 'VKSTC',
        tasks: [
          {
            item: '1',
            summary: 'Tổng hợp báo cáo chung của Ngành',
            leadUnit: 'VKSTC.V11',
            due: calendar.addWorkingDays(today, 30),
            tiers: [
              {
                units: ['VKST.TRA_VINH', 'VKST.BINH_THUAN'],
                due: calendar.addWorkingDays(today, 20),
                summary: 'Tổng hợp, báo cáo Vụ 11',
              },
              { units: ['VKSND_CAP_HUYEN'], due: districtsDue, summary: 'Báo cáo VKSND tỉnh' },
            ],
          },
        ],
      })
      .expect(201);
    const tasks = issued.body.tasks as { id: string; leadUnit: string; parentTaskId: string }[];
    const province = tasks.find((t) => t.leadUnit === 'VKST.TRA_VINH')!;
    // One district reports in time; the others are late.
    const early = tasks.find((t) => t.leadUnit === 'VKSH.TRA_VINH.CAU_KE')!;
    const district = await sys.as('VKSH.TRA_VINH.CAU_KE', 'unit_officer');
    await district.post(`/tasks/${early.id}/submit`).send({ result: 'Đã báo cáo' }).expect(200);
    const provinceLeader = await sys.as('VKST.TRA_VINH', 'leader');
    await provinceLeader.post(`/tasks/${early.id}/accept`).send({}).expect(200);
    expect(Date.now()).toBeLessThan(dueAt);
    await sleep(dueAt - Date.now() + 500);

    const issuer = await sys.account('VKSTC', 'secretariat');
    const { page } = await browsers.person();
    await page.goto(`/van-ban/${issued.body.id}`);
    await signIn(page, issuer.username, issuer.password);
    const tree = page.getByTestId('plan-tree');
    await page.getByTestId('plan-levels').getByText('Cấp dưới thứ 2').waitFor();
    // Trà Cú sits two levels down, under Trà Vinh, under Vụ 11, and is late.
    const lateRow = tree.locator('tr.ant-table-row-level-2', { hasText: 'VKSND huyện Trà Cú' });
    await lateRow.getByText(/^Quá hạn/).waitFor();
    await tree
      .locator('tr.ant-table-row-level-1', { hasText: 'VKSND tỉnh Trà Vinh' })
      .getByText(/quá hạn$/)
      .waitFor();
    await check(page, 'cay-ke-hoach');
    await tree.getByText('VKSND huyện Cầu Kè').waitFor();
    await page.getByText('Chỉ hiện nhánh có đơn vị quá hạn').click();
    await tree.getByText('VKSND huyện Cầu Kè').waitFor({ state: 'detached' });
    await lateRow.waitFor();
    await check(page, 'cay-ke-hoach-qua-han');

    // The province's own page shows its districts the same way.
    await page.goto(`/nhiem-vu/${province.id}`);
    await page
      .getByTestId('plan-tree')
      .locator('tr', { hasText: 'VKSND huyện Trà Cú' })
      .first()
      .waitFor();
    await check(page, 'nhiem-vu-tinh');
  });

  it('the draft of a pasted plan shows its levels with their dates, and keeps them when saved', async () => {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const draft = (await clerk.post('/directives/parse').send({ text: PLAN }).expect(201)).body;
    const account = await sys.account('VKSTC', 'secretariat');
    const { page } = await browsers.person();
    await page.goto(`/giao-viec/${draft.id}`);
    await signIn(page, account.username, account.password);
    const tiers = page.getByTestId('draft-tiers').first();
    await tiers.getByText('văn bản ghi “trước 30/7”', { exact: false }).waitFor();
    await tiers.getByText('văn bản ghi “trước ngày 10/7/2020”', { exact: false }).waitFor();
    await page.getByText(/^Thời hạn tính từ sự kiện: 15 ngày làm việc kể từ ngày ký —/).waitFor();
    await check(page, 'ban-nhap-cac-cap');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    const saved = (await clerk.get(`/directives/${draft.id}/draft`).expect(200)).body;
    const withTiers = saved.tasks.find((t: { tiers?: unknown[] }) => t.tiers?.length);
    expect(withTiers.tiers.map((t: { due: string }) => t.due)).toEqual([
      '2020-07-29',
      '2020-07-09',
    ]);
  });

  it('finds no accessibility violation of serious or critical impact on these pages', () => {
    expect(violations).toEqual([]);
  });
});
