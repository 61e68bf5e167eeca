import type { Lang, LocalizedText } from '@kbdm/shared/domain';
import type { UtilityAmounts } from './capacity-ledger';
import { type DealForm, UTILITIES, type Utility } from './sez-slot';

/** What an investor looks for; every criterion is optional, and only the given ones are judged. */
export type InvestorNeeds = {
  /** An OKED code at any depth (`C24`, `C24.10`): it fits a slot that targets it or its division. */
  sectorCode?: string;
  areaHa?: number;
  utilities?: Partial<Record<Utility, number>>;
  /** What the investor can pay for the land: the purchase price, or the first year's lease. */
  budgetKzt?: number;
};

/** The facts of a slot the matching reads; `free` comes from the capacity ledger. */
export type MatchFacts = {
  targetSectorCodes: readonly string[];
  areaHa: number;
  free: UtilityAmounts;
  dealForms: readonly DealForm[];
  priceKzt: number | null;
  leaseRateKztPerHaYear: number | null;
  railSpur: boolean;
  distanceToRailKm: number;
};

export type MatchCriterion = 'sector' | 'area' | Utility | 'budget' | 'rail' | 'tender';

/** One line of "why": a criterion, whether the slot meets it, and the sentence in each language. */
export type MatchReason = { criterion: MatchCriterion; met: boolean; text: Required<Pick<LocalizedText, Lang>> };

export type SlotMatch = {
  /** Every criterion the investor gave is met. */
  fits: boolean;
  /** Criteria met out of those given (0..1); 1 when none was given. */
  score: number;
  /** One reason per criterion given, in the order of the form, then the rail access. */
  reasons: MatchReason[];
};

const UNIT_NAMES: Record<Utility, Record<Lang, string>> = {
  power: { kk: 'МВт', ru: 'МВт', en: 'MW' },
  water: { kk: 'м³/тәул.', ru: 'м³/сут', en: 'm³/day' },
  sewerage: { kk: 'м³/тәул.', ru: 'м³/сут', en: 'm³/day' },
  heat: { kk: 'Гкал/сағ', ru: 'Гкал/ч', en: 'Gcal/h' },
  gas: { kk: 'м³/сағ', ru: 'м³/ч', en: 'm³/h' },
};
const UTILITY_NAMES: Record<Utility, Record<Lang, string>> = {
  power: { kk: 'электр қуаты', ru: 'электроэнергия', en: 'power' },
  water: { kk: 'су', ru: 'вода', en: 'water' },
  sewerage: { kk: 'кәріз', ru: 'канализация', en: 'sewerage' },
  heat: { kk: 'жылу', ru: 'тепло', en: 'heat' },
  gas: { kk: 'газ', ru: 'газ', en: 'gas' },
};

/**
 * A figure as each language writes it: `1 234,5` in Kazakh and Russian, `1,234.5` in English.
 * Written out here, not by `Intl`, because browsers often carry no Kazakh locale data.
 */
