import { EntityManager, IsNull } from 'typeorm';
import { TaskSeriesEntity } from '../entities/task-series.entity';
import { NewSeries, SeriesRepository } from './series.repository';

export class TypeOrmSeriesRepository extends SeriesRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<TaskSeriesEntity | null> {
    return this.em.findOneBy(TaskSeriesEntity, { id });
  }

  async insertMany(series: readonly NewSeries[]): Promise<void> {
    if (series.length) await this.em.insert(TaskSeriesEntity, series as TaskSeriesEntity[]);
  }

  pendingStarts(scope: { directiveId: string } | { limit: number }): Promise<TaskSeriesEntity[]> {
    const pending = { workflowStartedAt: IsNull(), status: 'active' as const };
    return 'directiveId' in scope
      ? this.em.find(TaskSeriesEntity, { where: { ...pending, directiveId: scope.directiveId } })
      : this.em.find(TaskSeriesEntity, {
          where: pending,
          order: { createdAt: 'ASC' },
          take: scope.limit,
        });
  }

  async markStarted(id: string, at: Date): Promise<void> {
    await this.em.update(TaskSeriesEntity, { id }, { workflowStartedAt: at });
  }
}
