import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ApiException, ErrorBody, ErrorCode, statusOf } from './api-error';

const HTTP_FALLBACK: Record<number, [ErrorCode, string]> = {
  400: [ErrorCode.ValidationFailed, 'Yêu cầu không hợp lệ.'],
  404: [ErrorCode.NotFound, 'Không tìm thấy.'],
  413: [ErrorCode.PayloadTooLarge, 'Dữ liệu gửi lên quá lớn.'],
  429: [ErrorCode.RateLimited, 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.'],
};

/** The one place errors become responses: a code, a Vietnamese message, never a stack or SQL. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    res.status(statusOf(body.code)).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof ApiException) {
      return { code: exception.code, message: exception.message, errors: exception.errors };
    }
    if (exception instanceof HttpException && HTTP_FALLBACK[exception.getStatus()]) {
      const [code, message] = HTTP_FALLBACK[exception.getStatus()];
      return { code, message, errors: [] };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { code: ErrorCode.Internal, message: 'Lỗi hệ thống. Vui lòng thử lại sau.', errors: [] };
  }
}
