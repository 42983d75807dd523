import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { addDays, localDateOf, vietnameseCalendar } from '@dondoc/domain';
import { projectRoot } from '@dondoc/config/project-root';
import { PHONE, browserSuite, chooseDate, signIn, typedDate } from '../support/browser';

const SEED = join(projectRoot(), 'libs', 'parser', 'fixtures', 'seeds', 'tb-vkstc-2021-07-20.txt');
const calendar = vietnameseCalendar();
const today = localDateOf(new Date());
/** dd/mm/yyyy, as a person types it into a date picker. */
const DUE = calendar.addWorkingDays(today, 30);
const EXTENDED = calendar.addWorkingDays(today, 45);

/**
 * Each role's work in the browser, against the real stack (api and worker in this process,
 * Temporal, PostgreSQL, an SMTP capture) through Debian's Chromium: a screenshot per step in
 * .data/screenshots/journeys/, and no accessibility violation of serious or critical impact
 * on any page visited.
 */
describe('journeys in the browser', () => {
  const { sys, browsers, check, violations } = browserSuite('journeys');
  /** The Vụ 8 task issued from the seed notice, shared by the journeys that follow. */
  let vu8TaskId = '';

  it('the secretariat pastes the VKSTC notice, maps a unit, sets a due date and issues; the mails go out', async () => {
    const clerk = await sys.account('VKSTC', 'secretariat');
    const { page } = await browsers.person();
    await page.goto('/');
    await page.waitForURL(/\/dang-nhap/);
    await check(page, 'dang-nhap');
    await signIn(page, clerk.username, clerk.password);
    await page.getByRole('link', { name: 'Giao nhiệm vụ', exact: true }).click();
    await page.getByLabel('Toàn văn văn bản').fill(readFileSync(SEED, 'utf8'));
    await check(page, 'dan-van-ban');
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.waitForURL(/\/giao-viec\/[0-9a-f-]{36}$/);
    await page.getByText(/13 nhiệm vụ/).waitFor();
    await check(page, 'ban-nhap');

    // Items addressed to every procuracy fan out to hundreds of units: this journey keeps the
    // notice's named units only, and removes the others on the page.
    const draftId = page.url().split('/').pop()!;
    const draft = await (await page.request.get(`/directives/${draftId}/draft`)).json();
    const groups = new Set(
      (await (await page.request.get('/org/groups')).json()).map((g: { code: string }) => g.code),
    );
    const cards = page.getByTestId('draft-task');
    const drop = draft.tasks
      .map((t: { leadUnit: string | null }, i: number) => (groups.has(t.leadUnit) ? i : -1))
      .filter((i: number) => i >= 0)
      .reverse();
    let left = draft.tasks.length;
    for (const i of drop) {
      // By keyboard: focus the card's "Bỏ mục" button, then Enter.
      const remove = cards.nth(i).getByRole('button', { name: /^Bỏ mục/ });
      await remove.focus();
      await remove.press('Enter');
      await page.getByText(new RegExp(`^${--left} nhiệm vụ`)).waitFor();
    }
    const kept = left;
    // "Phó Viện trưởng VKSND tối cao" is no unit of the directory: the clerk maps it to the Office.
    const unresolved = page.getByLabel('Đơn vị ứng với “Phó Viện trưởng VKSND tối cao”');
    await unresolved.click();
    await page.keyboard.type('Văn phòng');
    await page.keyboard.press('Enter');
    // Vụ 8's item gets a due date, a working day picked on the calendar.
    const vu8 = cards.filter({ hasText: 'Theo dõi, hướng dẫn triển khai' });
    await vu8.click();
    const dueInput = vu8.locator('input[id^="due-"]');
    await dueInput.click();
    await dueInput.fill(typedDate(DUE));
    await dueInput.press('Enter');
    await check(page, 'ban-nhap-da-sua');
    await browsers.readme(page, 'ban-nhap');
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.waitForURL(/\/van-ban\/[0-9a-f-]{36}$/);
    await page.getByTestId('directive-progress').waitFor();
    await check(page, 'van-ban-da-ban-hanh');

    const directiveId = page.url().split('/').pop()!;
    const tasks: { id: string; lead_unit_code: string; due_date: string | null }[] =
      await sys.db.query(
        `SELECT id, lead_unit_code, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM task WHERE directive_id = $1`,
        [directiveId],
      );
    expect(tasks).toHaveLength(kept);
    const vu8Task = tasks.find((t) => t.lead_unit_code === 'VKSTC.V8')!;
    expect(vu8Task.due_date).toBe(DUE);
    expect(tasks.map((t) => t.lead_unit_code)).toContain('VKSTC.VP');
    vu8TaskId = vu8Task.id;
    // Each unit gets its assignment mail.
    await sys.smtp.waitFor(
      (ms) => tasks.every((t) => ms.some((m) => m.text.includes(`/tasks/${t.id}`))),
      60_000,
    );
  });

  it('an officer of Vụ 8 follows the mail on a phone, signs in, acknowledges, reports 50% with a file and asks for more time; the leader approves; the new date shows everywhere and the reminders move', async () => {
    const mail = sys.smtp.messages.find((m) => m.text.includes(`/tasks/${vu8TaskId}`))!;
    const link = /Xem nhiệm vụ: (\S+)/.exec(mail.text)![1];
    expect(link).toBe(`${sys.url}/tasks/${vu8TaskId}`);
    const officer = await sys.account('VKSTC.V8', 'unit_officer');
    const { page } = await browsers.person(PHONE);
    await page.goto(link);
    await page.waitForURL(/\/dang-nhap\?next=/);
    await check(page, 'dien-thoai-dang-nhap-tu-thu');
    await signIn(page, officer.username, officer.password);
    await page.waitForURL(`**/nhiem-vu/${vu8TaskId}`);
    await page.getByRole('button', { name: 'Tiếp nhận' }).waitFor();
    await check(page, 'dien-thoai-nhiem-vu');

    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByTestId('task-status').filter({ hasText: 'đã tiếp nhận' }).waitFor();

    await page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Nội dung báo cáo')
      .fill('Đã xây dựng kế hoạch, đang tổng hợp số liệu.');
    await dialog.getByLabel('Tỷ lệ hoàn thành (%)').fill('50');
    const file = join(tmpdir(), 'bao-cao-tien-do.txt');
    writeFileSync(file, 'Báo cáo tiến độ: đã hoàn thành 50% khối lượng.');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByText('bao-cao-tien-do.txt').waitFor();
    await browsers.shot(page, 'dien-thoai-bao-cao-tien-do');
    await dialog.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    await page.getByText('bao-cao-tien-do.txt').waitFor();
    await page.getByTestId('task-status').filter({ hasText: 'đang thực hiện' }).waitFor();

    await page.getByRole('button', { name: 'Xin gia hạn' }).click();
    await chooseDate(page, /^Hạn mới đề nghị/, EXTENDED);
    await page.getByRole('dialog').getByLabel('Lý do').fill('Chờ số liệu của các VKSND cấp tỉnh.');
    await browsers.shot(page, 'dien-thoai-xin-gia-han');
    await page.getByRole('dialog').getByRole('button', { name: 'Xin gia hạn' }).click();
    await page.getByText(/Đề nghị gia hạn đến/).waitFor();
    await check(page, 'dien-thoai-cho-duyet-gia-han');
    const before = await page.getByTestId('planned-reminder').first().innerText();

    const leader = await sys.account('VKSTC', 'leader');
    const lead = await browsers.person();
    await lead.page.goto(`/nhiem-vu/${vu8TaskId}`);
    await signIn(lead.page, leader.username, leader.password);
    await lead.page.getByRole('button', { name: 'Duyệt gia hạn' }).click();
    await lead.page.getByRole('dialog').getByRole('button', { name: 'Duyệt gia hạn' }).click();
    await lead.page
      .getByTestId('task-due')
      .filter({ hasText: typedDate(EXTENDED) })
      .waitFor();
    await check(lead.page, 'lanh-dao-da-duyet-gia-han');

    await page.reload();
    await page
      .getByTestId('task-due')
      .filter({ hasText: typedDate(EXTENDED) })
      .waitFor();
    const after = await page.getByTestId('planned-reminder').first().innerText();
    expect(after).not.toBe(before);
    await check(page, 'dien-thoai-han-moi');
    // In the unit's list too.
    await page.goto('/viec?nhom=in_progress');
    await page.getByText(typedDate(EXTENDED)).first().waitFor();
    await check(page, 'dien-thoai-viec-cua-don-vi');
  });

  it('the officer submits, the leader returns it with a reason, the officer resubmits, the leader accepts; the buckets and counts follow', async () => {
    const officer = await sys.account('VKSTC.V8', 'unit_officer');
    const leader = await sys.account('VKSTC', 'leader');
    const unit = await browsers.person();
    await unit.page.goto('/viec');
    await signIn(unit.page, officer.username, officer.password);
    const count = async (bucket: string) => {
      await unit.page.goto(`/viec?nhom=${bucket}`);
      await unit.page.waitForLoadState('networkidle');
      const label = unit.page.locator(`[data-bucket="${bucket}"]:not([data-count=""])`);
      return Number(await label.getAttribute('data-count'));
    };
    const review0 = await count('awaiting_review');
    const done0 = await count('done');
    await check(unit.page, 'viec-da-xong-truoc');

    const submit = async (result: string) => {
      await unit.page.goto(`/nhiem-vu/${vu8TaskId}`);
      await unit.page.getByRole('button', { name: 'Nộp kết quả' }).click();
      await unit.page.getByRole('dialog').getByLabel('Kết quả thực hiện').fill(result);
      await unit.page.getByRole('dialog').getByRole('button', { name: 'Nộp kết quả' }).click();
      await unit.page
        .getByTestId('task-status')
        .filter({ hasText: 'đã báo cáo hoàn thành' })
        .waitFor();
    };
    await submit('Đã ban hành hướng dẫn triển khai trong toàn Ngành.');
    expect(await count('awaiting_review')).toBe(review0 + 1);
    await check(unit.page, 'viec-cho-duyet');
    await browsers.readme(unit.page, 'viec-cua-don-vi');

    const boss = await browsers.person();
    await boss.page.goto(`/nhiem-vu/${vu8TaskId}`);
    await signIn(boss.page, leader.username, leader.password);
    await boss.page.getByRole('button', { name: 'Trả lại' }).click();
    await boss.page
      .getByRole('dialog')
      .getByLabel('Lý do trả lại')
      .fill('Thiếu số liệu của các VKSND cấp cao.');
    await browsers.shot(boss.page, 'lanh-dao-tra-lai');
    await boss.page.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await boss.page.getByTestId('task-status').filter({ hasText: 'đang thực hiện' }).waitFor();
    expect(await count('awaiting_review')).toBe(review0);

    await submit('Đã bổ sung số liệu của các VKSND cấp cao.');
    await boss.page.reload();
    await boss.page.getByRole('button', { name: 'Nghiệm thu' }).click();
    await boss.page.getByRole('dialog').getByRole('button', { name: 'Nghiệm thu' }).click();
    await boss.page.getByTestId('task-status').filter({ hasText: 'đã hoàn thành' }).waitFor();
    await check(boss.page, 'lanh-dao-nghiem-thu');
    expect(await count('awaiting_review')).toBe(review0);
    expect(await count('done')).toBe(done0 + 1);
    await unit.page.getByText('Theo dõi, hướng dẫn triển khai').first().waitFor();
    await check(unit.page, 'viec-da-xong-sau');
  });

  it('the head of a provincial procuracy splits a task to two districts with the proposed sub-deadline', async () => {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const due = calendar.addWorkingDays(today, 40);
    const issued = await clerk
      .post('/directives')
      .send({
        number: '15/KH-VKSTC',
        docType: 'KẾ HOẠCH',
        title: 'Kế hoạch kiểm sát việc tạm giữ, tạm giam năm 2026',
        issuedOn: today,
        issuerUnit: 'VKSTC',
        tasks: [
          { item: '2', summary: 'Kiểm sát trực tiếp nhà tạm giữ', leadUnit: 'VKST.TRA_VINH', due },
        ],
      })
      .expect(201);
    const taskId: string = issued.body.tasks[0].id;
    const head = await sys.account('VKST.TRA_VINH', 'unit_head');
    const { page } = await browsers.person();
    await page.goto('/viec');
    await signIn(page, head.username, head.password);
    await page.getByRole('link', { name: /Kiểm sát trực tiếp nhà tạm giữ/ }).click();
    await page.getByRole('button', { name: 'Giao cho đơn vị cấp dưới' }).click();
    const dialog = page.getByRole('dialog');
    const proposed = calendar.addWorkingDays(calendar.onOrBefore(due), -10);
    await dialog.getByText(`Đề xuất: ${typedDate(proposed)}`).waitFor();
    await dialog.getByLabel('VKSND huyện Cầu Kè').check();
    await dialog.getByLabel('VKSND huyện Trà Cú').check();
    await check(page, 'giao-cap-duoi');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByText('Đơn vị cấp dưới: 0 trên 2 đã xong').waitFor();
    await check(page, 'da-giao-cap-duoi');
    const subs: { lead_unit_code: string; due_date: string }[] = await sys.db.query(
      `SELECT lead_unit_code, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM task WHERE parent_task_id = $1 ORDER BY 1`,
      [taskId],
    );
    expect(subs).toEqual([
      { lead_unit_code: 'VKSH.TRA_VINH.CAU_KE', due_date: proposed },
      { lead_unit_code: 'VKSH.TRA_VINH.TRA_CU', due_date: proposed },
    ]);
  });

  it('an admin adds a make-up working day and a user, and sees mail refused for good', async () => {
    const admin = await sys.account('VKSTC.C2', 'admin');
    const { page } = await browsers.person();
    await page.goto('/quan-tri');
    await signIn(page, admin.username, admin.password);
    await page.waitForURL(/\/quan-tri/);
    const username = `chuyenvien.${Date.now()}`;
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill(username);
    await dialog.getByLabel('Họ tên').fill('Nguyễn Thị Hương');
    await dialog.getByLabel('Đơn vị').click();
    await page.keyboard.type('Vụ 8');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Mật khẩu').fill('mật-khẩu-đủ-dài-1');
    await browsers.shot(page, 'quan-tri-them-nguoi-dung');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: username, exact: true }).waitFor();
    await check(page, 'quan-tri-nguoi-dung');

    // A Saturday of 2097 made a working day (no other test plans in that year).
    let saturday = '2097-01-01';
    while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
    await page.getByRole('tab', { name: 'Lịch làm việc' }).click();
    await page.getByLabel('Năm').fill('2097');
    await page.getByLabel('Năm').press('Enter');
    await page.getByRole('button', { name: 'Thêm ngày làm bù' }).click();
    await chooseDate(page, 'Ngày làm bù: ngày', saturday);
    await page.getByLabel('Ngày làm bù: ghi chú').fill('Làm bù theo Thông báo của Bộ Nội vụ');
    await page.getByRole('button', { name: 'Lưu lịch năm 2097' }).click();
    await page
      .getByTestId('make-up-day')
      .filter({ hasText: typedDate(saturday) })
      .waitFor();
    await check(page, 'quan-tri-lich-lam-viec');
    await page.getByRole('tab', { name: 'Thư lỗi' }).click();
    await page.getByRole('columnheader', { name: 'Máy chủ thư trả lời' }).waitFor();
    await check(page, 'quan-tri-thu-loi');
    const rows = await sys.db.query(`SELECT kind FROM calendar_override WHERE day = $1`, [
      saturday,
    ]);
    expect(rows).toEqual([{ kind: 'working_day' }]);
  });

  it('a user of another unit cannot see the task: the page says so and the API answers 404', async () => {
    const other = await sys.account('VKSTC.V7', 'unit_officer');
    const { page } = await browsers.person();
    await page.goto(`/nhiem-vu/${vu8TaskId}`);
    await signIn(page, other.username, other.password);
    await page.getByText('Không tìm thấy nhiệm vụ').waitFor();
    await check(page, 'don-vi-khac-khong-thay');
    const res = await page.request.get(`/tasks/${vu8TaskId}`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status()).toBe(404);
  });

  it('finds no accessibility violation of serious or critical impact on any page visited', () => {
    expect(violations).toEqual([]);
  });
});
