import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_POLICY,
  DeadlineState,
  PlannedNotification,
  TimingPolicy,
  WorkingCalendar,
  deadlineState,
  dueText,
  dueTimeOfDay,
  statusLabel,
} from '../../../../libs/domain/src';
import { TaskEntity } from '../../../../libs/persistence/src';

const calendar = new WorkingCalendar();

export class DueView {
  @ApiPropertyOptional({ description: 'Ngày cuối cùng còn đúng hạn' }) date!: string | null;
  @ApiPropertyOptional({ description: 'Thời điểm bắt đầu bị coi là quá hạn' }) at!: string | null;
  @ApiPropertyOptional({ description: 'Thời hạn như văn bản ghi' }) phrase!: string | null;
  @ApiProperty({ description: 'Thời hạn để hiển thị' }) text!: string;
}

export class PlannedNotificationView {
  @ApiProperty() kind!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: [String] }) to!: string[];
}

export class TaskView {
  @ApiProperty() id!: string;
  @ApiProperty() directiveId!: string;
  @ApiProperty() item!: string;
  @ApiProperty() summary!: string;
  @ApiPropertyOptional() content!: string | null;
  @ApiProperty() leadUnit!: string;
  @ApiProperty({ type: [String] }) coordinatingUnits!: string[];
  @ApiProperty({ type: DueView }) due!: DueView;
  @ApiProperty() priority!: string;
  @ApiProperty() status!: string;
  @ApiProperty() statusLabel!: string;
  @ApiProperty({ description: 'overdue | due_soon | on_track | closed | no_deadline' })
  deadlineState!: DeadlineState;
  @ApiPropertyOptional() outcome!: string | null;
  @ApiProperty() assignedAt!: string;
  @ApiPropertyOptional() acknowledgedAt!: string | null;
  @ApiPropertyOptional() completedAt!: string | null;
  @ApiPropertyOptional() result!: string | null;
  @ApiPropertyOptional({ type: [PlannedNotificationView] })
  plannedNotifications?: PlannedNotificationView[];
}

export function mapTask(
  t: TaskEntity,
  now: Date,
  policy: TimingPolicy = DEFAULT_POLICY,
  plan?: PlannedNotification[],
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
    deadlineState: deadlineState(t, now, policy.dueSoon, calendar),
    outcome: t.outcome,
    assignedAt: t.assignedAt.toISOString(),
    acknowledgedAt: t.acknowledgedAt?.toISOString() ?? null,
    completedAt: t.completedAt?.toISOString() ?? null,
    result: t.result,
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
