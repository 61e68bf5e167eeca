import type {
  ApplicantKind,
  ApplicantStatus,
  BusinessSize,
  Certificate,
  DistrictFitReason,
} from '@kbdm/catalogue/domain';
import type { TrilingualText } from './text';

// Labels written to sit inside a sentence: English with its article, Russian and Kazakh in
// the nominative, with no inner commas so that a list of them still reads as a list.

export const APPLICANT_KIND_LABELS: Record<ApplicantKind, TrilingualText> = {
  individual: {
    kk: 'болашақ кәсіпкер (жеке тұлға)',
    ru: 'будущий предприниматель (физическое лицо)',
    en: 'an individual planning a business',
  },
  individual_entrepreneur: {
    kk: 'жеке кәсіпкер',
    ru: 'индивидуальный предприниматель',
    en: 'an individual entrepreneur',
  },
  legal_entity: { kk: 'заңды тұлға', ru: 'юридическое лицо', en: 'a legal entity' },
  agricultural_cooperative: {
    kk: 'ауыл шаруашылығы кооперативі',
    ru: 'сельскохозяйственный кооператив',
    en: 'an agricultural cooperative',
  },
};

export const APPLICANT_STATUS_LABELS: Record<ApplicantStatus, TrilingualText> = {
  unemployed: { kk: 'жұмыссыз', ru: 'безработный', en: 'unemployed' },
  youth: { kk: 'жастар', ru: 'молодёжь', en: 'youth' },
  woman: { kk: 'әйел', ru: 'женщина', en: 'woman' },
  person_with_disability: { kk: 'мүгедектігі бар адам', ru: 'лицо с инвалидностью', en: 'person with a disability' },
  rural_resident: { kk: 'ауыл тұрғыны', ru: 'сельский житель', en: 'rural resident' },
  large_family: { kk: 'көпбалалы отбасы', ru: 'многодетная семья', en: 'large family' },
  self_employed: { kk: 'өзін-өзі жұмыспен қамтыған', ru: 'самозанятый', en: 'self-employed' },
};

export const BUSINESS_SIZE_LABELS: Record<BusinessSize, TrilingualText> = {
  micro: { kk: 'микробизнес', ru: 'микробизнес', en: 'micro' },
  small: { kk: 'шағын бизнес', ru: 'малый бизнес', en: 'small' },
  medium: { kk: 'орта бизнес', ru: 'средний бизнес', en: 'medium-sized' },
  large: { kk: 'ірі бизнес', ru: 'крупный бизнес', en: 'large' },
};

/** Kazakh needs the accusative too ("сертификатын алсаңыз"). */
export const CERTIFICATE_LABELS: Record<Certificate, TrilingualText & { kkAccusative: string }> = {
  bastau_business: {
    kk: '«Бастау Бизнес» сертификаты',
    kkAccusative: '«Бастау Бизнес» сертификатын',
    ru: 'сертификат «Бастау Бизнес»',
    en: 'Bastau Business certificate',
  },
};

export const DISTRICT_FIT_REASON_LABELS: Record<DistrictFitReason, TrilingualText> = {
  raw_materials: { kk: 'шикізат', ru: 'сырьё', en: 'raw materials' },
  anchor_buyers: { kk: 'ірі сатып алушылар', ru: 'крупные покупатели', en: 'anchor buyers' },
  land: { kk: 'жер', ru: 'земля', en: 'land' },
  labour: { kk: 'жұмыс күші', ru: 'рабочая сила', en: 'labour' },
  logistics: { kk: 'логистика', ru: 'логистика', en: 'logistics' },
};
