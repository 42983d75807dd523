import { metricsReadable } from './metrics-access';

const TOKEN = 'metrics-token-0123456789abcdef0123456789';

describe('metricsReadable', () => {
  it('without a token, answers the loopback interface only', () => {
    expect(metricsReadable(undefined, undefined, '127.0.0.1')).toBe(true);
    expect(metricsReadable(undefined, undefined, '::1')).toBe(true);
    expect(metricsReadable(undefined, undefined, '::ffff:127.0.0.1')).toBe(true);
    expect(metricsReadable(undefined, undefined, '10.0.0.7')).toBe(false);
    expect(metricsReadable(undefined, undefined, undefined)).toBe(false);
  });

  it('with a token, wants it as a bearer token from anywhere, loopback included', () => {
    expect(metricsReadable(TOKEN, `Bearer ${TOKEN}`, '10.0.0.7')).toBe(true);
    expect(metricsReadable(TOKEN, `bearer ${TOKEN}`, '10.0.0.7')).toBe(true);
    expect(metricsReadable(TOKEN, undefined, '127.0.0.1')).toBe(false);
    expect(metricsReadable(TOKEN, `Bearer ${TOKEN}x`, '10.0.0.7')).toBe(false);
    expect(metricsReadable(TOKEN, `Basic ${TOKEN}`, '10.0.0.7')).toBe(false);
    expect(metricsReadable(TOKEN, 'Bearer ', '10.0.0.7')).toBe(false);
  });
});
