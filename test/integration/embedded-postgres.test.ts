import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensurePostgres, freePort } from '@dondoc/devkit';

// The fallback `npm start` uses on a machine without a PostgreSQL server of its own.
describe('ensurePostgres', () => {
  it('uses the server that answers at the URL', async () => {
    const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const pg = await ensurePostgres(url, '/nonexistent');
    expect(pg.embedded).toBe(false);
    await pg.stop();
  });

  it('starts a real embedded PostgreSQL when nothing answers, and stops it', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'dondoc-pg-'));
    // As root the server runs as a dedicated user, which must be able to reach its folder.
    chmodSync(dir, 0o755);
    const pg = await ensurePostgres(
      `postgres://postgres@127.0.0.1:${port}/postgres`,
      join(dir, 'data'),
    );
    try {
      expect(pg.embedded).toBe(true);
      const client = new Client({ connectionString: pg.url });
      await client.connect();
      const { rows } = await client.query('SHOW server_version');
      await client.end();
      expect(rows[0].server_version).toMatch(/^\d+/);
    } finally {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    const after = new Client({ connectionString: pg.url, connectionTimeoutMillis: 1000 });
    await expect(after.connect()).rejects.toThrow();
  }, 120_000);
});
