import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { TARGET_AGGREGATIONS, TARGET_KINDS, TargetAggregation, TargetKind } from '@dondoc/domain';
import { textRule } from '../common/date-validators';
import { RateView } from './report.dto';

export class CreateTargetDto {
  @ApiProperty() @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' }) directiveId!: string;

  @ApiProperty({ description: 'Mục của văn bản, ví dụ "2.1"' })
  @IsString(textRule(50))
  @MinLength(1)
  @MaxLength(50, textRule(50))
  item!: string;

  @ApiProperty({ enum: TARGET_KINDS })
  @IsIn(TARGET_KINDS as unknown as string[], {
    message: 'Loại chỉ tiêu là rate, count hoặc on_time.',
  })
  kind!: TargetKind;

  @ApiProperty({ description: 'Tên chỉ tiêu, ví dụ "Tỷ lệ thi hành xong về việc"' })
  @IsString(textRule(500))
  @MinLength(1)
  @MaxLength(500, textRule(500))
  label!: string;

  @ApiProperty({ description: 'Ngưỡng: phần trăm (rate, on_time) hoặc số lượng (count)' })
  @IsNumber({}, { message: 'Ngưỡng phải là số.' })
  @Min(0)
  @Max(1e12)
  threshold!: number;

  @ApiPropertyOptional({
    enum: TARGET_AGGREGATIONS,
    description: 'sum (mặc định) hoặc latest (lũy kế)',
  })
  @IsOptional()
  @IsIn(TARGET_AGGREGATIONS as unknown as string[])
  aggregation?: TargetAggregation;

  @ApiPropertyOptional({ description: 'Tử số, ví dụ "Số việc thi hành xong"' })
  @IsOptional()
  @IsString(textRule(200))
  @MaxLength(200, textRule(200))
  numeratorLabel?: string;

  @ApiPropertyOptional({ description: 'Mẫu số, ví dụ "Số việc có điều kiện thi hành"' })
  @IsOptional()
  @IsString(textRule(200))
  @MaxLength(200, textRule(200))
  denominatorLabel?: string;
}

export class TargetView {
  @ApiProperty() id!: string;
  @ApiProperty() directiveId!: string;
  @ApiProperty() item!: string;
  @ApiProperty({ enum: TARGET_KINDS }) kind!: TargetKind;
  @ApiProperty() label!: string;
  @ApiProperty() threshold!: number;
  @ApiProperty({ description: '"≥ 73%"' }) targetText!: string;
  @ApiProperty({ enum: TARGET_AGGREGATIONS }) aggregation!: TargetAggregation;
  @ApiPropertyOptional({ type: String, nullable: true }) numeratorLabel!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) denominatorLabel!: string | null;
}

export class FiguresDto {
  @ApiProperty() @IsUUID('all', { message: 'Mã chỉ tiêu không hợp lệ.' }) targetId!: string;
  @ApiProperty() @IsNumber({}, { message: 'Tử số phải là số.' }) numerator!: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsNumber({}, { message: 'Mẫu số phải là số.' })
  denominator?: number;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString(textRule(2000))
  @MaxLength(2000, textRule(2000))
  note?: string;
}

export class TaskFiguresView {
  @ApiProperty({ type: TargetView }) target!: TargetView;
  @ApiPropertyOptional({ type: Number, nullable: true }) numerator!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) denominator!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reportedAt!: string | null;
}

export class AttainmentQueryDto {
  @ApiProperty() @IsUUID('all', { message: 'Mã văn bản không hợp lệ.' }) directiveId!: string;
  @ApiProperty({ description: '2019 | 2019-Q2 | 2019-06 | dải ngày' })
  @IsString()
  @MaxLength(30)
  period!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  rollup?: boolean;
}

export class AttainmentRowView {
  @ApiProperty() unit!: string;
  @ApiProperty() label!: string;
  @ApiProperty() depth!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) numerator!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) denominator!: number | null;
  @ApiProperty({
    type: RateView,
    description: 'Đạt được: tỷ lệ (hai chữ số thập phân) hoặc số lượng',
  })
  achieved!: { value: number | null; text: string };
  @ApiPropertyOptional({ type: Boolean, nullable: true }) met!: boolean | null;
  @ApiPropertyOptional({ description: 'Vượt (+) hoặc thiếu (−) so với chỉ tiêu' }) margin!:
    number | null;
  @ApiProperty({ enum: ['green', 'red', 'grey'] }) colour!: 'green' | 'red' | 'grey';
}

export class TargetAttainmentView {
  @ApiProperty({ type: TargetView }) target!: TargetView;
  @ApiProperty({ type: [AttainmentRowView] }) rows!: AttainmentRowView[];
  @ApiProperty({ type: AttainmentRowView }) total!: AttainmentRowView;
}

export class AttainmentView {
  @ApiProperty() period!: string;
  @ApiProperty({ type: [TargetAttainmentView] }) targets!: TargetAttainmentView[];
  @ApiProperty({ type: [String] }) notes!: string[];
}
