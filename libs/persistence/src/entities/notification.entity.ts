import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The mail outbox: recorded before sending, marked after, keyed so nothing goes twice. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  /** `taskId/kind:rung@revision`, or `digest/kind/period/userId` for a digest. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** Null for mail about no one task (a digest). */
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  /** A digest's recipient; with `period`, what makes it one mail per person and period. */
  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

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

  /** When the relay refused it for good; it is not sent again. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /** The relay's answer to a refused mail. */
  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  /** Held by the attempt talking to the relay; another attempt waits until it is released. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner!: string | null;

  /** Recipients the relay refused while it took the mail for the others. */
  @Column({ name: 'rejected_recipients', type: 'text', array: true, default: () => "'{}'" })
  rejectedRecipients!: string[];

  /** A reminder staged ahead of its instant: when the dispatcher may send it. */
  @Column({ name: 'send_after', type: 'timestamptz', nullable: true })
  sendAfter!: Date | null;

  /** The task queue whose workers' dispatchers send a staged reminder. */
  @Column({ type: 'text', nullable: true })
  queue!: string | null;

  /** A staged reminder's composed mail, as the dispatcher sends it. */
  @Column({ type: 'jsonb', nullable: true })
  payload!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
