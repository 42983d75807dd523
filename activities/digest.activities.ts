import {
  DigestKind,
  DigestTask,
  isoWeekMonday,
  composeDigest,
  cutoffOf,
  digestPeriod,
  dueSoonLimit,
  formatVietnameseDate,
  localDateOf,
  periodBounds,
  periodContaining,
  vietnameseCalendar,
  DIGEST_KINDS,
} from '@dondoc/domain';
import type { DigestPlan, DigestWorkflowInput, SendDigestInput } from '@dondoc/contracts';
import {
  DigestRepository,
  DigestTaskRow,
  ReportCut,
  SqlReportRepository,
  TaskListRow,
} from '@dondoc/persistence';
import { DataSource } from 'typeorm';
import { Mailer, MailRefusedError } from './mail/mailer';
import { messageIdFor } from './task.activities';
import { CalendarStore } from './stores/calendar.store';
import { DigestOutboxStore } from './stores/digest-outbox.store';

export interface DigestDeps {
  ds: DataSource;
  mailer: Mailer;
  mailFrom: string;
  appBaseUrl: string;
  dueSoonWorkingDays: number;
  now?: () => Date;
}

const DAY_MS = 86_400_000;

function directiveName(r: { number: string | null; docType: string; issuedOn: string }): string {
  return r.number ?? `${r.docType} ngày ${formatVietnameseDate(r.issuedOn)}`;
}

