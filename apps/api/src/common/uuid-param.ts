import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainException, ErrorCode } from '@dondoc/domain';

/** A malformed id names nothing that exists: answered as not found. */
export function notFoundOnBadUuid(what: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new DomainException(ErrorCode.NotFound, `Không tìm thấy ${what}.`),
  });
}

/** The `:id` of a task route. */
export const taskIdParam = () => Param('id', notFoundOnBadUuid('nhiệm vụ'));
