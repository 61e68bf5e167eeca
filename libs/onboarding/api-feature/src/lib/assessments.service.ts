import { Injectable } from '@nestjs/common';
import {
  type AuthenticatedUser,
  assertAccess,
  type OwnershipPolicy,
  UnauthenticatedException,
} from '@kbdm/api/core-auth';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { AuditLogRepository, UserAccountEntity, UserAccountsRepository } from '@kbdm/accounts/api-data-access';
import {
  type AssessmentSnapshot,
  OnboardingAssessmentEntity,
  OnboardingAssessmentsRepository,
  OnboardingCatalogueRepository,
} from '@kbdm/onboarding/api-data-access';
import {
  type Assessment,
  type CatalogueNames,
  MAX_OPPORTUNITY_MATCHES,
  assessAll,
  parseAnswers,
  rankOpportunities,
} from '@kbdm/onboarding/eligibility';
import type { Lang } from '@kbdm/shared/domain';
import { namedRef, rankable, toAssessment } from './assessment-mappers';
import { AssessmentClaimedException, AssessmentNotFoundException } from './onboarding.exceptions';

/** Once claimed, an assessment is its owner's alone: no staff role reads a person's answers. */
const ASSESSMENT_POLICY: OwnershipPolicy = { kind: 'assessment' };

/** How many of a person's assessments `GET /me/assessments` answers, newest first. */
export const MAX_LISTED_ASSESSMENTS = 100;

/** Where a request came from, for the audit log. */
export type RequestOrigin = { ip: string | null };

