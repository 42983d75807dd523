import { BucketCounts } from './on-time-rules';

/** A share with its display: `value` rounded to one decimal, `text` as Vietnamese write it. */
export interface Rate {
  numerator: number;
  denominator: number;
  /** Percent with one decimal, e.g. 91.8; null when there is nothing to divide by. */
  value: number | null;
  /** "91,8%", or "—" when there is nothing to divide by. */
  text: string;
}

/** One decimal, comma as the decimal mark, dot between thousands: "1.234,5". */
export function formatVietnameseNumber(value: number, decimals = 1): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Rounds half away from zero on the decimal digits, not on binary noise (77,965 → 77,97). */
function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Math.sign(value) * Number.EPSILON * Math.abs(value)) * f) / f;
}

function percent(numerator: number, denominator: number, decimals = 1): number | null {
  return denominator === 0 ? null : roundTo((numerator / denominator) * 100, decimals);
}

export function rate(numerator: number, denominator: number, decimals = 1): Rate {
  const value = percent(numerator, denominator, decimals);
  const text = value === null ? '—' : `${formatVietnameseNumber(value, decimals)}%`;
  return { numerator, denominator, value, text };
}

/** Done on time out of the tasks that can be judged; its one home, for the rate and the rank. */
const onTimeShare = (c: BucketCounts): [number, number] => [
  c.done_on_time,
  c.done_on_time + c.done_late + c.open_overdue,
];

/**
 * The on-time rate of a row: done on time out of the tasks that can be judged (done, or
 * open past their deadline). Open tasks still within time are not judged yet.
 */
export function onTimeRate(c: BucketCounts): Rate {
  return rate(...onTimeShare(c));
}

/** Done (on time or late) out of every counted task. */
export function completionRate(c: BucketCounts): Rate {
  return rate(c.done_on_time + c.done_late, c.total);
}

/**
 * Ranks rows best first: higher on-time rate, then fewer overdue, then more tasks. Rows
 * with nothing to judge get no rank. Equal rows share a rank ("1, 2, 2, 4").
 */
export function rankRows<T extends { counts: BucketCounts }>(
  rows: readonly T[],
): (number | null)[] {
  const key = (r: T) => {
    const v = percent(...onTimeShare(r.counts));
    return v === null ? null : ([v, -r.counts.open_overdue, r.counts.total] as const);
  };
  const cmp = (a: readonly number[], b: readonly number[]) =>
    a[0] !== b[0] ? b[0] - a[0] : a[1] !== b[1] ? b[1] - a[1] : b[2] - a[2];
  const ranked = rows
    .map((r, i) => ({ i, k: key(r) }))
    .filter((x): x is { i: number; k: readonly [number, number, number] } => x.k !== null)
    .sort((a, b) => cmp(a.k, b.k));
  const out: (number | null)[] = rows.map(() => null);
  ranked.forEach((x, pos) => {
    const prev = ranked[pos - 1];
    out[x.i] = prev && cmp(prev.k, x.k) === 0 ? out[prev.i] : pos + 1;
  });
  return out;
}
