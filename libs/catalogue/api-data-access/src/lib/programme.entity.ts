import type {
  ApplicationChannel,
  EligibilityRule,
  LegalAct,
  ProgrammeInstrument,
  ProgrammeRate,
  ProgrammeVersionStatus,
} from '@kbdm/catalogue/domain';
import { CatalogueItemColumns, numberColumn } from '@kbdm/api/core-database';
import type { LocalizedText, SourceRef } from '@kbdm/shared/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A support programme; its terms live in versions. `search_vector` / `search_text` are generated in SQL. */
@Entity('programme')
export class ProgrammeEntity extends CatalogueItemColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_programme_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'jsonb' })
  name!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  @Column({ type: 'jsonb' })
  operator!: LocalizedText;

  @Column({ type: 'varchar', length: 32 })
  instrument!: ProgrammeInstrument;


  /** Loaded by queries: the version in force, or else the latest one. Not a column. */
  currentVersion?: ProgrammeVersionEntity;
}

/**
 * The terms of a programme under one legal act. At most one version of a programme is in force
 * (a partial unique index says so).
 */
@Entity('programme_version')
@Index('uq_programme_version_code', ['programmeId', 'code'], { unique: true })
@Index('uq_programme_version_in_force', ['programmeId'], { unique: true, where: `status = 'in_force'` })
export class ProgrammeVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_version_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'jsonb' })
  label!: LocalizedText;

  @Column({ type: 'jsonb' })
  legalAct!: LegalAct;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ProgrammeVersionStatus;

  @Column({ type: 'boolean' })
  acceptsApplications!: boolean;

  @Column({ type: 'varchar', length: 16 })
  applicationChannel!: ApplicationChannel;

  @Column({ type: 'bigint', nullable: true, transformer: numberColumn })
  minAmountKzt!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: numberColumn })
  maxAmountKzt!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  rate!: ProgrammeRate | null;

  @Column({ type: 'integer', nullable: true })
  termMonths!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  applicationWindow!: { opensOn: string; closesOn: string | null } | null;

  @Column({ type: 'jsonb' })
  requiredDocuments!: LocalizedText[];

  @Column({ type: 'jsonb' })
  obligations!: LocalizedText[];

  @Column({ type: 'integer' })
  decisionDeadlineWorkingDays!: number;

  /** Validated by `validateEligibilityRules` before it is written. */
  @Column({ type: 'jsonb' })
  eligibility!: EligibilityRule[];

  /** Copied from the `sectors` rule so that the sector filter is plain SQL. */
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  allowedSectorCodes!: string[];

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  excludedSectorCodes!: string[];

  @Column({ type: 'boolean' })
  demo!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  source!: SourceRef | null;
}
