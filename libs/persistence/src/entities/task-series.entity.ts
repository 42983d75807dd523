import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Priority, Recurrence, TimingPolicy } from '@dondoc/domain';

export type TaskSeriesStatus = 'active' | 'ended' | 'cancelled';

/** What every period's task is made from. */
export interface TaskTemplate {
  item: string;
  summary: string;
  content: string | null;
  leadUnitCode: string;
  coordinatingUnitCodes: string[];
  /** Missing in series made before cascades; the directive's issuer then. */
  issuerUnitCode?: string;
  duePhrase: string | null;
  priority: Priority;
  policy: TimingPolicy;
}

/** A recurring task (monthly, quarterly, yearly report): each period becomes its own task. */
@Entity({ name: 'task_series' })
export class TaskSeriesEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'directive_id', type: 'uuid' })
  directiveId!: string;

  @Column({ type: 'jsonb' })
  template!: TaskTemplate;

  @Column({ type: 'jsonb' })
  recurrence!: Recurrence;

  @Column({ type: 'text' })
  status!: TaskSeriesStatus;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'workflow_started_at', type: 'timestamptz', nullable: true })
  workflowStartedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
