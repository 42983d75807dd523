import { localDateOf, vietnameseCalendar } from '@dondoc/domain';
import { browserSuite, signIn } from '../support/browser';

const calendar = vietnameseCalendar();

/**
 * Targets (chỉ tiêu) and personal settings in the browser: a leader sets a rate target on an
 * item from the directive's page, Vụ 8's officer reports the figures on its task, the report
 * shows what each unit reached against the target; a unit head switches a digest off and on.
 */
describe('targets and digest switches in the browser', () => {
  const { sys, browsers, check, violations } = browserSuite('targets');

  it('a leader sets a rate target, Vụ 8 reports its figures, the report shows 77,97% against 73%', async () => {
    const clerk = await sys.as('VKSTC', 'secretariat');
    const today = localDateOf(new Date());
    const due = calendar.addWorkingDays(today, 10);
    const issued = await clerk
      .post('/directives')
      .send({
        docType: 'KẾ HOẠCH',
        title: `Kế hoạch thi hành xong về việc ${Date.now()}`,
        issuedOn: today,
        issuerUnit: 'VKSTC',
        tasks: [
          { item: '1', summary: 'Thi hành xong về việc có điều kiện', leadUnit: 'VKSTC.V8', due },
          { item: '1', summary: 'Thi hành xong về việc có điều kiện', leadUnit: 'VKSTC.V9', due },
          { item: '2', summary: 'Tổng hợp kiến nghị', leadUnit: 'VKSTC.V8', due },
        ],
      })
      .expect(201);
    const directiveId: string = issued.body.id;
    const taskOf = (item: string, unit: string): string =>
      issued.body.tasks.find(
        (t: { item: string; leadUnit: string }) => t.item === item && t.leadUnit === unit,
      ).id;

    // The leader sets the target from the directive's page.
    const leader = await sys.account('VKSTC', 'leader');
    const { page } = await browsers.person();
    await page.goto(`/van-ban/${directiveId}`);
    await signIn(page, leader.username, leader.password);
    await page.getByText('Văn bản này chưa có chỉ tiêu.').waitFor();
    await page.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mục của văn bản').click();
    await page.keyboard.type('Mục 1');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Tên chỉ tiêu').fill('Tỷ lệ thi hành xong về việc');
    await dialog.getByLabel('Tỷ lệ phải đạt (ít nhất, %)').fill('73');
    await dialog.getByLabel('Tên tử số').fill('Số việc thi hành xong');
    await dialog.getByLabel('Tên mẫu số').fill('Số việc có điều kiện thi hành');
    await check(page, 'dat-chi-tieu');
    await dialog.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    await page.getByText('Đã đặt chỉ tiêu cho mục 1.').waitFor();
    const row = page.getByTestId('directive-targets').getByRole('row', { name: /Tỷ lệ thi hành/ });
    await row.getByText('≥ 73%').waitFor();
    await check(page, 'van-ban-chi-tieu');
    const targets = (await clerk.get(`/reports/targets?directiveId=${directiveId}`).expect(200))
      .body;
    expect(targets).toMatchObject([
      {
        item: '1',
        kind: 'rate',
        threshold: 73,
        aggregation: 'sum',
        numeratorLabel: 'Số việc thi hành xong',
        denominatorLabel: 'Số việc có điều kiện thi hành',
      },
    ]);

    // Vụ 8's officer reports on its task: a numerator above the denominator is refused first.
    const v8 = await sys.account('VKSTC.V8', 'unit_officer');
    const unit = await browsers.person();
    await unit.page.goto(`/nhiem-vu/${taskOf('1', 'VKSTC.V8')}`);
    await signIn(unit.page, v8.username, v8.password);
    const card = unit.page.getByTestId('task-target');
    await card.getByText('Đơn vị chưa báo cáo số liệu.').waitFor();
    await card.getByLabel('Số việc thi hành xong').fill('1475');
    await card.getByLabel('Số việc có điều kiện thi hành').fill('1150');
    await card.getByRole('button', { name: 'Gửi số liệu' }).click();
    await card.getByRole('alert').getByText('Tử số không được lớn hơn mẫu số.').waitFor();
    await card.getByLabel('Số việc thi hành xong').fill('1150');
    await card.getByLabel('Số việc có điều kiện thi hành').fill('1475');
    await card.getByLabel('Ghi chú (không bắt buộc)').fill('Số liệu đến hết kỳ.');
    const [put] = await Promise.all([
      unit.page.waitForRequest(
        (r) => r.method() === 'PUT' && new URL(r.url()).pathname.endsWith('/figures'),
      ),
      card.getByRole('button', { name: 'Gửi số liệu' }).click(),
    ]);
    expect(put.headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await unit.page.getByText('Đã gửi số liệu chỉ tiêu.').waitFor();
    await card
      .getByTestId('reported-figures')
      .getByText(/1\.150.*1\.475/)
      .waitFor();
    await card.getByRole('button', { name: 'Sửa số liệu' }).waitFor();
    await unit.page.getByText('Tỷ lệ thi hành xong về việc: 1.150 / 1.475').waitFor();
    await check(unit.page, 'so-lieu-chi-tieu');
    const reported = (await clerk.get(`/tasks/${taskOf('1', 'VKSTC.V8')}/figures`).expect(200))
      .body;
    expect(reported).toMatchObject([
      { numerator: 1150, denominator: 1475, note: 'Số liệu đến hết kỳ.' },
    ]);
    // Item 2 has no target: its task asks for nothing.
    await unit.page.goto(`/nhiem-vu/${taskOf('2', 'VKSTC.V8')}`);
    await unit.page.getByTestId('task-status').waitFor();
    await unit.page.getByText('Diễn biến').waitFor();
    expect(await unit.page.getByTestId('task-target').count()).toBe(0);

    // Vụ 9 reports through the API; the leader reads the figures on Vụ 8's task, without a form.
    const v9 = await sys.as('VKSTC.V9', 'unit_officer');
    await v9
      .put(`/tasks/${taskOf('1', 'VKSTC.V9')}/figures`)
      .send({ targetId: targets[0].id, numerator: 250, denominator: 400 })
      .expect(200);
    await page.goto(`/nhiem-vu/${taskOf('1', 'VKSTC.V8')}`);
    await page
      .getByTestId('reported-figures')
      .getByText(/1\.150/)
      .waitFor();
    expect(await page.getByRole('button', { name: /số liệu/ }).count()).toBe(0);

    // The report: each unit against the target, sums (not averages) in the total.
    const period = `${today}..${calendar.addWorkingDays(today, 40)}`;
    await page.goto(`/bao-cao?ky=${period}&van-ban=${directiveId}`);
    const attained = page.getByTestId('target');
    await attained.getByText(/Mục 1: Tỷ lệ thi hành xong về việc — chỉ tiêu ≥ 73%/).waitFor();
    const unitRow = (name: string) => attained.getByRole('row', { name: new RegExp(`^${name}`) });
    await unitRow('Vụ 8').getByText('77,97%').waitFor();
    await unitRow('Vụ 8').getByText('Đạt', { exact: true }).waitFor();
    await unitRow('Vụ 9').getByText('62,50%').waitFor();
    await unitRow('Vụ 9').getByText('Chưa đạt', { exact: true }).waitFor();
    await unitRow('Tổng số').getByText('74,67%').waitFor();
    await check(page, 'bao-cao-chi-tieu');
  });

  it('a unit head switches the daily digest off from the user menu, and it stays off', async () => {
    const head = await sys.account('VKSTC.V8', 'unit_head');
    const api = await sys.as('VKSTC.V8', 'unit_head');
    const { page } = await browsers.person();
    await page.goto('/');
    await signIn(page, head.username, head.password);
    await page.getByRole('button', { name: /^Tài khoản/ }).click();
    await page.getByText('Cài đặt cá nhân, thư tổng hợp').click();
    await page.waitForURL(/\/ca-nhan$/);
    const daily = page.getByRole('switch', { name: 'Thư tổng hợp hằng ngày' });
    const weekly = page.getByRole('switch', { name: 'Thư tổng hợp hằng tuần' });
    await daily.waitFor();
    expect(await daily.getAttribute('aria-checked')).toBe('true');
    await page.getByText(/Vai trò của bạn hiện không nhận thư này/).waitFor();
    await check(page, 'cai-dat-ca-nhan');

    await daily.click();
    await page.getByText('Đã tắt thư tổng hợp hằng ngày.').waitFor();
    expect((await api.get('/me/digests').expect(200)).body).toEqual({
      daily: false,
      weekly: true,
    });
    await page.reload();
    await daily.waitFor();
    expect(await daily.getAttribute('aria-checked')).toBe('false');
    expect(await weekly.getAttribute('aria-checked')).toBe('true');

    // And on again, as it was.
    await daily.click();
    await page.getByText('Đã bật thư tổng hợp hằng ngày.').waitFor();
    expect((await api.get('/me/digests').expect(200)).body).toEqual({
      daily: true,
      weekly: true,
    });
  });

  it('finds no accessibility violation of serious or critical impact on these pages', () => {
    expect(violations).toEqual([]);
  });
});
