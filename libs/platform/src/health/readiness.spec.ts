import { probe, readiness } from './readiness';

describe('readiness', () => {
  it('is ready when every check answers', async () => {
    const r = await readiness({ database: async () => 'ok', temporal: async () => 'ok' });
    expect(r).toEqual({
      ok: true,
      checks: { database: 'ok', temporal: 'ok' },
      message: 'Sẵn sàng.',
    });
  });

  it('names, in Vietnamese, what is down', async () => {
    const r = await readiness({ database: async () => 'ok', temporal: async () => 'down' });
    expect(r.ok).toBe(false);
    expect(r.checks).toEqual({ database: 'ok', temporal: 'down' });
    expect(r.message).toBe('Chưa sẵn sàng: không kết nối được Temporal.');
  });

  it('counts a probe that fails or hangs as down', async () => {
    expect(await probe(() => Promise.reject(new Error('refused')))).toBe('down');
    expect(await probe(() => new Promise(() => undefined), 20)).toBe('down');
    expect(await probe(() => Promise.resolve(1))).toBe('ok');
  });
});
