import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { EligibilityRuleKind } from '@kbdm/catalogue/domain';
import type { OnboardingAnswers, Verdict } from '@kbdm/onboarding/eligibility';
import { DataSource, IsNull, Repository } from 'typeorm';
import { newAssessmentId } from './assessment-id';
import type { AssessmentSnapshot } from './assessment-snapshot';
import { OnboardingAssessmentEntity, OnboardingAssessmentVerdictEntity } from './onboarding-assessment.entity';

export type NewAssessment = {
  answers: OnboardingAnswers;
  result: AssessmentSnapshot;
  counts: Record<Verdict, number>;
  districtCode: string;
  sectorCodes: string[];
  /** The signed-in person who made it, who owns it from the start; null for an anonymous visitor. */
  userId: string | null;
  verdicts: { programmeId: string; verdict: Verdict; unmetRuleKinds: EligibilityRuleKind[] }[];
};

/** Saved onboarding assessments: create, read by token, list a person's, claim once. */
@Injectable()
export class OnboardingAssessmentsRepository {
  constructor(
    @InjectRepository(OnboardingAssessmentEntity) private readonly assessments: Repository<OnboardingAssessmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Saves the assessment and its verdicts together under a new token. */
  create(assessment: NewAssessment, at = new Date()): Promise<OnboardingAssessmentEntity> {
    const id = newAssessmentId();
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(OnboardingAssessmentEntity, {
        id,
        answers: assessment.answers,
        result: assessment.result,
        eligibleCount: assessment.counts.eligible,
        nearlyCount: assessment.counts.nearly,
        notCount: assessment.counts.not,
        districtCode: assessment.districtCode,
        sectorCodes: assessment.sectorCodes,
        userId: assessment.userId,
        claimedAt: assessment.userId === null ? null : at,
      });
      if (assessment.verdicts.length > 0) {
        await manager.insert(
          OnboardingAssessmentVerdictEntity,
          assessment.verdicts.map((v) => ({ assessmentId: id, ...v })),
        );
      }
      return manager.findOneByOrFail(OnboardingAssessmentEntity, { id });
    });
  }

  findById(id: string): Promise<OnboardingAssessmentEntity | null> {
    return this.assessments.findOneBy({ id });
  }

  /** The person's assessments, newest first, at most `limit`. */
  ownedBy(userId: string, limit: number): Promise<OnboardingAssessmentEntity[]> {
    return this.assessments.find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }

  /**
   * Attaches the assessment to `userId` if nobody has claimed it: of two people claiming one
   * token at once exactly one wins. False when it was claimed already or does not exist.
   */
  async claim(id: string, userId: string, at: Date): Promise<boolean> {
    const result = await this.assessments.update({ id, claimedAt: IsNull() }, { userId, claimedAt: at });
    return result.affected === 1;
  }
}
