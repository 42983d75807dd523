import { IsOptional, IsUUID } from 'class-validator';
import { TimeRangeQueryDto } from '../common/time-range.dto';

export class AuditQueryDto extends TimeRangeQueryDto {
  @IsOptional() @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' }) directiveId?: string;
  @IsOptional() @IsUUID('all', { message: 'Mã nhiệm vụ không hợp lệ.' }) taskId?: string;
  @IsOptional() @IsUUID('all', { message: 'Mã người dùng không hợp lệ.' }) userId?: string;
}
