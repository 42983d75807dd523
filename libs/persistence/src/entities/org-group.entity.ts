import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'org_group' })
export class OrgGroupEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  /** Membership rule from the directory file, e.g. `{ level: 'tinh', kind: 'vien' }`. */
  @Column({ type: 'jsonb' })
  members!: Record<string, unknown>;

  /** Position in the directory file, so an export reads in the order it was written. */
  @Column({ type: 'int', default: 0 })
  ordinal!: number;
}
