import { DataSource } from 'typeorm';
import type { Figures, TargetAggregation } from '@dondoc/domain';

/** One unit's figures for a target over a period, already added up over time. */
export interface UnitFigures extends Figures {
  unitCode: string;
  /** How many period tasks' figures went in (for `latest`, the one that stands). */
  reports: number;
}

/**
 * The figures of a target's tasks whose due date falls in a period: summed over the period
 * (`sum`), or the last report of each unit in it (`latest`, for cumulative figures).
 */
export class TargetRepository {
  constructor(private readonly ds: DataSource) {}

  async figures(
    targetId: string,
    aggregation: TargetAggregation,
    start: Date,
    end: Date,
  ): Promise<UnitFigures[]> {
    const inPeriod = `f.target_id = $1 AND t.due_at > $2 AND t.due_at <= $3 AND t.status <> 'cancelled'`;
    const sql =
      aggregation === 'sum'
        ? `SELECT f.unit_code, sum(f.numerator)::float8 AS numerator,
                  CASE WHEN count(f.denominator) = 0 THEN NULL ELSE sum(f.denominator)::float8 END AS denominator,
                  count(*)::int AS reports
             FROM task_figures f JOIN task t ON t.id = f.task_id
            WHERE ${inPeriod}
            GROUP BY f.unit_code`
        : `SELECT DISTINCT ON (f.unit_code) f.unit_code, f.numerator::float8 AS numerator,
                  f.denominator::float8 AS denominator, 1 AS reports
             FROM task_figures f JOIN task t ON t.id = f.task_id
            WHERE ${inPeriod}
            ORDER BY f.unit_code, t.due_at DESC, f.reported_at DESC`;
    const rows: {
      unit_code: string;
      numerator: number;
      denominator: number | null;
      reports: number;
    }[] = await this.ds.query(sql, [targetId, start, end]);
    return rows.map((r) => ({
      unitCode: r.unit_code,
      numerator: Number(r.numerator),
      denominator: r.denominator === null ? null : Number(r.denominator),
      reports: Number(r.reports),
    }));
  }
}
