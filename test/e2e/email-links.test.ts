import request from 'supertest';
import { TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import type { CapturedMail } from '../support/smtp-capture';

/** An acknowledge reminder at once, nothing else, so each test gets one mail per task. */
const POLICY = {
  acknowledge: [{ offset: { seconds: 1 }, to: ['unit'] }],
  beforeDue: [],
  afterDue: [],
  repeatAfterDue: null,
  dueSoon: { seconds: 30 },
};

const linkIn = (mail: CapturedMail, label: string) => {
  const m = new RegExp(`${label}: (http://dondoc\\.test/links/\\S+)`).exec(mail.text);
  if (!m) throw new Error(`no "${label}" link in: ${mail.text}`);
  return new URL(m[1]).pathname;
};
const ACK = 'Xác nhận tiếp nhận \\(một lần bấm\\)';
const OPEN = 'Xem nhanh không cần đăng nhập';

describe('one-click mail links', () => {
  const sys = new TestSystem();
  let clerk: ApiClient;
  let officer: ApiClient;
  let leader: ApiClient;
  beforeAll(async () => {
    await sys.start();
    clerk = await sys.as('VKSTC', 'secretariat');
    officer = await sys.as('VKSTC.V10', 'unit_officer');
    leader = await sys.as('VKSTC', 'leader');
  });
  afterAll(() => sys.stop());

  /** Issues a one-task directive to Vụ 10 and returns the task id and its reminder mail. */
  async function taskWithMail(summary: string): Promise<{ taskId: string; mail: CapturedMail }> {
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn thử liên kết trong thư',
        issuedOn: '2021-06-14',
        issuerUnit: 'VKSTC',
        policy: POLICY,
        tasks: [{ item: '1', summary, leadUnit: 'VKSTC.V10', due: '2030-01-31' }],
      })
      .expect(201);
    const taskId = res.body.tasks[0].id;
    const mails = await sys.smtp.waitFor((ms) => ms.some((m) => m.text.includes(taskId)));
    return { taskId, mail: mails.find((m) => m.text.includes(taskId))! };
  }

  const status = async (taskId: string) =>
    (await officer.get(`/tasks/${taskId}`).expect(200)).body.status;
  const page = (path: string) => request(sys.http()).get(path);
  const click = (path: string) => request(sys.http()).post(path);

  it('acknowledges with one confirming click, records who it was sent to, and works once', async () => {
    const { taskId, mail } = await taskWithMail('Báo cáo kết quả thực hiện Chỉ thị');
    const ack = linkIn(mail, ACK);

    const confirm = await page(ack).expect(200);
    expect(confirm.headers['content-type']).toMatch(/text\/html/);
    expect(confirm.text).toContain('Xác nhận tiếp nhận');
    expect(confirm.text).toContain('Vụ 10');
    expect(await status(taskId)).toBe('assigned'); // looking is not acting

    const done = await click(ack).expect(200);
    expect(done.text).toContain('Đã tiếp nhận nhiệm vụ');
    expect(await status(taskId)).toBe('acknowledged');

    const events = (await officer.get(`/tasks/${taskId}/events`).expect(200)).body;
    expect(events.find((e: { action: string }) => e.action === 'task.acknowledge')).toMatchObject({
      source: 'email_link',
      actorUserId: null,
      actorLabel: 'liên kết email gửi tới vkstc-v10@dondoc.test',
    });

    const reused = await click(ack).expect(410);
    expect(reused.text).toContain('đã được sử dụng');
    await page(ack).expect(410);
    expect(events.filter((e: { action: string }) => e.action === 'task.acknowledge')).toHaveLength(
      1,
    );
  });

  it('refuses a tampered, altered or foreign link and changes nothing', async () => {
    const { taskId, mail } = await taskWithMail('Rà soát đội ngũ cán bộ');
    const ack = linkIn(mail, ACK);
    const [payload, signature] = ack.replace('/links/', '').split('.');
    const other = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...other, t: '00000000-0000-4000-8000-000000000000' }),
    ).toString('base64url');
    const laterPayload = Buffer.from(JSON.stringify({ ...other, e: other.e + 86_400 })).toString(
      'base64url',
    );
    for (const bad of [
      `/links/${payload}.${signature.slice(0, -2)}xx`,
      `/links/${forgedPayload}.${signature}`,
      `/links/${laterPayload}.${signature}`,
      `/links/${payload}`,
      '/links/garbage',
    ]) {
      const res = await click(bad).expect(400);
      expect(res.text).toContain('Liên kết không hợp lệ');
    }
    // An open link cannot be replayed as an acknowledgement of the same task.
    await click(linkIn(mail, OPEN)).expect(400);
    expect(await status(taskId)).toBe('assigned');
  });

  it('refuses an expired link', async () => {
    const { taskId, mail } = await taskWithMail('Tổng kết công tác kháng nghị');
    const ack = linkIn(mail, ACK);
    // The stored expiry is what the server trusts alongside the signed one.
    await sys.db.query(
      `UPDATE email_link SET expires_at = now() - interval '1 minute' WHERE task_id = $1`,
      [taskId],
    );
    const res = await click(ack).expect(410);
    expect(res.text).toContain('hết hạn');
    expect(await status(taskId)).toBe('assigned');
  });

  it('refuses a link for a task that has ended', async () => {
    const { taskId, mail } = await taskWithMail('Hoàn thành sớm');
    await officer.post(`/tasks/${taskId}/submit`).send({ result: 'Xong' }).expect(200);
    await leader.post(`/tasks/${taskId}/accept`).send({}).expect(200);
    const res = await click(linkIn(mail, ACK)).expect(409);
    expect(res.text).toContain('không còn hiệu lực');
    expect(await status(taskId)).toBe('done');
  });

  it('refuses a link after the task was cancelled', async () => {
    const { taskId, mail } = await taskWithMail('Nhiệm vụ sẽ bị hủy');
    await leader
      .post(`/tasks/${taskId}/cancel`)
      .send({ reason: 'Không còn cần thiết' })
      .expect(200);
    const res = await click(linkIn(mail, ACK)).expect(409);
    expect(res.text).toContain('đã hủy');
    const [{ n }] = await sys.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE task_id = $1 AND action = 'task.acknowledge'`,
      [taskId],
    );
    expect(n).toBe(0);
  });

  it('an open link shows the task, escaped, as often as it is fetched; the first opening is recorded', async () => {
    const { taskId, mail } = await taskWithMail('<script>alert("x")</script> & báo cáo');
    const open = linkIn(mail, OPEN);
    const shown = await page(open).expect(200);
    expect(shown.text).toContain(
      '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; báo cáo',
    );
    expect(shown.text).not.toContain('<script>alert');
    // A mail scanner fetched it first: the person's own click still works.
    await page(open).expect(200);
    await page(open).expect(200);
    const events = (await officer.get(`/tasks/${taskId}/events`).expect(200)).body;
    expect(events.filter((e: { action: string }) => e.action === 'link.opened')).toHaveLength(1);
  });

  it('mails to the issuer carry no acknowledge link: only the lead unit may acknowledge', async () => {
    const due = new Date(Date.now() + 2_000).toISOString();
    const res = await clerk
      .post('/directives')
      .send({
        docType: 'CÔNG VĂN',
        title: 'Công văn thử thư báo lãnh đạo',
        issuedOn: '2021-06-14',
        issuerUnit: 'VKSTC',
        policy: {
          ...POLICY,
          acknowledge: [],
          afterDue: [{ offset: { seconds: 1 }, to: ['issuer'] }],
        },
        tasks: [{ item: '1', summary: 'Quá hạn để báo lãnh đạo', leadUnit: 'VKSTC.V10', due }],
      })
      .expect(201);
    const taskId = res.body.tasks[0].id;
    // The assignment notice goes to the unit first; the escalation is the issuer's.
    const toIssuer = (m: CapturedMail) =>
      m.text.includes(taskId) && m.to.includes('vt.vkstc@dondoc.test');
    const mails = await sys.smtp.waitFor((ms) => ms.some(toIssuer));
    const mail = mails.find(toIssuer)!;
    expect(mail.to).toEqual(['vt.vkstc@dondoc.test']);
    expect(mail.subject).toContain('Nhiệm vụ quá hạn');
    expect(() => linkIn(mail, ACK)).toThrow();
    expect(() => linkIn(mail, OPEN)).not.toThrow();
  });
});
