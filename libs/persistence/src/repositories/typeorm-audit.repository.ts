import { EntityManager } from 'typeorm';
import { AuditEventEntity, NewAuditEvent, auditEvent } from '../entities/audit-event.entity';
import { AuditFilter, AuditRepository } from './audit.repository';

export class TypeOrmAuditRepository extends AuditRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async append(events: readonly NewAuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.em
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(events.map(auditEvent))
      .orIgnore()
      .execute();
  }

  forTask(taskId: string): Promise<AuditEventEntity[]> {
    return this.em.find(AuditEventEntity, { where: { taskId }, order: { id: 'ASC' } });
  }

  list(f: AuditFilter): Promise<AuditEventEntity[]> {
    const qb = this.em
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .limit(f.limit);
    if (f.withinUnits) {
      qb.andWhere(
        '(e.unit_code = ANY(:units) OR e.directive_id IN (SELECT id FROM directive WHERE issuer_unit_code = ANY(:units)))',
        { units: f.withinUnits },
      );
    }
    if (f.directiveId) qb.andWhere('e.directive_id = :d', { d: f.directiveId });
    if (f.taskId) qb.andWhere('e.task_id = :t', { t: f.taskId });
    if (f.unitCode) qb.andWhere('e.unit_code = :u', { u: f.unitCode });
    if (f.userId) qb.andWhere('e.actor_user_id = :a', { a: f.userId });
    if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.at < :to', { to: f.to });
    return qb.getMany();
  }
}
