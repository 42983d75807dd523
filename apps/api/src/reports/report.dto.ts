import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  Validate,
} from 'class-validator';
import { DUE_BASES, DueBasis, LIST_DEADLINE_STATES, ListDeadlineState } from '@dondoc/domain';
import { IsLocalDate } from '../common/date-validators';

const bool = ({ value }: { value: unknown }) =>
  value === 'true' || value === true ? true : value === 'false' || value === false ? false : value;
const list = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : value;

/** The filters a summary and a task list share; a summary cell drills down with them. */
export class ReportFilterDto {
  @ApiPropertyOptional({
    description:
      '2025 | 2025-Q1 | 2025-03 | 2025-03-01..2025-04-15 (bắt buộc với báo cáo tổng hợp; danh sách bỏ trống: mọi nhiệm vụ, trạng thái hôm nay)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  period?: string;

  @ApiPropertyOptional({ enum: DUE_BASES, description: 'in_force (mặc định) hoặc original' })
  @IsOptional()
  @IsIn(DUE_BASES as string[], { message: 'basis là in_force hoặc original.' })
  basis?: DueBasis;

  @ApiPropertyOptional({ description: 'Đơn vị (được tính cho)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unit?: string;

  @ApiPropertyOptional({ description: 'Gồm cả các đơn vị cấp dưới' })
  @IsOptional()
  @Transform(bool)
  @IsBoolean({ message: 'rollup là true hoặc false.' })
  rollup?: boolean;

  @ApiPropertyOptional({ description: 'Văn bản chỉ đạo' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' })
  directive?: string;

  @ApiPropertyOptional({ description: 'Đơn vị giao nhiệm vụ' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  issuer?: string;

  @ApiPropertyOptional({ description: 'Hạn từ ngày (YYYY-MM-DD)' })
  @IsOptional()
  @Validate(IsLocalDate)
  dueFrom?: string;

  @ApiPropertyOptional({ description: 'Hạn đến ngày (YYYY-MM-DD)' })
  @IsOptional()
  @Validate(IsLocalDate)
  dueTo?: string;
}

export const GROUPS = ['unit', 'directive', 'issuer'] as const;
export type Group = (typeof GROUPS)[number];

export class SummaryQueryDto extends ReportFilterDto {
  @ApiPropertyOptional({ enum: GROUPS })
  @IsOptional()
  @IsIn(GROUPS as unknown as string[], { message: 'groupBy là unit, directive hoặc issuer.' })
  groupBy?: Group;
}

export class ReportTaskQueryDto extends ReportFilterDto {
  @ApiPropertyOptional({
    description: `Một hoặc nhiều, cách nhau bởi dấu phẩy: ${LIST_DEADLINE_STATES.join(', ')}`,
  })
  @IsOptional()
  @Transform(list)
  @IsIn(LIST_DEADLINE_STATES as unknown as string[], {
    each: true,
    message: `deadlineState gồm: ${LIST_DEADLINE_STATES.join(', ')}.`,
  })
  deadlineState?: ListDeadlineState[];

  @ApiPropertyOptional({
    description: 'Chỉ nhiệm vụ quá hạn đã (true) hoặc chưa (false) giải trình',
  })
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  explained?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class RateView {
  @ApiPropertyOptional({
    description: 'Phần trăm, một chữ số thập phân',
    type: Number,
    nullable: true,
  })
  value!: number | null;
  @ApiProperty({ description: 'Như "91,8%"' }) text!: string;
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
}

export class CountsView {
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'Hoàn thành đúng hạn' }) done_on_time!: number;
  @ApiProperty({ description: 'Hoàn thành quá hạn' }) done_late!: number;
  @ApiProperty({ description: 'Chưa hoàn thành, trong hạn' }) open_within_time!: number;
  @ApiProperty({ description: 'Chưa hoàn thành, quá hạn' }) open_overdue!: number;
  @ApiProperty({ description: 'Trong đó sắp đến hạn' }) due_soon!: number;
  @ApiProperty({ description: 'Quá hạn đã giải trình' }) overdue_explained!: number;
}

export class SummaryRowView {
  @ApiProperty({ description: 'Mã đơn vị, mã văn bản hoặc mã đơn vị giao' }) key!: string;
  @ApiProperty() label!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Đơn vị cấp trên (khi theo đơn vị)',
  })
  parent!: string | null;
  @ApiProperty({ description: 'Độ sâu trong cây (0 là gốc của phạm vi)' }) depth!: number;
  @ApiProperty({ type: CountsView }) counts!: CountsView;
  @ApiProperty({ type: RateView }) onTimeRate!: RateView;
  @ApiProperty({ type: RateView }) completionRate!: RateView;
  @ApiPropertyOptional({
    description: 'Xếp hạng theo tỷ lệ đúng hạn',
    type: Number,
    nullable: true,
  })
  rank!: number | null;
  @ApiProperty({
    description:
      'Truy vấn GET /reports/tasks (và GET /tasks) của hàng; mỗi ô thêm drillDownStates[cột]',
  })
  drillDown!: string;
}

export class ReportPeriodView {
  @ApiProperty({ enum: ['month', 'quarter', 'year', 'range'] }) kind!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: '"Quý III/2021"' }) label!: string;
}

export class SummaryView {
  @ApiProperty({ type: ReportPeriodView }) period!: ReportPeriodView;
  @ApiProperty({ description: 'Thời điểm lấy số liệu' }) at!: string;
  @ApiProperty({ enum: GROUPS }) groupBy!: Group;
  @ApiProperty({ enum: DUE_BASES }) basis!: DueBasis;
  @ApiProperty() rollup!: boolean;
  @ApiProperty() dueSoonWorkingDays!: number;
  @ApiProperty({ type: [SummaryRowView] }) rows!: SummaryRowView[];
  @ApiProperty({
    description: 'Cột → điều kiện deadlineState thêm vào drillDown của hàng',
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  drillDownStates!: Record<string, string>;
  @ApiProperty({ type: SummaryRowView }) total!: SummaryRowView;
  @ApiProperty({ type: [String], description: 'Cách tính, ghi trên báo cáo' }) notes!: string[];
}

export class TrendPointView {
  @ApiProperty() period!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: CountsView }) counts!: CountsView;
  @ApiProperty({ type: RateView }) onTimeRate!: RateView;
}

export class TrendView {
  @ApiProperty({ type: [TrendPointView] }) months!: TrendPointView[];
  @ApiProperty({ type: [String] }) notes!: string[];
}

export class ExplanationView {
  @ApiProperty() reason!: string;
  @ApiProperty() remaining!: string;
  @ApiProperty() committedDate!: string;
  @ApiProperty() at!: string;
}

export class ReportTaskItemView {
  @ApiProperty() id!: string;
  @ApiProperty() directiveId!: string;
  @ApiProperty({ description: 'Số, ký hiệu văn bản' }) directive!: string;
  @ApiProperty() item!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() leadUnit!: string;
  @ApiProperty() leadUnitName!: string;
  @ApiProperty({ description: 'Đơn vị được tính trong báo cáo' }) countedFor!: string;
  @ApiPropertyOptional({
    description: 'Nhiệm vụ cấp trên khi được giao tiếp',
    type: String,
    nullable: true,
  })
  parentTaskId!: string | null;
  @ApiProperty() issuerUnit!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) dueDate!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) originalDueDate!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) completedAt!: string | null;
  @ApiProperty({ description: `${LIST_DEADLINE_STATES.join(' | ')} | no_deadline | cancelled` })
  deadlineState!: string;
  @ApiPropertyOptional({
    description: 'Số ngày quá hạn tính đến thời điểm lấy số liệu',
    type: Number,
    nullable: true,
  })
  daysOverdue!: number | null;
  @ApiPropertyOptional({ type: ExplanationView }) explanation!: ExplanationView | null;
}

export class ReportTaskListView {
  @ApiProperty() total!: number;
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) period!: string | null;
  @ApiProperty({ type: [ReportTaskItemView] }) items!: ReportTaskItemView[];
}
