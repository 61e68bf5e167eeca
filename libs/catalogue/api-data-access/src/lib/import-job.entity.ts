import type {
  AdminCatalogue,
  ImportFormat,
  ImportMode,
  ImportRowAction,
  ImportRowError,
  ImportStatus,
} from '@kbdm/catalogue/domain';
import { numberColumn } from '@kbdm/api/core-database';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A spreadsheet import: the uploaded file (in the document storage), where the job stands, its
 * progress and its counts. An instance runs it while it holds the lease; a lease that runs out
 * (the instance stopped) lets another instance take the job up again. `createdBy` has no foreign
 * key on purpose: the record outlives the account.
 */
@Entity('import_job')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  catalogue!: AdminCatalogue;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: ImportFormat;

  @Column({ type: 'varchar', length: 64 })
  storageKey!: string;

  @Column({ type: 'bigint', transformer: numberColumn })
  size!: number;

  @Index('ix_import_job_status')
  @Column({ type: 'varchar', length: 16 })
  status!: ImportStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode!: ImportMode | null;

  @Column({ type: 'bigint', default: 0, transformer: numberColumn })
  progressDone!: number;

  @Column({ type: 'bigint', default: 0, transformer: numberColumn })
  progressTotal!: number;

  @Column({ type: 'integer', default: 0 })
  rows!: number;

  @Column({ type: 'integer', default: 0 })
  countAdd!: number;

  @Column({ type: 'integer', default: 0 })
  countUpdate!: number;

  @Column({ type: 'integer', default: 0 })
  countUnchanged!: number;

  @Column({ type: 'integer', default: 0 })
  countInvalid!: number;

  @Column({ type: 'integer', nullable: true })
  appliedAdded!: number | null;

  @Column({ type: 'integer', nullable: true })
  appliedUpdated!: number | null;

  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  /** The administrator who chose to apply it. */
  @Column({ type: 'uuid', nullable: true })
  appliedBy!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  leaseOwner!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Index('ix_import_job_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One data row of an import's file: what it would do, its parsed input, what is wrong with it. */
@Entity('import_row')
@Index('ix_import_row_action', ['jobId', 'action'])
export class ImportRowEntity {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_import_row_job' })
  job?: ImportJobEntity;

  /** The spreadsheet's row number: the header is row 1. */
  @PrimaryColumn({ type: 'integer' })
  rowNumber!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: ImportRowAction;

  /** The catalogue item an update changes. */
  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  /** The row as the create/update input; of an invalid row, what was read of it (never written). */
  @Column({ type: 'jsonb', nullable: true })
  input!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, array: true, default: () => "'{}'" })
  changes!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: ImportRowError[];
}
