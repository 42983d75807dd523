import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, Length, Validate, ValidateNested } from 'class-validator';
import { IsLocalDate, textRule } from '../common/date-validators';

export class CalendarDayDto {
  @ApiProperty({ example: '2027-02-05' })
  @Validate(IsLocalDate)
  date!: string;

  @ApiProperty({ example: 'Nghỉ bù theo Thông báo số …/TB-BNV' })
  @IsString(textRule(300))
  @Length(1, 300, { message: 'Ghi chú phải có từ 1 đến 300 ký tự.' })
  note!: string;
}

/** A year's official changes, as the admin enters them from the government's announcement. */
export class CalendarYearDto {
  @ApiProperty({ type: [CalendarDayDto], description: 'Ngày nghỉ thêm (hoán đổi, nghỉ bù)' })
  @IsArray({ message: 'Phải là danh sách ngày.' })
  @ArrayMaxSize(60, { message: 'Không quá 60 ngày.' })
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  daysOff!: CalendarDayDto[];

  @ApiProperty({ type: [CalendarDayDto], description: 'Ngày làm bù (thường là thứ Bảy)' })
  @IsArray({ message: 'Phải là danh sách ngày.' })
  @ArrayMaxSize(60, { message: 'Không quá 60 ngày.' })
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  workingDays!: CalendarDayDto[];
}

export class CalendarYearView {
  @ApiProperty() year!: number;
  @ApiProperty({
    type: [String],
    description: 'Mọi ngày nghỉ trong tuần làm việc (lễ, tết, nghỉ bù)',
  })
  holidays!: string[];
  @ApiProperty({ type: [String], description: 'Thứ Bảy, Chủ nhật phải đi làm bù' })
  makeUpDays!: string[];
  @ApiProperty({ type: [CalendarDayDto], description: 'Ngày nghỉ do quản trị nhập' })
  adminDaysOff!: CalendarDayDto[];
  @ApiProperty({ type: [CalendarDayDto], description: 'Ngày làm bù do quản trị nhập' })
  adminWorkingDays!: CalendarDayDto[];
}
