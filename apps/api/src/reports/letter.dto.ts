import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, textRule } from '../common/date-validators';

export class LetterSignerDto {
  @ApiPropertyOptional({ enum: ['TL.', 'KT.', 'TM.', 'TUQ.'] })
  @IsOptional()
  @IsIn(['TL.', 'KT.', 'TM.', 'TUQ.'], { message: 'Thẩm quyền ký là TL., KT., TM. hoặc TUQ.' })
  authority?: string;

  @ApiProperty({ description: 'Chức danh người đứng đầu, ví dụ "VIỆN TRƯỞNG"' })
  @IsString(textRule(200))
  @MaxLength(200, textRule(200))
  title!: string;

  @ApiPropertyOptional({ description: 'Chức vụ người ký thay/thừa lệnh, ví dụ "CHÁNH VĂN PHÒNG"' })
  @IsOptional()
  @IsString(textRule(200))
  @MaxLength(200, textRule(200))
  position?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString(textRule(200))
  @MaxLength(200, textRule(200))
  name?: string;
}

export class DraftLetterDto {
  @ApiProperty({
    type: [String],
    description: 'Nhiệm vụ quá hạn cần đôn đốc (một hoặc nhiều đơn vị)',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'Chọn ít nhất một nhiệm vụ.' })
  @ArrayMaxSize(200, { message: 'Tối đa 200 nhiệm vụ một công văn.' })
  @IsUUID('all', { each: true, message: 'Mã nhiệm vụ không hợp lệ.' })
  taskIds!: string[];

  @ApiPropertyOptional({ description: 'Hạn báo cáo (YYYY-MM-DD); mặc định 5 ngày làm việc' })
  @IsOptional()
  @Validate(IsLocalDate)
  reportBy?: string;

  @ApiPropertyOptional({ description: 'Phần ký hiệu sau "Số: …/", ví dụ "VKSTC-VP"' })
  @IsOptional()
  @IsString(textRule(50))
  @MaxLength(50, textRule(50))
  symbol?: string;

  @ApiPropertyOptional({ type: LetterSignerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LetterSignerDto)
  signer?: LetterSignerDto;

  @ApiPropertyOptional({ type: [String], description: 'Nơi nhận để báo cáo' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  alsoTo?: string[];
}

export class LetterView {
  @ApiProperty() id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() issuerUnit!: string;
  @ApiProperty({ type: [String] }) units!: string[];
  @ApiProperty({ type: [String] }) taskIds!: string[];
  @ApiProperty() reportBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ description: 'Tải tệp DOCX' }) downloadUrl!: string;
}
