import type { LegalAct } from '@kbdm/catalogue/domain';
import type { LocalizedText, SourceRef } from '@kbdm/shared/domain';
import type { ProgrammeSeed } from './demo-data.types';

/*
 * Support programmes, each kept as versions (oldest first, at most one in force).
 *
 * Sourced (`demo: false`): the Іскер аймақ interest-rate subsidy (Government Decree No. 1176
 * of 30.12.2025; 40 % of the nominal rate, loans up to KZT 200 million for up to 3 years, the
 * borrower's obligations, eGov channel), the Business Roadmap 2020 (Decree No. 522 of
 * 25.08.2018, annulled by Decree No. 43 of 02.02.2022), the Productive Employment and Mass
 * Entrepreneurship programme 2017–2021 (ended) and DAMU's microcredit programme with its
 * Bastau Business certificate rule. Everything else is demo data (`demo: true`).
 */

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

const CHECKED_ON = '2026-11-25';

const DECREE_1176_SOURCE: SourceRef = {
  title: 'Government Decree No. 1176 of 30.12.2025 "Іскер аймақ"',
  publisher: 'Government of the Republic of Kazakhstan',
  date: '2025-12-30',
};
const DAMU_SUBSIDY_SOURCE: SourceRef = {
  title: 'Isker Aimak interest-rate subsidy',
  publisher: 'DAMU Entrepreneurship Development Fund',
  url: 'https://damu.kz',
  date: CHECKED_ON,
};
const DAMU_MICROCREDIT_SOURCE: SourceRef = {
  title: 'Microcredit: Bastau Business training certificate issued within the last 24 months',
  publisher: 'DAMU Entrepreneurship Development Fund',
  url: 'https://damu.kz',
  date: CHECKED_ON,
};

// Legal acts

const DECREE_1176: LegalAct = {
  title: t(
    'Қазақстан Республикасы Үкіметінің 2025 жылғы 30 желтоқсандағы № 1176 қаулысы («Іскер аймақ»)',
    'Постановление Правительства Республики Казахстан от 30 декабря 2025 года № 1176 («Іскер аймақ»)',
    'Government Decree No. 1176 of 30.12.2025 (Іскер аймақ)',
  ),
  number: '1176',
  date: '2025-12-30',
};
const DECREE_522: LegalAct = {
  title: t(
    'Қазақстан Республикасы Үкіметінің 2018 жылғы 25 тамыздағы № 522 қаулысы («Бизнестің жол картасы 2020»)',
    'Постановление Правительства Республики Казахстан от 25 августа 2018 года № 522 («Дорожная карта бизнеса 2020»)',
    'Government Decree No. 522 of 25.08.2018 (Business Roadmap 2020)',
  ),
  number: '522',
  date: '2018-08-25',
  annulledBy: {
    title: t(
      'Қазақстан Республикасы Үкіметінің 2022 жылғы 2 ақпандағы № 43 қаулысы',
      'Постановление Правительства Республики Казахстан от 2 февраля 2022 года № 43',
      'Government Decree No. 43 of 02.02.2022',
    ),
    number: '43',
    date: '2022-02-02',
  },
};
const DECREE_919: LegalAct = {
  title: t(
    'Қазақстан Республикасы Үкіметінің 2016 жылғы 29 желтоқсандағы № 919 қаулысы (Нәтижелі жұмыспен қамтуды және жаппай кәсіпкерлікті дамытудың 2017–2021 жылдарға арналған бағдарламасы)',
    'Постановление Правительства Республики Казахстан от 29 декабря 2016 года № 919 (Программа развития продуктивной занятости и массового предпринимательства на 2017–2021 годы)',
    'Government Decree No. 919 of 29.12.2016 (Productive Employment and Mass Entrepreneurship Development Programme 2017–2021)',
  ),
  number: '919',
  date: '2016-12-29',
};
const AKIMAT_2024_COFINANCING: LegalAct = {
  title: t(
    'Қарағанды облысы әкімдігінің 2024 жылғы 12 ақпандағы № 09/02 қаулысы',
    'Постановление акимата Карагандинской области от 12 февраля 2024 года № 09/02',
    'Resolution of the Akimat of Karaganda Region No. 09/02 of 12.02.2024',
  ),
  number: '09/02',
  date: '2024-02-12',
};
const AKIMAT_2026_COFINANCING: LegalAct = {
  title: t(
    'Қарағанды облысы әкімдігінің 2026 жылғы 20 қаңтардағы № 04/01 қаулысы',
    'Постановление акимата Карагандинской области от 20 января 2026 года № 04/01',
    'Resolution of the Akimat of Karaganda Region No. 04/01 of 20.01.2026',
  ),
  number: '04/01',
  date: '2026-01-20',
};
const AKIMAT_2026_MONOTOWNS: LegalAct = {
  title: t(
    'Қарағанды облысы әкімдігінің 2026 жылғы 20 қаңтардағы № 04/02 қаулысы',
    'Постановление акимата Карагандинской области от 20 января 2026 года № 04/02',
    'Resolution of the Akimat of Karaganda Region No. 04/02 of 20.01.2026',
  ),
  number: '04/02',
  date: '2026-01-20',
};
const AKIMAT_2026_GRANTS: LegalAct = {
  title: t(
    'Қарағанды облысы әкімдігінің 2026 жылғы 3 ақпандағы № 07/01 қаулысы',
    'Постановление акимата Карагандинской области от 3 февраля 2026 года № 07/01',
    'Resolution of the Akimat of Karaganda Region No. 07/01 of 03.02.2026',
  ),
  number: '07/01',
  date: '2026-02-03',
};
const AGRI_SUBSIDY_RULES: LegalAct = {
  title: t(
    'Агроөнеркәсіптік кешен субъектісінің инвестициялық салымдары кезінде шеккен шығыстарының бір бөлігін өтеу бойынша субсидиялау қағидалары',
    'Правила субсидирования по возмещению части расходов субъекта АПК при инвестиционных вложениях',
    'Rules for reimbursing part of agribusiness investment costs',
  ),
  number: '12',
  date: '2026-01-15',
};
const AKK_RURAL_MICROCREDIT: LegalAct = {
  title: t(
    '«Аграрлық кредит корпорациясы» АҚ директорлар кеңесінің ауыл тұрғындарын шағын несиелеу туралы шешімі',
    'Решение совета директоров АО «Аграрная кредитная корпорация» о микрокредитовании сельского населения',
    'Decision of the Board of Directors of Agrarian Credit Corporation on microcredit for rural residents',
  ),
  number: '2',
  date: '2026-02-14',
};

