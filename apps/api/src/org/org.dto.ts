import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Validate,
  ValidateNested,
} from 'class-validator';
import { KINDS, LEVELS, UnitKind, UnitLevel } from '@dondoc/org';
import { IsLocalDate } from '../common/date-validators';
import { IsOptionalNotNull } from '../common/validation';

// Shapes only here; what a unit may hold (code format, e-mail addresses, lengths) is checked
// by the directory's own rules, the same ones an imported file meets.
const TEXT = { message: 'Phải là chuỗi ký tự.' };
const TEXTS = { each: true, message: 'Mỗi phần tử phải là chuỗi ký tự.' };
const LIST = { message: 'Phải là danh sách.' };
const LEVEL = { message: `Cấp phải là một trong: ${LEVELS.join(', ')}.` };
const KIND = { message: `Loại phải là một trong: ${KINDS.join(', ')}.` };
const HEAD = { message: 'Thủ trưởng phải là { title, email } hoặc null.' };

export class UnitHeadDto {
  @ApiProperty({ example: 'Vụ trưởng' })
  @IsString(TEXT)
  title!: string;

  @ApiProperty({ example: 'vutruong.vkstc-v8@dondoc.test' })
  @IsString(TEXT)
  email!: string;
}

export class CreateUnitDto {
  @ApiProperty({
    example: 'VKST.YEN_BAI.PHONG_1',
    description: 'Chữ in hoa ASCII, số, ".", "_", "-"',
  })
  @IsString(TEXT)
  code!: string;

  @ApiProperty({ example: 'Phòng 1 VKSND tỉnh Yên Bái' })
  @IsString(TEXT)
  shortName!: string;

  @ApiProperty({ example: 'Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự' })
  @IsString(TEXT)
  fullName!: string;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS, LEVEL)
  level!: UnitLevel;

  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS, KIND)
  kind!: UnitKind;

  @ApiProperty({ example: 'VKST.YEN_BAI', description: 'Mã đơn vị cấp trên' })
  @IsString(TEXT)
  parent!: string;

  @ApiPropertyOptional({ type: [String], description: 'Tên gọi khác, như văn bản thường viết' })
  @IsOptionalNotNull()
  @IsArray(LIST)
  @IsString(TEXTS)
  aliases?: string[];

  @ApiProperty({ type: [String], example: ['p1.vkst-yen-bai@dondoc.test'] })
  @IsArray(LIST)
  @IsString(TEXTS)
  emails!: string[];

  @ApiPropertyOptional({ type: UnitHeadDto, nullable: true })
  @IsOptional()
  @IsObject(HEAD)
  @ValidateNested()
  @Type(() => UnitHeadDto)
  head?: UnitHeadDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2025-07-01',
    description: 'Ngày bắt đầu hoạt động',
  })
  @IsOptional()
  @Validate(IsLocalDate)
  activeFrom?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2030-01-01',
    description: 'Ngày ngừng hoạt động (từ ngày này đơn vị không còn hoạt động)',
  })
  @IsOptional()
  @Validate(IsLocalDate)
  activeTo?: string | null;
}

/** Any of these; `null` clears head, active dates and replacedBy. The code never changes. */
export class UpdateUnitDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString(TEXT)
  shortName?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString(TEXT)
  fullName?: string;

  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptionalNotNull()
  @IsIn(LEVELS, LEVEL)
  level?: UnitLevel;

  @ApiPropertyOptional({ enum: KINDS })
  @IsOptionalNotNull()
  @IsIn(KINDS, KIND)
  kind?: UnitKind;

  @ApiPropertyOptional({ description: 'Mã đơn vị cấp trên' })
  @IsOptionalNotNull()
  @IsString(TEXT)
  parent?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray(LIST)
  @IsString(TEXTS)
  aliases?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray(LIST)
  @IsString(TEXTS)
  emails?: string[];

  @ApiPropertyOptional({ type: UnitHeadDto, nullable: true })
  @IsOptional()
  @IsObject(HEAD)
  @ValidateNested()
  @Type(() => UnitHeadDto)
  head?: UnitHeadDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Validate(IsLocalDate)
  activeFrom?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Validate(IsLocalDate)
  activeTo?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Mã đơn vị tiếp nhận' })
  @IsOptional()
  @IsString(TEXT)
  replacedBy?: string | null;
}

export class MergeUnitDto {
  @ApiProperty({ example: 'VKST.BINH_THUAN', description: 'Đơn vị tiếp nhận' })
  @IsString(TEXT)
  into!: string;

  @ApiProperty({
    example: '2025-07-01',
    description: 'Ngày sáp nhập: từ ngày này đơn vị ngừng hoạt động',
  })
  @Validate(IsLocalDate)
  on!: string;
}

export class UnitHeadView {
  @ApiProperty() title!: string;
  @ApiProperty() email!: string;
}

/** A unit as everyone with org.read sees it. */
export class UnitListItemView {
  @ApiProperty() code!: string;
  @ApiProperty() shortName!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) parent!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Ngày bắt đầu hoạt động' })
  activeFrom!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Ngày ngừng hoạt động (đơn vị không còn hoạt động từ ngày này)',
  })
  activeTo!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Đơn vị tiếp nhận' })
  replacedBy!: string | null;
}

/** A unit with everything the admin edits. */
export class OrgUnitView extends UnitListItemView {
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({ type: [String] }) emails!: string[];
  @ApiPropertyOptional({ type: UnitHeadView, nullable: true }) head!: UnitHeadView | null;
}

export class OrgGroupView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({
    description: 'Quy tắc thành viên, như trong tệp danh bạ',
    example: { level: 'tinh', kind: 'vien' },
  })
  rule!: object;
  @ApiProperty({ type: [String], description: 'Mã các đơn vị thành viên đang hoạt động hôm nay' })
  members!: string[];
}

export class ImportCountsView {
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() unchanged!: number;
}

export class UnitImportCountsView extends ImportCountsView {
  @ApiProperty({ description: 'Đơn vị không có trong tệp: không bị xóa mà ngừng hoạt động' })
  ended!: number;
}

export class GroupImportCountsView extends ImportCountsView {
  @ApiProperty() removed!: number;
}

export class EndedUnitView {
  @ApiProperty() code!: string;
  @ApiProperty({ example: '2026-03-02', description: 'Ngừng hoạt động từ ngày này' })
  activeTo!: string;
}

export class DirectoryImportView {
  @ApiProperty({ type: UnitImportCountsView }) units!: UnitImportCountsView;
  @ApiProperty({ type: GroupImportCountsView }) groups!: GroupImportCountsView;
  @ApiProperty({ type: [String] }) createdUnits!: string[];
  @ApiProperty({ type: [String] }) updatedUnits!: string[];
  @ApiProperty({ type: [EndedUnitView], description: 'Đơn vị không có trong tệp' })
  endedUnits!: EndedUnitView[];
  @ApiProperty({ type: [String] }) createdGroups!: string[];
  @ApiProperty({ type: [String] }) updatedGroups!: string[];
  @ApiProperty({ type: [String] }) removedGroups!: string[];
}
