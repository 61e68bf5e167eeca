import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DISTRICT_CODE } from '@kbdm/catalogue/api-feature';
import {
  APPLICANT_KINDS,
  APPLICANT_STATUSES,
  type ApplicantKind,
  type ApplicantStatus,
  BUSINESS_SIZES,
  type BusinessSize,
  CERTIFICATES,
  type Certificate,
  ELIGIBILITY_RULE_KINDS,
  type EligibilityRuleKind,
} from '@kbdm/catalogue/domain';
import { ItemRefDto, LangQueryDto } from '@kbdm/api/core-http';
import {
  type Assessment,
  type AssessmentSummary,
  type CreateAssessmentRequest,
  type HeldCertificate,
  MATCH_WEIGHTS,
  MAX_OPPORTUNITY_MATCHES,
  MAX_SECTORS,
  MAX_APPLICANT_AGE,
  MIN_APPLICANT_AGE,
  type MatchPart,
  type MatchReason,
  type OnboardingAnswers,
  type OnboardingDemand,
  type OpportunityMatch,
  type ProgrammeVerdict,
  type RuleOutcome,
  type RuleOutcomeKind,
  type TrilingualText,
  type Verdict,
} from '@kbdm/onboarding/eligibility';
import type { ItemRef } from '@kbdm/shared/domain';
import { IsISO8601, IsObject, IsOptional, Matches } from 'class-validator';

/*
 * OpenAPI descriptions of the onboarding contract (`@kbdm/onboarding/eligibility`'s
 * assessment-contract). Each response class implements the plain type, so the compiler keeps the
 * documentation and the answers in step.
 */

const VERDICTS: readonly Verdict[] = ['eligible', 'nearly', 'not'];
const RULE_OUTCOMES: readonly RuleOutcomeKind[] = ['met', 'unmet', 'unknown'];
const MATCH_PARTS = Object.keys(MATCH_WEIGHTS) as MatchPart[];

class HeldCertificateDto implements HeldCertificate {
  @ApiProperty({ enum: CERTIFICATES }) certificate!: Certificate;
  @ApiProperty({ example: '2025-09-01', description: 'YYYY-MM-DD, not in the future' }) issuedOn!: string;
}

/** The questionnaire, for the documentation only: the service checks it with the engine's `parseAnswers`. */
export class OnboardingAnswersDto implements OnboardingAnswers {
  @ApiProperty({ enum: APPLICANT_KINDS }) applicantKind?: ApplicantKind;
  @ApiPropertyOptional({ example: '2001-06-15', description: 'YYYY-MM-DD; give this or `age`' })
  birthDate?: string;
  @ApiPropertyOptional({
    minimum: MIN_APPLICANT_AGE,
    maximum: MAX_APPLICANT_AGE,
    description: 'Whole years; give this or `birthDate`',
  })
  age?: number;
  @ApiPropertyOptional({ enum: APPLICANT_STATUSES, isArray: true }) statuses?: ApplicantStatus[];
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Months since registration; null: no business yet',
  })
  businessAgeMonths?: number | null;
  @ApiPropertyOptional({ enum: BUSINESS_SIZES }) businessSize?: BusinessSize;
  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_SECTORS,
    example: ['C23'],
    description: 'OKED codes of the catalogue',
  })
  sectors?: string[];
  @ApiProperty({ example: 'shet', description: 'A district code from /api/v1/districts' }) district?: string;
  @ApiPropertyOptional({ example: 15_000_000, description: 'KZT, above 0' }) projectCostKzt?: number;
  @ApiPropertyOptional({ example: 2_000_000, description: 'KZT, 0 or more' }) ownMoneyKzt?: number;
  @ApiPropertyOptional({ example: 2 }) experienceYears?: number;
  @ApiPropertyOptional({ type: [HeldCertificateDto], description: '[] means none; leave out if not answered' })
  certificates?: HeldCertificate[];
}

export class CreateAssessmentDto implements CreateAssessmentRequest {
  @ApiProperty({
    type: OnboardingAnswersDto,
    description: 'Wrong answers are refused with 400 naming each one (`answers.age`, `answers.sectors[1]`)',
  })
  // Only the shape here; the answers themselves are checked by the eligibility engine's rules.
  @IsObject({ message: 'answers must be an object' })
  answers!: OnboardingAnswers;
}

class TrilingualTextDto implements TrilingualText {
  @ApiProperty() kk!: string;
  @ApiProperty() ru!: string;
  @ApiProperty() en!: string;
}

class RuleOutcomeDto implements RuleOutcome {
  @ApiProperty({ enum: ELIGIBILITY_RULE_KINDS }) kind!: EligibilityRuleKind;
  @ApiProperty({ enum: RULE_OUTCOMES }) outcome!: RuleOutcomeKind;
  @ApiProperty({ description: 'Whether the applicant could meet it by acting now' }) changeable!: boolean;
  @ApiProperty({ type: TrilingualTextDto }) explanation!: TrilingualText;
}

