import type { EligibilityRuleKind } from '@kbdm/catalogue/domain';
import { ProgrammeEntity } from '@kbdm/catalogue/api-data-access';
import { UserAccountEntity } from '@kbdm/accounts/api-data-access';
import type { OnboardingAnswers, Verdict } from '@kbdm/onboarding/eligibility';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AssessmentSnapshot } from './assessment-snapshot';

/**
 * One run of the onboarding questionnaire: the answers, the results as they were computed
 * (a snapshot), and — for the officers' demand figures — the district, the sectors and the
 * per-programme verdicts in columns SQL can group by. The id is an unguessable token
 * (`newAssessmentId`): it is the key an anonymous visitor comes back with.
 */
@Entity('onboarding_assessment')
@Index('ix_onboarding_assessment_user', ['userId', 'createdAt'])
@Index('ix_onboarding_assessment_district', ['districtCode', 'createdAt'])
export class OnboardingAssessmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 22 })
  id!: string;

  @Column({ type: 'jsonb' })
  answers!: OnboardingAnswers;

  @Column({ type: 'jsonb' })
  result!: AssessmentSnapshot;

  @Column({ type: 'integer' })
  eligibleCount!: number;

  @Column({ type: 'integer' })
  nearlyCount!: number;

  @Column({ type: 'integer' })
  notCount!: number;

  /** The answers' district, by code: the answers are kept as given, not tied to catalogue ids. */
  @Column({ type: 'varchar', length: 64 })
  districtCode!: string;

  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  sectorCodes!: string[];

  /** The account it belongs to; null while unclaimed, and again if that account is deleted (then it stays claimed). */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_onboarding_assessment_user' })
  user?: UserAccountEntity | null;

  @Index('ix_onboarding_assessment_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;
}

/** One programme's verdict in an assessment, with the kinds of the rules that were unmet. */
@Entity('onboarding_assessment_verdict')
export class OnboardingAssessmentVerdictEntity {
  @PrimaryColumn({ type: 'varchar', length: 22 })
  assessmentId!: string;

  @ManyToOne(() => OnboardingAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_onboarding_assessment_verdict_assessment' })
  assessment?: OnboardingAssessmentEntity;

  @Index('ix_onboarding_assessment_verdict_programme')
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_onboarding_assessment_verdict_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'varchar', length: 8 })
  verdict!: Verdict;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  unmetRuleKinds!: EligibilityRuleKind[];
}
