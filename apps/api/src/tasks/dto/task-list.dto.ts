import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import {
  DEADLINE_FILTERS,
  DeadlineFilter,
  PRIORITIES,
  Priority,
  TASK_BUCKETS,
  TASK_STATUSES,
  TaskBucket,
  TaskStatus,
} from '@dondoc/domain';
import { TASK_SORTS, TaskSort } from '@dondoc/persistence/repositories/task-list.repository';
import { IsLocalDate } from '../../common/date-validators';
import { ListParam } from '../../common/list-query';
import { TaskView } from '../task.mapper';

const oneOf = (values: readonly string[], what: string) => ({
  each: true,
  message: `${what} phải là một trong: ${values.join(', ')}.`,
});

export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Trang phải là số nguyên.' })
  @Min(1, { message: 'Trang bắt đầu từ 1.' })
  @Max(100000, { message: 'Trang không quá 100000.' })
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Số dòng mỗi trang phải là số nguyên.' })
  @Min(1, { message: 'Số dòng mỗi trang từ 1 đến 100.' })
  @Max(100, { message: 'Số dòng mỗi trang từ 1 đến 100.' })
  pageSize?: number;
}

export class TaskListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: [String], description: 'Mã đơn vị chủ trì (một hoặc nhiều)' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(200, { message: 'Không quá 200 đơn vị.' })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'Mã đơn vị không hợp lệ.' })
  unit?: string[];

  @ApiPropertyOptional({ description: 'Mã văn bản chỉ đạo' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' })
  directive?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(TASK_STATUSES, oneOf(TASK_STATUSES, 'Trạng thái'))
  status?: TaskStatus[];

  @ApiPropertyOptional({
    enum: DEADLINE_FILTERS,
    isArray: true,
    description:
      'Tình trạng thời hạn: trong hạn, sắp đến hạn, quá hạn, xong đúng hạn, xong trễ hạn',
  })
  @IsOptional()
  @ListParam()
  @IsIn(DEADLINE_FILTERS, oneOf(DEADLINE_FILTERS, 'Tình trạng thời hạn'))
  deadline?: DeadlineFilter[];

  @ApiPropertyOptional({ enum: PRIORITIES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(PRIORITIES, oneOf(PRIORITIES, 'Độ khẩn'))
  priority?: Priority[];

  @ApiPropertyOptional({ example: '2021-07-01', description: 'Hạn từ ngày (YYYY-MM-DD)' })
  @IsOptional()
  @Validate(IsLocalDate)
  dueFrom?: string;

  @ApiPropertyOptional({ example: '2021-09-30', description: 'Hạn đến ngày (YYYY-MM-DD)' })
  @IsOptional()
  @Validate(IsLocalDate)
  dueTo?: string;

  @ApiPropertyOptional({ description: 'Mã đơn vị giao nhiệm vụ' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Mã đơn vị không hợp lệ.' })
  issuer?: string;

  @ApiPropertyOptional({ description: 'Tìm theo nội dung, không phân biệt dấu: "bao cao"' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Từ khóa không quá 200 ký tự.' })
  q?: string;

  @ApiPropertyOptional({ enum: TASK_BUCKETS, description: 'Nhóm việc của đơn vị' })
  @IsOptional()
  @IsIn(TASK_BUCKETS, { message: `Nhóm phải là một trong: ${TASK_BUCKETS.join(', ')}.` })
  bucket?: TaskBucket;

  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'urgency' })
  @IsOptional()
  @IsIn(TASK_SORTS, { message: `Sắp xếp phải là một trong: ${TASK_SORTS.join(', ')}.` })
  sort?: TaskSort;
}

export class DirectiveRefView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) number!: string | null;
  @ApiProperty() docType!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuedOn!: string;
}

export class TaskListItemView extends TaskView {
  @ApiProperty({ type: DirectiveRefView }) directive!: DirectiveRefView;
}

export class BucketCountsView {
  @ApiProperty() awaiting_ack!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() due_soon!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() awaiting_review!: number;
  @ApiProperty() done!: number;
}

export class TaskListView {
  @ApiProperty({ type: [TaskListItemView] }) items!: TaskListItemView[];
  @ApiProperty({ description: 'Tổng số nhiệm vụ khớp bộ lọc' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({
    type: BucketCountsView,
    description: 'Số nhiệm vụ của mỗi nhóm, theo cùng bộ lọc (trừ nhóm)',
  })
  counts!: BucketCountsView;
}

export const TASK_ACTION_NAMES = [
  'acknowledge',
  'progress',
  'extension',
  'submit',
  'attach',
  'explain',
  'approve_extension',
  'reject_extension',
  'accept',
  'return',
  'reassign',
  'cancel',
  'cascade',
] as const;
export type TaskActionName = (typeof TASK_ACTION_NAMES)[number];

export class TaskActionsView {
  @ApiProperty({
    enum: TASK_ACTION_NAMES,
    isArray: true,
    description: 'Thao tác người dùng này được làm trên nhiệm vụ lúc này',
  })
  actions!: TaskActionName[];
}
