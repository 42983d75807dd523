import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@dondoc/domain';
import { statusOf } from './api-error';

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
    const problem = bodyProblem(req.body);
    if (problem === null) return next();
    const code = ErrorCode.ValidationFailed;
    res.status(statusOf(code)).json({
      code,
      message: 'Dữ liệu không hợp lệ.',
      errors: [problem],
    });
  });
}

/** Deeper than any request of this API, far short of what recursion elsewhere can take. */
export const MAX_DEPTH = 32;

/**
 * What no handler should see: nesting past MAX_DEPTH, or a NUL character (PostgreSQL text
 * cannot hold one: refused here before a write fails half way). Walked without recursion, so
 * a hostile 500,000-deep array is answered, not a stack overflow.
 */
function bodyProblem(body: unknown): { field: string; message: string } | null {
  const stack: [unknown, string, number][] = [[body, '', 0]];
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return {
          field: path || '(body)',
          message: 'Văn bản chứa ký tự NUL (\\u0000), không lưu được.',
        };
      }
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      return { field: path || '(body)', message: `Dữ liệu lồng nhau quá ${MAX_DEPTH} cấp.` };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push([value[i], `${path}[${i}]`, depth + 1]);
    } else {
      for (const [k, v] of Object.entries(value).reverse()) {
        const at = path ? `${path}.${k}` : k;
        stack.push([v, at, depth + 1], [k, at, depth + 1]);
      }
    }
  }
  return null;
}
