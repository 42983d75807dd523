/**
 * Machine-readable error codes. Whoever refuses something (a use case, a service, a guard)
 * throws a DomainException with one of these; the API maps each code to exactly one HTTP
 * status in one exhaustive switch (`apps/api/src/common/api-error.ts`).
 */
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
  /** What the request would create exists already (a unit's open sub-task of one parent). */
  Duplicate = 'DUPLICATE',
  IdempotencyConflict = 'IDEMPOTENCY_CONFLICT',
  /** The same Idempotency-Key came back with a different request. */
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

export interface FieldError {
  field: string;
  message: string;
}

/** A refusal a person can read (Vietnamese), with the fields it is about. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}
