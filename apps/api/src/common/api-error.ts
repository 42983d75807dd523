/** Machine-readable error codes; each maps to exactly one HTTP status in the filter. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  InvalidJson = 'INVALID_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnknownUnit = 'UNKNOWN_UNIT',
  NotFound = 'NOT_FOUND',
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  AccountLocked = 'ACCOUNT_LOCKED',
  Forbidden = 'FORBIDDEN',
  CsrfFailed = 'CSRF_FAILED',
  RateLimited = 'RATE_LIMITED',
  InvalidTransition = 'INVALID_TRANSITION',
  IdempotencyConflict = 'IDEMPOTENCY_CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

export interface FieldError {
  field: string;
  message: string;
}

export class ApiException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

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
    case ErrorCode.IdempotencyConflict:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
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
