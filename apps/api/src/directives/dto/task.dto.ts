import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { FREQUENCIES, PRIORITIES, TASK_LIMITS } from '@dondoc/domain';
import { IsDueInput, textRule } from '../../common/date-validators';

const L = TASK_LIMITS;

export class RecurrenceDto {
  @ApiPropertyOptional({ enum: FREQUENCIES, description: 'Định kỳ hằng tháng, quý hoặc năm' })
  @IsOptional()
  @IsIn(FREQUENCIES, { message: 'Định kỳ phải là một trong: monthly, quarterly, yearly.' })
  frequency?: (typeof FREQUENCIES)[number];

  @ApiPropertyOptional({ description: 'Chu kỳ tính bằng giây (dùng cho thử nghiệm, trình diễn)' })
  @IsOptional()
  @IsInt({ message: 'Chu kỳ phải là số giây nguyên.' })
  @Min(1, { message: 'Chu kỳ tối thiểu 1 giây.' })
  @Max(L.everySecondsMax, { message: 'Chu kỳ không quá 400 ngày.' })
  everySeconds?: number;

  @ApiPropertyOptional({
    type: String,
    example: '2022-12-31',
    nullable: true,
    description: 'Không còn kỳ nào có hạn sau ngày này',
  })
  @IsOptional()
  @Validate(IsDueInput)
  until?: string | null;
}

/** One level of a plan below a task: its units (or groups), its date, what it does. */
export class TierDto {
  @ApiProperty({
    type: [String],
    example: ['VKSND_CAP_TINH'],
    description: 'Mã đơn vị hoặc nhóm; một nhóm gồm các thành viên thuộc đơn vị của cấp trên',
  })
  @IsArray({ message: 'Phải là danh sách mã đơn vị.' })
  @ArrayMinSize(1, { message: 'Chưa chọn đơn vị của cấp này.' })
  @ArrayMaxSize(L.tierUnits, { message: `Không quá ${L.tierUnits} đơn vị một cấp.` })
  @IsString({ each: true, message: 'Phải là danh sách mã đơn vị.' })
  units!: string[];

  @ApiProperty({ example: '2020-07-29', description: 'Hạn của cấp này (không sau hạn cấp trên)' })
  @Validate(IsDueInput)
  due!: string;

  @ApiPropertyOptional({ example: 'trước ngày 30/7/2020', nullable: true })
  @IsOptional()
  @IsString(textRule(L.duePhrase))
  @MaxLength(L.duePhrase, textRule(L.duePhrase))
  duePhrase?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'Việc của cấp này, nếu khác tóm tắt của mục',
  })
  @IsOptional()
  @IsString(textRule(L.summary))
  @MaxLength(L.summary, textRule(L.summary))
  summary?: string | null;

  @ApiPropertyOptional({
    default: true,
    description: 'Cấp trên chỉ báo cáo hoàn thành khi mọi đơn vị cấp này đã báo cáo',
  })
  @IsOptional()
  @IsBoolean({ message: 'Phải là true hoặc false.' })
  needsAllReports?: boolean;
}

/**
 * A task's fields, the same for the directive form and a draft's review (the use case
 * checks them again with the same limits for callers that are not HTTP requests).
 */
export class TaskFieldsDto {
  @ApiProperty({ example: '4', description: 'Mục trong văn bản' })
  @IsString(textRule(L.item))
  @Length(1, L.item, { message: `Mục phải có từ 1 đến ${L.item} ký tự.` })
  item!: string;

