import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdempotencyRecords, openMigratedDataSource } from '@dondoc/persistence';
import { testEnv } from '../support/test-env';

/**
 * The keys' claims on a real database: a failed request lets go of its own claim only, and a
 * release that waited out an outage never frees the claim of a retry that took the key over.
 */
describe('Idempotency-Key claims', () => {
  let ds: DataSource;
  let records: IdempotencyRecords;

  beforeAll(async () => {
    ds = await openMigratedDataSource(testEnv().databaseUrl);
    records = new IdempotencyRecords(ds);
  });
  afterAll(() => ds.destroy());

  const scope = () => `test ${randomUUID()} POST /tasks/x/progress`;

  it('gives the key to the first request and tells the next what holds it', async () => {
    const s = scope();
    const first = await records.claim(s, 'k', 'h1');
    expect('claimedAt' in first).toBe(true);
    const second = await records.claim(s, 'k', 'h1');
    expect(second).toMatchObject({ requestHash: 'h1', status: null });
    if (!('claimedAt' in first)) throw new Error('first claim not taken');
    await records.answer(s, 'k', 200, { ok: true });
    expect(await records.claim(s, 'k', 'h1')).toMatchObject({
      status: 200,
      response: { ok: true },
    });
  });

  it('lets a failed request release its key, so a retry runs', async () => {
    const s = scope();
    const first = await records.claim(s, 'k', 'h');
    if (!('claimedAt' in first)) throw new Error('first claim not taken');
    await records.release(s, 'k', first);
    expect('claimedAt' in (await records.claim(s, 'k', 'h'))).toBe(true);
  });

  it('never lets a late release free a newer claim taken over from a stale one', async () => {
    const s = scope();
    const first = await records.claim(s, 'k', 'h');
    if (!('claimedAt' in first)) throw new Error('first claim not taken');
    // The first request died unanswered long ago: a retry takes the key over.
    await ds.query(
      `UPDATE idempotency_record SET created_at = now() - interval '1 minute' WHERE scope = $1`,
      [s],
    );
    const stale = (
      await ds.query(`SELECT created_at::text AS t FROM idempotency_record WHERE scope = $1`, [s])
    )[0].t;
    const retry = await records.claim(s, 'k', 'h');
    expect('claimedAt' in retry).toBe(true);
    // The first request's release finally reaches the database.
    await records.release(s, 'k', { claimedAt: stale });
    expect(await records.claim(s, 'k', 'h')).toMatchObject({ status: null });
  });

  it('releases once the database answers again', async () => {
    const s = scope();
    const first = await records.claim(s, 'k', 'h');
    if (!('claimedAt' in first)) throw new Error('first claim not taken');
    // A database that refuses twice, then answers.
    let refusals = 2;
    const flaky = new IdempotencyRecords({
      query: (sql: string, params: unknown[]) =>
        refusals-- > 0 ? Promise.reject(new Error('connection terminated')) : ds.query(sql, params),
    } as unknown as DataSource);
    await expect(flaky.releaseWhenReachable(s, 'k', first, 10)).resolves.toBe(true);
    expect(refusals).toBeLessThan(0);
    expect('claimedAt' in (await records.claim(s, 'k', 'h'))).toBe(true);
  });
});
