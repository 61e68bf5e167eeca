import type { Opportunity } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import type { OnboardingAnswers } from './answers';
import { DISTRICT_FIT_REASON_LABELS } from './labels';
import { sectorCovers, sectorSection } from './sector-code';
import type { TrilingualText } from './text';
import { enCount, formatKzt, formatNumber, formatPercent, inEachLang, joinAnd, ruPlural } from './text';

/**
 * How an opportunity's match score is made: each part is a value from 0 to 1 times its
 * weight, and the weights add up to 100.
 * - district (30): the opportunity stands in the applicant's district or lists it among the
 *   districts it fits (1); it is tied to no district at all (0.5); elsewhere (0).
 * - sector (25): one of the applicant's codes is the opportunity's, or covers it, or lies under
 *   it (1); same OKED section only (0.5); unrelated (0).
 * - money (25): what the applicant could raise — own money plus a typical loan of four times
 *   that (a 20 % own share), the loan capped at KZT 200 million (Іскер аймақ's ceiling) —
 *   against the smallest investment: enough scores 1, each tenfold shortfall takes a third
 *   off, so a thousandfold shortfall scores 0.
 * - experience (10): years in business against what a project of that size asks: 1 year
 *   under KZT 100 million, 3 under KZT 1 billion, 5 above.
 * - potential (10): the opportunity's own potential score / 100.
 * A missing answer scores its part 0 and its reason asks for it.
 */
export const MATCH_WEIGHTS = { district: 30, sector: 25, money: 25, experience: 10, potential: 10 } as const;
export type MatchPart = keyof typeof MATCH_WEIGHTS;

export const TYPICAL_OWN_SHARE = 0.2;
export const MAX_TYPICAL_LOAN_KZT = 200_000_000;
/** Orders of magnitude of shortfall at which the money part reaches 0. */
const MONEY_ORDERS_TO_ZERO = 3;

/** What ranking reads of an opportunity; a full `Opportunity` fits. */
export type MatchableOpportunity = Pick<
  Opportunity,
  'code' | 'sector' | 'district' | 'districtFits' | 'investmentKzt' | 'potentialScore'
>;

export type MatchReason = {
  part: MatchPart;
  weight: number;
  /** 0–1, before weighting. */
  value: number;
  /** weight × value, one decimal. */
  points: number;
  text: TrilingualText;
};

export type RankedOpportunity<O extends MatchableOpportunity> = {
  opportunity: O;
  /** 1 for the best match. */
  rank: number;
  /** 0–100, the rounded sum of the reasons' points. */
  score: number;
  /** One reason per part, in MATCH_WEIGHTS order. */
  reasons: MatchReason[];
};

type Part = { value: number; text: TrilingualText };

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round1 = (value: number) => Math.round(value * 10) / 10;

function districtPart(opportunity: MatchableOpportunity, district: string | undefined): Part {
  if (district === undefined) {
    return {
      value: 0,
      text: {
        kk: 'Бұл мүмкіндік сізге жақын ба, білу үшін ауданыңызды көрсетіңіз.',
        ru: 'Укажите ваш район или город, чтобы узнать, подходит ли он.',
        en: 'Tell us your district to see whether it fits.',
      },
    };
  }
  const fit = opportunity.districtFits.find((f) => f.district.code === district);
  if (fit && fit.reasons.length > 0) {
    return {
      value: 1,
      text: inEachLang((lang) => {
        const reasons = joinAnd(
          fit.reasons.map((reason) => DISTRICT_FIT_REASON_LABELS[reason][lang]),
          lang,
        );
        switch (lang) {
          case 'kk':
            return `Сіздің ауданыңыз оған қолайлы: ${reasons}.`;
          case 'ru':
            return `Ваш район или город подходит для неё: ${reasons}.`;
          case 'en':
            return `Your district suits it: ${reasons}.`;
        }
      }),
    };
  }
  if (fit || opportunity.district?.code === district) {
    return {
      value: 1,
      text: {
        kk: 'Ол сіздің ауданыңызда немесе қалаңызда орналасқан.',
        ru: 'Она находится в вашем районе или городе.',
        en: 'It is located in your district.',
      },
    };
  }
  if (opportunity.district === null && opportunity.districtFits.length === 0) {
    return {
      value: 0.5,
      text: {
        kk: 'Ол белгілі бір ауданға байланбаған.',
        ru: 'Она не привязана к конкретному району.',
        en: 'It is not tied to any district.',
      },
    };
  }
  return {
    value: 0,
    text: {
      kk: 'Ол сіздің ауданыңызға емес, басқа аудандарға ұсынылады.',
      ru: 'Она предлагается для других районов, не для вашего.',
      en: 'It is suggested for other districts, not yours.',
    },
  };
}

/** How close one applicant code is to the opportunity's: 1 related by descent, 0.5 same section. */
function sectorCloseness(mine: string, theirs: string): number {
  if (sectorCovers(mine, theirs) || sectorCovers(theirs, mine)) return 1;
  return sectorSection(mine) === sectorSection(theirs) ? 0.5 : 0;
}

