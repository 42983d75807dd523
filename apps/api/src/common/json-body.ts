import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { ErrorCode, statusOf } from './api-error';

export const BODY_LIMIT = '1mb';

/**
 * JSON bodies with a size limit. Parser errors are answered here, right after the parser,
 * because they happen before Nest's exception filters can see them.
 */
export function useJsonBody(app: INestApplication): void {
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use((err: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (err?.type === 'entity.too.large') {
      const code = ErrorCode.PayloadTooLarge;
      res
        .status(statusOf(code))
        .json({ code, message: `Dữ liệu gửi lên vượt quá ${BODY_LIMIT}.`, errors: [] });
    } else if (
      err?.type === 'entity.parse.failed' ||
      err?.type === 'encoding.unsupported' ||
      err?.type === 'charset.unsupported'
    ) {
      const code = ErrorCode.InvalidJson;
      res
        .status(statusOf(code))
        .json({ code, message: 'Nội dung gửi lên không phải JSON hợp lệ.', errors: [] });
    } else {
      next(err);
    }
  });
}
