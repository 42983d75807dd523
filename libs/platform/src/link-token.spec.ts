import { signLink, uuidFromKey, verifyLink } from './link-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const claims = {
  linkId: uuidFromKey('task-1/ack_reminder:0@0:acknowledge'),
  taskId: '5d0e4a8e-1d39-4a5e-9a55-0d1f0c1a2b3c',
  unitCode: 'VKSTC.V8',
  action: 'acknowledge' as const,
  expiresAt: 1_900_000_000,
};

describe('mail link tokens', () => {
  const token = signLink(claims, SECRET);

  it('round-trips its claims', () => {
    expect(verifyLink(token, SECRET)).toEqual(claims);
  });

  it.each<[string, (t: string) => string]>([
    ['a token signed with another secret', () => signLink(claims, 'x'.repeat(40))],
    [
      'a changed task',
      () =>
        signLink({ ...claims, taskId: 'other' }, SECRET).split('.')[0] + '.' + token.split('.')[1],
    ],
    [
      'a changed unit',
      () =>
        signLink({ ...claims, unitCode: 'VKSTC.V7' }, SECRET).split('.')[0] +
        '.' +
        token.split('.')[1],
    ],
    [
      'a later expiry',
      () =>
        signLink({ ...claims, expiresAt: 2_000_000_000 }, SECRET).split('.')[0] +
        '.' +
        token.split('.')[1],
    ],
    ['a flipped signature character', (t) => t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A')],
    ['no signature', (t) => t.split('.')[0]],
    ['an extra part', (t) => `${t}.x`],
    ['an empty string', () => ''],
    ['garbage', () => 'not.a-token'],
  ])('refuses %s', (_name, tamper) => {
    expect(verifyLink(tamper(token), SECRET)).toBeNull();
  });

  it('refuses a well-signed payload that is not a link', () => {
    const payload = Buffer.from(JSON.stringify({ i: 1 })).toString('base64url');
    const forged = signLink(claims, SECRET).replace(/^[^.]+/, payload);
    expect(verifyLink(forged, SECRET)).toBeNull();
  });

  it('derives stable, distinct UUIDs from keys', () => {
    expect(uuidFromKey('a')).toBe(uuidFromKey('a'));
    expect(uuidFromKey('a')).not.toBe(uuidFromKey('b'));
    expect(uuidFromKey('a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
