import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A unit's explanation (giải trình) for overdue work: why, what is left, and the date it
 * now commits to. Not an extension: the task stays overdue in every figure.
 */
@Entity({ name: 'task_explanation' })
export class TaskExplanationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  remaining!: string;

  @Column({ name: 'committed_date', type: 'date' })
  committedDate!: string;

  /** The first late instant of the committed date. */
  @Column({ name: 'committed_at', type: 'timestamptz' })
  committedAt!: Date;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
