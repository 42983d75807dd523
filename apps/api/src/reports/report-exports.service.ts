import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainException,
  ErrorCode,
  Principal,
  formatVietnameseDate,
  localDateOf,
} from '@dondoc/domain';
import { DirectiveEntity } from '@dondoc/persistence';
import { addSheet, sheetDate, workbookBuffer } from './report-workbook';
import { ReportsService, directiveLabel } from './reports.service';
import {
  SummaryQueryDto,
  SummaryRowView,
  ReportTaskItemView,
  ReportTaskQueryDto,
} from './report.dto';
import { AttainmentRowView, AttainmentView } from './target.dto';

export interface ExportFile {
  fileName: string;
  content: Buffer;
}

const STATE_LABEL: Record<string, string> = {
  on_track: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  no_deadline: 'Không có thời hạn',
  cancelled: 'Đã hủy',
};

const GROUP_HEADER = {
  unit: 'Đơn vị',
  directive: 'Văn bản chỉ đạo',
  issuer: 'Đơn vị giao',
} as const;

const instantDate = (iso: string | null) => (iso ? sheetDate(localDateOf(new Date(iso))) : null);

/** Every report and list as the XLSX a clerk pastes into the unit's report. */
@Injectable()
export class ReportExportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reports: ReportsService,
  ) {}

  async summary(p: Principal, q: SummaryQueryDto): Promise<ExportFile> {
    const s = await this.reports.summary(p, q);
    const indent = (r: SummaryRowView) => `${'   '.repeat(r.depth)}${r.label}`;
    const content = await workbookBuffer((wb) =>
      addSheet<SummaryRowView>(wb, {
        name: 'Tổng hợp',
        title: `BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ — ${s.period.label.toUpperCase()}`,
        notes: s.notes,
        columns: [
          {
            header: 'STT',
            value: (r) => (r.key === 'total' ? '' : s.rows.indexOf(r) + 1),
            kind: 'number',
          },
          { header: GROUP_HEADER[s.groupBy], value: indent },
          { header: 'Tổng số nhiệm vụ', value: (r) => r.counts.total, kind: 'number' },
          { header: 'Hoàn thành đúng hạn', value: (r) => r.counts.done_on_time, kind: 'number' },
          { header: 'Hoàn thành quá hạn', value: (r) => r.counts.done_late, kind: 'number' },
          {
            header: 'Chưa hoàn thành, trong hạn',
            value: (r) => r.counts.open_within_time,
            kind: 'number',
          },
          { header: 'Trong đó sắp đến hạn', value: (r) => r.counts.due_soon, kind: 'number' },
          {
            header: 'Chưa hoàn thành, quá hạn',
            value: (r) => r.counts.open_overdue,
            kind: 'number',
          },
          {
            header: 'Quá hạn đã giải trình',
            value: (r) => r.counts.overdue_explained,
            kind: 'number',
          },
          { header: 'Tỷ lệ đúng hạn (%)', value: (r) => r.onTimeRate.value, kind: 'percent' },
          { header: 'Xếp hạng', value: (r) => r.rank, kind: 'number' },
        ],
        rows: s.rows,
        footer: [s.total],
      }),
    );
    return { fileName: `bao-cao-tong-hop-${q.period}.xlsx`, content };
  }

  async tasks(p: Principal, q: ReportTaskQueryDto): Promise<ExportFile> {
    const list = await this.reports.tasks(p, { ...q, limit: 1000, offset: q.offset ?? 0 });
    if (list.total > 1000 + (q.offset ?? 0)) {
      throw new DomainException(
        ErrorCode.ValidationFailed,
        `Danh sách có ${list.total} nhiệm vụ; mỗi tệp xuất tối đa 1.000 — hãy lọc hẹp hơn hoặc dùng offset.`,
      );
    }
    const content = await workbookBuffer((wb) =>
      addSheet<ReportTaskItemView>(wb, {
        name: 'Danh sách nhiệm vụ',
        title: 'DANH SÁCH NHIỆM VỤ',
        notes: [
          list.period ? `Kỳ báo cáo: ${list.period}.` : 'Mọi nhiệm vụ trong phạm vi được xem.',
          `Tình trạng tính đến ngày ${formatVietnameseDate(localDateOf(new Date(Date.parse(list.at) - 1)))}; ${list.total} nhiệm vụ.`,
        ],
        columns: [
          { header: 'STT', value: (r) => list.items.indexOf(r) + 1, kind: 'number' },
          { header: 'Văn bản', value: (r) => r.directive },
          { header: 'Mục', value: (r) => r.item },
          { header: 'Nội dung nhiệm vụ', value: (r) => r.summary },
          { header: 'Đơn vị chủ trì', value: (r) => r.leadUnitName },
          { header: 'Hạn hoàn thành', value: (r) => sheetDate(r.dueDate), kind: 'date' },
          { header: 'Hạn giao ban đầu', value: (r) => sheetDate(r.originalDueDate), kind: 'date' },
          {
            header: 'Ngày báo cáo hoàn thành',
            value: (r) => instantDate(r.submittedAt),
            kind: 'date',
          },
          { header: 'Tình trạng', value: (r) => STATE_LABEL[r.deadlineState] ?? r.deadlineState },
          { header: 'Số ngày quá hạn', value: (r) => r.daysOverdue, kind: 'number' },
          {
            header: 'Giải trình',
            value: (r) =>
              r.explanation
                ? `${r.explanation.reason} (cam kết ${formatVietnameseDate(r.explanation.committedDate)})`
                : '',
          },
        ],
        rows: list.items,
        fill: (r) => (r.deadlineState === 'overdue' ? 'red' : null),
      }),
    );
    return { fileName: `danh-sach-nhiem-vu${q.period ? `-${q.period}` : ''}.xlsx`, content };
  }

  /** The directive's task table, as the Government Office attaches it ("phụ lục"). */
  async appendix(p: Principal, directiveId: string): Promise<ExportFile> {
    const d = await this.ds.getRepository(DirectiveEntity).findOneBy({ id: directiveId });
    const list = d ? await this.reports.tasks(p, { directive: directiveId, limit: 1000 }) : null;
    if (!d || !list || list.total === 0) {
      throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy văn bản.');
    }
    const coordinating = new Map<string, string[]>(
      (
        await this.ds.query(
          `SELECT id, coordinating_unit_codes AS c FROM task WHERE id = ANY($1)`,
          [list.items.map((i) => i.id)],
        )
      ).map((r: { id: string; c: string[] }) => [r.id, r.c]),
    );
    const label = directiveLabel(d);
    const content = await workbookBuffer((wb) =>
      addSheet<ReportTaskItemView>(wb, {
        name: 'Phụ lục',
        title: 'PHỤ LỤC',
        notes: [
          `DANH MỤC NHIỆM VỤ GIAO TẠI ${d.docType} SỐ ${label} NGÀY ${formatVietnameseDate(d.issuedOn)}`,
          `(${d.title})`,
          `Tình hình thực hiện tính đến ngày ${formatVietnameseDate(localDateOf(new Date()))}.`,
        ],
        columns: [
          { header: 'STT', value: (r) => list.items.indexOf(r) + 1, kind: 'number' },
          { header: 'Mục', value: (r) => r.item },
          { header: 'Nội dung nhiệm vụ', value: (r) => r.summary },
          { header: 'Đơn vị chủ trì', value: (r) => r.leadUnitName },
          { header: 'Đơn vị phối hợp', value: (r) => (coordinating.get(r.id) ?? []).join(', ') },
          { header: 'Thời hạn hoàn thành', value: (r) => sheetDate(r.dueDate), kind: 'date' },
          {
            header: 'Tình hình thực hiện',
            value: (r) => STATE_LABEL[r.deadlineState] ?? r.deadlineState,
          },
          {
            header: 'Ghi chú',
            value: (r) => (r.parentTaskId ? 'Giao tiếp cho đơn vị cấp dưới' : ''),
          },
        ],
        rows: [...list.items].sort((a, b) => a.item.localeCompare(b.item, 'vi', { numeric: true })),
      }),
    );
    return { fileName: `phu-luc-${label.replace(/[^\p{L}\p{N}]+/gu, '-')}.xlsx`, content };
  }

  /** Targets against what was reached, red and green as the page shows them. */
  async attainment(a: AttainmentView): Promise<ExportFile> {
    const content = await workbookBuffer((wb) => {
      a.targets.forEach((t, i) =>
        addSheet<AttainmentRowView>(wb, {
          name: `${i + 1}. Mục ${t.target.item}`.slice(0, 31),
          title: `CHỈ TIÊU: ${t.target.label.toUpperCase()} (${t.target.targetText})`,
          notes: a.notes,
          columns: [
            { header: 'Đơn vị', value: (r) => `${'   '.repeat(r.depth)}${r.label}` },
            {
              header: t.target.numeratorLabel ?? 'Tử số',
              value: (r) => r.numerator,
              kind: 'number',
            },
            ...(t.target.kind === 'count'
              ? []
              : [
                  {
                    header: t.target.denominatorLabel ?? 'Mẫu số',
                    value: (r: AttainmentRowView) => r.denominator,
                    kind: 'number' as const,
                  },
                ]),
            { header: 'Đạt được', value: (r) => r.achieved.text },
            { header: 'Chỉ tiêu', value: () => t.target.targetText },
            { header: 'Vượt (+) / thiếu (−)', value: (r) => r.margin, kind: 'number' },
            {
              header: 'Đánh giá',
              value: (r) => (r.met === null ? 'Chưa có số liệu' : r.met ? 'Đạt' : 'Không đạt'),
            },
          ],
          rows: t.rows,
          footer: [t.total],
          fill: (r) => (r.colour === 'grey' ? null : r.colour),
        }),
      );
      if (a.targets.length === 0) wb.addWorksheet('Chỉ tiêu').addRow(['Văn bản chưa có chỉ tiêu.']);
    });
    return { fileName: `chi-tieu-${a.period.replace(/[^\p{L}\p{N}]+/gu, '-')}.xlsx`, content };
  }
}