/** The digests: who gets one today, and each one composed and sent through the outbox. */
export function createDigestActivities(deps: DigestDeps) {
  const now = deps.now ?? (() => new Date());
  const calendarStore = new CalendarStore(deps.ds);
  const digests = new DigestRepository(deps.ds);
  const reports = new SqlReportRepository(deps.ds);
  const outbox = new DigestOutboxStore(deps.ds);

  const unitNames = async (): Promise<Map<string, string>> => {
    const rows: { code: string; short_name: string }[] = await deps.ds.query(
      'SELECT code, short_name FROM org_unit',
    );
    return new Map(rows.map((r) => [r.code, r.short_name]));
  };

  return {
    async planDigests(input: DigestWorkflowInput): Promise<DigestPlan> {
      const date = input.date ?? localDateOf(now());
      const calendar = vietnameseCalendar(await calendarStore.overrides());
      const recipients: DigestPlan['recipients'] = [];
      for (const kind of DIGEST_KINDS) {
        const period = digestPeriod(kind, date, calendar);
        if (!period) continue;
        for (const r of await digests.recipients(kind))
          recipients.push({ userId: r.userId, kind, period });
      }
      return { date, recipients };
    },

    async sendDigest(input: SendDigestInput): Promise<{ sent: boolean }> {
      const key = `digest/${input.kind}/${input.period}/${input.userId}`;
      const recipient = await digests.recipient(input.userId);
      if (!recipient || !(await digests.enabled(input.userId, input.kind))) return { sent: false };
      const at = now();
      const calendar = vietnameseCalendar(await calendarStore.overrides());
      const names = await unitNames();
      const cut: ReportCut = {
        start: at,
        end: at,
        at,
        basis: 'in_force',
        dueSoonBefore: dueSoonLimit(at, deps.dueSoonWorkingDays, calendar),
      };
      const today = localDateOf(at);
      type DigestSource = Pick<
        DigestTaskRow,
        | 'id'
        | 'directiveNumber'
        | 'directiveDocType'
        | 'directiveIssuedOn'
        | 'item'
        | 'summary'
        | 'leadUnitCode'
        | 'dueDate'
      >;
      const digestTask = (r: DigestSource, note: string): DigestTask => ({
        id: r.id,
        directive: directiveName({
          number: r.directiveNumber,
          docType: r.directiveDocType,
          issuedOn: r.directiveIssuedOn,
        }),
        item: r.item,
        summary: r.summary,
        unitName: names.get(r.leadUnitCode) ?? r.leadUnitCode,
        dueDate: r.dueDate,
        note,
      });
      const fromList = (r: TaskListRow): DigestTask =>
        digestTask(
          r,
          r.state === 'overdue' && r.dueAt
            ? `quá hạn ${Math.round((Date.parse(today) - Date.parse(localDateOf(new Date(r.dueAt.getTime() - 1)))) / DAY_MS)} ngày${r.explanation ? `, đã giải trình, cam kết ${formatVietnameseDate(r.explanation.committedDate)}` : ', chưa giải trình'}`
            : 'sắp đến hạn',
        );
      const fromDigest =
        (note: (r: DigestTaskRow) => string) =>
        (r: DigestTaskRow): DigestTask =>
          digestTask(r, note(r));
      const list = async (
        filter: { issuerUnitCode?: string; unitCodes?: string[] },
        state: 'overdue' | 'due_soon',
      ) =>
        (
          await reports.tasks({
            scope: { issuerUnitCode: null, unitCodes: null },
            cut,
            inPeriod: false,
            filter,
            states: [state],
            limit: 200,
            offset: 0,
          })
        ).rows.map(fromList);

      const unit = recipient.unitCode;
      const unitName = names.get(unit) ?? unit;
      let summary = null;
      let sections: { title: string; tasks: DigestTask[] }[];
      if (input.kind === 'weekly') {
        const quarter = periodContaining('quarter', at);
        const qAt = cutoffOf(quarter, at);
        const rows = await reports.summary(
          'unit',
          { issuerUnitCode: null, unitCodes: null },
          {
            ...periodBounds(quarter),
            at: qAt,
            basis: 'in_force',
            dueSoonBefore: cut.dueSoonBefore,
          },
          { issuerUnitCode: unit },
        );
        summary = {
          periodLabel: quarter.label,
          rows: rows
            .map((r) => ({ label: names.get(r.key) ?? r.key, counts: r.counts }))
            .sort(
              (a, b) =>
                b.counts.open_overdue - a.counts.open_overdue ||
                a.label.localeCompare(b.label, 'vi'),
            ),
        };
        sections = [
          { title: 'Nhiệm vụ quá hạn', tasks: await list({ issuerUnitCode: unit }, 'overdue') },
          {
            title: `Nhiệm vụ sắp đến hạn (${deps.dueSoonWorkingDays} ngày làm việc)`,
            tasks: await list({ issuerUnitCode: unit }, 'due_soon'),
          },
        ];
      } else {
        sections = [
          {
            title: 'Nhiệm vụ của đơn vị đã quá hạn',
            tasks: await list({ unitCodes: [unit] }, 'overdue'),
          },
          {
            title: 'Đã quá ngày cam kết trong giải trình',
            tasks: (await digests.brokenCommitments(unit, at)).map(
              fromDigest((r) => `cam kết hoàn thành ${formatVietnameseDate(r.committedDate!)}`),
            ),
          },
          {
            title: `Nhiệm vụ sắp đến hạn (${deps.dueSoonWorkingDays} ngày làm việc)`,
            tasks: await list({ unitCodes: [unit] }, 'due_soon'),
          },
          {
            title: 'Chờ thủ trưởng quyết định (nhiệm vụ giao cho đơn vị cấp dưới)',
            tasks: (await digests.waitingForDecision(unit)).map(
              fromDigest((r) =>
                r.status === 'submitted'
                  ? 'đã báo cáo hoàn thành, chờ xem xét'
                  : 'đề nghị gia hạn, chờ quyết định',
              ),
            ),
          },
        ];
      }
      const mail = composeDigest({
        kind: input.kind,
        recipientName: recipient.name,
        unitName,
        periodLabel:
          input.kind === 'daily'
            ? `ngày ${formatVietnameseDate(input.period)}`
            : `${input.period.replace(/^(\d{4})-W(\d{2})$/, (_, y, w) => `${Number(w)}/${y}`)} (từ ${formatVietnameseDate(isoWeekMonday(input.period))})`,
        summary,
        sections,
        appBaseUrl: deps.appBaseUrl,
        settingsUrl: `${deps.appBaseUrl}/me/digests`,
      });
      if (mail.empty) return { sent: false };
      const entry = {
        key,
        kind: input.kind as DigestKind,
        userId: recipient.userId,
        unitCode: unit,
        period: input.period,
        recipients: [recipient.email],
        subject: mail.subject,
        messageId: messageIdFor(key),
      };
      const { alreadySent, alreadyFailed } = await outbox.record(entry);
      if (alreadySent) {
        await outbox.recordSentEvent(entry, alreadySent);
        return { sent: false };
      }
      if (alreadyFailed) return { sent: false };
      try {
        await deps.mailer.send({
          messageId: entry.messageId,
          from: deps.mailFrom,
          to: entry.recipients,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
      } catch (err) {
        // Refused for good: recorded, not retried; a relay that is down is retried.
        if (!(err instanceof MailRefusedError)) throw err;
        await outbox.markFailed(entry, now(), err.reply);
        return { sent: false };
      }
      const sentAt = now();
      await outbox.markSent(entry, sentAt);
      await outbox.recordSentEvent(entry, sentAt);
      return { sent: true };
    },
  };
}

export type DigestActivities = ReturnType<typeof createDigestActivities>;
