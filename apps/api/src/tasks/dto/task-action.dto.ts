import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
} from 'class-validator';
import { IsDueInput, textRule } from '../../common/date-validators';

const MAX_ATTACHMENTS = 20;

class AttachmentIdsDto {
  @ApiPropertyOptional({ type: [String], description: 'Mã các tệp đã tải lên cho nhiệm vụ' })
  @IsOptional()
  @IsArray({ message: 'Phải là danh sách mã tệp đính kèm.' })
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `Không quá ${MAX_ATTACHMENTS} tệp đính kèm.` })
  @IsUUID('all', { each: true, message: 'Mã tệp đính kèm không hợp lệ.' })
  attachmentIds?: string[];
}

export class ProgressDto extends AttachmentIdsDto {
  @ApiProperty({ example: 'Đã tổng hợp số liệu của 40/63 tỉnh' })
  @IsString(textRule(20000))
  @Length(1, 20000, { message: 'Nội dung báo cáo phải có từ 1 đến 20000 ký tự.' })
  text!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt({ message: 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.' })
  @Min(0, { message: 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.' })
  @Max(100, { message: 'Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.' })
  percent?: number;
}

export class SubmitDto extends AttachmentIdsDto {
  @ApiProperty({ example: 'Đã ban hành Kế hoạch số 12/KH-VKSTC-V8 và gửi báo cáo' })
  @IsString(textRule(20000))
  @Length(1, 20000, { message: 'Kết quả thực hiện phải có từ 1 đến 20000 ký tự.' })
  result!: string;
}

export class ExtensionRequestDto {
  @ApiProperty({
    example: '2021-08-13',
    description: 'Hạn mới đề nghị: ngày, hoặc thời điểm ISO 8601',
  })
  @Validate(IsDueInput)
  due!: string;

  @ApiProperty({ example: 'Chờ số liệu của các tỉnh' })
  @IsString(textRule(2000))
  @Length(1, 2000, { message: 'Lý do phải có từ 1 đến 2000 ký tự.' })
  reason!: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Chưa có số liệu quý II' })
  @IsString(textRule(2000))
  @Length(1, 2000, { message: 'Lý do phải có từ 1 đến 2000 ký tự.' })
  reason!: string;
}

export class NoteDto {
  @ApiPropertyOptional({ example: 'Đồng ý' })
  @IsOptional()
  @IsString(textRule(2000))
  @MaxLength(2000, textRule(2000))
  note?: string;
}

export class ReassignDto extends ReasonDto {
  @ApiProperty({ example: 'VKSTC.V7', description: 'Mã đơn vị chủ trì mới' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, 100, { message: 'Phải là mã đơn vị.' })
  unit!: string;
}
