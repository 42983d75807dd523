import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export interface LetterSigner {
  /** "TL.", "KT.", "TM." or none. */
  authority: string | null;
  /** Whose name the letter is signed in: "VIỆN TRƯỞNG". */
  title: string;
  /** The signer's own position when signing for someone: "CHÁNH VĂN PHÒNG", "PHÓ VIỆN TRƯỞNG". */
  position: string | null;
  name: string | null;
}

/** A reminder letter (công văn đôn đốc) drafted for signature, kept as the DOCX it was. */
@Entity({ name: 'reminder_letter' })
export class ReminderLetterEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'issuer_unit_code', type: 'text' })
  issuerUnitCode!: string;

  @Column({ name: 'unit_codes', type: 'text', array: true })
  unitCodes!: string[];

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'report_by', type: 'date' })
  reportBy!: string;

  @Column({ type: 'jsonb' })
  signer!: LetterSigner;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'reminder_letter_task' })
export class ReminderLetterTaskEntity {
  @PrimaryColumn({ name: 'letter_id', type: 'uuid' })
  letterId!: string;

  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId!: string;
}
