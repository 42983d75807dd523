import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiException, ErrorCode } from './api-error';

/** A malformed id names nothing that exists: answered as not found. */
export function notFoundOnBadUuid(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new ApiException(ErrorCode.NotFound, `Không tìm thấy ${what}.`),
  });
}

/** The `:id` of a task route. */
export const taskIdParam = () => Param('id', notFoundOnBadUuid('nhiệm vụ'));
