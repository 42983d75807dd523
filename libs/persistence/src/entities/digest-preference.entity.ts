import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which digests a person gets; no row means both. */
@Entity({ name: 'digest_preference' })
export class DigestPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'boolean', default: true })
  daily!: boolean;

  @Column({ type: 'boolean', default: true })
  weekly!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
