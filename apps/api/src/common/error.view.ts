import { ApiProperty } from '@nestjs/swagger';
import { ErrorCode } from '@dondoc/domain';

/** Every error answer, as the exception filter writes it (`ErrorBody`), for the OpenAPI document. */
export class FieldErrorView {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

export class ErrorView {
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' }) code!: ErrorCode;
  @ApiProperty({ description: 'Thông báo tiếng Việt cho người dùng' }) message!: string;
  @ApiProperty({ type: [FieldErrorView] }) errors!: FieldErrorView[];
}
