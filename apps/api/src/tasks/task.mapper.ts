import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DeadlineState,
  PlannedNotification,
  WorkingCalendar,
  deadlineState,
  dueText,
  dueTimeOfDay,
  statusLabel,
} from '@dondoc/domain';
import { AttachmentEntity, TaskEntity, TaskReportEntity } from '@dondoc/persistence';

export class DueView {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Ngày cuối cùng còn đúng hạn' })
  date!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Thời điểm bắt đầu bị coi là quá hạn',
  })
  at!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Thời hạn như văn bản ghi' })
  phrase!: string | null;
  @ApiProperty({ description: 'Thời hạn để hiển thị' }) text!: string;
}

export class PlannedNotificationView {
  @ApiProperty() kind!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: [String] }) to!: string[];
}

export class ExtensionView {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Ngày cuối cùng còn đúng hạn nếu được gia hạn',
  })
  date!: string | null;
  @ApiProperty() at!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() requestedAt!: string;
}

export class SubtaskCounts {
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Đã báo cáo (chờ duyệt hoặc đã xong)' }) reported!: number;
  @ApiProperty({ description: 'Đã hoàn thành' }) done!: number;
  @ApiProperty() cancelled!: number;
}

export class TaskView {
  @ApiProperty() id!: string;
  @ApiProperty() directiveId!: string;
  @ApiProperty() item!: string;
  @ApiProperty() summary!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) content!: string | null;
  @ApiProperty() leadUnit!: string;
  @ApiProperty({ type: [String] }) coordinatingUnits!: string[];
  @ApiProperty({ type: DueView }) due!: DueView;
  @ApiProperty() priority!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({
    enum: ['overdue', 'due_soon', 'on_track', 'closed', 'no_deadline'],
    description: 'Tình trạng thời hạn, tính lại mỗi lần đọc',
  })
  deadlineState!: DeadlineState;
  @ApiPropertyOptional({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty() assignedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) acknowledgedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) result!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Tỷ lệ hoàn thành theo báo cáo gần nhất',
  })
  percent!: number | null;
  @ApiPropertyOptional({ type: ExtensionView, description: 'Đề nghị gia hạn đang chờ' })
  extension!: ExtensionView | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Chuỗi nhiệm vụ định kỳ mà nhiệm vụ này là một kỳ',
  })
  seriesId!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) periodIndex!: number | null;
  @ApiProperty({ description: 'Đơn vị giao nhiệm vụ (ban hành, hoặc giao tiếp)' })
  issuerUnit!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Nhiệm vụ cấp trên khi được giao tiếp',
  })
  parentTaskId!: string | null;
  @ApiProperty({ description: 'Chỉ được báo cáo hoàn thành khi mọi đơn vị cấp dưới đã báo cáo' })
  needsAllSubreports!: boolean;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Hạn kế hoạch giao cho cấp dưới (đề xuất khi giao tiếp)',
  })
  subtaskDue!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Nhóm đơn vị mà nhiệm vụ được tách ra từ đó',
  })
  sourceGroup!: string | null;
  @ApiPropertyOptional({ type: SubtaskCounts, description: '"k trên n" nhiệm vụ cấp dưới' })
  subtasks!: SubtaskCounts | null;
  @ApiPropertyOptional({ type: [PlannedNotificationView] })
  plannedNotifications?: PlannedNotificationView[];
}

export function mapTask(
  t: TaskEntity,
  now: Date,
  calendar: WorkingCalendar,
  plan?: PlannedNotification[],
  subtasks: SubtaskCounts | null = null,
): TaskView {
  return {
    id: t.id,
    directiveId: t.directiveId,
    item: t.item,
    summary: t.summary,
    content: t.content,
    leadUnit: t.leadUnitCode,
    coordinatingUnits: t.coordinatingUnitCodes,
    due: {
      date: t.dueDate,
      at: t.dueAt?.toISOString() ?? null,
      phrase: t.duePhrase,
      text: dueText({ dueDate: t.dueDate, duePhrase: t.duePhrase, dueTime: dueTimeOfDay(t.dueAt) }),
    },
    priority: t.priority,
    status: t.status,
    statusLabel: statusLabel(t.status),
    deadlineState: deadlineState(t, now, t.policy.dueSoon, calendar),
    outcome: t.outcome,
    assignedAt: t.assignedAt.toISOString(),
    acknowledgedAt: t.acknowledgedAt?.toISOString() ?? null,
    completedAt: t.completedAt?.toISOString() ?? null,
    result: t.result,
    submittedAt: t.submittedAt?.toISOString() ?? null,
    percent: t.percent,
    extension: t.extension
      ? {
          date: t.extension.dueDate,
          at: t.extension.dueAt,
          reason: t.extension.reason,
          requestedAt: t.extension.requestedAt,
        }
      : null,
    seriesId: t.seriesId,
    periodIndex: t.periodIndex,
    issuerUnit: t.issuerUnitCode,
    parentTaskId: t.parentTaskId,
    needsAllSubreports: t.needsAllSubreports,
    subtaskDue: t.subtaskDue,
    sourceGroup: t.sourceGroup,
    subtasks,
    ...(plan
      ? {
          plannedNotifications: plan.map((n) => ({
            kind: n.kind,
            at: n.at.toISOString(),
            to: n.to,
          })),
        }
      : {}),
  };
}

export class AttachmentView {
  @ApiProperty() id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() uploadedAt!: string;
}

export function mapAttachment(a: AttachmentEntity): AttachmentView {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    uploadedAt: a.uploadedAt.toISOString(),
  };
}

export class TaskReportView {
  @ApiProperty({ description: 'progress | submission' }) kind!: string;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) percent!: number | null;
  @ApiProperty() unit!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actorUserId!: string | null;
  @ApiProperty() reportedAt!: string;
  @ApiProperty({ type: [AttachmentView] }) attachments!: AttachmentView[];
}

export function mapReport(r: TaskReportEntity, files: AttachmentEntity[]): TaskReportView {
  return {
    kind: r.kind,
    text: r.text,
    percent: r.percent,
    unit: r.unitCode,
    actorUserId: r.actorUserId,
    reportedAt: r.reportedAt.toISOString(),
    attachments: r.attachmentIds
      .map((id) => files.find((f) => f.id === id))
      .filter((f): f is AttachmentEntity => f !== undefined)
      .map(mapAttachment),
  };
}
