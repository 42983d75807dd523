import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Observable, from, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { requestHash } from '@dondoc/application';
import { DomainException, ErrorCode } from '@dondoc/domain';
import { IdempotencyRecords } from '@dondoc/persistence';
import type { AuthenticatedRequest } from '../auth/auth.decorators';

const HEADER = 'idempotency-key';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OWN_KEYS = 'dondoc:own-idempotency';
const MAX_KEY = 200;

/** The route reads Idempotency-Key itself (creating a directive answers a repeat its own way). */
export const OwnIdempotency = () => SetMetadata(OWN_KEYS, true);

/** The request's Idempotency-Key, for a route that passes it further (a workflow update's id). */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | undefined =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().header(HEADER) || undefined,
);

/**
 * Any signed-in write may carry an Idempotency-Key: the first request's answer is kept, and a
 * retry with the same key and body gets it again instead of writing twice (a client that lost
 * the answer to a timeout, an outage, a dropped connection). The same key with another body
 * is refused (422); while the first is still running, a retry is told to wait (409).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly records: IdempotencyRecords;

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() ds: DataSource,
  ) {
    this.records = new IdempotencyRecords(ds);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Run once per request, whether met as the global or as a route's interceptor.
    const req = ctx
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { file?: { buffer: Buffer } }>();
    const key = req.header(HEADER);
    const own = this.reflector.getAllAndOverride<boolean>(OWN_KEYS, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!key || own || !WRITES.has(req.method) || !req.principal) return next.handle();
    // A file upload is seen again by the route's own interceptor, once the file is read.
    if (req.is('multipart/form-data') && !req.file) return next.handle();
    return from(this.once(ctx, req, key, next));
  }

  private async once(
    ctx: ExecutionContext,
    req: AuthenticatedRequest & { file?: { buffer: Buffer } },
    key: string,
    next: CallHandler,
  ): Promise<unknown> {
    if (key.length > MAX_KEY) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'Idempotency-Key', message: `Khóa không quá ${MAX_KEY} ký tự.` },
      ]);
    }
    const res = ctx.switchToHttp().getResponse<Response>();
    const scope = `${req.principal!.userId} ${req.method} ${req.path}`;
    const hash = requestHash({
      body: req.body ?? null,
      query: req.query ?? null,
      file: req.file ? requestHash(req.file.buffer.toString('base64')) : null,
    });
    const first = await this.records.claim(scope, key, hash);
    if (!('claimedAt' in first)) {
      if (first.requestHash !== hash) {
        throw new DomainException(
          ErrorCode.IdempotencyKeyReused,
          'Idempotency-Key này đã được dùng với nội dung khác. Hãy dùng khóa mới cho yêu cầu mới.',
        );
      }
      if (first.status === null) {
        throw new DomainException(
          ErrorCode.IdempotencyConflict,
          'Yêu cầu với cùng Idempotency-Key đang được xử lý; vui lòng thử lại sau giây lát.',
        );
      }
      res.status(first.status);
      return first.response;
    }
    try {
      const answer = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.records.answer(scope, key, res.statusCode, answer);
      return answer;
    } catch (err) {
      // Not answered: a retry with this key runs again (a workflow update's id keeps an
      // action that did reach its workflow from being applied twice). The error is answered
      // now; the key is let go as soon as the database can be reached.
      void this.records.releaseWhenReachable(scope, key, first);
      throw err;
    }
  }
}
