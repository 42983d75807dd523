import { formatVietnameseDate, LocalDate, VN_OFFSET_MS } from '../calendar/local-date.util';
import type { NotificationKind } from '../schedule/plan-notifications';
import { escapeHtml } from '../text/escape-html';

export interface NotificationFacts {
  kind: NotificationKind;
  unitName: string;
  directiveLabel: string;
  item: string;
  summary: string;
  dueDate: LocalDate | null;
  /** The due phrase as the directive wrote it, shown in preference to a bare date. */
  duePhrase: string | null;
  /** Set for deadlines with a time of day (short demo deadlines), shown as HH:mm. */
  dueTime: string | null;
  taskUrl: string;
  /** One-click links (signed, single-use); absent when the action no longer applies. */
  acknowledgeUrl?: string | null;
  openUrl?: string | null;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const HEADLINE: Record<NotificationKind, string> = {
  ack_reminder: 'Đề nghị tiếp nhận nhiệm vụ',
  due_reminder: 'Nhắc hạn nhiệm vụ',
  overdue_escalation: 'Nhiệm vụ quá hạn',
};

const NEXT_STEP: Record<NotificationKind, string> = {
  ack_reminder:
    'Đơn vị chưa xác nhận tiếp nhận nhiệm vụ. Nếu chưa tiếp nhận, hệ thống sẽ tiếp tục nhắc và báo thủ trưởng đơn vị.',
  due_reminder:
    'Đề nghị đơn vị hoàn thành và báo cáo đúng hạn. Nếu cần thêm thời gian, hãy đề nghị gia hạn trước khi hết hạn.',
  overdue_escalation:
    'Nhiệm vụ đã quá hạn mà chưa hoàn thành. Hệ thống sẽ tiếp tục báo cáo lãnh đạo định kỳ cho đến khi nhiệm vụ được hoàn thành.',
};

/** "HH:mm" local for a deadline with a time of day; null for one at midnight (a whole-day due date). */
export function dueTimeOfDay(dueAt: Date | null): string | null {
  if (!dueAt) return null;
  const hhmm = new Date(dueAt.getTime() + VN_OFFSET_MS).toISOString().slice(11, 16);
  return hhmm === '00:00' ? null : hhmm;
}

export function dueText(f: Pick<NotificationFacts, 'dueDate' | 'duePhrase' | 'dueTime'>): string {
  if (f.duePhrase) return f.duePhrase;
  if (!f.dueDate) return 'thường xuyên (không có hạn cụ thể)';
  const date = formatVietnameseDate(f.dueDate);
  return f.dueTime ? `trước ${f.dueTime} ngày ${date}` : `hết ngày ${date}`;
}

/** The Vietnamese text of a reminder or escalation mail; pure, so it is tested without SMTP. */
export function composeNotification(f: NotificationFacts): ComposedMail {
  const headline = HEADLINE[f.kind];
  const due = dueText(f);
  const subject = `[Đôn Đốc] ${headline}: ${f.summary} (hạn: ${due})`;
  const lines: [string, string][] = [
    ['Kính gửi', f.unitName],
    ['Văn bản', f.directiveLabel],
    ['Mục', f.item],
    ['Nhiệm vụ', f.summary],
    ['Thời hạn', due],
  ];
  const links: [string, string][] = [
    ...(f.acknowledgeUrl
      ? [['Xác nhận tiếp nhận (một lần bấm)', f.acknowledgeUrl] as [string, string]]
      : []),
    ...(f.openUrl ? [['Xem nhanh không cần đăng nhập', f.openUrl] as [string, string]] : []),
    ['Xem nhiệm vụ', f.taskUrl],
  ];
  const text = [
    `${headline}`,
    '',
    ...lines.map(([k, v]) => `${k}: ${v}`),
    '',
    NEXT_STEP[f.kind],
    '',
    ...links.map(([label, url]) => `${label}: ${url}`),
  ].join('\n');
  const html = [
    `<p><strong>${escapeHtml(headline)}</strong></p>`,
    '<table>',
    ...lines.map(
      ([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`,
    ),
    '</table>',
    `<p>${escapeHtml(NEXT_STEP[f.kind])}</p>`,
    ...links.map(([label, url]) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`),
  ].join('\n');
  return { subject, text, html };
}
