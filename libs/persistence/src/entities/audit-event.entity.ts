import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE on this table. */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'text', nullable: true })
  actorUserId!: string | null;

  /** Who acted when there is no signed-in user, e.g. the recipients of an email link. */
  @Column({ name: 'actor_label', type: 'text', nullable: true })
  actorLabel!: string | null;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'directive_id', type: 'uuid', nullable: true })
  directiveId!: string | null;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ name: 'unit_code', type: 'text', nullable: true })
  unitCode!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  /** Set by retried writers (activities) so the same change is recorded once. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true })
  idempotencyKey!: string | null;
}

export type NewAuditEvent = Pick<AuditEventEntity, 'source' | 'action'> &
  Partial<Omit<AuditEventEntity, 'id' | 'source' | 'action'>>;

/** Builds an audit row; unset references are stored as null rather than left out. */
export function auditEvent(fields: NewAuditEvent): AuditEventEntity {
  return Object.assign(new AuditEventEntity(), {
    actorUserId: null,
    actorLabel: null,
    directiveId: null,
    taskId: null,
    unitCode: null,
    before: null,
    after: null,
    idempotencyKey: null,
    ...fields,
  });
}
