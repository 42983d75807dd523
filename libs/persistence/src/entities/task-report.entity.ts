import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TaskReportKind = 'progress' | 'submission';

/** What a unit reported: progress along the way, or the result it submits. */
@Entity({ name: 'task_report' })
export class TaskReportEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ type: 'text' })
  kind!: TaskReportKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'int', nullable: true })
  percent!: number | null;

  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds!: string[];

  @Column({ name: 'unit_code', type: 'text' })
  unitCode!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'transition_id', type: 'text', unique: true })
  transitionId!: string;
}
