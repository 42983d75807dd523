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
}
