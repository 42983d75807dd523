import request from 'supertest';
import { ApiClient } from '../support/api-client';
import { TEST_PASSWORD, TestSystem } from '../support/system';

describe('sign-in, sessions and their protections', () => {
  const sys = new TestSystem();
  beforeAll(() => sys.start({ worker: false, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '1000' } }));
  afterAll(() => sys.stop());

  const login = (username: string, password: string) =>
    request(sys.http()).post('/auth/login').send({ username, password });

  /** A fresh account per test, so lockouts do not leak between tests. */
  async function account(tag: string): Promise<string> {
    const c = await sys.as('VKSTC.V8', 'unit_officer');
    const admin = await sys.as('VKSTC.C2', 'admin');
    const username = `auth-${tag}-${Date.now()}`;
    await admin
      .post('/admin/users')
      .send({
        username,
        displayName: 'Chuyên viên thử',
        unitCode: c.user.unitCode,
        roles: ['unit_officer'],
        password: TEST_PASSWORD,
      })
      .expect(201);
    return username;
  }

  it('signs in with an httpOnly, SameSite=Strict cookie and a CSRF token', async () => {
    const username = await account('ok');
    const res = await login(username, TEST_PASSWORD).expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/dd_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(res.body).toMatchObject({ username, unitCode: 'VKSTC.V8', roles: ['unit_officer'] });
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
  });

  it('lets ten parallel guesses try no more than five passwords, and then locks', async () => {
    for (let burst = 0; burst < 3; burst++) {
      const username = await account(`burst-${burst}`);
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => login(username, `guess-${i}`)),
      );
      const statuses = answers.map((r) => r.status).sort();
      // At most five were checked (401); every other was refused untried (423).
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);
      // The right password no longer opens it.
      await login(username, TEST_PASSWORD).expect(423);
      const [{ n }] = await sys.db.query(
        `SELECT count(*)::int AS n FROM audit_event e JOIN app_user u ON u.id::text = e.actor_user_id
          WHERE u.username = $1 AND e.action IN ('auth.login_failed', 'auth.locked')`,
        [username],
      );
      expect(n).toBeLessThanOrEqual(5);
    }
    // Bursts of four, three times: twelve tries, five checked at most.
    const username = await account('bursts-of-four');
    const checked: number[] = [];
    for (let burst = 0; burst < 3; burst++) {
      const answers = await Promise.all(
        Array.from({ length: 4 }, (_, i) => login(username, `try-${burst}-${i}`)),
      );
      checked.push(...answers.filter((r) => r.status === 401).map(() => 1));
    }
    expect(checked.length).toBeLessThanOrEqual(5);
    await login(username, TEST_PASSWORD).expect(423);
  });

  it('locks a name that is no account exactly as a real one, so neither is told apart', async () => {
    const real = await account('real');
    const missing = `khong-co-${Date.now()}`;
    const answers = async (name: string) => {
      const out: { status: number; body: unknown }[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await login(name, `wrong-${i}`);
        out.push({ status: r.status, body: r.body });
      }
      return out;
    };
    expect(await answers(missing)).toEqual(await answers(real));
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const username = await account('wrong');
    const wrong = await login(username, 'not-the-password').expect(401);
    const unknown = await login('nobody-at-all', 'not-the-password').expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      errors: [],
    });
  });

  it('locks an account after 5 wrong passwords, even against the right one, until the lock expires', async () => {
    const username = await account('lock');
    for (let i = 0; i < 4; i++) await login(username, `wrong-${i}`).expect(401);
    await login(username, 'wrong-5').expect(401);
    const locked = await login(username, TEST_PASSWORD).expect(423);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    expect(locked.body.message).toMatch(/tạm khóa.*15 phút/);
    // Fifteen minutes later (moved, not waited for):
    await sys.db.query(
      `UPDATE login_attempt SET locked_until = now() - interval '1 second' WHERE username = $1`,
      [username],
    );
    await login(username, TEST_PASSWORD).expect(200);
    const events = await sys.db.query(
      `SELECT action FROM audit_event e JOIN app_user u ON u.id::text = e.actor_user_id WHERE u.username = $1 ORDER BY e.id`,
      [username],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.locked',
      'auth.login',
    ]);
  });

  it('ends the session on logout: the same cookie no longer works', async () => {
    const username = await account('logout');
    const c = await ApiClient.signIn(sys.http(), username, TEST_PASSWORD);
    await c.get('/auth/me').expect(200);
    await c.post('/auth/logout').expect(204);
    const after = await c.get('/auth/me').expect(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    const [{ n }] = await sys.db.query(
      `SELECT count(*)::int AS n FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1 AND s.revoked_at IS NULL`,
      [username],
    );
    expect(n).toBe(0);
  });

  it('refuses writes without the CSRF header, and with a wrong one', async () => {
    const c = await sys.as('VKSTC', 'secretariat');
    const res = await c.postWithoutCsrf('/auth/logout').expect(403);
    expect(res.body.code).toBe('CSRF_FAILED');
    await c.postWithoutCsrf('/auth/logout').set('x-csrf-token', 'guess').expect(403);
    await c.get('/auth/me').expect(200); // still signed in
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const username = await account('pw');
    const laptop = await ApiClient.signIn(sys.http(), username, TEST_PASSWORD);
    const phone = await ApiClient.signIn(sys.http(), username, TEST_PASSWORD);
    const bad = await laptop
      .post('/auth/password')
      .send({ currentPassword: 'nope', newPassword: 'mật khẩu mới rất dài' })
      .expect(401);
    expect(bad.body.errors[0].field).toBe('currentPassword');
    await laptop
      .post('/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'mật khẩu mới rất dài' })
      .expect(204);
    await laptop.get('/auth/me').expect(200);
    await phone.get('/auth/me').expect(401);
    await login(username, TEST_PASSWORD).expect(401);
    await login(username, 'mật khẩu mới rất dài').expect(200);
  });

  it('a disabled account cannot sign in and its sessions end at once', async () => {
    const username = await account('disabled');
    const c = await ApiClient.signIn(sys.http(), username, TEST_PASSWORD);
    const admin = await sys.as('VKSTC.C2', 'admin');
    const [{ id }] = await sys.db.query('SELECT id FROM app_user WHERE username = $1', [username]);
    await admin.patch(`/admin/users/${id}`).send({ disabled: true }).expect(200);
    await c.get('/auth/me').expect(401);
    await login(username, TEST_PASSWORD).expect(401);
  });

  it('sends security headers and allows only its own origin', async () => {
    const res = await request(sys.http()).get('/health').set('origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    // CORS names only the app's own origin, so a browser on another origin may not read answers.
    expect(res.headers['access-control-allow-origin']).toBe('http://dondoc.test');
    const own = await request(sys.http()).get('/health').set('origin', 'http://dondoc.test');
    expect(own.headers['access-control-allow-origin']).toBe('http://dondoc.test');
  });

  it('limits sign-in attempts per address', async () => {
    const limited = new TestSystem();
    await limited.start({ worker: false, env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      for (let i = 0; i < 3; i++)
        await request(limited.http())
          .post('/auth/login')
          .send({ username: 'x', password: 'y' })
          .expect(401);
      const res = await request(limited.http())
        .post('/auth/login')
        .send({ username: 'x', password: 'y' })
        .expect(429);
      expect(res.body.code).toBe('RATE_LIMITED');
    } finally {
      await limited.stop();
    }
  });
});
