import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type EmailLinkAction = 'acknowledge' | 'open';

/** A one-click link sent by mail: bound to one task, one unit and one action, used once. */
@Entity({ name: 'email_link' })
export class EmailLinkEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ type: 'text' })
  action!: EmailLinkAction;

  @Column({ name: 'sent_to', type: 'text', array: true })
  sentTo!: string[];

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
