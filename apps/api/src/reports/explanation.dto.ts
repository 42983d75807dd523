import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, Validate } from 'class-validator';
import { IsLocalDate, textRule } from '../common/date-validators';

export class ExplanationDto {
  @ApiProperty({ description: 'Lý do chậm' })
  @IsString(textRule(4000))
  @MinLength(1, { message: 'Cần nêu lý do.' })
  @MaxLength(4000, textRule(4000))
  reason!: string;

  @ApiProperty({ description: 'Phần việc còn lại' })
  @IsString(textRule(4000))
  @MinLength(1, { message: 'Cần nêu phần việc còn lại.' })
  @MaxLength(4000, textRule(4000))
  remaining!: string;

  @ApiProperty({ description: 'Ngày cam kết hoàn thành (YYYY-MM-DD)' })
  @Validate(IsLocalDate)
  committedDate!: string;
}

export class TaskExplanationView {
  @ApiProperty() id!: string;
  @ApiProperty() unit!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() remaining!: string;
  @ApiProperty() committedDate!: string;
  @ApiPropertyOptional() authorUserId!: string | null;
  @ApiProperty() at!: string;
}
