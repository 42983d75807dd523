import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { DomainException, ErrorCode, FieldError } from '@dondoc/domain';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? 'Trường này không được hỗ trợ.' : message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** DTO validation with field-level Vietnamese messages; unknown fields are refused, not dropped. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) =>
      new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', flatten(errors)),
  });
}

/**
 * Optional, but not nullable: `IsOptional` also lets `null` through, which for a PATCH
 * would mean "erase a required field".
 */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);
