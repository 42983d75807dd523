import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { FREQUENCIES, PRIORITIES } from '../../../../../libs/domain/src';
import { IsDueInput, IsLocalDate, textRule } from '../../common/date-validators';
import { IsOptionalNotNull } from '../../common/validation';
import { MAX_TASKS_PER_DIRECTIVE } from './create-directive.dto';

export class ParseDirectiveDto {
  @ApiProperty({ description: 'Toàn văn văn bản chỉ đạo, dán từ bản điện tử' })
  @IsString(textRule(200000))
  @Length(20, 200000, { message: 'Văn bản phải có từ 20 đến 200000 ký tự.' })
  text!: string;
}

export class DraftTaskDto {
  @ApiProperty({ example: '4' })
  @IsString(textRule(20))
  @Length(1, 20, { message: 'Mục phải có từ 1 đến 20 ký tự.' })
  item!: string;

  @ApiProperty()
  @IsString(textRule(1000))
  @Length(1, 1000, { message: 'Tóm tắt nhiệm vụ phải có từ 1 đến 1000 ký tự.' })
  summary!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString(textRule(20000))
  @MaxLength(20000, textRule(20000))
  content?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Mã đơn vị hoặc nhóm chủ trì' })
  @IsOptional()
  @IsString(textRule(100))
  @MaxLength(100, textRule(100))
  leadUnit?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách mã đơn vị.' })
  @ArrayMaxSize(200, { message: 'Không quá 200 đơn vị phối hợp.' })
  @IsString({ each: true, message: 'Phải là danh sách mã đơn vị.' })
  coordinatingUnits?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Tên chưa khớp danh bạ, còn phải xử lý' })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách tên.' })
  @ArrayMaxSize(200, { message: 'Không quá 200 tên.' })
  @IsString({ each: true, message: 'Phải là danh sách tên.' })
  unresolvedUnits?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Validate(IsDueInput)
  due?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString(textRule(300))
  @MaxLength(300, textRule(300))
  duePhrase?: string | null;

  @ApiPropertyOptional({ enum: FREQUENCIES, nullable: true })
  @IsOptional()
  @IsIn(FREQUENCIES, { message: 'Định kỳ phải là một trong: monthly, quarterly, yearly.' })
  recurrence?: (typeof FREQUENCIES)[number] | null;

  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES, { message: 'Độ khẩn phải là một trong: thuong, khan, hoa_toc.' })
  priority?: (typeof PRIORITIES)[number];

  @ApiPropertyOptional({ description: 'Vị trí trong văn bản gốc { start, end }' })
  @IsOptional()
  @IsObject({ message: 'Vị trí phải là { start, end }.' })
  span?: { start: number; end: number } | null;
}

export class UpdateDraftDto {
  @ApiPropertyOptional({ example: '78/KH-VKSTC' })
  @IsOptional()
  @IsString(textRule(100))
  @MaxLength(100, textRule(100))
  number?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString(textRule(50))
  @Length(1, 50, { message: 'Loại văn bản phải có từ 1 đến 50 ký tự.' })
  docType?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString(textRule(1000))
  @Length(1, 1000, { message: 'Trích yếu phải có từ 1 đến 1000 ký tự.' })
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Validate(IsLocalDate)
  issuedOn?: string;

  @ApiPropertyOptional({ type: [DraftTaskDto], description: 'Toàn bộ danh sách nhiệm vụ' })
  @IsOptionalNotNull()
  @IsArray({ message: 'Phải là danh sách nhiệm vụ.' })
  @ArrayMaxSize(MAX_TASKS_PER_DIRECTIVE, {
    message: `Không quá ${MAX_TASKS_PER_DIRECTIVE} nhiệm vụ.`,
  })
  @ValidateNested({ each: true })
  @Type(() => DraftTaskDto)
  tasks?: DraftTaskDto[];
}

export class IssueDraftDto {
  @ApiPropertyOptional({ description: 'Chính sách nhắc việc riêng; mặc định theo độ khẩn' })
  @IsOptional()
  @IsObject({ message: 'Chính sách nhắc việc phải là một đối tượng.' })
  policy?: Record<string, unknown>;
}
