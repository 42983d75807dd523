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
import { IsDueInput, textRule } from '../../common/date-validators';

export class SubtaskDto {
  @ApiProperty({ example: 'VKSH.TRA_VINH.TRA_CU', description: 'Mã đơn vị (hoặc nhóm) cấp dưới' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, 100, { message: 'Phải là mã đơn vị.' })
  unit!: string;

  @ApiPropertyOptional({
    example: '2021-07-09',
    description: 'Hạn của đơn vị cấp dưới; bỏ trống để dùng hạn đề xuất',
  })
  @IsOptional()
  @Validate(IsDueInput)
  due?: string;

  @ApiPropertyOptional({ description: 'Tóm tắt riêng; mặc định như nhiệm vụ cấp trên' })
  @IsOptional()
  @IsString(textRule(1000))
  @Length(1, 1000, { message: 'Tóm tắt nhiệm vụ phải có từ 1 đến 1000 ký tự.' })
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
