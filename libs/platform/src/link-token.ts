import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type LinkAction = 'acknowledge' | 'open';

export interface LinkClaims {
  /** The email_link row: what makes the link single-use. */
  linkId: string;
  taskId: string;
  unitCode: string;
  action: LinkAction;
  /** Expiry, epoch seconds. */
  expiresAt: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

function sign(payload: string, secret: string): string {
  return b64(createHmac('sha256', secret).update(payload).digest());
}

/** `payload.signature`, both base64url: the claims are readable, never forgeable. */
export function signLink(claims: LinkClaims, secret: string): string {
  const payload = b64(
    JSON.stringify({
      i: claims.linkId,
      t: claims.taskId,
      u: claims.unitCode,
      a: claims.action,
      e: claims.expiresAt,
    }),
  );
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims of an untampered token, or null. Expiry and use are checked by the caller. */
export function verifyLink(token: string, secret: string): LinkClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const c = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const ok =
      typeof c.i === 'string' &&
      typeof c.t === 'string' &&
      typeof c.u === 'string' &&
      (c.a === 'acknowledge' || c.a === 'open') &&
      Number.isInteger(c.e);
    return ok ? { linkId: c.i, taskId: c.t, unitCode: c.u, action: c.a, expiresAt: c.e } : null;
  } catch {
    return null;
  }
}

/** A UUID derived from a stable key, so a retried sender makes the same link, not a second one. */
export function uuidFromKey(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