// Required documents

const DOC_APPLICATION = t(
  'Белгіленген нысандағы өтініш',
  'Заявление по установленной форме',
  'Application in the prescribed form',
);
const DOC_ID = t('Жеке басын куәландыратын құжат', 'Документ, удостоверяющий личность', 'Identity document');
const DOC_REGISTRATION = t(
  'Заңды тұлғаны тіркеу туралы анықтама немесе жеке кәсіпкер ретінде қызметтің басталғаны туралы хабарлама',
  'Справка о государственной регистрации юридического лица или уведомление о начале деятельности в качестве ИП',
  'Certificate of registration of the legal entity or notice of starting business as an individual entrepreneur',
);
const DOC_BANK_DECISION = t(
  'Банктің (қаржы ұйымының) кредит беру туралы оң шешімі',
  'Положительное решение банка (финансовой организации) о кредитовании',
  "The bank's (financial institution's) positive lending decision",
);
const DOC_LOAN_AGREEMENT = t(
  'Банктік қарыз шартының көшірмесі',
  'Копия договора банковского займа',
  'Copy of the bank loan agreement',
);
const DOC_BUSINESS_PLAN = t('Бизнес-жоспар', 'Бизнес-план', 'Business plan');
const DOC_NO_TAX_ARREARS = t(
  'Салық берешегінің жоқтығы туралы мәлімет',
  'Сведения об отсутствии налоговой задолженности',
  'Statement of no tax arrears',
);
const DOC_BASTAU = t(
  '«Бастау Бизнес» жобасы бойынша оқу туралы сертификат',
  'Сертификат об обучении по проекту «Бастау Бизнес»',
  'Bastau Business training certificate',
);
const DOC_COLLATERAL = t(
  'Кепіл мүлкіне арналған құжаттар',
  'Документы на залоговое имущество',
  'Documents on the collateral',
);
const DOC_SOCIAL_STATUS = t(
  'Әлеуметтік мәртебені растайтын құжат',
  'Документ, подтверждающий социальный статус',
  'Document confirming social status',
);
const DOC_QUOTATIONS = t(
  'Жабдыққа арналған коммерциялық ұсыныстар',
  'Коммерческие предложения на оборудование',
  'Quotations for the equipment',
);
const DOC_LAND_TITLE = t(
  'Жер учаскесіне құқық белгілейтін құжат',
  'Правоустанавливающий документ на земельный участок',
  'Title document for the land plot',
);
const DOC_FINANCIAL_STATEMENTS = t(
  'Соңғы қаржы жылындағы қаржылық есептілік',
  'Финансовая отчётность за последний финансовый год',
  'Financial statements for the last financial year',
);

// Operators

