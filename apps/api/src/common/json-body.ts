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
  app.use((req: Request, res: Response, next: NextFunction) => {
    const field = fieldWithNul(req.body, '');
    if (field === null) return next();
    const code = ErrorCode.ValidationFailed;
    res.status(statusOf(code)).json({
      code,
      message: 'Dữ liệu không hợp lệ.',
      errors: [{ field, message: 'Văn bản chứa ký tự NUL (\\u0000), không lưu được.' }],
    });
  });
}

/** PostgreSQL text cannot hold NUL: find it before a write fails half way. */
function fieldWithNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(body)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = fieldWithNul(value[i], `${path}[${i}]`);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit =
        fieldWithNul(k, path ? `${path}.${k}` : k) ?? fieldWithNul(v, path ? `${path}.${k}` : k);
      if (hit !== null) return hit;
    }
  }
  return null;
}
