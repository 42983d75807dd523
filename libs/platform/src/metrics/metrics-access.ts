import { createHash, timingSafeEqual } from 'node:crypto';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Who may read /metrics, for the api and the worker alike: with a token configured, whoever
 * sends it as a bearer token; without one, only a caller on the same machine.
 */
export function metricsReadable(
  token: string | undefined,
  authorization: string | undefined,
  remoteAddress: string | undefined,
): boolean {
  if (!token) return remoteAddress !== undefined && LOOPBACK.has(remoteAddress);
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  // Compared as digests: equal length, so the comparison takes the same time for any guess.
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}