const DAMU = t(
  '«Даму» кәсіпкерлікті дамыту қоры» АҚ',
  'АО «Фонд развития предпринимательства «Даму»',
  'DAMU Entrepreneurship Development Fund JSC',
);
const ATAMEKEN = t(
  '«Атамекен» Қазақстан Республикасының Ұлттық кәсіпкерлер палатасы',
  'Национальная палата предпринимателей Республики Казахстан «Атамекен»',
  'National Chamber of Entrepreneurs of Kazakhstan "Atameken"',
);
const SEC_SARYARKA = t(
  '«Сарыарқа» әлеуметтік-кәсіпкерлік корпорациясы» ҰК АҚ',
  'АО «НК «Социально-предпринимательская корпорация «Сарыарка»',
  'Saryarka Social Entrepreneurship Corporation JSC',
);
const ENTREPRENEURSHIP_DEPARTMENT = t(
  '«Қарағанды облысының кәсіпкерлік және өнеркәсіп басқармасы» ММ',
  'ГУ «Управление предпринимательства и промышленности Карагандинской области»',
  'Department of Entrepreneurship and Industry of Karaganda Region',
);
const AGRICULTURE_DEPARTMENT = t(
  '«Қарағанды облысының ауыл шаруашылығы басқармасы» ММ',
  'ГУ «Управление сельского хозяйства Карагандинской области»',
  'Department of Agriculture of Karaganda Region',
);
const AGRARIAN_CREDIT_CORPORATION = t(
  '«Аграрлық кредит корпорациясы» АҚ',
  'АО «Аграрная кредитная корпорация»',
  'Agrarian Credit Corporation JSC',
);

const RURAL_DISTRICTS = ['abay', 'aktogay', 'bukhar-zhyrau', 'karkaraly', 'nura', 'osakarov', 'shet'];