  @ApiProperty({ example: 'Theo dõi, hướng dẫn triển khai Chỉ thị 06/CT-VKSTC trong toàn Ngành' })
  @IsString(textRule(L.summary))
  @Length(1, L.summary, { message: `Tóm tắt nhiệm vụ phải có từ 1 đến ${L.summary} ký tự.` })
  summary!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString(textRule(L.content))
  @MaxLength(L.content, textRule(L.content))
  content?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['VKSCC.HA_NOI'] })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách mã đơn vị.' })
  @ArrayMaxSize(L.coordinatingUnits, {
    message: `Không quá ${L.coordinatingUnits} đơn vị phối hợp.`,
  })
  @IsString({ each: true, message: 'Phải là danh sách mã đơn vị.' })
  coordinatingUnits?: string[];

  @ApiPropertyOptional({
    type: String,
    example: '2021-09-30',
    nullable: true,
    description: 'Ngày cuối cùng còn đúng hạn, hoặc thời điểm ISO 8601',
  })
  @IsOptional()
  @Validate(IsDueInput)
  due?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'trong quý III/2021',
    nullable: true,
    description: 'Thời hạn như văn bản ghi',
  })
  @IsOptional()
  @IsString(textRule(L.duePhrase))
  @MaxLength(L.duePhrase, textRule(L.duePhrase))
  duePhrase?: string | null;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'thuong' })
  @IsOptional()
  @IsIn(PRIORITIES, { message: 'Độ khẩn phải là một trong: thuong, khan, hoa_toc.' })
  priority?: (typeof PRIORITIES)[number];

  @ApiPropertyOptional({
    type: RecurrenceDto,
    nullable: true,
    description: 'Nhiệm vụ định kỳ: mỗi kỳ là một nhiệm vụ',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto | null;

  @ApiPropertyOptional({
    type: [TierDto],
    nullable: true,
    description:
      'Các cấp báo cáo của kế hoạch dưới nhiệm vụ này, từ trên xuống: mỗi đơn vị báo cáo cho đơn vị cấp trên của nó',
  })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách các cấp.' })
  @ArrayMaxSize(L.tiers, { message: `Không quá ${L.tiers} cấp báo cáo.` })
  @ValidateNested({ each: true })
  @Type(() => TierDto)
  tiers?: TierDto[] | null;
}

export class CreateTaskDto extends TaskFieldsDto {
  @ApiProperty({ example: 'VKSTC.V8', description: 'Mã đơn vị (hoặc nhóm đơn vị) chủ trì' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, L.unitCode, { message: 'Phải là mã đơn vị.' })
  leadUnit!: string;
}

/** Where a task came from in the pasted text (its shape for OpenAPI; the service checks it). */
class SpanDto {
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
}

/** A deadline counted from an event, as the text words it ("15 ngày làm việc kể từ …"). */
export class DueRuleDto {
  @ApiProperty({ description: 'Sự kiện tính hạn, như văn bản ghi' }) from!: string;
  @ApiPropertyOptional() workingDays?: number;
  @ApiPropertyOptional() days?: number;
  @ApiPropertyOptional() months?: number;
}

/** A plan level under review: its units may still be missing or unresolved, its date unset. */
export class DraftTierDto {
  @ApiProperty({ type: [String], description: 'Mã đơn vị hoặc nhóm (có thể chưa chọn)' })
  @IsArray({ message: 'Phải là danh sách mã đơn vị.' })
  @ArrayMaxSize(L.tierUnits, { message: `Không quá ${L.tierUnits} đơn vị một cấp.` })
  @IsString({ each: true, message: 'Phải là danh sách mã đơn vị.' })
  units!: string[];

  @ApiPropertyOptional({ type: [String], description: 'Tên chưa khớp danh bạ, còn phải xử lý' })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách tên.' })
  @ArrayMaxSize(L.coordinatingUnits, { message: `Không quá ${L.coordinatingUnits} tên.` })
  @IsString({ each: true, message: 'Phải là danh sách tên.' })
  unresolvedUnits?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2020-07-29' })
  @IsOptional()
  @Validate(IsDueInput)
  due?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'trước ngày 30/7/2020' })
  @IsOptional()
  @IsString(textRule(L.duePhrase))
  @MaxLength(L.duePhrase, textRule(L.duePhrase))
  duePhrase?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString(textRule(L.summary))
  @MaxLength(L.summary, textRule(L.summary))
  summary?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'Phải là true hoặc false.' })
  needsAllReports?: boolean;
}

/**
 * A draft's task under review: the lead unit may still be missing, names still unresolved,
 * and its plan levels half mapped (issuing checks them whole).
 */
export class DraftTaskDto extends OmitType(TaskFieldsDto, ['tiers'] as const) {
  @ApiPropertyOptional({ type: [DraftTierDto], nullable: true })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách các cấp.' })
  @ArrayMaxSize(L.tiers, { message: `Không quá ${L.tiers} cấp báo cáo.` })
  @ValidateNested({ each: true })
  @Type(() => DraftTierDto)
  tiers?: DraftTierDto[] | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Mã đơn vị hoặc nhóm chủ trì' })
  @IsOptional()
  @IsString(textRule(L.unitCode))
  @MaxLength(L.unitCode, textRule(L.unitCode))
  leadUnit?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Tên chưa khớp danh bạ, còn phải xử lý' })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách tên.' })
  @ArrayMaxSize(L.coordinatingUnits, { message: `Không quá ${L.coordinatingUnits} tên.` })
  @IsString({ each: true, message: 'Phải là danh sách tên.' })
  unresolvedUnits?: string[];

  @ApiPropertyOptional({
    type: SpanDto,
    nullable: true,
    description: 'Vị trí trong văn bản gốc { start, end }',
  })
  @IsOptional()
  @IsObject({ message: 'Vị trí phải là { start, end }.' })
  span?: { start: number; end: number } | null;

  @ApiPropertyOptional({
    type: DueRuleDto,
    nullable: true,
    description:
      'Thời hạn tính từ một sự kiện, như văn bản ghi ({ workingDays | days | months, from }): cần người duyệt đổi thành ngày',
  })
  @IsOptional()
  @IsObject({ message: 'Phải là { workingDays, from }.' })
  dueRule?: { workingDays?: number; days?: number; months?: number; from: string } | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '16:00',
    description: 'Giờ của ngày hạn',
  })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Giờ phải có dạng HH:mm.' })
  dueTime?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '20',
    description: 'Ngày của hạn định kỳ: "20" hằng tháng, "06-25" hằng năm',
  })
  @IsOptional()
  @Matches(/^(\d{1,2}|\d{2}-\d{2})$/, { message: 'Ngày định kỳ không hợp lệ.' })
  recurrenceDay?: string | null;
}