class ProgrammeRefDto extends ItemRefDto {
  @ApiProperty({ type: TrilingualTextDto }) name!: TrilingualText;
  @ApiProperty({ nullable: true, type: Number }) maxAmountKzt!: number | null;
}

class ProgrammeVerdictDto implements ProgrammeVerdict {
  @ApiProperty({ type: ProgrammeRefDto }) programme!: ProgrammeVerdict['programme'];
  @ApiProperty({ enum: VERDICTS }) verdict!: Verdict;
  @ApiProperty({ type: [RuleOutcomeDto], description: 'One per rule, in the programme’s order' }) rules!: RuleOutcome[];
}

class MatchReasonDto implements MatchReason {
  @ApiProperty({ enum: MATCH_PARTS }) part!: MatchPart;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: '0–1, before weighting' }) value!: number;
  @ApiProperty() points!: number;
  @ApiProperty({ type: TrilingualTextDto }) text!: TrilingualText;
}

class OpportunityRefDto extends ItemRefDto {
  @ApiProperty({ type: TrilingualTextDto }) name!: TrilingualText;
  @ApiProperty({ type: ItemRefDto }) sector!: ItemRef;
  @ApiProperty({ type: ItemRefDto, nullable: true }) district!: ItemRef | null;
  @ApiProperty({ description: '0–100' }) potentialScore!: number;
}

class OpportunityMatchDto implements OpportunityMatch {
  @ApiProperty({ type: OpportunityRefDto }) opportunity!: OpportunityMatch['opportunity'];
  @ApiProperty({ example: 1 }) rank!: number;
  @ApiProperty({ description: '0–100' }) score!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReason[];
}

class AssessmentSummaryDto implements AssessmentSummary {
  @ApiProperty() eligible!: number;
  @ApiProperty() nearly!: number;
  @ApiProperty() not!: number;
  @ApiProperty() total!: number;
}

export class AssessmentResponse implements Assessment {
  @ApiProperty({
    example: 'p3N0k1qS9xV2mZbL4cQ8aw',
    description: '128 random bits, base64url (22 characters): the key to these results',
  })
  id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: OnboardingAnswersDto }) answers!: OnboardingAnswers;
  @ApiProperty({ type: AssessmentSummaryDto }) summary!: AssessmentSummary;
  @ApiProperty({ type: [ProgrammeVerdictDto], description: 'Every programme in force: eligible, nearly, not' })
  programmes!: ProgrammeVerdict[];
  @ApiProperty({ type: [OpportunityMatchDto], description: `The best matches, at most ${MAX_OPPORTUNITY_MATCHES}` })
  opportunities!: OpportunityMatch[];
  @ApiProperty({ description: 'Attached to an account' }) claimed!: boolean;
}

/** `GET /onboarding/demand`: the period is inclusive, in calendar days of the region (UTC+5). */
export class DemandQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a real date' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a real date' })
  to?: string;

  @ApiPropertyOptional({ example: 'temirtau', description: 'Only the assessments of one district' })
  @IsOptional()
  @Matches(DISTRICT_CODE, { message: 'district must be a district code such as temirtau' })
  district?: string;
}

class DistrictCountDto {
  @ApiProperty({ type: ItemRefDto }) district!: ItemRef;
  @ApiProperty() count!: number;
}

class SectorCountDto {
  @ApiProperty({ type: ItemRefDto }) sector!: ItemRef;
  @ApiProperty() count!: number;
}

class ProgrammeCountDto {
  @ApiProperty({ type: ItemRefDto }) programme!: ItemRef;
  @ApiProperty({ nullable: true, type: Number }) eligible!: number | null;
  @ApiProperty({ nullable: true, type: Number }) nearly!: number | null;
  @ApiProperty({ nullable: true, type: Number }) not!: number | null;
}

class RuleKindCountDto {
  @ApiProperty({ enum: ELIGIBILITY_RULE_KINDS }) kind!: EligibilityRuleKind;
  @ApiProperty() count!: number;
}

class PeriodDto {
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty({ nullable: true, type: String }) to!: string | null;
}

export class OnboardingDemandResponse implements OnboardingDemand {
  @ApiProperty({ nullable: true, type: Number, description: 'null when fewer than 3' }) assessments!: number | null;
  @ApiProperty({ type: PeriodDto }) period!: OnboardingDemand['period'];
  @ApiProperty({ type: [DistrictCountDto] }) byDistrict!: OnboardingDemand['byDistrict'];
  @ApiProperty({ type: [SectorCountDto] }) bySector!: OnboardingDemand['bySector'];
  @ApiProperty({ type: [ProgrammeCountDto] }) byProgramme!: OnboardingDemand['byProgramme'];
  @ApiProperty({ type: [RuleKindCountDto] }) excludingRules!: OnboardingDemand['excludingRules'];
}
