import type { TrilingualText } from '@kbdm/onboarding/eligibility';

export type ChecklistStepKey = 'signature' | 'register' | 'tax' | 'bank' | 'training' | 'apply';

/** One step of opening a business: what to do, how, and the public site it happens on. */
export type ChecklistStep = { key: ChecklistStepKey; title: TrilingualText; text: TrilingualText; link?: string };

/*
 * The steps to open a business in Kazakhstan, in the order they are usually taken (the digital
 * signature first: eGov registration is signed with it). Static content in the three portal
 * languages, kept in this lazy chunk rather than in the always-loaded dictionary.
 */
export const BUSINESS_CHECKLIST: readonly ChecklistStep[] = [
  {
    key: 'signature',
    title: {
      kk: 'Электрондық цифрлық қолтаңба (ЭЦҚ) алыңыз',
      ru: 'Получите электронную цифровую подпись (ЭЦП)',
      en: 'Get an electronic digital signature (EDS)',
    },
    text: {
      kk: 'Тегін — Ұлттық куәландырушы орталықта (pki.gov.kz) немесе ХҚКО-да: онымен egov.kz порталындағы және бағдарлама операторларына берілетін өтінімдерге қол қойылады.',
      ru: 'Бесплатно — в Национальном удостоверяющем центре (pki.gov.kz) или в ЦОН: ею подписывают заявки на egov.kz и операторам программ.',
      en: 'Free, from the National Certification Authority (pki.gov.kz) or at a PSC: it signs your applications on egov.kz and to the programme operators.',
    },
    link: 'https://pki.gov.kz',
  },
  {
    key: 'register',
    title: {
      kk: 'Бизнесті тіркеңіз',
      ru: 'Зарегистрируйте бизнес',
      en: 'Register the business',
    },
    text: {
      kk: 'Жеке кәсіпкер ретінде — egov.kz порталында ЭЦҚ арқылы онлайн немесе ХҚКО-да; тегін, бір күнде. Компания (ЖШС) ретінде — egov.kz порталында немесе ХҚКО-да мемлекеттік тіркеу.',
      ru: 'Как индивидуальный предприниматель — онлайн на egov.kz с ЭЦП или в ЦОН; бесплатно, за один день. Как компания (ТОО) — государственная регистрация на egov.kz или в ЦОН.',
      en: 'As an individual entrepreneur: online on egov.kz with your digital signature, or at a Public Service Centre (PSC); free, within a day. As a company (LLP): state registration on egov.kz or at a PSC.',
    },
    link: 'https://egov.kz',
  },
  {
    key: 'tax',
    title: {
      kk: 'Салық режимін таңдаңыз',
      ru: 'Выберите налоговый режим',
      en: 'Choose a tax regime',
    },
    text: {
      kk: 'Тіркелу кезінде: оңайлатылған декларация (шағын бизнестің көпшілігі), шағын ЖК үшін патент немесе өзін-өзі жұмыспен қамтығандар режимі, не жалпыға бірдей белгіленген режим. Қолданыстағы шектер мен мөлшерлемелер — kgd.gov.kz сайтында.',
      ru: 'При регистрации: упрощённая декларация (большинство малых предприятий), патент или режим для самозанятых для небольших ИП либо общеустановленный режим. Действующие пределы и ставки — на kgd.gov.kz.',
      en: 'When you register: the simplified declaration (most small businesses), the patent or self-employed regime for small sole traders, or the general regime. Check the current limits and rates at kgd.gov.kz.',
    },
    link: 'https://kgd.gov.kz',
  },
  {
    key: 'bank',
    title: {
      kk: 'Бизнеске банк шотын ашыңыз',
      ru: 'Откройте счёт для бизнеса',
      en: 'Open a business bank account',
    },
    text: {
      kk: 'Бағдарламалар бойынша несие мен грант бизнес шотына аударылады; банктердің көбі оны онлайн ашады.',
      ru: 'Кредиты и гранты по программам перечисляют на счёт бизнеса; большинство банков открывает его онлайн.',
      en: 'Programme loans and grants are paid into a business account; most banks open one online.',
    },
  },
  {
    key: 'training',
    title: {
      kk: '«Бастау Бизнес» оқуынан өтіңіз',
      ru: 'Пройдите обучение «Бастау Бизнес»',
      en: 'Take the Bastau Business training',
    },
    text: {
      kk: 'Бизнесті жоспарлауға тегін оқыту; оның сертификатын микронесие және грант бағдарламалары сұрайды.',
      ru: 'Бесплатное обучение планированию бизнеса; его сертификат просят программы микрокредитов и грантов.',
      en: 'Free training in planning a business; microcredit and grant programmes ask for its certificate.',
    },
  },
  {
    key: 'apply',
    title: {
      kk: 'Бағдарламаға өтінім беріңіз',
      ru: 'Подайте заявку на программу',
      en: 'Apply to a programme',
    },
    text: {
      kk: 'Сізге сай келетін бағдарламалардан бастаңыз: бағдарлама бетінде құжаттар көрсетілген; заң eGov арқылы беруді талап етсе, өтінім сонда беріледі.',
      ru: 'Начните с программ, которые вам подходят: на странице программы перечислены документы; если закон требует подачи через eGov, заявку подают там.',
      en: 'Start with the programmes you qualify for: the programme’s page lists the documents; where the law says eGov, the application is filed there.',
    },
  },
];
