import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

/**
 * What a request asked for, as a short hash that ignores key order: a retry with the same
 * Idempotency-Key must send the same, or it is refused rather than answered as the first.
 */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(stableStringify(body ?? null))
    .digest('base64url');
}
