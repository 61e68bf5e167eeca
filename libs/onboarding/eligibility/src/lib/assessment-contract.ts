import type { ItemRef } from '@kbdm/shared/domain';
import type { OnboardingAnswers } from './answers';
import type { AssessmentSummary, RuleOutcome } from './assess';
import type { MatchReason } from './rank-opportunities';
import type { Verdict } from './rules/rule-evaluation';
import type { TrilingualText } from './text';

/*
 * The onboarding API's contract (`/api/v1/onboarding/…`), shared by the API and the web app.
 * Explanations come in all three languages at once, so switching the interface language never
 * asks the API again.
 */

/** `POST /api/v1/onboarding/assessments`: the questionnaire's answers. */
export type CreateAssessmentRequest = { answers: OnboardingAnswers };

/** One programme's verdict for the answers, with one explanation per rule. */
export type ProgrammeVerdict = {
  programme: ItemRef & { name: TrilingualText; maxAmountKzt: number | null };
  verdict: Verdict;
  rules: RuleOutcome[];
};

/** One opportunity ranked for the answers, with why it ranks there. */
export type OpportunityMatch = {
  opportunity: ItemRef & { name: TrilingualText; sector: ItemRef; district: ItemRef | null; potentialScore: number };
  rank: number;
  /** 0–100. */
  score: number;
  reasons: MatchReason[];
};

/**
 * A saved assessment. `id` is an unguessable token (128 random bits, base64url): whoever holds
 * the link can come back to the results, so it is never a sequential or time-based id.
 */
export type Assessment = {
  id: string;
  createdAt: string;
  answers: OnboardingAnswers;
  summary: AssessmentSummary;
  /** Every programme in force: eligible first, then nearly, then not. */
  programmes: ProgrammeVerdict[];
  /** The best-matching opportunities, best first (at most `MAX_OPPORTUNITY_MATCHES`). */
  opportunities: OpportunityMatch[];
  /** True once attached to an account (`POST …/:id/claim`). */
  claimed: boolean;
};

export const MAX_OPPORTUNITY_MATCHES = 10;

/**
 * `GET /api/v1/onboarding/demand` (officers and administrators): what people asked for, with no
 * answer that could name a person — counts only, and none below `DEMAND_MIN_COUNT`: a smaller
 * count is `null` ("fewer than 3", zero included), and a list leaves out the rows it would have
 * had to show as null.
 */
export type OnboardingDemand = {
  /** Assessments made in the period (and district); null when fewer than `DEMAND_MIN_COUNT`. */
  assessments: number | null;
  period: { from: string | null; to: string | null };
  /** Districts with at least `DEMAND_MIN_COUNT` assessments, most first. */
  byDistrict: { district: ItemRef; count: number }[];
  /** Sectors named in at least `DEMAND_MIN_COUNT` assessments, most first. */
  bySector: { sector: ItemRef; count: number }[];
  /** Per programme: how many were eligible, nearly, not (each null when fewer than `DEMAND_MIN_COUNT`); by code. */
  byProgramme: { programme: ItemRef; eligible: number | null; nearly: number | null; not: number | null }[];
  /**
   * The rules that most often stood between people and a programme (unmet in a "not" or "nearly"
   * verdict), most first; a person counts once per kind however many programmes it barred.
   */
  excludingRules: { kind: RuleOutcome['kind']; count: number }[];
};

/** Smaller counts are never shown: a district with two applicants could name them. */
export const DEMAND_MIN_COUNT = 3;
