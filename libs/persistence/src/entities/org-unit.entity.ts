import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'org_unit' })
export class OrgUnitEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ name: 'short_name', type: 'text', unique: true })
  shortName!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  level!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails!: string[];

  @Column({ name: 'head_title', type: 'text', nullable: true })
  headTitle!: string | null;

  @Column({ name: 'head_email', type: 'text', nullable: true })
  headEmail!: string | null;

  /** First day the unit is active (YYYY-MM-DD); null: since before the directory began. */
  @Column({ name: 'active_from', type: 'date', nullable: true })
  activeFrom!: string | null;

  /**
   * First day it is no longer active, after a merger or a renaming; null: still active.
   * Its tasks keep pointing at it and keep their history.
   */
  @Column({ name: 'active_to', type: 'date', nullable: true })
  activeTo!: string | null;

  /** The unit that took over. */
  @Column({ name: 'replaced_by', type: 'text', nullable: true })
  replacedBy!: string | null;

  /** Position in the directory file, so an export reads in the order it was written. */
  @Column({ type: 'int', default: 0 })
  ordinal!: number;
}
