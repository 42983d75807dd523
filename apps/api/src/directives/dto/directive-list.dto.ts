import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, Validate } from 'class-validator';
import type { DirectiveStatus } from '@dondoc/persistence';
import { IsLocalDate } from '../../common/date-validators';
import { ListParam } from '../../common/list-query';
import { PageQueryDto } from '../../tasks/dto/task-list.dto';

export const DIRECTIVE_STATUSES: readonly DirectiveStatus[] = [
  'draft',
  'issued',
  'closed',
  'cancelled',
];

export class DirectiveListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Số, ký hiệu (một phần): "78/KH"' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Số, ký hiệu không quá 100 ký tự.' })
  number?: string;

  @ApiPropertyOptional({ description: 'Loại văn bản: KẾ HOẠCH, THÔNG BÁO, CÔNG VĂN…' })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: 'Loại văn bản không quá 50 ký tự.' })
  docType?: string;

  @ApiPropertyOptional({ description: 'Mã đơn vị ban hành' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Mã đơn vị không hợp lệ.' })
  issuer?: string;

  @ApiPropertyOptional({ example: '2021-01-01', description: 'Ban hành từ ngày' })
  @IsOptional()
  @Validate(IsLocalDate)
  issuedFrom?: string;

  @ApiPropertyOptional({ example: '2021-12-31', description: 'Ban hành đến ngày' })
  @IsOptional()
  @Validate(IsLocalDate)
  issuedTo?: string;

  @ApiPropertyOptional({ enum: DIRECTIVE_STATUSES, isArray: true })
  @IsOptional()
  @ListParam()
  @IsIn(DIRECTIVE_STATUSES, {
    each: true,
    message: `Trạng thái phải là một trong: ${DIRECTIVE_STATUSES.join(', ')}.`,
  })
  status?: DirectiveStatus[];

  @ApiPropertyOptional({ description: 'Tìm trong số, loại và trích yếu, không phân biệt dấu' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Từ khóa không quá 200 ký tự.' })
  q?: string;
}

export class DirectiveListItemView {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) number!: string | null;
  @ApiProperty() docType!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty() issuerUnit!: string;
  @ApiProperty({ enum: DIRECTIVE_STATUSES }) status!: string;
  @ApiProperty({ description: 'Số nhiệm vụ (trừ nhiệm vụ đã hủy) người dùng được xem' })
  taskCount!: number;
  @ApiProperty({ description: 'Số nhiệm vụ đã hoàn thành' }) doneCount!: number;
  @ApiProperty({ description: 'Số nhiệm vụ đang quá hạn' }) overdueCount!: number;
}

export class DirectiveListView {
  @ApiProperty({ type: [DirectiveListItemView] }) items!: DirectiveListItemView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
