import { Injectable } from '@nestjs/common';
import { RuntimeConfig } from '@dondoc/platform';
import { DomainException, ErrorCode } from '@dondoc/domain';

const WINDOW_MS = 60_000;

/**
 * Login attempts per client address in a sliding minute, in this process. Guessing across
 * processes or addresses is stopped by the per-account lockout kept in the database.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly config: RuntimeConfig) {}

  check(address: string, now = Date.now()): void {
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < WINDOW_MS);
    if (recent.length >= this.config.values.LOGIN_RATE_LIMIT_PER_MINUTE) {
      this.attempts.set(address, recent);
      throw new DomainException(
        ErrorCode.RateLimited,
        'Quá nhiều lần đăng nhập. Vui lòng thử lại sau một phút.',
      );
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [k, ts] of this.attempts)
      if (ts.every((t) => now - t >= WINDOW_MS)) this.attempts.delete(k);
  }
}
