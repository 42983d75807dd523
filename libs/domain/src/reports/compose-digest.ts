import { LocalDate, formatVietnameseDate } from '../calendar/local-date.util';
import { escapeHtml } from '../text/escape-html';
import { DigestKind } from './digest-period';
import { BucketCounts } from './on-time-rules';
import { onTimeRate } from './rates';

export interface DigestTask {
  id: string;
  directive: string;
  item: string;
  summary: string;
  unitName: string;
  dueDate: LocalDate | null;
  /** What the line says beside the task: "quá hạn 12 ngày", "chờ duyệt gia hạn"… */
  note: string;
}

export interface DigestFacts {
  kind: DigestKind;
  recipientName: string;
  unitName: string;
  /** "ngày 2/3/2026", "tuần 10/2026 (từ 2/3/2026)". */
  periodLabel: string;
  /** Weekly: what the unit issued, by unit, this quarter. */
  summary: { periodLabel: string; rows: { label: string; counts: BucketCounts }[] } | null;
  sections: { title: string; tasks: DigestTask[] }[];
  appBaseUrl: string;
  settingsUrl: string;
}

export interface ComposedDigest {
  subject: string;
  text: string;
  html: string;
  /** Nothing to say: no mail is sent. */
  empty: boolean;
}

/** At most this many tasks per section; the rest are counted and linked. */
export const DIGEST_SECTION_LIMIT = 30;

/** The digest mail: one per person and period, instead of many single mails. */
export function composeDigest(f: DigestFacts): ComposedDigest {
  const count = f.sections.reduce((s, x) => s + x.tasks.length, 0);
  const headline =
    f.kind === 'weekly'
      ? `Tổng hợp tuần ${f.periodLabel}: nhiệm vụ do ${f.unitName} giao`
      : `Nhiệm vụ cần chú ý ${f.periodLabel}: ${f.unitName}`;
  const subject = `[Đôn Đốc] ${headline}`;
  const taskUrl = (t: DigestTask) => `${f.appBaseUrl}/tasks/${t.id}`;
  const line = (t: DigestTask) =>
    `${t.unitName} — ${t.directive}, mục ${t.item}: ${t.summary} (hạn ${t.dueDate ? formatVietnameseDate(t.dueDate) : 'không có'}; ${t.note})`;
  const text: string[] = [headline, '', `Kính gửi: ${f.recipientName}`, ''];
  const html: string[] = [
    `<p><strong>${escapeHtml(headline)}</strong></p>`,
    `<p>Kính gửi: ${escapeHtml(f.recipientName)}</p>`,
  ];
  if (f.summary && f.summary.rows.length) {
    text.push(`Tình hình thực hiện ${f.summary.periodLabel}:`);
    html.push(
      `<p>Tình hình thực hiện ${escapeHtml(f.summary.periodLabel)}:</p>`,
      '<table border="1" cellpadding="4" cellspacing="0">',
      '<tr><th>Đơn vị</th><th>Tổng số</th><th>Đúng hạn</th><th>Quá hạn (đã xong)</th><th>Trong hạn</th><th>Quá hạn (chưa xong)</th><th>Tỷ lệ đúng hạn</th></tr>',
    );
    for (const r of f.summary.rows) {
      const c = r.counts;
      const rate = onTimeRate(c).text;
      text.push(
        `- ${r.label}: ${c.total} nhiệm vụ; đúng hạn ${c.done_on_time}, xong quá hạn ${c.done_late}, trong hạn ${c.open_within_time}, quá hạn ${c.open_overdue}; tỷ lệ đúng hạn ${rate}`,
      );
      html.push(
        `<tr><td>${escapeHtml(r.label)}</td>${[c.total, c.done_on_time, c.done_late, c.open_within_time, c.open_overdue].map((n) => `<td align="right">${n}</td>`).join('')}<td align="right">${escapeHtml(rate)}</td></tr>`,
      );
    }
    text.push('');
    html.push('</table>');
  }
  for (const s of f.sections) {
    if (!s.tasks.length) continue;
    const shown = s.tasks.slice(0, DIGEST_SECTION_LIMIT);
    const more = s.tasks.length - shown.length;
    text.push(
      `${s.title} (${s.tasks.length}):`,
      ...shown.map((t) => `- ${line(t)}\n  ${taskUrl(t)}`),
    );
    if (more > 0) text.push(`- … và ${more} nhiệm vụ khác.`);
    text.push('');
    html.push(
      `<p><strong>${escapeHtml(s.title)} (${s.tasks.length})</strong></p>`,
      '<ul>',
      ...shown.map(
        (t) => `<li><a href="${escapeHtml(taskUrl(t))}">${escapeHtml(line(t))}</a></li>`,
      ),
      ...(more > 0 ? [`<li>… và ${more} nhiệm vụ khác.</li>`] : []),
      '</ul>',
    );
  }
  const off = `Không muốn nhận thư tổng hợp này: ${f.settingsUrl}`;
  text.push(off);
  html.push(
    `<p><small><a href="${escapeHtml(f.settingsUrl)}">Tắt thư tổng hợp này</a></small></p>`,
  );
  return { subject, text: text.join('\n'), html: html.join('\n'), empty: count === 0 };
}
