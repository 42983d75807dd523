import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Validate,
  ValidateNested,
} from 'class-validator';
import { TASK_LIMITS } from '@dondoc/domain';
import { IsDueInput, textRule } from '../../common/date-validators';

const L = TASK_LIMITS;

export class SubtaskDto {
  @ApiProperty({ example: 'VKSH.TRA_VINH.TRA_CU', description: 'Mã đơn vị (hoặc nhóm) cấp dưới' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, L.unitCode, { message: 'Phải là mã đơn vị.' })
  unit!: string;

  @ApiPropertyOptional({
    example: '2021-07-09',
    description: 'Hạn của đơn vị cấp dưới; bỏ trống để dùng hạn đề xuất',
  })
  @IsOptional()
  @Validate(IsDueInput)
  due?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Giao thêm một nhiệm vụ riêng cho đơn vị đã có nhiệm vụ đang mở từ nhiệm vụ này',
  })
  @IsOptional()
  @IsBoolean({ message: 'Phải là true hoặc false.' })
  separate?: boolean;

  @ApiPropertyOptional({ description: 'Tóm tắt riêng; mặc định như nhiệm vụ cấp trên' })
  @IsOptional()
  @IsString(textRule(L.summary))
  @Length(1, L.summary, { message: `Tóm tắt nhiệm vụ phải có từ 1 đến ${L.summary} ký tự.` })
  summary?: string;
}

export class CascadeDto {
  @ApiProperty({ type: [SubtaskDto] })
  @IsArray({ message: 'Phải là danh sách đơn vị cấp dưới.' })
  @ArrayMinSize(1, { message: 'Cần ít nhất một đơn vị cấp dưới.' })
  @ArrayMaxSize(500, { message: 'Không quá 500 đơn vị cấp dưới.' })
  @ValidateNested({ each: true })
  @Type(() => SubtaskDto)
  tasks!: SubtaskDto[];

  @ApiPropertyOptional({
    default: true,
    description: 'Chỉ báo cáo hoàn thành khi mọi đơn vị cấp dưới đã báo cáo',
  })
  @IsOptional()
  @IsBoolean({ message: 'Phải là true hoặc false.' })
  needsAllReports?: boolean;
}
