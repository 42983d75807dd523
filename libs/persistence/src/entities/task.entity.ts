import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TaskOutcome, TaskStatus } from '../../../domain/src';

export type TaskPriority = 'thuong' | 'khan' | 'hoa_toc';

@Entity({ name: 'task' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'directive_id', type: 'uuid' })
  directiveId!: string;

  @Column({ type: 'text' })
  item!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ name: 'lead_unit_code', type: 'text' })
  leadUnitCode!: string;

  @Column({ name: 'coordinating_unit_codes', type: 'text', array: true, default: () => "'{}'" })
  coordinatingUnitCodes!: string[];

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'due_phrase', type: 'text', nullable: true })
  duePhrase!: string | null;

  @Column({ name: 'due_revision', type: 'int', default: 0 })
  dueRevision!: number;

  @Column({ type: 'text' })
  priority!: TaskPriority;

  @Column({ type: 'text' })
  status!: TaskStatus;

  @Column({ type: 'text', nullable: true })
  outcome!: TaskOutcome | null;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'workflow_started_at', type: 'timestamptz', nullable: true })
  workflowStartedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
