import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  Max,
  Min,
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

export const MAX_TASKS_PER_DIRECTIVE = 2000;

const text = textRule;

export class SignerDto {
  @ApiProperty({ example: 'Đỗ Văn Phương' })
  @IsString(text(200))
  @Length(1, 200, { message: 'Tên người ký phải có từ 1 đến 200 ký tự.' })
  name!: string;

  @ApiProperty({ example: 'Chánh Văn phòng' })
  @IsString(text(200))
  @MaxLength(200, text(200))
  title!: string;

  @ApiPropertyOptional({ example: 'TL. Viện trưởng' })
  @IsOptional()
  @IsString(text(200))
  @MaxLength(200, text(200))
  authority?: string;
}

export class RecurrenceDto {
  @ApiPropertyOptional({ enum: FREQUENCIES, description: 'Định kỳ hằng tháng, quý hoặc năm' })
  @IsOptional()
  @IsIn(FREQUENCIES, { message: 'Định kỳ phải là một trong: monthly, quarterly, yearly.' })
  frequency?: (typeof FREQUENCIES)[number];

  @ApiPropertyOptional({ description: 'Chu kỳ tính bằng giây (dùng cho thử nghiệm, trình diễn)' })
  @IsOptional()
  @IsInt({ message: 'Chu kỳ phải là số giây nguyên.' })
  @Min(1, { message: 'Chu kỳ tối thiểu 1 giây.' })
  @Max(400 * 86400, { message: 'Chu kỳ không quá 400 ngày.' })
  everySeconds?: number;

  @ApiPropertyOptional({
    example: '2022-12-31',
    description: 'Không còn kỳ nào có hạn sau ngày này',
  })
  @IsOptional()
  @Validate(IsDueInput)
  until?: string;
}

export class CreateTaskDto {
  @ApiProperty({ example: '4', description: 'Mục trong văn bản' })
  @IsString(text(20))
  @Length(1, 20, { message: 'Mục phải có từ 1 đến 20 ký tự.' })
  item!: string;

  @ApiProperty({ example: 'Theo dõi, hướng dẫn triển khai Chỉ thị 06/CT-VKSTC trong toàn Ngành' })
  @IsString(text(1000))
  @Length(1, 1000, { message: 'Tóm tắt nhiệm vụ phải có từ 1 đến 1000 ký tự.' })
  summary!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString(text(20000))
  @MaxLength(20000, text(20000))
  content?: string;

  @ApiProperty({ example: 'VKSTC.V8', description: 'Mã đơn vị chủ trì' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, 100, { message: 'Phải là mã đơn vị.' })
  leadUnit!: string;

  @ApiPropertyOptional({ type: [String], example: ['VKSCC.HA_NOI'] })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách mã đơn vị.' })
  @ArrayMaxSize(200, { message: 'Không quá 200 đơn vị phối hợp.' })
  @IsString({ each: true, message: 'Phải là danh sách mã đơn vị.' })
  coordinatingUnits?: string[];

  @ApiPropertyOptional({
    example: '2021-09-30',
    description: 'Ngày cuối cùng còn đúng hạn, hoặc thời điểm ISO 8601',
  })
  @IsOptional()
  @Validate(IsDueInput)
  due?: string;

  @ApiPropertyOptional({ example: 'trong quý III/2021', description: 'Thời hạn như văn bản ghi' })
  @IsOptional()
  @IsString(text(300))
  @MaxLength(300, text(300))
  duePhrase?: string;

  @ApiPropertyOptional({ enum: PRIORITIES, default: 'thuong' })
  @IsOptional()
  @IsIn(PRIORITIES, { message: 'Độ khẩn phải là một trong: thuong, khan, hoa_toc.' })
  priority?: (typeof PRIORITIES)[number];

  @ApiPropertyOptional({
    type: RecurrenceDto,
    description: 'Nhiệm vụ định kỳ: mỗi kỳ là một nhiệm vụ',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence?: RecurrenceDto;
}

export class CreateDirectiveDto {
  @ApiPropertyOptional({ example: '78/KH-VKSTC' })
  @IsOptional()
  @IsString(text(100))
  @MaxLength(100, text(100))
  number?: string;

  @ApiProperty({ example: 'THÔNG BÁO' })
  @IsString(text(50))
  @Length(1, 50, { message: 'Loại văn bản phải có từ 1 đến 50 ký tự.' })
  docType!: string;

  @ApiProperty({
    example:
      'Chỉ đạo của Viện trưởng VKSND tối cao tại Hội nghị sơ kết công tác 6 tháng đầu năm 2021',
  })
  @IsString(text(2000))
  @Length(1, 2000, { message: 'Trích yếu phải có từ 1 đến 2000 ký tự.' })
  title!: string;

  @ApiProperty({ example: '2021-07-20' })
  @Validate(IsLocalDate)
  issuedOn!: string;

  @ApiPropertyOptional({ example: 'Hà Nội' })
  @IsOptional()
  @IsString(text(200))
  @MaxLength(200, text(200))
  issuedPlace?: string;

  @ApiProperty({ example: 'VKSTC', description: 'Mã đơn vị ban hành' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, 100, { message: 'Phải là mã đơn vị.' })
  issuerUnit!: string;

  @ApiPropertyOptional({ type: SignerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignerDto)
  signer?: SignerDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString(text(200000))
  @MaxLength(200000, text(200000))
  body?: string;

  @ApiPropertyOptional({ description: 'Chính sách nhắc việc riêng; mặc định theo quy định chung' })
  @IsOptional()
  @IsObject({ message: 'Chính sách nhắc việc phải là một đối tượng.' })
  policy?: Record<string, unknown>;

  @ApiProperty({ type: [CreateTaskDto] })
  @IsArray({ message: 'Phải là danh sách nhiệm vụ.' })
  @ArrayMinSize(1, { message: 'Văn bản phải có ít nhất một nhiệm vụ.' })
  @ArrayMaxSize(MAX_TASKS_PER_DIRECTIVE, {
    message: `Không quá ${MAX_TASKS_PER_DIRECTIVE} nhiệm vụ.`,
  })
  @ValidateNested({ each: true })
  @Type(() => CreateTaskDto)
  tasks!: CreateTaskDto[];
}
