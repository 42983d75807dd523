import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { DIRECTIVE_LIMITS } from '@dondoc/domain';
import { IsLocalDate, textRule } from '../../common/date-validators';
import { IsOptionalNotNull } from '../../common/validation';
import { DraftTaskDto } from './task.dto';

const L = DIRECTIVE_LIMITS;

export class ParseDirectiveDto {
  @ApiProperty({ description: 'Toàn văn văn bản chỉ đạo, dán từ bản điện tử' })
  @IsString(textRule(L.body))
  @Length(20, L.body, { message: `Văn bản phải có từ 20 đến ${L.body} ký tự.` })
  text!: string;
}

export class UpdateDraftDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '78/KH-VKSTC' })
  @IsOptional()
  @IsString(textRule(L.number))
  @MaxLength(L.number, textRule(L.number))
  number?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString(textRule(L.docType))
  @Length(1, L.docType, { message: `Loại văn bản phải có từ 1 đến ${L.docType} ký tự.` })
  docType?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString(textRule(L.title))
  @Length(1, L.title, { message: `Trích yếu phải có từ 1 đến ${L.title} ký tự.` })
  title?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Validate(IsLocalDate)
  issuedOn?: string;

  @ApiPropertyOptional({ type: [DraftTaskDto], description: 'Toàn bộ danh sách nhiệm vụ' })
  @IsOptionalNotNull()
  @IsArray({ message: 'Phải là danh sách nhiệm vụ.' })
  @ArrayMaxSize(L.tasks, {
    message: `Không quá ${L.tasks} nhiệm vụ.`,
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
