import { localDateOf, vietnameseCalendar } from '@dondoc/domain';
import { PHONE, browserSuite, signIn } from '../support/browser';

const calendar = vietnameseCalendar();
const typed = (d: string) => d.split('-').reverse().join('/');

/**
 * The pages the journeys pass by: a directive entered by hand, the directive list's search,
 * the org tree (a unit added, a broken YAML file refused with its line), a user disabled,
 * a password changed, a refused sign-in, each with a screenshot and axe-core.
 */
describe('pages in the browser', () => {
  const { sys, browsers, check, violations } = browserSuite('pages');
  /** An account of its own (other test files sign in as the shared ones while this runs). */
  async function ownAccount(unitCode: string, role: string) {
    const admin = await sys.as('VKSTC.C2', 'admin');
    const username = `trang.${role.replace('_', '-')}.${Date.now()}`;
    const password = 'mật-khẩu-riêng-đủ-dài-1';
    await admin
      .post('/admin/users')
      .send({ username, displayName: `Người dùng thử ${role}`, unitCode, roles: [role], password })
      .expect(201);
    return { username, password };
  }

  it('a leader enters a directive by hand and finds it in the list without accents', async () => {
    const leader = await sys.account('VKST.TRA_VINH', 'leader');
    const { page } = await browsers.person();
    await page.goto('/giao-viec/nhap-tay');
    await signIn(page, leader.username, leader.password);
    const title = `Kế hoạch kiểm sát thi hành án dân sự ${Date.now()}`;
    await page.getByLabel('Số, ký hiệu').fill('21/KH-VKSTV');
    await page.getByLabel('Trích yếu').fill(title);
    await page.getByLabel('Nhiệm vụ', { exact: true }).fill('Báo cáo kết quả kiểm sát quý IV');
    await page.getByLabel('Đơn vị chủ trì').click();
    await page.keyboard.type('cau ke');
    await page.keyboard.press('Enter');
    const due = calendar.addWorkingDays(localDateOf(new Date()), 20);
    const input = page.getByLabel('Hạn', { exact: true });
    await input.click();
    await input.fill(typed(due));
    await input.press('Tab');
    await check(page, 'nhap-tay');
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.waitForURL(/\/van-ban\/[0-9a-f-]{36}$/);
    await page.getByText('0 trên 1 nhiệm vụ đã xong').waitFor();
    await page.getByText(typed(due)).waitFor();
    const directivePage = page.url();

    // The issuer gives the task to another district, then cancels it.
    await page.getByRole('link', { name: /Báo cáo kết quả kiểm sát quý IV/ }).click();
    await page.getByRole('button', { name: 'Giao lại' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Đơn vị chủ trì mới').click();
    await page.keyboard.type('tra cu');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Lý do').fill('Đúng địa bàn quản lý');
    await dialog.getByRole('button', { name: 'Giao lại' }).click();
    await page
      .locator('.ant-descriptions-item-content', { hasText: 'VKSND huyện Trà Cú' })
      .waitFor();
    await page.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await page.getByRole('dialog').getByLabel('Lý do hủy').fill('Đã có kế hoạch khác');
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await page.getByTestId('task-status').filter({ hasText: 'đã hủy' }).waitFor();
    await check(page, 'da-huy');
    await page.goto(directivePage);

    await page.getByRole('link', { name: 'Văn bản chỉ đạo' }).click();
    await page.getByLabel('Tìm văn bản').fill('ke hoach kiem sat thi hanh an');
    await page.getByLabel('Tìm văn bản').press('Enter');
    await page.getByRole('link', { name: title }).waitFor();
    await check(page, 'danh-sach-van-ban');
  });

  it('the issuer stops a recurring report from its task page', async () => {
    const clerk = await sys.as('VKST.TRA_VINH', 'secretariat');
    const issued = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Báo cáo định kỳ hằng tháng về công tác kiểm sát',
        issuedOn: localDateOf(new Date()),
        issuerUnit: 'VKST.TRA_VINH',
        tasks: [
          {
            item: '1',
            summary: 'Báo cáo số liệu tháng',
            leadUnit: 'VKSH.TRA_VINH.CAU_KE',
            due: calendar.addWorkingDays(localDateOf(new Date()), 15),
            recurrence: { frequency: 'monthly' },
          },
        ],
      })
      .expect(201);
    const task = issued.body.tasks[0];
    const leader = await sys.account('VKST.TRA_VINH', 'leader');
    const { page } = await browsers.person();
    await page.goto(`/nhiem-vu/${task.id}`);
    await signIn(page, leader.username, leader.password);
    await page.getByRole('button', { name: 'Dừng nhiệm vụ định kỳ' }).click();
    await page.getByRole('dialog').getByLabel('Lý do').fill('Chuyển sang báo cáo quý');
    await check(page, 'dung-dinh-ky');
    await page.getByRole('dialog').getByRole('button', { name: 'Dừng định kỳ' }).click();
    await page.getByText('Đã dừng nhiệm vụ định kỳ: không mở thêm kỳ mới.').waitFor();
    const [series] = await sys.db.query('SELECT status FROM task_series WHERE id = $1', [
      task.seriesId,
    ]);
    expect(series.status).not.toBe('active');
  });

  it('an admin adds a unit to the tree and sees a broken directory file refused with its line', async () => {
    const admin = await sys.account('VKSTC.C2', 'admin');
    const { page } = await browsers.person();
    await page.goto('/quan-tri?muc=don-vi');
    await signIn(page, admin.username, admin.password);
    await page.getByText(/^Cây đơn vị \(\d+\)/).waitFor();
    // A unit deep in the tree is found by name, without accents.
    const code = `VKST.YEN_BAI.PHONG_THU_${Date.now()}`;
    await page.getByLabel('Tìm đơn vị').click();
    await page.keyboard.type('vksnd tinh yen bai');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'VKSND tỉnh Yên Bái' }).waitFor();
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Mã/).fill(code);
    await dialog.getByLabel('Tên ngắn').fill(`Phòng thử ${code}`);
    await dialog.getByLabel('Tên đầy đủ').fill('Phòng kiểm sát thử nghiệm');
    await dialog.getByLabel(/^Email/).fill('phong-thu@dondoc.test');
    await check(page, 'them-don-vi');
    await dialog.getByRole('button', { name: 'Thêm' }).click();
    await page.getByText('Đã thêm đơn vị.').waitFor();

    await page.getByRole('button', { name: 'Nhập YAML' }).click();
    await page
      .getByLabel('Nội dung YAML')
      .fill(
        'version: 1\nunits:\n  - { code: TEST.PAGES.BROKEN, short_name: "Hỏng", full_name: "Hỏng", level: tinh, kind: don_vi, parent: NOWHERE, emails: ["hong@dondoc.test"] }\n',
      );
    await page.getByRole('dialog').getByRole('button', { name: 'Nhập' }).click();
    const alert = page.getByRole('dialog').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/dòng \d+|NOWHERE/i);
    await check(page, 'nhap-yaml-loi');
  });

  it('an admin disables an account, whose sign-in is then refused with the API’s message', async () => {
    const admin = await sys.account('VKSTC.C2', 'admin');
    const victim = await ownAccount('VKSTC.V9', 'unit_officer');
    const { page } = await browsers.person();
    await page.goto('/quan-tri');
    await signIn(page, admin.username, admin.password);
    await page.getByLabel('Lọc người dùng').fill(victim.username);
    await page.getByLabel('Lọc người dùng').press('Enter');
    await page.getByRole('button', { name: `Sửa ${victim.username}` }).click();
    await page.getByRole('dialog').getByRole('switch').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('cell', { name: 'Đã khóa' }).waitFor();

    const other = await browsers.person(PHONE);
    await other.page.goto('/dang-nhap');
    await other.page.getByLabel('Tên đăng nhập').fill(victim.username);
    await other.page.getByLabel('Mật khẩu').fill(victim.password);
    await other.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await other.page.getByRole('alert').waitFor();
    await check(other.page, 'dang-nhap-bi-tu-choi');
  });

  it('a user changes their password and signs out', async () => {
    const head = await ownAccount('VKSTC.V10', 'unit_head');
    const { page } = await browsers.person();
    await page.goto('/mat-khau');
    await signIn(page, head.username, head.password);
    await page.getByLabel('Mật khẩu hiện tại').fill(head.password);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mật-khẩu-mới-đủ-dài-2');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mật-khẩu-mới-đủ-dài-2');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await check(page, 'doi-mat-khau');
    await page.getByRole('button', { name: /^Tài khoản/ }).click();
    await page.getByText('Đăng xuất').click();
    await page.waitForURL(/\/dang-nhap/);
  });

  it('finds no accessibility violation of serious or critical impact on these pages', () => {
    expect(violations).toEqual([]);
  });
});
