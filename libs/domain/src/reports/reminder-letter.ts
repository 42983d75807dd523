import { LocalDate, formatVietnameseDate, localDateOf } from '../calendar/local-date.util';
import { WorkingCalendar } from '../calendar/working-calendar';

/**
 * The reminder letter (công văn đôn đốc) as a clerk drafts it for signature, in the layout
 * of Nghị định 30/2020/NĐ-CP: the words and their order here, the page in the DOCX writer.
 */
export interface LetterTask {
  directive: string;
  item: string;
  summary: string;
  unitName: string;
  dueDate: LocalDate;
  /** Open past the due date: days counted from the day after the last day on time. */
  daysOverdue: number;
}

export interface LetterInput {
  /** The body above the issuer, if any ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"). */
  parentBody: string | null;
  issuerBody: string;
  /** The issuer's short name, for "Lưu: VT, …". */
  issuerShort: string;
  /** The part after "Số: …/" ("VKSTC-VP"); dots when not given, for the văn thư to fill. */
  symbol: string | null;
  place: string | null;
  year: number;
  /** The units written to, by their full names. */
  recipients: string[];
  /** The directives cited, as "Kế hoạch số 78/KH-VKSTC ngày 20/7/2021 về …". */
  directives: string[];
  tasks: LetterTask[];
  reportBy: LocalDate;
  asOf: LocalDate;
  signer: { authority: string | null; title: string; position: string | null; name: string | null };
  /** Copied for information ("để báo cáo"). */
  alsoTo: string[];
}

export interface LetterModel {
  headerLeft: { parent: string | null; body: string; number: string; subject: string };
  headerRight: { nation: string; motto: string; placeDate: string };
  salutation: string[];
  opening: string;
  table: { headers: string[]; rows: string[][] };
  request: string[];
  closing: string;
  placesToReceive: string[];
  signature: { lines: string[]; name: string };
}

/** Days a task has been overdue on `asOf`: the day after its last day on time is day 1. */
export function daysOverdue(dueDate: LocalDate, asOf: LocalDate): number {
  return Math.max(0, Math.round((Date.parse(asOf) - Date.parse(dueDate)) / 86_400_000));
}

export function composeReminderLetter(input: LetterInput): LetterModel {
  const plural = input.recipients.length > 1;
  const subject = `V/v đôn đốc thực hiện nhiệm vụ quá hạn`;
  const cited =
    input.directives.length === 1
      ? input.directives[0]
      : `các văn bản: ${input.directives.join('; ')}`;
  const salutation =
    input.recipients.length === 1
      ? [`Kính gửi: ${input.recipients[0]}.`]
      : [
          'Kính gửi:',
          ...input.recipients.map(
            (r, i) => `- ${r}${i === input.recipients.length - 1 ? '.' : ';'}`,
          ),
        ];
  return {
    headerLeft: {
      parent: input.parentBody?.toUpperCase() ?? null,
      body: input.issuerBody.toUpperCase(),
      number: `Số:        /${input.symbol ?? '..........'}`,
      subject,
    },
    headerRight: {
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: `${input.place ?? '..........'}, ngày      tháng      năm ${input.year}`,
    },
    salutation,
    opening:
      `Thực hiện ${cited}, ${input.issuerBody} đã giao nhiệm vụ cho ${plural ? 'các đơn vị' : 'đơn vị'}. ` +
      `Theo dõi đến ngày ${formatVietnameseDate(input.asOf)}, ${input.tasks.length === 1 ? 'nhiệm vụ sau đã quá hạn' : `${input.tasks.length} nhiệm vụ sau đã quá hạn`} nhưng chưa được báo cáo hoàn thành:`,
    table: {
      headers: [
        'STT',
        'Văn bản giao',
        'Nội dung nhiệm vụ',
        'Đơn vị chủ trì',
        'Hạn hoàn thành',
        'Số ngày quá hạn',
      ],
      rows: input.tasks.map((t, i) => [
        String(i + 1),
        `${t.directive}, mục ${t.item}`,
        t.summary,
        t.unitName,
        formatVietnameseDate(t.dueDate),
        String(t.daysOverdue),
      ]),
    },
    request: [
      `Để bảo đảm tiến độ chung, ${input.issuerBody} đề nghị ${plural ? 'các đơn vị' : 'đơn vị'} khẩn trương tổ chức thực hiện các nhiệm vụ nêu trên và báo cáo kết quả trước ngày ${formatVietnameseDate(input.reportBy)}.`,
      `Trường hợp chưa hoàn thành, đề nghị báo cáo rõ lý do, phần việc còn lại và thời hạn cam kết hoàn thành (giải trình) trong cùng thời hạn trên.`,
    ],
    closing: `${input.issuerBody} đề nghị ${plural ? 'các đơn vị' : 'đơn vị'} quan tâm, thực hiện./.`,
    placesToReceive: [
      '- Như trên;',
      ...input.alsoTo.map((a) => `- ${a} (để báo cáo);`),
      `- Lưu: VT, ${input.issuerShort}.`,
    ],
    signature: {
      lines: [
        `${input.signer.authority ? `${input.signer.authority} ` : ''}${input.signer.title}`.toUpperCase(),
        ...(input.signer.position ? [input.signer.position.toUpperCase()] : []),
      ],
      name: input.signer.name ?? '',
    },
  };
}

/** The date a letter asks for a report by, when none is given: five working days on. */
export function defaultReportBy(now: Date, calendar: WorkingCalendar): LocalDate {
  return calendar.addWorkingDays(localDateOf(now), 5);
}
