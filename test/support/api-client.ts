import request from 'supertest';
import type { App } from 'supertest/types';
import type { Role } from '@dondoc/domain';

export interface SignedInUser {
  userId: string;
  username: string;
  unitCode: string;
  roles: Role[];
}

/** A signed-in user's browser: keeps the session cookie and sends the CSRF header on writes. */
export class ApiClient {
  constructor(
    private readonly agent: ReturnType<typeof request.agent>,
    private readonly csrf: string,
    readonly user: SignedInUser,
  ) {}

  static async signIn(server: App, username: string, password: string): Promise<ApiClient> {
    const agent = request.agent(server);
    const res = await agent.post('/auth/login').send({ username, password }).expect(200);
    return new ApiClient(agent, res.body.csrfToken, {
      userId: res.body.userId,
      username,
      unitCode: res.body.unitCode,
      roles: res.body.roles,
    });
  }

  get(url: string) {
    return this.agent.get(url);
  }

  post(url: string) {
    return this.agent.post(url).set('x-csrf-token', this.csrf);
  }

  patch(url: string) {
    return this.agent.patch(url).set('x-csrf-token', this.csrf);
  }

  put(url: string) {
    return this.agent.put(url).set('x-csrf-token', this.csrf);
  }

  /** A write without the CSRF header, as a forged cross-site request would send it. */
  postWithoutCsrf(url: string) {
    return this.agent.post(url);
  }
}
