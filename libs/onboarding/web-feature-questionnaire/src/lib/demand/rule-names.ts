import type { RuleOutcome, TrilingualText } from '@kbdm/onboarding/eligibility';

/**
 * The rule kinds as short names for the demand figures. Kept here, in the page's lazy chunk,
 * rather than in the dictionaries that every visitor downloads.
 */
export const RULE_NAMES: Record<RuleOutcome['kind'], TrilingualText> = {
  applicantKind: { kk: 'Өтініш беруші түрі', ru: 'Тип заявителя', en: 'Applicant type' },
  applicantAge: { kk: 'Жасы', ru: 'Возраст', en: 'Age' },
  applicantStatus: { kk: 'Әлеуметтік мәртебе', ru: 'Социальный статус', en: 'Social status' },
  businessAge: { kk: 'Бизнестің жұмыс мерзімі', ru: 'Срок работы бизнеса', en: 'Business age' },
  businessSize: { kk: 'Бизнес көлемі', ru: 'Размер бизнеса', en: 'Business size' },
  sectors: { kk: 'Сала', ru: 'Отрасль', en: 'Sector' },
  districts: { kk: 'Аудан', ru: 'Район', en: 'District' },
  projectCost: { kk: 'Жоба құны', ru: 'Стоимость проекта', en: 'Project cost' },
  ownContribution: { kk: 'Өз қаражаты', ru: 'Собственный вклад', en: 'Own contribution' },
  certificate: { kk: 'Сертификат', ru: 'Сертификат', en: 'Certificate' },
};