/**
 * The onboarding questionnaire's assessments: judge the answers against every programme in
 * force and rank the opportunities, save the results, show them to whoever holds the token until
 * someone claims them, and from then on to that person only.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: OnboardingAssessmentsRepository,
    private readonly catalogue: OnboardingCatalogueRepository,
    private readonly accounts: UserAccountsRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async create(
    rawAnswers: unknown,
    user: AuthenticatedUser | null,
    origin: RequestOrigin,
    lang: Lang,
    today = new Date(),
  ): Promise<Assessment> {
    const [districts, sectors] = await Promise.all([this.catalogue.districts(), this.catalogue.sectors()]);
    const parsed = parseAnswers(rawAnswers, {
      today,
      districtCodes: districts.map((d) => d.code),
      sectorCodes: sectors.map((s) => s.code),
    });
    if (!parsed.ok) {
      const errors = parsed.errors.map((e) => ({
        field: e.field === 'answers' ? e.field : `answers.${e.field}`,
        message: e.message,
      }));
      throw new InvalidInputException(errors, `Invalid ${[...new Set(errors.map((e) => e.field))].join(', ')}.`);
    }
    const answers = parsed.answers;
    if (user) await this.activeAccount(user.id);

    const [programmes, opportunities] = await Promise.all([
      this.catalogue.programmesInForce(),
      this.catalogue.liveOpportunities(),
    ]);
    const names: CatalogueNames = {
      districts: Object.fromEntries(districts.map((d) => [d.code, d.name])),
      sectors: Object.fromEntries(sectors.map((s) => [s.code, s.name])),
    };
    const inForce = programmes.map((p) => ({ programme: p, code: p.code, currentVersion: p.currentVersion! }));
    const assessed = assessAll(inForce, answers, today, names);
    const ranked = rankOpportunities(opportunities.map(rankable), answers).slice(0, MAX_OPPORTUNITY_MATCHES);
    const result: AssessmentSnapshot = {
      programmes: assessed.programmes.map(({ programme, verdict, rules }) => ({
        programme: { ...namedRef(programme.programme), maxAmountKzt: programme.currentVersion.maxAmountKzt },
        verdict,
        rules,
      })),
      opportunities: ranked.map(({ opportunity, rank, score, reasons }) => ({
        opportunity: { ...opportunity.snapshot, potentialScore: opportunity.potentialScore.total },
        rank,
        score,
        reasons,
      })),
    };
    const saved = await this.assessments.create({
      answers,
      result,
      counts: assessed.summary,
      // parseAnswers requires a district.
      districtCode: answers.district ?? '',
      sectorCodes: answers.sectors ?? [],
      userId: user?.id ?? null,
      verdicts: assessed.programmes.map(({ programme, verdict, rules }) => ({
        programmeId: programme.programme.id,
        verdict,
        unmetRuleKinds: rules.filter((r) => r.outcome === 'unmet').map((r) => r.kind),
      })),
    });
    if (user) await this.fillProfile(user.id, saved, origin);
    return toAssessment(saved, lang);
  }

  /**
   * The results behind a token: anyone holding it while the assessment is unclaimed; once
   * claimed, its owner only (anybody else gets the 404 of an unknown token).
   */
  async get(id: string, user: AuthenticatedUser | null, lang: Lang): Promise<Assessment> {
    return toAssessment(this.readable(await this.assessments.findById(id), id, user), lang);
  }

  async listMine(user: AuthenticatedUser, lang: Lang): Promise<Assessment[]> {
    const owned = await this.assessments.ownedBy(user.id, MAX_LISTED_ASSESSMENTS);
    return owned.map((entity) => toAssessment(entity, lang));
  }

  /**
   * Attaches an unclaimed assessment to the caller and fills the empty parts of their profile
   * from its answers. Claiming one's own again changes nothing; someone else's is a 409.
   */
  async claim(id: string, user: AuthenticatedUser, origin: RequestOrigin, lang: Lang): Promise<Assessment> {
    const found = await this.assessments.findById(id);
    if (!found) throw new AssessmentNotFoundException(id);
    await this.activeAccount(user.id);
    if (await this.assessments.claim(id, user.id, new Date())) {
      const claimed = (await this.assessments.findById(id))!;
      await this.fillProfile(user.id, claimed, origin);
      return toAssessment(claimed, lang);
    }
    const current = await this.assessments.findById(id);
    if (!current) throw new AssessmentNotFoundException(id);
    if (current.userId !== user.id) throw new AssessmentClaimedException();
    return toAssessment(current, lang);
  }

  private readable(
    entity: OnboardingAssessmentEntity | null,
    id: string,
    user: AuthenticatedUser | null,
  ): OnboardingAssessmentEntity {
    if (!entity) throw new AssessmentNotFoundException(id);
    // Unclaimed: the token is the key.
    if (entity.claimedAt === null) return entity;
    // Claimed by an account since deleted (userId null): nobody's any more.
    if (!user || entity.userId === null) throw new AssessmentNotFoundException(id);
    assertAccess(user, { id: entity.id, ownerId: entity.userId }, ASSESSMENT_POLICY);
    return entity;
  }

  /**
   * Copies into the profile what the answers hold and the profile lacks — only the district:
   * the questionnaire asks for no name, phone or registered business — and records the claim.
   */
  private async fillProfile(
    userId: string,
    assessment: OnboardingAssessmentEntity,
    origin: RequestOrigin,
  ): Promise<void> {
    const account = await this.activeAccount(userId);
    const filled: string[] = [];
    const districtCode = assessment.answers.district;
    if (account.districtId === null && districtCode) {
      const district = await this.catalogue.findDistrictByCode(districtCode);
      if (district) {
        await this.accounts.updateProfile(userId, { districtId: district.id });
        filled.push('districtId');
      }
    }
    // Once claimed only its owner reads the assessment, so its id in the log opens nothing to others.
    await this.audit.record({
      actorId: userId,
      action: 'assessment.claimed',
      targetType: 'onboarding_assessment',
      targetId: assessment.id,
      ip: origin.ip,
      details: { profileFields: filled.join(',') },
    });
  }

  private async activeAccount(userId: string): Promise<UserAccountEntity> {
    const account = await this.accounts.findById(userId);
    if (!account || account.deactivatedAt)
      throw new UnauthenticatedException('The account no longer exists or is deactivated.');
    return account;
  }
}
