import type { NotificationKind } from './notification-kind';
import {
  NotificationFacts,
  composeNotification,
  dueTimeOfDay,
  dueText,
} from './compose-notification';

const facts = (over: Partial<NotificationFacts> = {}): NotificationFacts => ({
  kind: 'due_reminder',
  unitName: 'Vụ 15',
  directiveLabel: 'Thông báo ngày 20/7/2021 của VKSND tối cao',
  item: '3',
  summary: 'Rà soát đội ngũ cán bộ, kiểm sát viên',
  dueDate: '2021-07-30',
  duePhrase: null,
  dueTime: null,
  taskUrl: 'http://localhost:3000/tasks/0b7c3a9e-1d1f-4c57-9d7e-2f3c1b5a6d7e',
  ...over,
});

describe('dueText', () => {
  it.each<[Pick<NotificationFacts, 'dueDate' | 'duePhrase' | 'dueTime'>, string]>([
    [{ dueDate: '2021-07-30', duePhrase: null, dueTime: null }, 'hết ngày 30/7/2021'],
    [{ dueDate: '2020-07-09', duePhrase: null, dueTime: null }, 'hết ngày 9/7/2020'],
    [{ dueDate: '2021-12-31', duePhrase: null, dueTime: null }, 'hết ngày 31/12/2021'],
    [{ dueDate: '2021-07-30', duePhrase: null, dueTime: '17:30' }, 'trước 17:30 ngày 30/7/2021'],
    [{ dueDate: '2021-01-05', duePhrase: null, dueTime: '08:00' }, 'trước 08:00 ngày 5/1/2021'],
    [
      { dueDate: '2020-07-09', duePhrase: 'trước ngày 10/7/2020', dueTime: null },
      'trước ngày 10/7/2020',
    ],
    [
      { dueDate: '2021-09-30', duePhrase: 'trong quý III/2021', dueTime: '17:00' },
      'trong quý III/2021',
    ],
    [{ dueDate: null, duePhrase: 'thường xuyên', dueTime: null }, 'thường xuyên'],
    [{ dueDate: null, duePhrase: null, dueTime: null }, 'thường xuyên (không có hạn cụ thể)'],
    [{ dueDate: '2021-07-30', duePhrase: '', dueTime: null }, 'hết ngày 30/7/2021'], // empty phrase ignored
  ])('%j → %s', (f, expected) => {
    expect(dueText(f)).toBe(expected);
  });
});

