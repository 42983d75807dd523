import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { DIRECTIVE_LIMITS, TASK_LIMITS } from '@dondoc/domain';
import { CreateTaskDto } from './task.dto';
import { IsLocalDate, textRule } from '../../common/date-validators';

const text = textRule;
const L = DIRECTIVE_LIMITS;

export class SignerDto {
  @ApiProperty({ example: 'Đỗ Văn Phương' })
  @IsString(text(L.signerField))
  @Length(1, L.signerField, {
    message: `Tên người ký phải có từ 1 đến ${L.signerField} ký tự.`,
  })
  name!: string;

  @ApiProperty({ example: 'Chánh Văn phòng' })
  @IsString(text(L.signerField))
  @MaxLength(L.signerField, text(L.signerField))
  title!: string;

  @ApiPropertyOptional({ example: 'TL. Viện trưởng' })
  @IsOptional()
  @IsString(text(L.signerField))
  @MaxLength(L.signerField, text(L.signerField))
  authority?: string;
}

export class CreateDirectiveDto {
  @ApiPropertyOptional({ example: '78/KH-VKSTC' })
  @IsOptional()
  @IsString(text(L.number))
  @MaxLength(L.number, text(L.number))
  number?: string;

  @ApiProperty({ example: 'THÔNG BÁO' })
  @IsString(text(L.docType))
  @Length(1, L.docType, { message: `Loại văn bản phải có từ 1 đến ${L.docType} ký tự.` })
  docType!: string;

  @ApiProperty({
    example:
      'Chỉ đạo của Viện trưởng VKSND tối cao tại Hội nghị sơ kết công tác 6 tháng đầu năm 2021',
  })
  @IsString(text(L.title))
  @Length(1, L.title, { message: `Trích yếu phải có từ 1 đến ${L.title} ký tự.` })
  title!: string;

  @ApiProperty({ example: '2021-07-20' })
  @Validate(IsLocalDate)
  issuedOn!: string;

  @ApiPropertyOptional({ example: 'Hà Nội' })
  @IsOptional()
  @IsString(text(L.place))
  @MaxLength(L.place, text(L.place))
  issuedPlace?: string;

  @ApiProperty({ example: 'VKSTC', description: 'Mã đơn vị ban hành' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, TASK_LIMITS.unitCode, { message: 'Phải là mã đơn vị.' })
  issuerUnit!: string;

  @ApiPropertyOptional({ type: SignerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString(text(L.body))
  @MaxLength(L.body, text(L.body))
  body?: string;

  @ApiPropertyOptional({ description: 'Chính sách nhắc việc riêng; mặc định theo quy định chung' })
  @IsOptional()
  @IsObject({ message: 'Chính sách nhắc việc phải là một đối tượng.' })
  policy?: Record<string, unknown>;

  @ApiProperty({ type: [CreateTaskDto] })
  @IsArray({ message: 'Phải là danh sách nhiệm vụ.' })
  @ArrayMinSize(1, { message: 'Văn bản phải có ít nhất một nhiệm vụ.' })
  @ArrayMaxSize(L.tasks, {
    message: `Không quá ${L.tasks} nhiệm vụ.`,
  })
  @ValidateNested({ each: true })
  @Type(() => CreateTaskDto)
  tasks!: CreateTaskDto[];
}
