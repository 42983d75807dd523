import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PolicySpec, RecurrenceSpec } from '@dondoc/domain';

/** A task of a draft, as parsed and then edited; units are directory or group codes. */
export interface DraftTask {
  item: string;
  summary: string;
  content: string | null;
  leadUnit: string | null;
  coordinatingUnits: string[];
  /** Names the parser could not map, for the reviewer to resolve. */
  unresolvedUnits: string[];
  due: string | null;
  duePhrase: string | null;
  recurrence: RecurrenceSpec | null;
  priority: 'thuong' | 'khan' | 'hoa_toc';
  /** Where in the pasted text the task came from. */
  span: { start: number; end: number } | null;
  /** The plan's levels below the task, top down, as read and then reviewed. */
  tiers?: DraftTier[];
  /**
   * A deadline the text counts from an event ("02 ngày làm việc kể từ ngày kết thúc kỳ báo
   * cáo"): a rule for the reviewer to turn into a date, not a date.
   */
  dueRule?: { workingDays?: number; days?: number; months?: number; from: string } | null;
  /** The hour of the due day, "16:00", when the text gives one. */
  dueTime?: string | null;
  /** A recurring deadline's day: "20" of every month, "06-25" of every year. */
  recurrenceDay?: string | null;
}

/** One level of a plan in a draft: its units or groups (or names still to map) and its date. */
export interface DraftTier {
  units: string[];
  /** Names the directory did not resolve, for the reviewer to map. */
  unresolvedUnits?: string[];
  due: string | null;
  duePhrase?: string | null;
  summary?: string | null;
  needsAllReports?: boolean;
}

export interface DirectiveDraft {
  tasks: DraftTask[];
  references: string[];
  recipients: { name: string; purpose: string | null }[];
}

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

  /** A parsed directive under review: its tasks as the reviewer edits them. */
  @Column({ type: 'jsonb', nullable: true })
  draft!: DirectiveDraft | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true, unique: true })
  idempotencyKey!: string | null;

  /** A hash of the request that issued it: a repeat must send the same. */
  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
