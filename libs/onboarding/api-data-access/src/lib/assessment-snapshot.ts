import type { MatchReason, RuleOutcome, TrilingualText, Verdict } from '@kbdm/onboarding/eligibility';

/** A catalogue item as it was named when the assessment was made, in every language, so any can be shown later. */
export type NamedRef = { id: string; code: string; name: TrilingualText };

/** One programme's verdict as computed at creation. */
export type StoredProgrammeVerdict = {
  programme: NamedRef & { maxAmountKzt: number | null };
  verdict: Verdict;
  rules: RuleOutcome[];
};

/** One ranked opportunity as computed at creation. */
export type StoredOpportunityMatch = {
  opportunity: NamedRef & { sector: NamedRef; district: NamedRef | null; potentialScore: number };
  rank: number;
  score: number;
  reasons: MatchReason[];
};

/**
 * The results an assessment's answers got when it was made. Kept as they were, so a person who
 * comes back reads what they read then, even after a programme's rules or an opportunity change.
 */
export type AssessmentSnapshot = {
  programmes: StoredProgrammeVerdict[];
  opportunities: StoredOpportunityMatch[];
};
