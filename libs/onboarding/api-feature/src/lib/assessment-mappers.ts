import { computePotentialScore } from '@kbdm/catalogue/domain';
import type { NamedRef, OnboardingAssessmentEntity, OpportunityWithFits } from '@kbdm/onboarding/api-data-access';
import type { Assessment, MatchableOpportunity, TrilingualText } from '@kbdm/onboarding/eligibility';
import { type ItemRef, type Lang, type LocalizedText, pickText } from '@kbdm/shared/domain';

/** A catalogue text in all three languages, each falling back as the catalogue's titles do. */
export function trilingual(text: LocalizedText): TrilingualText {
  return { kk: pickText(text, 'kk').text, ru: pickText(text, 'ru').text, en: pickText(text, 'en').text };
}

export function namedRef(item: { id: string; code: string; name: LocalizedText }): NamedRef {
  return { id: item.id, code: item.code, name: trilingual(item.name) };
}

const refIn = (item: NamedRef, lang: Lang): ItemRef => ({ id: item.id, code: item.code, title: item.name[lang] });

/** An opportunity as the ranking reads it, carrying what the snapshot keeps of it. */
export type RankableOpportunity = MatchableOpportunity & {
  snapshot: NamedRef & { sector: NamedRef; district: NamedRef | null };
};

export function rankable({ opportunity, fits }: OpportunityWithFits): RankableOpportunity {
  const investmentKzt = { min: opportunity.investmentMinKzt, max: opportunity.investmentMaxKzt };
  const sector = namedRef(opportunity.sector!);
  const district = opportunity.district ? namedRef(opportunity.district) : null;
  return {
    code: opportunity.code,
    // The ranking reads codes only; titles are put back per language when the assessment is read.
    sector: { id: sector.id, code: sector.code, title: sector.name.en },
    district: district && { id: district.id, code: district.code, title: district.name.en },
    districtFits: fits.map((f) => ({
      district: { id: f.district!.id, code: f.district!.code, title: trilingual(f.district!.name).en },
      reasons: f.reasons,
    })),
    investmentKzt,
    potentialScore: computePotentialScore({
      importValueUsd: opportunity.importValueUsd,
      localProductionShare: opportunity.localProductionShare,
      jobs: opportunity.jobs,
      investmentKzt,
      districtFitReasonCounts: fits.map((f) => f.reasons.length),
    }),
    snapshot: { ...namedRef(opportunity), sector, district },
  };
}

/** The saved assessment as the contract answers it, with titles in `lang`. */
export function toAssessment(entity: OnboardingAssessmentEntity, lang: Lang): Assessment {
  const { eligibleCount: eligible, nearlyCount: nearly, notCount: not } = entity;
  return {
    id: entity.id,
    createdAt: entity.createdAt.toISOString(),
    answers: entity.answers,
    summary: { eligible, nearly, not, total: eligible + nearly + not },
    programmes: entity.result.programmes.map(({ programme, verdict, rules }) => ({
      programme: { ...refIn(programme, lang), name: programme.name, maxAmountKzt: programme.maxAmountKzt },
      verdict,
      rules,
    })),
    opportunities: entity.result.opportunities.map(({ opportunity, rank, score, reasons }) => ({
      opportunity: {
        ...refIn(opportunity, lang),
        name: opportunity.name,
        sector: refIn(opportunity.sector, lang),
        district: opportunity.district && refIn(opportunity.district, lang),
        potentialScore: opportunity.potentialScore,
      },
      rank,
      score,
      reasons,
    })),
    claimed: entity.claimedAt !== null,
  };
}
