import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CalendarOverrideKind = 'day_off' | 'working_day';

/** One official change to the working calendar: a swapped day off or a make-up working day. */
@Entity({ name: 'calendar_override' })
export class CalendarOverrideEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'text' })
  kind!: CalendarOverrideKind;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
