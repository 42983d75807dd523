import { formatVietnameseDate, LocalDate, VN_OFFSET_MS } from '../calendar/local-date.util';
import type { NotificationKind } from './notification-kind';
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
  /** The decision's reason or note, for mail about an action. */
  note?: string | null;
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
  review_reminder: 'Kết quả nhiệm vụ đang chờ xem xét',
  commitment_overdue: 'Đã quá ngày đơn vị cam kết hoàn thành',
  assigned: 'Giao nhiệm vụ mới',
  extension_requested: 'Đơn vị đề nghị gia hạn nhiệm vụ',
  extension_approved: 'Đề nghị gia hạn đã được chấp thuận',
  extension_rejected: 'Đề nghị gia hạn không được chấp thuận',
  submitted: 'Đơn vị báo cáo hoàn thành nhiệm vụ',
  accepted: 'Kết quả nhiệm vụ đã được chấp nhận',
  returned: 'Kết quả nhiệm vụ bị trả lại',
  reassigned: 'Nhiệm vụ được giao cho đơn vị',
  cancelled: 'Nhiệm vụ đã được hủy',
};

const NEXT_STEP: Record<NotificationKind, string> = {
  ack_reminder:
    'Đơn vị chưa xác nhận tiếp nhận nhiệm vụ. Nếu chưa tiếp nhận, hệ thống sẽ tiếp tục nhắc và báo thủ trưởng đơn vị.',
  due_reminder:
    'Đề nghị đơn vị hoàn thành và báo cáo đúng hạn. Nếu cần thêm thời gian, hãy đề nghị gia hạn trước khi hết hạn.',
  overdue_escalation:
    'Nhiệm vụ đã quá hạn mà chưa hoàn thành. Đề nghị đơn vị giải trình trên trang nhiệm vụ: lý do, phần việc còn lại và ngày cam kết hoàn thành. Hệ thống sẽ tiếp tục báo cáo lãnh đạo định kỳ cho đến khi nhiệm vụ được hoàn thành.',
  review_reminder:
    'Đơn vị đã báo cáo hoàn thành nhưng kết quả chưa được xem xét. Đề nghị chấp nhận hoặc trả lại kết quả.',
  commitment_overdue:
    'Nhiệm vụ đã quá hạn; ngày đơn vị cam kết hoàn thành trong giải trình cũng đã qua. Đề nghị đơn vị hoàn thành và báo cáo ngay, hoặc giải trình lại với ngày cam kết mới.',
  assigned:
    'Đề nghị đơn vị xác nhận tiếp nhận và tổ chức thực hiện. Hệ thống sẽ nhắc trước hạn và báo cáo lãnh đạo nếu quá hạn.',
  extension_requested: 'Đề nghị xem xét, chấp thuận hoặc từ chối đề nghị gia hạn.',
  extension_approved: 'Các lần nhắc việc đã được tính lại theo hạn mới.',
  extension_rejected: 'Hạn của nhiệm vụ giữ nguyên; đề nghị đơn vị hoàn thành đúng hạn.',
  submitted: 'Đề nghị xem xét kết quả: chấp nhận để kết thúc nhiệm vụ, hoặc trả lại nếu chưa đạt.',
  accepted: 'Nhiệm vụ đã kết thúc; không còn nhắc việc.',
  returned: 'Đề nghị đơn vị tiếp tục thực hiện theo ý kiến trên và báo cáo lại.',
  reassigned:
    'Đề nghị đơn vị xác nhận tiếp nhận và tổ chức thực hiện. Hệ thống sẽ nhắc trước hạn và báo cáo lãnh đạo nếu quá hạn.',
  cancelled: 'Nhiệm vụ không còn phải thực hiện; không còn nhắc việc.',
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
    ...(f.note ? [['Ý kiến', f.note] as [string, string]] : []),
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
  const html = mailHtml(headline, lines, NEXT_STEP[f.kind], links);
  return { subject, text, html };
}

const FONT = 'font-family:Arial,Helvetica,sans-serif';
const TH = `align="left" valign="top" style="${FONT};font-size:14px;color:#595959;font-weight:normal;padding:6px 12px 6px 0;width:110px"`;
const TD = `style="${FONT};font-size:14px;color:#1f1f1f;padding:6px 0"`;

/**
 * The mail's HTML as common clients render it: nested tables, inline styles, no scripts or
 * web fonts, one column that reads on a phone; the same look as the web app's pages.
 */
function mailHtml(
  headline: string,
  lines: [string, string][],
  nextStep: string,
  links: [string, string][],
): string {
  const [first, ...rest] = links;
  const button = (label: string, url: string) =>
    `<a href="${escapeHtml(url)}" style="${FONT};display:inline-block;background:#a8071a;color:#ffffff;text-decoration:none;font-weight:bold;font-size:14px;padding:10px 18px;border-radius:6px">${escapeHtml(label)}</a>`;
  const link = (label: string, url: string) =>
    `<p style="${FONT};font-size:14px;margin:8px 0"><a href="${escapeHtml(url)}" style="color:#a8071a">${escapeHtml(label)}</a></p>`;
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>',
    '<body style="margin:0;padding:0;background:#f5f5f5">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center" style="padding:16px 8px">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #e5e5e5;border-radius:8px">',
    `<tr><td style="${FONT};background:#7f0716;color:#ffffff;font-weight:bold;font-size:16px;padding:12px 20px;border-radius:8px 8px 0 0">Đôn Đốc</td></tr>`,
    '<tr><td style="padding:20px">',
    `<h1 style="${FONT};font-size:20px;line-height:1.3;color:#1f1f1f;margin:0 0 12px">${escapeHtml(headline)}</h1>`,
    '<table role="presentation" cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse">',
    ...lines.map(
      ([k, v]) => `<tr><th ${TH}>${escapeHtml(k)}</th><td ${TD}>${escapeHtml(v)}</td></tr>`,
    ),
    '</table>',
    `<p style="${FONT};font-size:14px;line-height:1.5;color:#1f1f1f;margin:16px 0">${escapeHtml(nextStep)}</p>`,
    ...(first ? [`<p style="margin:16px 0">${button(first[0], first[1])}</p>`] : []),
    ...rest.map(([label, url]) => link(label, url)),
    '</td></tr>',
    `<tr><td style="${FONT};font-size:12px;color:#595959;padding:12px 20px;border-top:1px solid #e5e5e5">Thư tự động của hệ thống Đôn Đốc; vui lòng không trả lời thư này.</td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join('\n');
}
