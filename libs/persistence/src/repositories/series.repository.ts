import type { TaskSeriesEntity } from '../entities/task-series.entity';

export type NewSeries = Omit<TaskSeriesEntity, 'createdAt'>;

/** Recurring series: what each period's task is made from, and whether more will come. */
export abstract class SeriesRepository {
  abstract findById(id: string): Promise<TaskSeriesEntity | null>;
  abstract insertMany(series: readonly NewSeries[]): Promise<void>;
  /** Active series whose workflow was never marked started: of one directive, or all. */
  abstract pendingStarts(
    scope: { directiveId: string } | { limit: number },
  ): Promise<TaskSeriesEntity[]>;
  abstract markStarted(id: string, at: Date): Promise<void>;
}
