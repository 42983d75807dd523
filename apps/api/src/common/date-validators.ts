import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { isValidLocalDate, parseDueInput } from '@dondoc/domain';

@ValidatorConstraint({ name: 'localDate' })
export class IsLocalDate implements ValidatorConstraintInterface {
  validate(v: unknown) {
    return typeof v === 'string' && isValidLocalDate(v);
  }
  defaultMessage() {
    return 'Ngày không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2021-07-20.';
  }
}

@ValidatorConstraint({ name: 'dueInput' })
export class IsDueInput implements ValidatorConstraintInterface {
  validate(v: unknown) {
    return typeof v === 'string' && parseDueInput(v) !== null;
  }
  defaultMessage() {
    return 'Hạn không hợp lệ: dùng ngày YYYY-MM-DD hoặc thời điểm ISO 8601 có múi giờ, ví dụ 2021-07-30T17:00:00+07:00.';
  }
}

export const textRule = (max: number) => ({
  message: `Phải là chuỗi ký tự, không quá ${max} ký tự.`,
});