function sectorPart(opportunity: MatchableOpportunity, sectors: readonly string[]): Part {
  const theirs = opportunity.sector.code;
  if (sectors.length === 0) {
    return {
      value: 0,
      text: {
        kk: `Оның саласы — ${theirs}; сізге сәйкес келетінін білу үшін салаңызды көрсетіңіз.`,
        ru: `Её отрасль — ${theirs}; укажите вашу отрасль, чтобы сравнить.`,
        en: `Its sector is ${theirs}; name a sector to compare it with yours.`,
      },
    };
  }
  // The closest of the applicant's codes speaks for them; the first wins a tie.
  const best = sectors.reduce(
    (found, code) => {
      const value = sectorCloseness(code, theirs);
      return value > found.value ? { code, value } : found;
    },
    { code: sectors[0], value: sectorCloseness(sectors[0], theirs) },
  );
  const mine = best.value > 0 ? best.code : sectors.join(', ');
  const section = sectorSection(theirs);
  const text = inEachLang((lang) => {
    switch (lang) {
      case 'kk':
        if (best.value === 1) return `Оның саласы ${theirs} сіздің салаңызға (${mine}) сәйкес келеді.`;
        if (best.value > 0) return `Оның саласы ${theirs} сіздің салаңызбен (${mine}) бір бөлімде (${section}).`;
        return `Оның саласы ${theirs} сіздің салаларыңызға (${mine}) жатпайды.`;
      case 'ru':
        if (best.value === 1) return `Её отрасль ${theirs} совпадает с вашей (${mine}).`;
        if (best.value > 0)
          return `Её отрасль ${theirs} относится к тому же разделу (${section}), что и ваша (${mine}).`;
        return `Её отрасль ${theirs} не связана с вашими (${mine}).`;
      case 'en':
        if (best.value === 1) return `Its sector ${theirs} matches your interest ${mine}.`;
        if (best.value > 0) return `Its sector ${theirs} is in the same section (${section}) as your interest ${mine}.`;
        return `Its sector ${theirs} is outside your interests (${mine}).`;
    }
  });
  return { value: best.value, text };
}

/** Own money plus a typical loan: the bank lends the rest of a project with a 20 % own share. */
export function raisableKzt(ownMoneyKzt: number): { loan: number; total: number } {
  const loan = Math.min((ownMoneyKzt * (1 - TYPICAL_OWN_SHARE)) / TYPICAL_OWN_SHARE, MAX_TYPICAL_LOAN_KZT);
  return { loan, total: ownMoneyKzt + loan };
}

function investmentRange({ min, max }: MatchableOpportunity['investmentKzt'], lang: Lang): string {
  return min === max ? formatKzt(min, lang) : `${formatKzt(min, lang)} – ${formatKzt(max, lang)}`;
}

function moneyPart(opportunity: MatchableOpportunity, own: number | undefined): Part {
  const needed = (lang: Lang) => investmentRange(opportunity.investmentKzt, lang);
  if (own === undefined) {
    return {
      value: 0,
      text: inEachLang((lang) => {
        switch (lang) {
          case 'kk':
            return `Оған ${needed(lang)} инвестиция қажет; салыстыру үшін өз қаражатыңыздың сомасын көрсетіңіз.`;
          case 'ru':
            return `Нужны инвестиции ${needed(lang)}; укажите сумму собственных средств, чтобы сравнить.`;
          case 'en':
            return `It needs an investment of ${needed(lang)}; tell us how much money of your own you have to compare.`;
        }
      }),
    };
  }
  const { loan, total } = raisableKzt(own);
  const smallest = opportunity.investmentKzt.min;
  const value =
    total >= smallest ? 1 : total <= 0 ? 0 : clamp01(1 - Math.log10(smallest / total) / MONEY_ORDERS_TO_ZERO);
  const covered = smallest > 0 ? Math.min(100, (total / smallest) * 100) : 100;
  const text = inEachLang((lang) => {
    const [mine, borrowed, raised] = [formatKzt(own, lang), formatKzt(loan, lang), formatKzt(total, lang)];
    const share = formatPercent(covered < 0.1 ? Math.ceil(covered * 10) / 10 : round1(covered), lang);
    switch (lang) {
      case 'kk':
        return total >= smallest
          ? `Қаражат жеткілікті: өз қаражатыңыз ${mine} және әдеттегі несие ${borrowed} бірге ${raised} құрайды, ал қажеті — ${needed(lang)}.`
          : `Қаражат жетпейді: өз қаражатыңыз ${mine} және әдеттегі несие ${borrowed} бірге ${raised} құрайды, ал қажеті — ${needed(lang)} (ең аз сомасының ${share} жабылады).`;
      case 'ru':
        return total >= smallest
          ? `Средств хватает: ${mine} собственных и типичный кредит ${borrowed} дают ${raised}, а нужно ${needed(lang)}.`
          : `Средств не хватает: ${mine} собственных и типичный кредит ${borrowed} дают ${raised}, а нужно ${needed(lang)} (покрыто ${share} минимальной суммы).`;
      case 'en':
        return total >= smallest
          ? `The money fits: ${mine} of your own and a typical loan of ${borrowed} make ${raised}, and it needs ${needed(lang)}.`
          : `The money falls short: ${mine} of your own and a typical loan of ${borrowed} make ${raised}, and it needs ${needed(lang)} (${share} of the smallest amount).`;
    }
  });
  return { value, text };
}

