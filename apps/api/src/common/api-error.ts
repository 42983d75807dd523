import { ErrorCode, FieldError } from '@dondoc/domain';

/** Each code is exactly one HTTP status; a new code fails to compile until it is mapped here. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.InvalidJson:
    case ErrorCode.UnknownUnit:
      return 400;
    case ErrorCode.Unauthenticated:
    case ErrorCode.InvalidCredentials:
      return 401;
    case ErrorCode.Forbidden:
    case ErrorCode.CsrfFailed:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.AccountLocked:
      return 423;
    case ErrorCode.RateLimited:
      return 429;
    case ErrorCode.InvalidTransition:
    case ErrorCode.Duplicate:
    case ErrorCode.IdempotencyConflict:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.IdempotencyKeyReused:
      return 422;
    case ErrorCode.ServiceUnavailable:
      return 503;
    case ErrorCode.Internal:
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  errors: FieldError[];
}
