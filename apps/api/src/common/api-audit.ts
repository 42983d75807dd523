import { EntityManager } from 'typeorm';
import type { Principal } from '@dondoc/domain';
import { AuditEventEntity, NewAuditEvent, auditEvent } from '@dondoc/persistence';

/** Appends one audit event for what a signed-in user just did through the API. */
export async function recordApiEvent(
  em: EntityManager,
  p: Principal,
  at: Date,
  event: Omit<NewAuditEvent, 'at' | 'source' | 'actorUserId'>,
): Promise<void> {
  await em.insert(
    AuditEventEntity,
    auditEvent({ ...event, at, source: 'api', actorUserId: p.userId }),
  );
}