export function formatFigure(value: number, lang: Lang): string {
  const [whole, fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0');
  return fraction ? `${grouped}${lang === 'en' ? '.' : ','}${fraction}` : grouped;
}

const each = (sentence: (lang: Lang) => string) => ({ kk: sentence('kk'), ru: sentence('ru'), en: sentence('en') });
const money = (value: number, lang: Lang) => `${formatFigure(value, lang)} ₸`;

/** The cheapest way to the land the slot offers: its price, or a year of its lease over its whole area. */
function cheapestDeal(facts: MatchFacts): { form: DealForm; kzt: number } | null {
  const offers: { form: DealForm; kzt: number }[] = [];
  if (facts.dealForms.includes('purchase') && facts.priceKzt !== null)
    offers.push({ form: 'purchase', kzt: facts.priceKzt });
  if (facts.dealForms.includes('lease') && facts.leaseRateKztPerHaYear !== null) {
    offers.push({ form: 'lease', kzt: Math.round(facts.leaseRateKztPerHaYear * facts.areaHa) });
  }
  return offers.sort((a, b) => a.kzt - b.kzt)[0] ?? null;
}

/** Whether `slotCodes` targets `sectorCode`: the code itself, its division (`C24`) or its section (`C`). */
function targetsSector(slotCodes: readonly string[], sectorCode: string): boolean {
  const candidates = [sectorCode, sectorCode.slice(0, 3), sectorCode.slice(0, 1)];
  return slotCodes.some((code) => candidates.includes(code));
}

/** Judges one slot against the investor's needs, with a reason for every criterion given. */
export function matchSlot(needs: InvestorNeeds, facts: MatchFacts): SlotMatch {
  const judged: MatchReason[] = [];
  if (needs.sectorCode) {
    const code = needs.sectorCode;
    const met = targetsSector(facts.targetSectorCodes, code);
    judged.push({
      criterion: 'sector',
      met,
      text: met
        ? {
            kk: `Аймақ ${code} саласын күтеді`,
            ru: `Зона ждёт отрасль ${code}`,
            en: `The zone seeks ${code} industries`,
          }
        : {
            kk: `${code} учаскенің мақсатты салаларында жоқ`,
            ru: `${code} нет среди целевых отраслей участка`,
            en: `${code} is not among the plot's target industries`,
          },
    });
  }
  if (needs.areaHa !== undefined) {
    const need = needs.areaHa;
    const met = facts.areaHa >= need;
    judged.push({
      criterion: 'area',
      met,
      text: each((lang) => {
        const area = formatFigure(facts.areaHa, lang);
        const wanted = formatFigure(need, lang);
        return {
          kk: `${area} га, сізге ${wanted} керек`,
          ru: `${area} га, нужно ${wanted}`,
          en: `${area} ha, you need ${wanted}`,
        }[lang];
      }),
    });
  }
  for (const utility of UTILITIES) {
    const need = needs.utilities?.[utility];
    if (need === undefined || need <= 0) continue;
    const free = facts.free[utility];
    const met = Math.round(free * 1000) >= Math.round(need * 1000);
    judged.push({
      criterion: utility,
      met,
      text: each((lang) => {
        const unit = UNIT_NAMES[utility][lang];
        const name = UTILITY_NAMES[utility][lang];
        const [left, wanted] = [formatFigure(free, lang), formatFigure(need, lang)];
        return {
          kk: `${name}: ${left} ${unit} бос, сізге ${wanted} керек`,
          ru: `${name}: свободно ${left} ${unit}, нужно ${wanted}`,
          en: `${name}: ${left} ${unit} free, you need ${wanted}`,
        }[lang];
      }),
    });
  }
  if (needs.budgetKzt !== undefined) {
    const budget = needs.budgetKzt;
    const deal = cheapestDeal(facts);
    const met = deal !== null && deal.kzt <= budget;
    judged.push({
      criterion: 'budget',
      met,
      text: each((lang) => {
        if (!deal) {
          return { kk: 'Баға келісім бойынша', ru: 'Цена по договорённости', en: 'Price on request' }[lang];
        }
        const [cost, limit] = [money(deal.kzt, lang), money(budget, lang)];
        const what = {
          purchase: { kk: 'Сатып алу', ru: 'Покупка', en: 'Purchase' },
          lease: { kk: 'Бірінші жылғы жалдау', ru: 'Аренда за первый год', en: 'First year of lease' },
        }[deal.form][lang];
        return {
          kk: `${what}: ${cost}, бюджет ${limit}`,
          ru: `${what}: ${cost}, бюджет ${limit}`,
          en: `${what}: ${cost}, budget ${limit}`,
        }[lang];
      }),
    });
  }
  const met = judged.filter((reason) => reason.met).length;
  const rail: MatchReason = {
    criterion: 'rail',
    met: facts.railSpur,
    text: facts.railSpur
      ? { kk: 'Учаскеде темір жол тұйығы бар', ru: 'Железнодорожный тупик на участке', en: 'Rail spur on the plot' }
      : each((lang) => {
          const km = formatFigure(facts.distanceToRailKm, lang);
          return { kk: `Темір жолға дейін ${km} км`, ru: `До железной дороги ${km} км`, en: `Railway ${km} km away` }[
            lang
          ];
        }),
  };
  return {
    fits: met === judged.length,
    score: judged.length ? met / judged.length : 1,
    reasons: [...judged, rail],
  };
}

/**
 * The slots best first: those that fit every need, then by the share of needs met, then those
 * with a rail spur, then the most free power. Ties keep the order they came in.
 */
export function rankSlots<T>(
  needs: InvestorNeeds,
  slots: readonly T[],
  factsOf: (slot: T) => MatchFacts,
): { slot: T; match: SlotMatch }[] {
  return slots
    .map((slot, index) => ({ slot, index, facts: factsOf(slot), match: matchSlot(needs, factsOf(slot)) }))
    .sort(
      (a, b) =>
        Number(b.match.fits) - Number(a.match.fits) ||
        b.match.score - a.match.score ||
        Number(b.facts.railSpur) - Number(a.facts.railSpur) ||
        b.facts.free.power - a.facts.free.power ||
        a.index - b.index,
    )
    .map(({ slot, match }) => ({ slot, match }));
}

/** The facts of a PPP project the matching reads. */
export type PppMatchFacts = { sectorCode: string; capexKzt: number; tenderDeadline: string | null };

/**
 * Judges a PPP project against the investor's needs: the sector and the budget (the capex the
 * private partner finances). Land and utilities are the public partner's, so they are not judged;
 * the last reason says whether a tender is open.
 */
export function matchPppProject(needs: InvestorNeeds, facts: PppMatchFacts): SlotMatch {
  const judged: MatchReason[] = [];
  if (needs.sectorCode) {
    const code = needs.sectorCode;
    const met = targetsSector([facts.sectorCode], code) || targetsSector([code], facts.sectorCode);
    judged.push({
      criterion: 'sector',
      met,
      text: met
        ? { kk: `Жоба ${code} саласында`, ru: `Проект в отрасли ${code}`, en: `The project is in ${code}` }
        : {
            kk: `Жоба ${facts.sectorCode} саласында, ${code} емес`,
            ru: `Проект в отрасли ${facts.sectorCode}, не ${code}`,
            en: `The project is in ${facts.sectorCode}, not ${code}`,
          },
    });
  }
  if (needs.budgetKzt !== undefined) {
    const budget = needs.budgetKzt;
    const met = facts.capexKzt <= budget;
    judged.push({
      criterion: 'budget',
      met,
      text: each((lang) => {
        const [capex, limit] = [money(facts.capexKzt, lang), money(budget, lang)];
        return {
          kk: `Инвестиция: ${capex}, бюджет ${limit}`,
          ru: `Инвестиции: ${capex}, бюджет ${limit}`,
          en: `Capex: ${capex}, budget ${limit}`,
        }[lang];
      }),
    });
  }
  const met = judged.filter((reason) => reason.met).length;
  const tender: MatchReason = {
    criterion: 'tender',
    met: facts.tenderDeadline !== null,
    text: facts.tenderDeadline
      ? {
          kk: `Конкурс ${facts.tenderDeadline} дейін`,
          ru: `Конкурс до ${facts.tenderDeadline}`,
          en: `Tender open until ${facts.tenderDeadline}`,
        }
      : { kk: 'Конкурс әлі жарияланбаған', ru: 'Конкурс ещё не объявлен', en: 'No tender announced yet' },
  };
  return { fits: met === judged.length, score: judged.length ? met / judged.length : 1, reasons: [...judged, tender] };
}
