import type { Lang } from '@kbdm/shared/domain';

/** The dashboard's strings, in its lazy chunk; `{name}` marks a value filled in. */
export type DashboardStrings = {
  title: string;
  lead: string;
  from: string;
  to: string;
  district: string;
  anyDistrict: string;
  apply: string;
  clear: string;
  periodNote: string;
  loading: string;
  loadFailed: string;
  retry: string;
  table: string;
  csv: string;
  noRows: string;
  demandLink: string;
  funnel: {
    heading: string;
    lead: string;
    programme: string;
    open: string;
    approved: string;
    rejected: string;
    withdrawn: string;
  };
  decisions: {
    heading: string;
    lead: string;
    onTime: string;
    late: string;
    openInTime: string;
    openOverdue: string;
    overdueShare: string;
    medianDays: string;
    total: string;
  };
  participants: { heading: string; zone: string; registered: string; operating: string };
  capacity: { heading: string; lead: string; utility: string; takenShare: string; maximum: string; taken: string };
  slots: { heading: string; status: string; plots: string };
  ppp: { heading: string; stage: string; projects: string; capex: string };
  sectors: { heading: string; sector: string; opportunities: string; importValue: string };
  districts: { heading: string; district: string };
};

const en: DashboardStrings = {
  title: 'Dashboard',
  lead: 'How the map works: applications and decisions, the Special Economic Zone, PPP projects and opportunities. Every chart has its table and a CSV export.',
  from: 'From',
  to: 'To',
  district: 'District',
  anyDistrict: 'Every district',
  apply: 'Show',
  clear: 'Clear',
  periodNote:
    'The period counts applications by the day they were submitted, catalogue items by the day they were added.',
  loading: 'Loading…',
  loadFailed: 'The figures could not be loaded.',
  retry: 'Try again',
  table: 'Table',
  csv: 'CSV',
  noRows: 'Nothing to show for these filters.',
  demandLink: 'What people asked for in the questionnaire',
  funnel: {
    heading: 'Applications: from submission to decision',
    lead: 'Submitted in the period, per programme',
    programme: 'Programme',
    open: 'Open',
    approved: 'Approved',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  decisions: {
    heading: 'Decisions against their deadlines',
    lead: 'Overdue share {share}; median {days} days from submission to decision',
    onTime: 'Decided on time',
    late: 'Decided late',
    openInTime: 'Open, in time',
    openOverdue: 'Open, overdue',
    overdueShare: 'Overdue share',
    medianDays: 'Median days',
    total: 'All programmes',
  },
  participants: { heading: 'SEZ participants', zone: 'Zone', registered: 'Registered', operating: 'Operating' },
  capacity: {
    heading: 'SEZ capacity taken',
    lead: 'Share of each utility’s maximum held by active reservations',
    utility: 'Utility',
    takenShare: 'Taken, %',
    maximum: 'Maximum',
    taken: 'Taken',
  },
  slots: { heading: 'SEZ plots by status', status: 'Status', plots: 'Plots' },
  ppp: { heading: 'PPP pipeline', stage: 'Stage', projects: 'Projects', capex: 'Capex, ₸' },
  sectors: {
    heading: 'Opportunities by sector',
    sector: 'Sector',
    opportunities: 'Opportunities',
    importValue: 'Imports, USD',
  },
  districts: { heading: 'Opportunities by district', district: 'District' },
};

const ru: DashboardStrings = {
  title: 'Панель показателей',
  lead: 'Как работает карта: заявки и решения, специальная экономическая зона, проекты ГЧП и возможности. У каждого графика есть таблица и выгрузка в CSV.',
  from: 'С',
  to: 'По',
  district: 'Район',
  anyDistrict: 'Все районы',
  apply: 'Показать',
  clear: 'Сбросить',
  periodNote: 'Период считает заявки по дню подачи, объекты каталогов — по дню добавления.',
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить показатели.',
  retry: 'Повторить',
  table: 'Таблица',
  csv: 'CSV',
  noRows: 'С такими фильтрами показывать нечего.',
  demandLink: 'Что спрашивали в анкете',
  funnel: {
    heading: 'Заявки: от подачи до решения',
    lead: 'Поданные за период, по программам',
    programme: 'Программа',
    open: 'В работе',
    approved: 'Одобрены',
    rejected: 'Отклонены',
    withdrawn: 'Отозваны',
  },
  decisions: {
    heading: 'Решения и сроки',
    lead: 'Доля просроченных {share}; медиана {days} дн. от подачи до решения',
    onTime: 'Решены в срок',
    late: 'Решены с опозданием',
    openInTime: 'В работе, в срок',
    openOverdue: 'В работе, просрочены',
    overdueShare: 'Доля просроченных',
    medianDays: 'Медиана, дней',
    total: 'Все программы',
  },
  participants: { heading: 'Участники СЭЗ', zone: 'Зона', registered: 'Зарегистрированы', operating: 'Работают' },
  capacity: {
    heading: 'Занятая мощность СЭЗ',
    lead: 'Доля максимума каждой сети, занятая действующими резервами',
    utility: 'Сеть',
    takenShare: 'Занято, %',
    maximum: 'Максимум',
    taken: 'Занято',
  },
  slots: { heading: 'Участки СЭЗ по статусу', status: 'Статус', plots: 'Участков' },
  ppp: { heading: 'Проекты ГЧП по стадиям', stage: 'Стадия', projects: 'Проектов', capex: 'Инвестиции, ₸' },
  sectors: {
    heading: 'Возможности по отраслям',
    sector: 'Отрасль',
    opportunities: 'Возможностей',
    importValue: 'Импорт, USD',
  },
  districts: { heading: 'Возможности по районам', district: 'Район' },
};

const kk: DashboardStrings = {
  title: 'Көрсеткіштер тақтасы',
  lead: 'Карта қалай жұмыс істейді: өтінімдер мен шешімдер, арнайы экономикалық аймақ, МЖӘ жобалары және мүмкіндіктер. Әр графиктің кестесі және CSV жүктеуі бар.',
  from: 'Басы',
  to: 'Соңы',
  district: 'Аудан',
  anyDistrict: 'Барлық аудандар',
  apply: 'Көрсету',
  clear: 'Тазарту',
  periodNote: 'Кезең өтінімдерді берілген күні, каталог нысандарын қосылған күні бойынша санайды.',
  loading: 'Жүктелуде…',
  loadFailed: 'Көрсеткіштер жүктелмеді.',
  retry: 'Қайталау',
  table: 'Кесте',
  csv: 'CSV',
  noRows: 'Бұл сүзгілер бойынша көрсететін ештеңе жоқ.',
  demandLink: 'Сауалнамада не сұралды',
  funnel: {
    heading: 'Өтінімдер: берілгеннен шешімге дейін',
    lead: 'Кезеңде берілгендер, бағдарламалар бойынша',
    programme: 'Бағдарлама',
    open: 'Қаралуда',
    approved: 'Мақұлданды',
    rejected: 'Қабылданбады',
    withdrawn: 'Кері қайтарылды',
  },
  decisions: {
    heading: 'Шешімдер және мерзімдер',
    lead: 'Мерзімі өткендер үлесі {share}; берілгеннен шешімге дейін медиана {days} күн',
    onTime: 'Мерзімінде шешілді',
    late: 'Кешігіп шешілді',
    openInTime: 'Қаралуда, мерзімінде',
    openOverdue: 'Қаралуда, мерзімі өтті',
    overdueShare: 'Мерзімі өткендер үлесі',
    medianDays: 'Медиана, күн',
    total: 'Барлық бағдарламалар',
  },
  participants: { heading: 'АЭА қатысушылары', zone: 'Аймақ', registered: 'Тіркелген', operating: 'Жұмыс істейді' },
  capacity: {
    heading: 'АЭА-ның алынған қуаты',
    lead: 'Әр желінің ең жоғары қуатының қолданыстағы брондар алған үлесі',
    utility: 'Желі',
    takenShare: 'Алынды, %',
    maximum: 'Ең жоғары',
    taken: 'Алынды',
  },
  slots: { heading: 'АЭА учаскелері мәртебесі бойынша', status: 'Мәртебесі', plots: 'Учаске' },
  ppp: { heading: 'МЖӘ жобалары кезеңдер бойынша', stage: 'Кезең', projects: 'Жоба', capex: 'Инвестиция, ₸' },
  sectors: {
    heading: 'Мүмкіндіктер салалар бойынша',
    sector: 'Сала',
    opportunities: 'Мүмкіндік',
    importValue: 'Импорт, USD',
  },
  districts: { heading: 'Мүмкіндіктер аудандар бойынша', district: 'Аудан' },
};

export const DASHBOARD_STRINGS: Readonly<Record<Lang, DashboardStrings>> = { kk, ru, en };
