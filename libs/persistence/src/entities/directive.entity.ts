import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PolicySpec } from '../../../domain/src';

export type DirectiveStatus = 'draft' | 'issued' | 'closed' | 'cancelled';

export interface Signer {
  name: string;
  title: string;
  authority: string | null;
}

@Entity({ name: 'directive' })
export class DirectiveEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Column({ name: 'doc_type', type: 'text' })
  docType!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'issued_place', type: 'text', nullable: true })
  issuedPlace!: string | null;

  @Column({ name: 'issuer_unit_code', type: 'text' })
  issuerUnitCode!: string;

  @Column({ type: 'jsonb', nullable: true })
  signer!: Signer | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'text' })
  status!: DirectiveStatus;

  /** What the issuer said about timing; null keeps the defaults of each priority. */
  @Column({ type: 'jsonb', nullable: true })
  policy!: PolicySpec | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
