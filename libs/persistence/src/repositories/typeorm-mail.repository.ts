import { EntityManager } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';
import { TaskEntity } from '../entities/task.entity';
import { FailedMail, FailedMailFilter, MailRepository } from './mail.repository';

export class TypeOrmMailRepository extends MailRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async failed(f: FailedMailFilter): Promise<FailedMail[]> {
    const qb = this.em
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .innerJoin(TaskEntity, 't', 't.id = n.task_id')
      .addSelect(['t.lead_unit_code AS unit_code', 't.directive_id AS directive_id'])
      .where('n.failed_at IS NOT NULL')
      .orderBy('n.failed_at', 'DESC')
      .limit(f.limit);
    if (f.from) qb.andWhere('n.failed_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('n.failed_at < :to', { to: f.to });
    if (f.unitCode) qb.andWhere('t.lead_unit_code = :u', { u: f.unitCode });
    const { entities, raw } = await qb.getRawAndEntities<{
      unit_code: string;
      directive_id: string;
    }>();
    return entities.map((n, i) => ({
      ...n,
      unitCode: raw[i].unit_code,
      directiveId: raw[i].directive_id,
    }));
  }
}