export const PROGRAMMES: ProgrammeSeed[] = [
  {
    code: 'damu-interest-subsidy',
    name: t(
      'Кредиттер бойынша сыйақы мөлшерлемесін субсидиялау («Даму»)',
      'Субсидирование ставки вознаграждения по кредитам (фонд «Даму»)',
      'Interest-rate subsidy on loans (DAMU)',
    ),
    description: t(
      'Мемлекет шағын бизнестің банктік кредиті бойынша мөлшерлеменің бір бөлігін өтейді. «Іскер аймақ» бойынша номиналды мөлшерлеме Ұлттық Банктің базалық мөлшерлемесіне 4 % қосқанға тең, қарыз алушы үшін түпкілікті мөлшерлеме 12,6 %-дан төмен болмайды.',
      'Государство возмещает часть ставки по банковскому кредиту малого бизнеса. По программе «Іскер аймақ» номинальная ставка равна базовой ставке Национального банка плюс 4 %, итоговая ставка для заёмщика — не ниже 12,6 %.',
      "The state pays part of the interest on a small business bank loan. Under Іскер аймақ the nominal rate is the National Bank base rate plus 4 %, and the borrower's final rate is not below 12.6 %.",
    ),
    operator: DAMU,
    instrument: 'interest_subsidy',
    demo: false,
    source: DECREE_1176_SOURCE,
    versions: [
      {
        code: '2018-business-roadmap-2020',
        label: t('«Бизнестің жол картасы 2020»', '«Дорожная карта бизнеса 2020»', 'Business Roadmap 2020'),
        legalAct: DECREE_522,
        effectiveFrom: '2018-08-25',
        effectiveTo: '2022-02-02',
        status: 'annulled',
        acceptsApplications: false,
        applicationChannel: 'operator',
        minAmountKzt: null,
        maxAmountKzt: null,
        rate: null,
        termMonths: null,
        applicationWindow: null,
        requiredDocuments: [DOC_APPLICATION, DOC_REGISTRATION, DOC_BANK_DECISION, DOC_LOAN_AGREEMENT],
        obligations: [],
        decisionDeadlineWorkingDays: 10,
        eligibility: [{ kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] }],
        demo: false,
        source: {
          title: 'Government Decree No. 522 of 25.08.2018, annulled by Government Decree No. 43 of 02.02.2022',
          publisher: 'Government of the Republic of Kazakhstan',
          date: '2022-02-02',
        },
      },
      {
        code: '2026-isker-aimak',
        label: t('«Іскер аймақ»', '«Іскер аймақ»', 'Іскер аймақ'),
        legalAct: DECREE_1176,
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'egov',
        minAmountKzt: null,
        maxAmountKzt: 200_000_000,
        rate: { kind: 'subsidy_share', percent: 40 },
        termMonths: 36,
        applicationWindow: { opensOn: '2026-01-01', closesOn: null },
        requiredDocuments: [
          DOC_APPLICATION,
          DOC_REGISTRATION,
          DOC_BANK_DECISION,
          DOC_LOAN_AGREEMENT,
          DOC_NO_TAX_ARREARS,
        ],
        obligations: [
          t(
            'Екі қаржы жылы ішінде кредиттің әрбір 100 млн теңгесіне кемінде бір жаңа жұмыс орнын ашу (бір жобаға кемінде біреу)',
            'В течение двух финансовых лет создать не менее одного нового рабочего места на каждые 100 млн тенге кредита (не менее одного на проект)',
            'Create at least one new job per KZT 100 million of loan (at least one per project) within two financial years',
          ),
          t(
            'Субсидиялаудың әр жылында кірісті кемінде инфляция деңгейінде ұлғайту',
            'В каждый год субсидирования увеличивать доход не ниже уровня инфляции',
            'Grow income at least in line with inflation in every year of the subsidy',
          ),
        ],
        decisionDeadlineWorkingDays: 10,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity', 'agricultural_cooperative'] },
          { kind: 'businessSize', allowed: ['micro', 'small'] },
        ],
        demo: false,
        source: DAMU_SUBSIDY_SOURCE,
      },
    ],
  },
  {
    code: 'damu-loan-guarantee',
    name: t('Кредиттерге кепілдік беру («Даму»)', 'Гарантирование кредитов (фонд «Даму»)', 'Loan guarantees (DAMU)'),
    description: t(
      '«Даму» қоры кәсіпкердің кепіл мүлкі жетпеген жағдайда кредиттің бір бөлігіне кепілдік береді. Кепілдік банкке кредит беру туралы шешім қабылдауға көмектеседі.',
      'Фонд «Даму» гарантирует часть кредита, если у предпринимателя не хватает залога. Гарантия помогает банку принять решение о кредитовании.',
      'DAMU guarantees part of a loan when the entrepreneur lacks collateral. The guarantee helps the bank decide to lend.',
    ),
    operator: DAMU,
    instrument: 'loan_guarantee',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-isker-aimak-guarantee',
        label: t('«Іскер аймақ»: кепілдік', '«Іскер аймақ»: гарантия', 'Іскер аймақ: guarantee'),
        legalAct: DECREE_1176,
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'operator',
        minAmountKzt: null,
        maxAmountKzt: 500_000_000,
        rate: { kind: 'guarantee_share', percent: 50 },
        termMonths: 84,
        applicationWindow: null,
        requiredDocuments: [
          DOC_APPLICATION,
          DOC_REGISTRATION,
          DOC_BANK_DECISION,
          DOC_BUSINESS_PLAN,
          DOC_COLLATERAL,
          DOC_FINANCIAL_STATEMENTS,
        ],
        obligations: [
          t(
            'Кредитті кестеге сәйкес өтеу және қорға жыл сайын есеп беру',
            'Погашать кредит по графику и ежегодно отчитываться перед фондом',
            'Repay the loan on schedule and report to the Fund every year',
          ),
        ],
        decisionDeadlineWorkingDays: 7,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
          { kind: 'businessSize', allowed: ['micro', 'small', 'medium'] },
          { kind: 'sectors', excluded: ['B', 'K'] },
          { kind: 'ownContribution', minShare: 0.2 },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'damu-microcredit',
    name: t('Шағын несие беру («Даму»)', 'Микрокредитование (фонд «Даму»)', 'Microcredit (DAMU)'),
    description: t(
      'Шағын бизнесті ашуға және кеңейтуге арналған жеңілдікті шағын кредиттер. Жаңадан бастаушылар үшін өтінішке дейінгі 24 айда берілген «Бастау Бизнес» сертификаты міндетті.',
      'Небольшие льготные кредиты на открытие и расширение микробизнеса. Для начинающих обязателен сертификат «Бастау Бизнес», выданный в течение 24 месяцев до заявки.',
      'Small concessional loans to open and expand a micro business. Beginners need a Bastau Business certificate issued within 24 months before applying.',
    ),
    operator: DAMU,
    instrument: 'microcredit',
    demo: false,
    source: DAMU_MICROCREDIT_SOURCE,
    versions: [
      {
        code: '2017-productive-employment',
        label: t(
          'Нәтижелі жұмыспен қамтуды және жаппай кәсіпкерлікті дамыту бағдарламасы (2017–2021)',
          'Программа развития продуктивной занятости и массового предпринимательства (2017–2021)',
          'Productive Employment and Mass Entrepreneurship Development Programme (2017–2021)',
        ),
        legalAct: DECREE_919,
        effectiveFrom: '2017-01-01',
        effectiveTo: '2021-12-31',
        status: 'expired',
        acceptsApplications: false,
        applicationChannel: 'operator',
        minAmountKzt: null,
        maxAmountKzt: null,
        rate: null,
        termMonths: null,
        applicationWindow: null,
        requiredDocuments: [DOC_APPLICATION, DOC_ID, DOC_BUSINESS_PLAN, DOC_BASTAU],
        obligations: [],
        decisionDeadlineWorkingDays: 15,
        eligibility: [{ kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] }],
        demo: false,
        source: {
          title: 'Productive Employment and Mass Entrepreneurship Development Programme for 2017–2021',
          publisher: 'Government of the Republic of Kazakhstan',
          date: '2016-12-29',
        },
      },
      {
        code: '2026-microcredit',
        label: t('«Даму» шағын несиесі', 'Микрокредит фонда «Даму»', 'DAMU microcredit'),
        legalAct: DECREE_1176,
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'operator',
        minAmountKzt: null,
        maxAmountKzt: 28_000_000,
        rate: { kind: 'interest_rate', percent: 6 },
        termMonths: 60,
        applicationWindow: { opensOn: '2026-01-01', closesOn: null },
        requiredDocuments: [DOC_APPLICATION, DOC_ID, DOC_REGISTRATION, DOC_BUSINESS_PLAN, DOC_BASTAU, DOC_COLLATERAL],
        obligations: [
          t(
            'Кредит қаражатын тек жоба мақсаттарына жұмсау',
            'Использовать средства кредита только на цели проекта',
            'Use the loan only for the purposes of the project',
          ),
        ],
        decisionDeadlineWorkingDays: 10,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] },
          { kind: 'businessSize', allowed: ['micro'] },
          { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
          { kind: 'projectCost', maxKzt: 35_000_000 },
        ],
        demo: true,
        source: DAMU_MICROCREDIT_SOURCE,
      },
    ],
  },
  {
    code: 'grants-new-entrepreneurs',
    name: t(
      'Жаңа бизнес-идеяларды іске асыруға арналған мемлекеттік гранттар',
      'Государственные гранты на реализацию новых бизнес-идей',
      'State grants for new business ideas',
    ),
    description: t(
      'Жаңадан бастаған кәсіпкерлерге, әсіресе жастарға, әйелдерге, көпбалалы отбасыларға және ауыл тұрғындарына арналған қайтарымсыз гранттар. Грант жобаның көп бөлігін жабады, қалғанын кәсіпкер өзі салады.',
      'Безвозвратные гранты для начинающих предпринимателей, прежде всего молодёжи, женщин, многодетных семей и сельских жителей. Грант покрывает большую часть проекта, остальное вносит сам предприниматель.',
      'Non-repayable grants for new entrepreneurs, especially young people, women, large families and rural residents. The grant covers most of the project; the entrepreneur puts in the rest.',
    ),
    operator: ENTREPRENEURSHIP_DEPARTMENT,
    instrument: 'grant',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-grants',
        label: t('2026 жылғы гранттар', 'Гранты 2026 года', 'Grants 2026'),
        legalAct: AKIMAT_2026_GRANTS,
        effectiveFrom: '2026-02-03',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'portal',
        minAmountKzt: 500_000,
        maxAmountKzt: 5_000_000,
        rate: { kind: 'grant_share', percent: 90 },
        termMonths: null,
        applicationWindow: { opensOn: '2026-03-01', closesOn: '2026-12-15' },
        requiredDocuments: [
          DOC_APPLICATION,
          DOC_ID,
          DOC_REGISTRATION,
          DOC_BUSINESS_PLAN,
          DOC_SOCIAL_STATUS,
          DOC_BASTAU,
        ],
        obligations: [
          t(
            'Бизнесті кемінде 3 жыл жүргізу және кемінде бір жұмыс орнын сақтау',
            'Вести бизнес не менее 3 лет и сохранить не менее одного рабочего места',
            'Keep the business running for at least 3 years and keep at least one job',
          ),
        ],
        decisionDeadlineWorkingDays: 20,
        eligibility: [
          {
            kind: 'applicantStatus',
            anyOf: ['youth', 'woman', 'person_with_disability', 'large_family', 'unemployed', 'rural_resident'],
          },
          { kind: 'businessAge', maxMonths: 36 },
          { kind: 'sectors', allowed: ['A', 'C', 'F', 'I', 'Q', 'R'] },
          { kind: 'ownContribution', minShare: 0.1 },
          { kind: 'certificate', certificate: 'bastau_business', issuedWithinMonths: 24 },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'bastau-business',
    name: t(
      '«Бастау Бизнес» кәсіпкерлік негіздеріне оқыту',
      'Обучение основам предпринимательства «Бастау Бизнес»',
      'Bastau Business entrepreneurship training',
    ),
    description: t(
      'Ауыл тұрғындары мен шағын қалалар тұрғындарына арналған кәсіпкерлік негіздері бойынша тегін оқу, соңында бизнес-жоспар қорғалады. Сертификат шағын несие мен грант алу үшін қажет.',
      'Бесплатное обучение основам предпринимательства для жителей сёл и малых городов с защитой бизнес-плана в конце курса. Сертификат нужен для получения микрокредита и гранта.',
      'Free training in the basics of entrepreneurship for residents of villages and small towns, ending with the defence of a business plan. The certificate is needed for microcredit and grants.',
    ),
    operator: ATAMEKEN,
    instrument: 'training',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-bastau',
        label: t('«Бастау Бизнес» 2026', '«Бастау Бизнес» 2026', 'Bastau Business 2026'),
        legalAct: DECREE_1176,
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'portal',
        minAmountKzt: null,
        maxAmountKzt: null,
        rate: null,
        termMonths: null,
        applicationWindow: { opensOn: '2026-02-01', closesOn: '2026-12-20' },
        requiredDocuments: [DOC_APPLICATION, DOC_ID, DOC_SOCIAL_STATUS],
        obligations: [
          t(
            'Сабақтардың кемінде 80 %-ына қатысу және бизнес-жоспарды қорғау',
            'Посетить не менее 80 % занятий и защитить бизнес-план',
            'Attend at least 80 % of the classes and defend a business plan',
          ),
        ],
        decisionDeadlineWorkingDays: 5,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] },
          { kind: 'applicantAge', min: 18 },
          {
            kind: 'applicantStatus',
            anyOf: [
              'unemployed',
              'self_employed',
              'rural_resident',
              'youth',
              'woman',
              'large_family',
              'person_with_disability',
            ],
          },
          { kind: 'districts', allowed: [...RURAL_DISTRICTS, 'saran', 'shakhtinsk', 'priozersk'] },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'service-support',
    name: t(
      'Кәсіпкерлерге сервистік қолдау',
      'Сервисная поддержка предпринимателей',
      'Service support for entrepreneurs',
    ),
    description: t(
      'Кәсіпкерлерге қызмет көрсету орталықтарында бухгалтерлік есеп, салықтар, құқық және маркетинг бойынша тегін кеңестер. Қызмет жаңа бастаған кәсіпкерлерге де, жұмыс істеп тұрған бизнеске де көрсетіледі.',
      'Бесплатные консультации по бухгалтерскому учёту, налогам, праву и маркетингу в центрах обслуживания предпринимателей. Услуга оказывается и начинающим, и действующим предпринимателям.',
      'Free advice on accounting, taxes, law and marketing at entrepreneur service centres, for both new and established businesses.',
    ),
    operator: ATAMEKEN,
    instrument: 'service_support',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-service-support',
        label: t(
          '«Іскер аймақ»: сервистік қолдау',
          '«Іскер аймақ»: сервисная поддержка',
          'Іскер аймақ: service support',
        ),
        legalAct: DECREE_1176,
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'portal',
        minAmountKzt: null,
        maxAmountKzt: null,
        rate: null,
        termMonths: null,
        applicationWindow: null,
        requiredDocuments: [DOC_APPLICATION, DOC_ID, DOC_REGISTRATION],
        obligations: [],
        decisionDeadlineWorkingDays: 3,
        eligibility: [
          {
            kind: 'applicantKind',
            allowed: ['individual', 'individual_entrepreneur', 'legal_entity', 'agricultural_cooperative'],
          },
          { kind: 'businessSize', allowed: ['micro', 'small', 'medium'] },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'regional-manufacturing-cofinancing',
    name: t(
      'Өңдеу өнеркәсібі жобаларына жабдықты бірлесіп қаржыландыру',
      'Софинансирование оборудования для проектов обрабатывающей промышленности',
      'Co-financing of equipment for manufacturing projects',
    ),
    description: t(
      'Облыстық бағдарлама өңдеу өнеркәсібіндегі жобаларға жабдық құнының бір бөлігін өтейді. 2026 жылдан бастап басымдық құрылыс материалдарына, химияға, фармацевтикаға, медициналық бұйымдарға және металл өңдеуге беріледі.',
      'Областная программа возмещает часть стоимости оборудования для проектов обрабатывающей промышленности. С 2026 года приоритет — строительные материалы, химия, фармацевтика, медицинские изделия и металлообработка.',
      'A regional programme that pays part of the cost of equipment for manufacturing projects. From 2026 it gives priority to construction materials, chemicals, pharmaceuticals, medical devices and metalworking.',
    ),
    operator: SEC_SARYARKA,
    instrument: 'grant',
    demo: true,
    source: null,
    versions: [
      {
        code: '2024-regional-cofinancing',
        label: t('2024–2025 жылдар', '2024–2025 годы', '2024–2025'),
        legalAct: AKIMAT_2024_COFINANCING,
        effectiveFrom: '2024-03-01',
        effectiveTo: '2025-12-31',
        status: 'expired',
        acceptsApplications: false,
        applicationChannel: 'portal',
        minAmountKzt: null,
        maxAmountKzt: 100_000_000,
        rate: { kind: 'grant_share', percent: 20 },
        termMonths: null,
        applicationWindow: { opensOn: '2024-03-01', closesOn: '2025-11-30' },
        requiredDocuments: [
          DOC_APPLICATION,
          DOC_REGISTRATION,
          DOC_BUSINESS_PLAN,
          DOC_QUOTATIONS,
          DOC_FINANCIAL_STATEMENTS,
        ],
        obligations: [
          t(
            'Жабдықты 12 ай ішінде пайдалануға енгізу',
            'Ввести оборудование в эксплуатацию в течение 12 месяцев',
            'Put the equipment into operation within 12 months',
          ),
        ],
        decisionDeadlineWorkingDays: 20,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
          { kind: 'sectors', allowed: ['C'] },
          { kind: 'projectCost', minKzt: 30_000_000, maxKzt: 1_000_000_000 },
          { kind: 'ownContribution', minShare: 0.3 },
          { kind: 'businessAge', minMonths: 12 },
        ],
        demo: true,
        source: null,
      },
      {
        code: '2026-regional-cofinancing',
        label: t('2026 жылдан бастап', 'С 2026 года', 'From 2026'),
        legalAct: AKIMAT_2026_COFINANCING,
        effectiveFrom: '2026-02-01',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'portal',
        minAmountKzt: 5_000_000,
        maxAmountKzt: 150_000_000,
        rate: { kind: 'grant_share', percent: 25 },
        termMonths: null,
        applicationWindow: { opensOn: '2026-02-01', closesOn: '2026-12-31' },
        requiredDocuments: [
          DOC_APPLICATION,
          DOC_REGISTRATION,
          DOC_BUSINESS_PLAN,
          DOC_QUOTATIONS,
          DOC_LAND_TITLE,
          DOC_FINANCIAL_STATEMENTS,
        ],
        obligations: [
          t(
            'Жабдықты 12 ай ішінде пайдалануға енгізу және кемінде 5 жұмыс орнын ашу',
            'Ввести оборудование в эксплуатацию в течение 12 месяцев и создать не менее 5 рабочих мест',
            'Put the equipment into operation within 12 months and create at least 5 jobs',
          ),
        ],
        decisionDeadlineWorkingDays: 15,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity'] },
          { kind: 'sectors', allowed: ['C20', 'C21', 'C23', 'C24', 'C25', 'C32'] },
          { kind: 'projectCost', minKzt: 20_000_000, maxKzt: 1_500_000_000 },
          { kind: 'ownContribution', minShare: 0.2 },
          { kind: 'businessAge', minMonths: 12 },
          { kind: 'businessSize', allowed: ['small', 'medium'] },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'small-towns-microcredit',
    name: t(
      'Шағын қалалар мен моноқалалардағы кәсіпкерлікті шағын несиелеу',
      'Микрокредитование предпринимательства в малых и моногородах',
      'Microcredit for business in small and single-industry towns',
    ),
    description: t(
      'Кеншілер мен металлургтер қалаларының экономикасын әртараптандыру үшін облыстық бюджеттен берілетін жеңілдікті шағын кредиттер. Қаражат жаңа өндірістер мен қызметтерге бағытталады.',
      'Льготные микрокредиты из областного бюджета для диверсификации экономики шахтёрских и металлургических городов. Средства направляются на новые производства и услуги.',
      'Concessional microcredits from the regional budget to diversify the economy of mining and steel towns. The money goes to new production and services.',
    ),
    operator: SEC_SARYARKA,
    instrument: 'microcredit',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-small-towns',
        label: t('2026 жыл', '2026 год', '2026'),
        legalAct: AKIMAT_2026_MONOTOWNS,
        effectiveFrom: '2026-01-20',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'portal',
        minAmountKzt: 1_000_000,
        maxAmountKzt: 20_000_000,
        rate: { kind: 'interest_rate', percent: 7 },
        termMonths: 60,
        applicationWindow: { opensOn: '2026-01-20', closesOn: null },
        requiredDocuments: [DOC_APPLICATION, DOC_ID, DOC_REGISTRATION, DOC_BUSINESS_PLAN, DOC_COLLATERAL],
        obligations: [
          t(
            'Бизнесті сол қалада кемінде 3 жыл жүргізу',
            'Вести бизнес в том же городе не менее 3 лет',
            'Keep the business in the same town for at least 3 years',
          ),
        ],
        decisionDeadlineWorkingDays: 10,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur'] },
          { kind: 'applicantAge', min: 18, max: 63 },
          { kind: 'districts', allowed: ['temirtau', 'balkhash', 'saran', 'shakhtinsk', 'priozersk', 'abay'] },
          { kind: 'businessSize', allowed: ['micro', 'small'] },
          { kind: 'projectCost', maxKzt: 30_000_000 },
          { kind: 'sectors', excluded: ['G', 'K'] },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'agri-investment-subsidy',
    name: t(
      'Агроөнеркәсіптік кешендегі инвестициялық салымдарды субсидиялау',
      'Субсидирование инвестиционных вложений в АПК',
      'Investment subsidies for agribusiness',
    ),
    description: t(
      'Мал шаруашылығы кешендерін, жылыжайларды, сақтау қоймаларын және өңдеу цехтарын салу немесе жаңғырту шығындарының бір бөлігін өтеу. Өтінім жоба іске асырылғаннан кейін беріледі.',
      'Возмещение части затрат на строительство и модернизацию животноводческих комплексов, теплиц, хранилищ и перерабатывающих цехов. Заявка подаётся после реализации проекта.',
      'Reimbursement of part of the cost of building or upgrading livestock farms, greenhouses, storage and processing plants. The application is filed after the project is completed.',
    ),
    operator: AGRICULTURE_DEPARTMENT,
    instrument: 'grant',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-agri-investment',
        label: t('2026 жыл', '2026 год', '2026'),
        legalAct: AGRI_SUBSIDY_RULES,
        effectiveFrom: '2026-01-15',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'operator',
        minAmountKzt: null,
        maxAmountKzt: 1_500_000_000,
        rate: { kind: 'grant_share', percent: 25 },
        termMonths: null,
        applicationWindow: { opensOn: '2026-02-01', closesOn: '2026-12-01' },
        requiredDocuments: [
          DOC_APPLICATION,
          DOC_REGISTRATION,
          DOC_LAND_TITLE,
          t(
            'Жобаның іске асырылғанын растайтын құжаттар (шарттар, актілер, төлем құжаттары)',
            'Документы, подтверждающие реализацию проекта (договоры, акты, платёжные документы)',
            'Documents proving the project was carried out (contracts, acceptance certificates, payment records)',
          ),
        ],
        obligations: [
          t(
            'Нысанды кемінде 5 жыл пайдалану және жобалық қуатқа шығу',
            'Эксплуатировать объект не менее 5 лет и выйти на проектную мощность',
            'Operate the facility for at least 5 years and reach design capacity',
          ),
        ],
        decisionDeadlineWorkingDays: 15,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual_entrepreneur', 'legal_entity', 'agricultural_cooperative'] },
          { kind: 'sectors', allowed: ['A01', 'C10'] },
          { kind: 'projectCost', minKzt: 10_000_000 },
        ],
        demo: true,
        source: null,
      },
    ],
  },
  {
    code: 'rural-microcredit',
    name: t('Ауыл тұрғындарына шағын несие', 'Микрокредиты для сельских жителей', 'Microcredit for rural residents'),
    description: t(
      'Ауылда мал шаруашылығын, өсімдік шаруашылығын, өңдеу мен қызмет көрсетуді дамытуға арналған төмен мөлшерлемелі шағын несиелер. Тек облыстың жеті ауданының тұрғындары үшін.',
      'Микрокредиты под низкий процент на развитие животноводства, растениеводства, переработки и услуг на селе. Только для жителей семи районов области.',
      'Low-interest microcredits for livestock, crops, processing and services in villages, for residents of the seven districts of the region only.',
    ),
    operator: AGRARIAN_CREDIT_CORPORATION,
    instrument: 'microcredit',
    demo: true,
    source: null,
    versions: [
      {
        code: '2026-rural-microcredit',
        label: t('2026 жыл', '2026 год', '2026'),
        legalAct: AKK_RURAL_MICROCREDIT,
        effectiveFrom: '2026-02-14',
        effectiveTo: null,
        status: 'in_force',
        acceptsApplications: true,
        applicationChannel: 'operator',
        minAmountKzt: null,
        maxAmountKzt: 10_000_000,
        rate: { kind: 'interest_rate', percent: 2.5 },
        termMonths: 60,
        applicationWindow: { opensOn: '2026-02-14', closesOn: null },
        requiredDocuments: [DOC_APPLICATION, DOC_ID, DOC_BUSINESS_PLAN, DOC_COLLATERAL],
        obligations: [
          t(
            'Жобаны ауылдық елді мекенде іске асыру',
            'Реализовать проект в сельском населённом пункте',
            'Carry out the project in a rural settlement',
          ),
        ],
        decisionDeadlineWorkingDays: 10,
        eligibility: [
          { kind: 'applicantKind', allowed: ['individual', 'individual_entrepreneur', 'agricultural_cooperative'] },
          { kind: 'applicantStatus', anyOf: ['rural_resident'] },
          { kind: 'applicantAge', min: 18, max: 65 },
          { kind: 'districts', allowed: RURAL_DISTRICTS },
          { kind: 'sectors', allowed: ['A', 'C10', 'C13', 'C14', 'I'] },
        ],
        demo: true,
        source: null,
      },
    ],
  },
];