/** Years of experience a project of this size asks for. */
export function experienceNeeded(smallestInvestmentKzt: number): number {
  if (smallestInvestmentKzt < 100_000_000) return 1;
  return smallestInvestmentKzt < 1_000_000_000 ? 3 : 5;
}

const kkYears = (n: number, lang: Lang) => `${formatNumber(n, lang, 1)} жыл`;
const ruYears = (n: number, lang: Lang) => `${formatNumber(n, lang, 1)} ${ruPlural(n, 'год', 'года', 'лет')}`;

function experiencePart(opportunity: MatchableOpportunity, years: number | undefined): Part {
  const needed = experienceNeeded(opportunity.investmentKzt.min);
  if (years === undefined) {
    return {
      value: 0,
      text: inEachLang((lang) => {
        switch (lang) {
          case 'kk':
            return `Осындай ауқымдағы жобаға ${kkYears(needed, lang)} тәжірибе ұсынылады; тәжірибеңізді көрсетіңіз.`;
          case 'ru':
            return `Для проекта такого масштаба рекомендуется опыт ${ruYears(needed, lang)}; укажите ваш опыт.`;
          case 'en':
            return `A project of this size calls for ${enCount(needed, 'year', 'years')} of experience; tell us yours.`;
        }
      }),
    };
  }
  const value = clamp01(years / needed);
  const text = inEachLang((lang) => {
    switch (lang) {
      case 'kk':
        return value >= 1
          ? `Сіздің ${kkYears(years, lang)}дық тәжірибеңіз осындай ауқымдағы жобаға ұсынылатын ${kkYears(needed, lang)}ға сай келеді.`
          : `Сіздің ${kkYears(years, lang)}дық тәжірибеңіз осындай ауқымдағы жобаға ұсынылатын ${kkYears(needed, lang)}дан аз.`;
      case 'ru':
        return value >= 1
          ? `Ваш опыт (${ruYears(years, lang)}) соответствует рекомендуемому для проекта такого масштаба (${ruYears(needed, lang)}).`
          : `Ваш опыт (${ruYears(years, lang)}) меньше рекомендуемого для проекта такого масштаба (${ruYears(needed, lang)}).`;
      case 'en':
        return value >= 1
          ? `You have ${enCount(years, 'year', 'years')} of experience, enough for a project of this size (${enCount(needed, 'year', 'years')}).`
          : `You have ${enCount(years, 'year', 'years')} of experience; a project of this size calls for ${enCount(needed, 'year', 'years')}.`;
    }
  });
  return { value, text };
}

function potentialPart(opportunity: MatchableOpportunity): Part {
  const total = opportunity.potentialScore.total;
  return {
    value: clamp01(total / 100),
    text: inEachLang((lang) => {
      const score = formatNumber(total, lang, 1);
      switch (lang) {
        case 'kk':
          return `Оның әлеует бағасы — 100 ұпайдан ${score}.`;
        case 'ru':
          return `Её оценка потенциала — ${score} из 100.`;
        case 'en':
          return `Its potential score is ${score} of 100.`;
      }
    }),
  };
}

/** Scores one opportunity for the answers, with a reason per part. */
export function matchOpportunity(
  opportunity: MatchableOpportunity,
  answers: OnboardingAnswers,
): { score: number; reasons: MatchReason[] } {
  const parts: Record<MatchPart, Part> = {
    district: districtPart(opportunity, answers.district),
    sector: sectorPart(opportunity, answers.sectors ?? []),
    money: moneyPart(opportunity, answers.ownMoneyKzt),
    experience: experiencePart(opportunity, answers.experienceYears),
    potential: potentialPart(opportunity),
  };
  const reasons = (Object.keys(MATCH_WEIGHTS) as MatchPart[]).map((part) => {
    const weight = MATCH_WEIGHTS[part];
    const { value, text } = parts[part];
    return { part, weight, value: Math.round(value * 1000) / 1000, points: round1(weight * value), text };
  });
  const score = Math.round(reasons.reduce((sum, r) => sum + r.weight * parts[r.part].value, 0));
  return { score, reasons };
}

/**
 * Ranks opportunities for the answers, best first. Ties go to the higher potential score,
 * then to the code, so the order never depends on the input's. Pure; it ranks what it is
 * given (filter out archived ones first).
 */
export function rankOpportunities<O extends MatchableOpportunity>(
  opportunities: readonly O[],
  answers: OnboardingAnswers,
): RankedOpportunity<O>[] {
  return opportunities
    .map((opportunity) => ({ opportunity, ...matchOpportunity(opportunity, answers) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.opportunity.potentialScore.total - a.opportunity.potentialScore.total ||
        (a.opportunity.code < b.opportunity.code ? -1 : a.opportunity.code > b.opportunity.code ? 1 : 0),
    )
    .map((ranked, i) => ({ ...ranked, rank: i + 1 }));
}
