import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TargetAggregation, TargetKind } from '@dondoc/domain';

/** A target (chỉ tiêu) on one item of a directive. */
@Entity({ name: 'task_target' })
export class TaskTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'directive_id', type: 'uuid' })
  directiveId!: string;

  @Column({ type: 'text' })
  item!: string;

  @Column({ type: 'text' })
  kind!: TargetKind;

  @Column({ type: 'text' })
  label!: string;

  /** numeric comes back from pg as a string. */
  @Column({
    type: 'numeric',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  threshold!: number;

  @Column({ type: 'text' })
  aggregation!: TargetAggregation;

  @Column({ name: 'numerator_label', type: 'text', nullable: true })
  numeratorLabel!: string | null;

  @Column({ name: 'denominator_label', type: 'text', nullable: true })
  denominatorLabel!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
