import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TASK_LIMITS } from '@dondoc/domain';

/** A log read by the admin or a leader: a time window, one unit, a page of at most 500. */
export class TimeRangeQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Thời điểm phải theo ISO 8601.' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Thời điểm phải theo ISO 8601.' })
  to?: string;

  @IsOptional()
  @IsString()
  @MaxLength(TASK_LIMITS.unitCode, { message: 'Mã đơn vị không hợp lệ.' })
  unitCode?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Số bản ghi phải là số nguyên.' })
  @Min(1, { message: 'Số bản ghi từ 1 đến 500.' })
  @Max(500, { message: 'Số bản ghi từ 1 đến 500.' })
  limit?: number;
}
