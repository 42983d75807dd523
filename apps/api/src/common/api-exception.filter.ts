import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainException, ErrorCode } from '@dondoc/domain';
import { ErrorBody, statusOf } from './api-error';

const HTTP_FALLBACK: Record<number, [ErrorCode, string]> = {
  400: [ErrorCode.ValidationFailed, 'Yêu cầu không hợp lệ.'],
  404: [ErrorCode.NotFound, 'Không tìm thấy.'],
  413: [ErrorCode.PayloadTooLarge, 'Dữ liệu gửi lên quá lớn.'],
  429: [ErrorCode.RateLimited, 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.'],
};

/** PostgreSQL classes 08 (connection), 53 (resources), 57P (operator intervention). */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P)/;
const UNAVAILABLE_NODE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
]);
// The last two come from a connection a moment ago broken, when it is used once more.
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Connection ended|Client was closed and is not queryable|Query runner already released/i;

/** The database could not be reached: a moment's outage, not a fault of the request. */
function databaseUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown }; message?: unknown };
  const code = String(err?.driverError?.code ?? err?.code ?? '');
  return (
    UNAVAILABLE_SQLSTATE.test(code) ||
    UNAVAILABLE_NODE.has(code) ||
    UNAVAILABLE_MESSAGE.test(String(err?.message ?? ''))
  );
}

/** The one place errors become responses: a code, a Vietnamese message, never a stack or SQL. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('DomainExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.code === ErrorCode.ServiceUnavailable) res.setHeader('Retry-After', '30');
    res.status(statusOf(body.code)).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainException) {
      return { code: exception.code, message: exception.message, errors: exception.errors };
    }
    if (exception instanceof HttpException && HTTP_FALLBACK[exception.getStatus()]) {
      const [code, message] = HTTP_FALLBACK[exception.getStatus()];
      return { code, message, errors: [] };
    }
    if (databaseUnavailable(exception)) {
      this.logger.warn(`database unavailable: ${String((exception as Error)?.message)}`);
      return {
        code: ErrorCode.ServiceUnavailable,
        message:
          'Cơ sở dữ liệu tạm thời không truy cập được; yêu cầu chưa được thực hiện xong. Vui lòng thử lại sau ít phút (gửi kèm cùng Idempotency-Key để không bị ghi hai lần).',
        errors: [],
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { code: ErrorCode.Internal, message: 'Lỗi hệ thống. Vui lòng thử lại sau.', errors: [] };
  }
}
