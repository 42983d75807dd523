import { DataSource } from 'typeorm';

/** What a first request with the key left: an answer, or nothing yet (still in flight). */
export interface IdempotencyRecord {
  requestHash: string;
  status: number | null;
  response: unknown;
  createdAt: Date;
}

/**
 * A request that has not answered within this time is taken to have died (its answer, or its
 * release, lost with a connection): it may be retried. Longer than any request is let run
 * (a workflow update is given 20 s).
 */
const STALE_SECONDS = 25;

/** This request's hold on a key: the claim's own time, so that only this claim is let go. */
export interface IdempotencyClaim {
  claimedAt: string;
}

/** Idempotency-Keys of writes, per user and route; kept a day. */
export class IdempotencyRecords {
  constructor(private readonly ds: DataSource) {}

  /**
   * Takes the key for this request, or returns what holds it: the first request's record
   * (answered, or still in flight). A record of a request that died unanswered is taken over.
   */
  async claim(
    scope: string,
    key: string,
    requestHash: string,
  ): Promise<IdempotencyClaim | IdempotencyRecord> {
    const [taken] = (await this.ds.query(
      `INSERT INTO idempotency_record AS r (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET created_at = clock_timestamp(), request_hash = $3
         WHERE r.status IS NULL AND r.created_at < now() - make_interval(secs => $4)
       RETURNING created_at::text AS claimed_at`,
      [scope, key, requestHash, STALE_SECONDS],
    )) as { claimed_at: string }[];
    if (taken) return { claimedAt: taken.claimed_at };
    const [row] = await this.ds.query(
      `SELECT request_hash, status, response, created_at FROM idempotency_record
        WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    return {
      requestHash: row.request_hash,
      status: row.status,
      response: row.response,
      createdAt: row.created_at,
    };
  }

  async answer(scope: string, key: string, status: number, response: unknown): Promise<void> {
    await this.ds.query(
      `UPDATE idempotency_record SET status = $3, response = $4 WHERE scope = $1 AND key = $2`,
      [scope, key, status, JSON.stringify(response ?? null)],
    );
  }

  /**
   * The request failed: a retry with the key runs it again. Only this claim is let go — a
   * release that comes late (it waited for the database) never frees a retry's newer claim.
   */
  async release(scope: string, key: string, claim: IdempotencyClaim): Promise<void> {
    await this.ds.query(
      `DELETE FROM idempotency_record
        WHERE scope = $1 AND key = $2 AND status IS NULL AND created_at = $3::timestamptz`,
      [scope, key, claim.claimedAt],
    );
  }

  /**
   * Lets go of a claim once the database answers again (a request that failed because the
   * database went away could not release it then): tried until the claim would lapse anyway,
   * so a client retrying after an outage is told "wait" (409) for seconds, not for the whole
   * stale period.
   */
  async releaseWhenReachable(
    scope: string,
    key: string,
    claim: IdempotencyClaim,
    pauseMs = 250,
  ): Promise<boolean> {
    const until = Date.now() + STALE_SECONDS * 1000;
    for (;;) {
      try {
        await this.release(scope, key, claim);
        return true;
      } catch {
        if (Date.now() + pauseMs > until) return false;
        await new Promise((r) => setTimeout(r, pauseMs));
      }
    }
  }

  async forgetOlderThan(hours: number): Promise<void> {
    await this.ds.query(
      `DELETE FROM idempotency_record WHERE created_at < now() - make_interval(hours => $1)`,
      [hours],
    );
  }
}
