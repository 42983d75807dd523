import type { AuditEventEntity, NewAuditEvent } from '../entities/audit-event.entity';

export interface AuditFilter {
  directiveId?: string;
  taskId?: string;
  unitCode?: string;
  userId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  /**
   * Only events of these units and of every directive they issued; undefined: everything
   * (the admin's reach).
   */
  withinUnits?: readonly string[];
}

/** The append-only trail: events are added, read, and never changed. */
export abstract class AuditRepository {
  /** Appends events; one whose idempotency key is already there is skipped. */
  abstract append(events: readonly NewAuditEvent[]): Promise<void>;
  abstract forTask(taskId: string): Promise<AuditEventEntity[]>;
  /** Newest first. */
  abstract list(filter: AuditFilter): Promise<AuditEventEntity[]>;
}
