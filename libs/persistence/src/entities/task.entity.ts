import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type {
  PendingExtension,
  Priority,
  TaskOutcome,
  TaskStatus,
  TimingPolicy,
} from '@dondoc/domain';

export type TaskPriority = Priority;

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

  /** Bumped by every re-plan; part of every planned mail's key. */
  @Column({ name: 'plan_revision', type: 'int', default: 0 })
  planRevision!: number;

  @Column({ name: 'planned_from', type: 'timestamptz' })
  plannedFrom!: Date;

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

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  percent!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  extension!: PendingExtension | null;

  /** The timing policy in force for this task (the directive's, for its priority). */
  @Column({ type: 'jsonb' })
  policy!: TimingPolicy;

  /** Who gave the task: the directive's issuer, or the unit that sub-assigned it. */
  @Column({ name: 'issuer_unit_code', type: 'text' })
  issuerUnitCode!: string;

  @Column({ name: 'parent_task_id', type: 'uuid', nullable: true })
  parentTaskId!: string | null;

  /** The parent may not be submitted before every sub-task has reported. */
  @Column({ name: 'needs_all_subreports', type: 'boolean', default: false })
  needsAllSubreports!: boolean;

  /** The due date its plan gives the level below (a due input); proposed for a split by hand. */
  @Column({ name: 'subtask_due', type: 'text', nullable: true })
  subtaskDue!: string | null;

  /** A second sub-task for a unit that already holds one, asked for on purpose. */
  @Column({ name: 'split_separately', type: 'boolean', default: false })
  splitSeparately!: boolean;

  /** The group this task was fanned out from ("VKSND cấp tỉnh"), if any. */
  @Column({ name: 'source_group', type: 'text', nullable: true })
  sourceGroup!: string | null;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

  @Column({ name: 'period_index', type: 'int', nullable: true })
  periodIndex!: number | null;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'workflow_started_at', type: 'timestamptz', nullable: true })
  workflowStartedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
