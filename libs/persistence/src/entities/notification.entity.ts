import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The mail outbox: recorded before sending, marked after, keyed so nothing goes twice. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  /** `taskId/kind:rung@revision`. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
