import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { ROLES, Role } from '@dondoc/domain';
import { PASSWORD_RULE } from '../auth/auth.dto';
import { IsOptionalNotNull } from '../common/validation';

const ROLE_MESSAGE = `Vai trò phải là một trong: ${ROLES.join(', ')}.`;
const PASSWORD_MESSAGE = `Mật khẩu phải có từ ${PASSWORD_RULE.min} đến ${PASSWORD_RULE.max} ký tự.`;

export class CreateUserDto {
  @ApiProperty({ example: 'chuyenvien.vu8' })
  @IsString({ message: 'Tên đăng nhập phải là chuỗi ký tự.' })
  @Matches(/^[a-z0-9._-]{3,64}$/, {
    message: 'Tên đăng nhập gồm 3–64 ký tự a-z, 0-9, ".", "_", "-".',
  })
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A' })
  @IsString({ message: 'Họ tên phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Họ tên phải có từ 1 đến 200 ký tự.' })
  displayName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'Email không hợp lệ.' })
  email?: string;

  @ApiProperty({ example: 'VKSTC.V8' })
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, 100, { message: 'Phải là mã đơn vị.' })
  unitCode!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray({ message: ROLE_MESSAGE })
  @ArrayMinSize(1, { message: ROLE_MESSAGE })
  @ArrayMaxSize(ROLES.length, { message: ROLE_MESSAGE })
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];

  @ApiProperty({ minLength: PASSWORD_RULE.min })
  @IsString({ message: PASSWORD_MESSAGE })
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max, { message: PASSWORD_MESSAGE })
  password!: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString({ message: 'Họ tên phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Họ tên phải có từ 1 đến 200 ký tự.' })
  displayName?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString({ message: 'Phải là mã đơn vị.' })
  @Length(1, 100, { message: 'Phải là mã đơn vị.' })
  unitCode?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptionalNotNull()
  @IsArray({ message: ROLE_MESSAGE })
  @ArrayMinSize(1, { message: ROLE_MESSAGE })
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles?: Role[];

  @ApiPropertyOptional({ description: 'Khóa (true) hoặc mở (false) tài khoản' })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'Phải là true hoặc false.' })
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'Đặt lại mật khẩu; cũng mở khóa đăng nhập' })
  @IsOptionalNotNull()
  @IsString({ message: PASSWORD_MESSAGE })
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max, { message: PASSWORD_MESSAGE })
  password?: string;
}

export class UserView {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty() disabled!: boolean;
  @ApiProperty() locked!: boolean;
}
