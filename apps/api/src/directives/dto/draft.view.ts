import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PRIORITIES } from '@dondoc/domain';
import { DueRuleDto, RecurrenceDto } from './task.dto';

/** The OpenAPI description of `DraftView` (drafts.service.ts), for the web app's generated types. */
export class SpanView {
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
}

export class DraftTierView {
  @ApiProperty({ type: [String], description: 'Mã đơn vị hoặc nhóm' }) units!: string[];
  @ApiPropertyOptional({ type: [String], description: 'Tên chưa khớp danh bạ' })
  unresolvedUnits?: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) due!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) duePhrase?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) summary?: string | null;
  @ApiPropertyOptional() needsAllReports?: boolean;
}

export class DraftTaskView {
  @ApiProperty() item!: string;
  @ApiProperty() summary!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) content!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Mã đơn vị hoặc nhóm chủ trì' })
  leadUnit!: string | null;
  @ApiProperty({ type: [String] }) coordinatingUnits!: string[];
  @ApiProperty({ type: [String], description: 'Tên chưa khớp danh bạ' }) unresolvedUnits!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) due!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) duePhrase!: string | null;
  @ApiPropertyOptional({ type: RecurrenceDto, nullable: true }) recurrence!: RecurrenceDto | null;
  @ApiProperty({ enum: PRIORITIES }) priority!: string;
  @ApiPropertyOptional({ type: SpanView, nullable: true }) span!: SpanView | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Đoạn văn bản gốc' })
  sourceText!: string | null;
  @ApiPropertyOptional({
    type: [DraftTierView],
    description: 'Các cấp báo cáo của kế hoạch dưới nhiệm vụ, từ trên xuống',
  })
  tiers?: DraftTierView[];
  @ApiPropertyOptional({ type: DueRuleDto, nullable: true }) dueRule?: DueRuleDto | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '16:00' })
  dueTime?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '20' })
  recurrenceDay?: string | null;
}

export class RecipientView {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) purpose!: string | null;
}

export class DraftDocView {
  @ApiProperty() id!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) number!: string | null;
  @ApiProperty() docType!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuedOn!: string;
  @ApiProperty() issuerUnit!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) body!: string | null;
  @ApiProperty({ type: [DraftTaskView] }) tasks!: DraftTaskView[];
  @ApiProperty({ type: [String] }) unresolvedUnits!: string[];
  @ApiProperty({ type: [String] }) references!: string[];
  @ApiProperty({ type: [RecipientView] }) recipients!: RecipientView[];
}
