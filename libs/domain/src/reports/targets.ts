import { Rate, formatVietnameseNumber, rate } from './rates';

/**
 * A target (chỉ tiêu) on a directive's item: a rate ("≥ 73% of cases with conditions"),
 * a count ("≥ 40 vụ"), or "100% on time" (judged from the tasks themselves, no figures).
 */
export const TARGET_KINDS = ['rate', 'count', 'on_time'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * How a unit's figures over several periods add up. `sum`: each period's figures are that
 * period's own (a monthly count). `latest`: each report is cumulative from the start of the
 * year (lũy kế), so the last one in the range stands for the range.
 */
export const TARGET_AGGREGATIONS = ['sum', 'latest'] as const;
export type TargetAggregation = (typeof TARGET_AGGREGATIONS)[number];

export interface TargetSpec {
  kind: TargetKind;
  /** Percent for `rate` and `on_time`, a number of things for `count`. */
  threshold: number;
  aggregation: TargetAggregation;
}

export interface Figures {
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
}

export interface Attainment {
  /** What was reached: a rate, or a count shown as a number. */
  achieved: Rate | { value: number; text: string };
  /** "≥ 73%", "≥ 40". */
  targetText: string;
  /** Reached or not; null when nothing was reported. */
  met: boolean | null;
  /** How far above (positive) or below the threshold, in points or things. */
  margin: number | null;
  /** Red or green, as the page and the sheet colour it; grey when nothing was reported. */
  colour: 'green' | 'red' | 'grey';
}

/** Sums figures of several units (and periods, for `sum`): never an average of rates. */
export function sumFigures(figures: readonly Figures[]): Figures {
  return {
    numerator: figures.reduce((s, f) => s + f.numerator, 0),
    denominator: figures.some((f) => f.denominator !== null)
      ? figures.reduce((s, f) => s + (f.denominator ?? 0), 0)
      : null,
  };
}

export function targetText(t: Pick<TargetSpec, 'kind' | 'threshold'>): string {
  return t.kind === 'count'
    ? `≥ ${formatVietnameseNumber(t.threshold, 0)}`
    : `≥ ${formatVietnameseNumber(t.threshold, t.threshold % 1 === 0 ? 0 : 2)}%`;
}

/** Attainment of summed figures against the target, with two decimals as the seeds write rates. */
export function attainment(t: TargetSpec, f: Figures | null): Attainment {
  const text = targetText(t);
  if (f === null) {
    return {
      achieved: { value: 0, text: '—' },
      targetText: text,
      met: null,
      margin: null,
      colour: 'grey',
    };
  }
  if (t.kind === 'count') {
    const margin = f.numerator - t.threshold;
    return {
      achieved: { value: f.numerator, text: formatVietnameseNumber(f.numerator, 0) },
      targetText: text,
      met: margin >= 0,
      margin,
      colour: margin >= 0 ? 'green' : 'red',
    };
  }
  const r = rate(f.numerator, f.denominator ?? 0, 2);
  if (r.value === null) {
    return { achieved: r, targetText: text, met: null, margin: null, colour: 'grey' };
  }
  const margin = Math.round((r.value - t.threshold) * 100) / 100;
  return {
    achieved: r,
    targetText: text,
    met: margin >= 0,
    margin,
    colour: margin >= 0 ? 'green' : 'red',
  };
}

/** Checks a unit's figures for a target; a reason a clerk can read, or null when fine. */
export function figuresProblem(t: Pick<TargetSpec, 'kind'>, f: Figures): string | null {
  const whole = (n: number) => Number.isFinite(n) && n >= 0 && Math.abs(n) <= 1e12;
  if (!whole(f.numerator)) return 'Số liệu phải là số không âm.';
  if (t.kind === 'count')
    return f.denominator === null ? null : 'Chỉ tiêu số lượng chỉ cần một số.';
  if (t.kind === 'on_time')
    return 'Chỉ tiêu đúng hạn được tính từ nhiệm vụ, không cần báo số liệu.';
  if (f.denominator === null || !whole(f.denominator)) return 'Cần cả tử số và mẫu số.';
  if (f.numerator > f.denominator) return 'Tử số không được lớn hơn mẫu số.';
  return null;
}
