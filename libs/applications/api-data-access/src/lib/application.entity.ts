import { numberColumn } from '@kbdm/api/core-database';
import { UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type {
  ApplicationForm,
  ApplicationStatus,
  ApplicationTargetKind,
  FilingChannel,
} from '@kbdm/applications/domain';
import {
  DistrictEntity,
  OpportunityEntity,
  PppProjectEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
} from '@kbdm/catalogue/api-data-access';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * An application to a programme, an opportunity or a PPP project. Exactly one target column is
 * set, as `target_kind` says (a CHECK in the migration). `version` is bumped by every change, and
 * every change names the version it saw: the optimistic lock that lets one of two officers win.
 */
@Entity('application')
@Index('ix_application_applicant', ['applicantId', 'createdAt'])
@Index('ix_application_queue', ['status', 'decisionDue'])
@Index('ix_application_assignee', ['assigneeId', 'status'])
@Index('ix_application_programme', ['programmeId'])
@Index('ix_application_opportunity', ['opportunityId'])
@Index('ix_application_ppp_project', ['pppProjectId'])
@Index('ix_application_district', ['districtId'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The running number of the human reference `KBDM-<year>-<number>`. */
  @Index('uq_application_number', { unique: true })
  @Column({ type: 'integer' })
  @Generated('increment')
  number!: number;

  @Column({ type: 'uuid' })
  applicantId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'applicant_id', foreignKeyConstraintName: 'fk_application_applicant' })
  applicant?: UserAccountEntity;

  @Column({ type: 'varchar', length: 16 })
  targetKind!: ApplicationTargetKind;

  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_application_programme' })
  programme?: ProgrammeEntity | null;

  /** The version in force when the draft was made: its documents, limits and deadline apply. */
  @Column({ type: 'uuid', nullable: true })
  programmeVersionId!: string | null;

  @ManyToOne(() => ProgrammeVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_version_id', foreignKeyConstraintName: 'fk_application_programme_version' })
  programmeVersion?: ProgrammeVersionEntity | null;

  @Column({ type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'fk_application_opportunity' })
  opportunity?: OpportunityEntity | null;

  @Column({ type: 'uuid', nullable: true })
  pppProjectId!: string | null;

  @ManyToOne(() => PppProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ppp_project_id', foreignKeyConstraintName: 'fk_application_ppp_project' })
  pppProject?: PppProjectEntity | null;

  @Column({ type: 'varchar', length: 24 })
  status!: ApplicationStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  form!: ApplicationForm;

  /** The form's district, as a key the queue filters by. */
  @Column({ type: 'uuid', nullable: true })
  districtId!: string | null;

  @ManyToOne(() => DistrictEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_application_district' })
  district?: DistrictEntity | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_application_assignee' })
  assignee?: UserAccountEntity | null;

  @Column({ type: 'varchar', length: 16 })
  filingChannel!: FilingChannel;

  /** The decision's term in working days, fixed when the draft is made. */
  @Column({ type: 'integer' })
  decisionWorkingDays!: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** ISO date in the region's time zone. */
  @Column({ type: 'date', nullable: true })
  decisionDue!: string | null;

  /** Working days left when the clock stopped for a request for information. */
  @Column({ type: 'integer', nullable: true })
  pausedWorkingDaysLeft!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One move of an application, as it happened: never updated, never deleted but with its draft. */
@Entity('application_event')
@Index('ix_application_event_application', ['applicationId', 'createdAt'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_event_application' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_application_event_actor' })
  actor?: UserAccountEntity;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Column({ type: 'varchar', length: 24 })
  toStatus!: ApplicationStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** For an assignment: whom it went to (null: released). */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_application_event_assignee' })
  assignee?: UserAccountEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A file attached to an application; the bytes live in the document storage under `storageKey`. */
@Entity('application_document')
@Index('ix_application_document_application', ['applicationId', 'createdAt'])
export class ApplicationDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_document_application' })
  application?: ApplicationEntity;

  /** Index into the target's required documents; null for another supporting document. */
  @Column({ type: 'integer', nullable: true })
  requirement!: number | null;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ type: 'bigint', transformer: numberColumn })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Index('uq_application_document_storage_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  storageKey!: string;

  @Column({ type: 'uuid' })
  uploadedById!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'fk_application_document_uploaded_by' })
  uploadedBy?: UserAccountEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The thread between the applicant and the officers. */
@Entity('application_message')
@Index('ix_application_message_application', ['applicationId', 'createdAt'])
export class ApplicationMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_message_application' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_application_message_author' })
  author?: UserAccountEntity;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A client's `Idempotency-Key` for a submission: the first request with a key does the work and
 * records the application; a retry with the same key finds the row and answers the same.
 */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  key!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_idempotency_key_user' })
  user?: UserAccountEntity;

  /** SHA-256 of the request: the same key with another body is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_idempotency_key_application' })
  application?: ApplicationEntity;

  @Index('ix_idempotency_key_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * Kazakhstan's working calendar beyond Monday–Friday: holidays and moved days off on weekdays
 * (`day_off`), and weekend days the government made working days (`working_day`).
 */
@Entity('working_calendar_day')
export class WorkingCalendarDayEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'day_off' | 'working_day';

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
