import type { Lang, LocalizedText } from '@kbdm/shared/domain';
import type { OnboardingAnswers } from '../answers';
import type { TrilingualText } from '../text';

export type RuleOutcomeKind = 'met' | 'unmet' | 'unknown';
export type Verdict = 'eligible' | 'nearly' | 'not';

/** Catalogue names the caller may pass so that explanations name a district, not its slug. */
export type CatalogueNames = {
  districts?: Record<string, LocalizedText>;
  sectors?: Record<string, LocalizedText>;
};

/** The answers with what the rules derive from them once: today's date and the age. */
export type Profile = {
  answers: OnboardingAnswers;
  /** Today in the region, YYYY-MM-DD. */
  today: string;
  age: number | undefined;
  names: CatalogueNames;
};

/**
 * One rule checked against a profile. The explanation waits for the verdict because an unmet
 * rule reads "you would qualify if…" in a nearly verdict and "you do not qualify" otherwise.
 */
export type RuleEvaluation = {
  outcome: RuleOutcomeKind;
  /** Whether the applicant could meet the rule by acting now: registering, saving, re-scoping, training. */
  changeable: boolean;
  explain: (verdict: Verdict) => TrilingualText;
};

const MET: TrilingualText = { kk: 'Сіз бұл талапқа сай келесіз: ', ru: 'Вы подходите: ', en: 'You qualify: ' };
const NOT: TrilingualText = {
  kk: 'Сіз бұл талапқа сай келмейсіз: ',
  ru: 'Вы не подходите: ',
  en: 'You do not qualify: ',
};
const UNKNOWN: TrilingualText = { kk: 'Әзірге белгісіз: ', ru: 'Пока неизвестно: ', en: 'We cannot tell yet: ' };
const PREFIXES = { met: MET, not: NOT, unknown: UNKNOWN };

/** Prefixes a sentence body ("your age 29 is…") with the outcome ("You qualify: "). */
export function prefixed(prefix: keyof typeof PREFIXES, body: (lang: Lang) => string): TrilingualText {
  const head = PREFIXES[prefix];
  return { kk: head.kk + body('kk'), ru: head.ru + body('ru'), en: head.en + body('en') };
}

/** Writes a whole sentence per language, for the "you would qualify if…" forms. */
export function whole(body: (lang: Lang) => string): TrilingualText {
  return { kk: body('kk'), ru: body('ru'), en: body('en') };
}

/** The district's name in the language when the caller passed it, else its code. */
export function districtName(code: string, lang: Lang, names: CatalogueNames): string {
  return names.districts?.[code]?.[lang] || code;
}

/** A sector code with its name when known: `C23 (Other non-metallic mineral products)`. */
export function sectorName(code: string, lang: Lang, names: CatalogueNames): string {
  const name = names.sectors?.[code]?.[lang];
  return name ? `${code} (${name})` : code;
}
