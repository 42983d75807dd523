import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'vanthu.vkstc' })
  @IsString({ message: 'Tên đăng nhập phải là chuỗi ký tự.' })
  @Length(1, 64, { message: 'Tên đăng nhập phải có từ 1 đến 64 ký tự.' })
  username!: string;

  @ApiProperty()
  @IsString({ message: 'Mật khẩu phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Mật khẩu phải có từ 1 đến 200 ký tự.' })
  password!: string;
}

export const PASSWORD_RULE = { min: 10, max: 200 };

export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: 'Mật khẩu phải là chuỗi ký tự.' })
  @Length(1, 200, { message: 'Mật khẩu phải có từ 1 đến 200 ký tự.' })
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_RULE.min })
  @IsString({ message: 'Mật khẩu phải là chuỗi ký tự.' })
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max, {
    message: `Mật khẩu mới phải có từ ${PASSWORD_RULE.min} đến ${PASSWORD_RULE.max} ký tự.`,
  })
  newPassword!: string;
}

export class SessionView {
  @ApiProperty() userId!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ description: 'Gửi lại trong header X-CSRF-Token với mọi yêu cầu ghi' })
  csrfToken!: string;
}