describe('composeNotification', () => {
  it.each<[NotificationKind, string, string]>([
    ['ack_reminder', 'Đề nghị tiếp nhận nhiệm vụ', 'chưa xác nhận tiếp nhận'],
    ['due_reminder', 'Nhắc hạn nhiệm vụ', 'đề nghị gia hạn'],
    ['overdue_escalation', 'Nhiệm vụ quá hạn', 'đã quá hạn mà chưa hoàn thành'],
    ['overdue_escalation', 'Nhiệm vụ quá hạn', 'Đề nghị đơn vị giải trình trên trang nhiệm vụ'],
  ])('%s: headline "%s" and what happens next', (kind, headline, nextStep) => {
    const mail = composeNotification(facts({ kind }));
    expect(mail.subject).toBe(
      `[Đôn Đốc] ${headline}: Rà soát đội ngũ cán bộ, kiểm sát viên (hạn: hết ngày 30/7/2021)`,
    );
    expect(mail.text.split('\n')[0]).toBe(headline);
    expect(mail.text).toContain(nextStep);
    expect(mail.html).toMatch(new RegExp(`<h1 [^>]*>${headline}</h1>`));
    expect(mail.html).toContain(nextStep);
  });

  it('each kind has its own headline', () => {
    const subjects = (['ack_reminder', 'due_reminder', 'overdue_escalation'] as const).map(
      (kind) => composeNotification(facts({ kind })).text.split('\n')[0],
    );
    expect(new Set(subjects).size).toBe(3);
  });

  it('lays out the text part line by line', () => {
    expect(composeNotification(facts()).text.split('\n')).toEqual([
      'Nhắc hạn nhiệm vụ',
      '',
      'Kính gửi: Vụ 15',
      'Văn bản: Thông báo ngày 20/7/2021 của VKSND tối cao',
      'Mục: 3',
      'Nhiệm vụ: Rà soát đội ngũ cán bộ, kiểm sát viên',
      'Thời hạn: hết ngày 30/7/2021',
      '',
      'Đề nghị đơn vị hoàn thành và báo cáo đúng hạn. Nếu cần thêm thời gian, hãy đề nghị gia hạn trước khi hết hạn.',
      '',
      'Xem nhiệm vụ: http://localhost:3000/tasks/0b7c3a9e-1d1f-4c57-9d7e-2f3c1b5a6d7e',
    ]);
  });

  it('puts every fact in an HTML table row and links the task', () => {
    const { html } = composeNotification(facts());
    const row = (k: string, v: string) =>
      new RegExp(`<tr><th [^>]*>${k}</th><td [^>]*>${v}</td></tr>`);
    expect(html).toMatch(row('Kính gửi', 'Vụ 15'));
    expect(html).toMatch(row('Mục', '3'));
    expect(html).toMatch(row('Thời hạn', 'hết ngày 30/7/2021'));
    expect(html).toMatch(
      /<a href="http:\/\/localhost:3000\/tasks\/0b7c3a9e-1d1f-4c57-9d7e-2f3c1b5a6d7e" [^>]*>Xem nhiệm vụ<\/a>/,
    );
    // Inline styles and tables only: what mail clients render.
    expect(html).not.toMatch(/<style|<script|class=/);
  });

  it.each<[string, Partial<NotificationFacts>, string]>([
    [
      'a due phrase wins over the date',
      { duePhrase: 'trước ngày 10/7/2020', dueDate: '2020-07-09' },
      'trước ngày 10/7/2020',
    ],
    ['a bare date', { dueDate: '2021-09-30' }, 'hết ngày 30/9/2021'],
    ['a time of day', { dueDate: '2021-07-30', dueTime: '16:45' }, 'trước 16:45 ngày 30/7/2021'],
    ['no due date', { dueDate: null }, 'thường xuyên (không có hạn cụ thể)'],
  ])('shows the due text in subject, text and html: %s', (_label, over, due) => {
    const mail = composeNotification(facts(over));
    expect(mail.subject.endsWith(`(hạn: ${due})`)).toBe(true);
    expect(mail.text).toContain(`Thời hạn: ${due}`);
    expect(mail.html).toMatch(
      new RegExp(`>Thời hạn</th><td [^>]*>${due.replace(/[()]/g, '\\$&')}</td>`),
    );
  });

  it.each<[string, keyof NotificationFacts, string, string]>([
    [
      'unit name',
      'unitName',
      '<script>alert(1)</script>',
      '&#60;script&#62;alert(1)&#60;/script&#62;',
    ],
    ['summary', 'summary', 'Báo cáo "quý" & \'năm\'', 'Báo cáo &#34;quý&#34; &#38; &#39;năm&#39;'],
    [
      'directive label',
      'directiveLabel',
      '<b>78/KH-VKSTC</b>',
      '&#60;b&#62;78/KH-VKSTC&#60;/b&#62;',
    ],
    ['item', 'item', '4.2<img src=x onerror=alert(1)>', '4.2&#60;img src=x onerror=alert(1)&#62;'],
    ['due phrase', 'duePhrase', 'trước <ngày> 10/7', 'trước &#60;ngày&#62; 10/7'],
  ])('escapes the %s in HTML but not in text', (_label, field, raw, escaped) => {
    const mail = composeNotification(facts({ [field]: raw }));
    expect(mail.html).toContain(escaped);
    expect(mail.html).not.toContain(raw);
    expect(mail.text).toContain(raw);
  });

  it('escapes the task URL inside the href attribute', () => {
    const { html } = composeNotification(
      facts({ taskUrl: 'http://x.test/tasks/1?a=1&b="2"><script>' }),
    );
    expect(html).toContain(
      '<a href="http://x.test/tasks/1?a=1&#38;b=&#34;2&#34;&#62;&#60;script&#62;" ',
    );
    expect(html).not.toContain('<script>');
  });

  it('leaves Vietnamese letters as they are', () => {
    const { html } = composeNotification(facts({ unitName: 'VKSND huyện Trà Cú' }));
    expect(html).toMatch(/<td [^>]*>VKSND huyện Trà Cú<\/td>/);
  });
});

describe('dueTimeOfDay', () => {
  it.each<[string | null, string | null]>([
    [null, null],
    ['2021-07-30T17:00:00.000Z', null], // midnight local: a whole-day due date
    ['2021-07-30T10:00:00.000Z', '17:00'],
    ['2021-07-30T00:30:00.000Z', '07:30'],
    ['2026-11-22T23:12:00.000Z', '06:12'],
  ])('%s → %s', (dueAt, expected) => {
    expect(dueTimeOfDay(dueAt ? new Date(dueAt) : null)).toBe(expected);
  });
});
