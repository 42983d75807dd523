import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CompleteTaskDto {
  @ApiPropertyOptional({ description: 'Kết quả thực hiện' })
  @IsOptional()
  @IsString({ message: 'Kết quả phải là chuỗi ký tự.' })
  @MaxLength(20000, { message: 'Kết quả không quá 20000 ký tự.' })
  result?: string;
}
