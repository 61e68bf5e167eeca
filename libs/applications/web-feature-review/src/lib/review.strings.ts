import type { ApplicationAction, QueueSort } from '@kbdm/applications/domain';
import type { Lang } from '@kbdm/shared/domain';

type ActionText = { button: string; title: string; text: string; done: string };

/**
 * The officers' pages' own strings, in this lazy chunk rather than in the dictionaries every
 * visitor downloads; `{name}` marks a value filled in. Shared labels (the form's fields, the
 * history, the deadline, the messages) come from `APPLICATION_STRINGS`.
 */
export type ReviewStrings = {
  queue: {
    title: string;
    lead: string;
    filters: string;
    statusLabel: string;
    all: string;
    overdue: string;
    programme: string;
    district: string;
    assignee: string;
    anyone: string;
    me: string;
    nobody: string;
    search: string;
    searchButton: string;
    sort: string;
    sorts: Record<QueueSort | 'default', string>;
    clearFilters: string;
    export: string;
    exporting: string;
    exportFailed: string;
    loading: string;
    loadFailed: string;
    retry: string;
    empty: string;
    found: string;
    tableLabel: string;
    columns: {
      reference: string;
      applicant: string;
      target: string;
      district: string;
      status: string;
      assignee: string;
      deadline: string;
    };
    take: string;
    takeLabel: string;
    taken: string;
    takenElsewhere: string;
    failed: string;
    paused: string;
    none: string;
    close: string;
  };
  review: {
    back: string;
    submitted: string;
    assignmentHeading: string;
    assignedTo: string;
    unassigned: string;
    take: string;
    assignTo: string;
    assign: string;
    release: string;
    assigned: string;
    released: string;
    officersFailed: string;
    actionsHeading: string;
    noActions: string;
    actions: Record<ApplicationAction, ActionText>;
    conflict: string;
    assignedElsewhere: string;
    failed: string;
    close: string;
    answersHeading: string;
    documentsHeading: string;
  };
};

const ru: ReviewStrings = {
  queue: {
    title: 'Заявки',
    lead: 'Поданные заявки: сначала просроченные, затем с ближайшим сроком решения.',
    filters: 'Фильтры',
    statusLabel: 'Статусы',
    all: 'Все',
    overdue: 'Только просроченные',
    programme: 'Программа',
    district: 'Район',
    assignee: 'Исполнитель',
    anyone: 'Любой',
    me: 'Назначены мне',
    nobody: 'Без исполнителя',
    search: 'Номер, проект или заявитель',
    searchButton: 'Найти',
    sort: 'Порядок',
    sorts: {
      default: 'Сначала просроченные',
      decisionDue: 'Ближайший срок первым',
      '-decisionDue': 'Дальний срок первым',
      submittedAt: 'Давно поданные первыми',
      '-submittedAt': 'Недавно поданные первыми',
    },
    clearFilters: 'Сбросить фильтры',
    export: 'Выгрузить CSV',
    exporting: 'Готовим CSV…',
    exportFailed: 'Не удалось выгрузить CSV.',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить заявки.',
    retry: 'Повторить',
    empty: 'Нет заявок с такими фильтрами.',
    found: 'Заявок: {count}',
    tableLabel: 'Очередь заявок',
    columns: {
      reference: 'Номер',
      applicant: 'Заявитель',
      target: 'На что',
      district: 'Район',
      status: 'Статус',
      assignee: 'Исполнитель',
      deadline: 'Срок решения',
    },
    take: 'Взять',
    takeLabel: 'Взять заявку {reference}',
    taken: 'Заявка {reference} теперь ваша.',
    takenElsewhere: 'Заявку {reference} уже взял коллега.',
    failed: 'Не получилось.',
    paused: 'Остановлен: осталось рабочих дней — {days}',
    none: '—',
    close: 'Закрыть',
  },
  review: {
    back: 'Заявки',
    submitted: 'Подана {date}',
    assignmentHeading: 'Исполнитель',
    assignedTo: 'Назначена: {name}',
    unassigned: 'Пока никому не назначена.',
    take: 'Взять себе',
    assignTo: 'Назначить сотруднику',
    assign: 'Назначить',
    release: 'Снять назначение',
    assigned: 'Назначена: {name}.',
    released: 'Назначение снято.',
    officersFailed: 'Не удалось загрузить список сотрудников.',
    actionsHeading: 'Решение',
    noActions: 'Сейчас решать нечего.',
    actions: {
      start_review: {
        button: 'Начать рассмотрение',
        title: 'Начать рассмотрение?',
        text: 'Заявка будет назначена вам, если она ещё без исполнителя.',
        done: 'Рассмотрение начато.',
      },
      request_information: {
        button: 'Запросить сведения',
        title: 'Запросить сведения у заявителя',
        text: 'Срок решения остановится, пока заявитель отвечает. Напишите, что нужно добавить или исправить.',
        done: 'Сведения запрошены, заявитель получит уведомление.',
      },
      approve: {
        button: 'Одобрить',
        title: 'Одобрить заявку?',
        text: 'Заявитель получит уведомление о решении.',
        done: 'Заявка одобрена.',
      },
      reject: {
        button: 'Отклонить',
        title: 'Отклонить заявку',
        text: 'Причина будет показана заявителю.',
        done: 'Заявка отклонена.',
      },
      submit: { button: 'Подать', title: 'Подать заявку?', text: '', done: 'Заявка подана.' },
      withdraw: { button: 'Отозвать', title: 'Отозвать заявку?', text: '', done: 'Заявка отозвана.' },
      resubmit: { button: 'Подать повторно', title: 'Подать повторно?', text: '', done: 'Заявка подана повторно.' },
    },
    conflict: 'Коллега успел раньше: заявка показана такой, какая она сейчас.',
    assignedElsewhere: 'Заявка назначена коллеге: сначала её нужно переназначить.',
    failed: 'Не получилось.',
    close: 'Закрыть',
    answersHeading: 'Ответы заявителя',
    documentsHeading: 'Документы',
  },
};

const kk: ReviewStrings = {
  queue: {
    title: 'Өтінімдер',
    lead: 'Берілген өтінімдер: алдымен мерзімі өткендері, содан кейін шешім мерзімі жақындары.',
    filters: 'Сүзгілер',
    statusLabel: 'Мәртебелер',
    all: 'Барлығы',
    overdue: 'Тек мерзімі өткендер',
    programme: 'Бағдарлама',
    district: 'Аудан',
    assignee: 'Орындаушы',
    anyone: 'Кез келген',
    me: 'Маған тағайындалған',
    nobody: 'Орындаушысыз',
    search: 'Нөмірі, жоба немесе өтініш беруші',
    searchButton: 'Іздеу',
    sort: 'Реті',
    sorts: {
      default: 'Алдымен мерзімі өткендер',
      decisionDue: 'Жақын мерзім бірінші',
      '-decisionDue': 'Алыс мерзім бірінші',
      submittedAt: 'Ертерек берілгендер бірінші',
      '-submittedAt': 'Жақында берілгендер бірінші',
    },
    clearFilters: 'Сүзгілерді тазалау',
    export: 'CSV жүктеп алу',
    exporting: 'CSV дайындалуда…',
    exportFailed: 'CSV жүктеп алу мүмкін болмады.',
    loading: 'Жүктелуде…',
    loadFailed: 'Өтінімдерді жүктеу мүмкін болмады.',
    retry: 'Қайталау',
    empty: 'Мұндай сүзгілермен өтінім жоқ.',
    found: 'Өтінімдер: {count}',
    tableLabel: 'Өтінімдер кезегі',
    columns: {
      reference: 'Нөмірі',
      applicant: 'Өтініш беруші',
      target: 'Неге',
      district: 'Аудан',
      status: 'Мәртебесі',
      assignee: 'Орындаушы',
      deadline: 'Шешім мерзімі',
    },
    take: 'Алу',
    takeLabel: '{reference} өтінімін алу',
    taken: '{reference} өтінімі енді сізде.',
    takenElsewhere: '{reference} өтінімін әріптесіңіз алып қойған.',
    failed: 'Орындалмады.',
    paused: 'Тоқтатылды: қалған жұмыс күндері — {days}',
    none: '—',
    close: 'Жабу',
  },
  review: {
    back: 'Өтінімдер',
    submitted: 'Берілді: {date}',
    assignmentHeading: 'Орындаушы',
    assignedTo: 'Орындаушы: {name}',
    unassigned: 'Әзірге ешкімге тағайындалмаған.',
    take: 'Өзіме алу',
    assignTo: 'Қызметкерге тағайындау',
    assign: 'Тағайындау',
    release: 'Тағайындауды алып тастау',
    assigned: 'Орындаушы: {name}.',
    released: 'Тағайындау алынып тасталды.',
    officersFailed: 'Қызметкерлер тізімін жүктеу мүмкін болмады.',
    actionsHeading: 'Шешім',
    noActions: 'Қазір шешетін ештеңе жоқ.',
    actions: {
      start_review: {
        button: 'Қарауды бастау',
        title: 'Қарауды бастайсыз ба?',
        text: 'Өтінімнің орындаушысы болмаса, ол сізге тағайындалады.',
        done: 'Қарау басталды.',
      },
      request_information: {
        button: 'Мәлімет сұрау',
        title: 'Өтініш берушіден мәлімет сұрау',
        text: 'Өтініш беруші жауап бергенше шешім мерзімі тоқтатылады. Не қосу немесе түзету керегін жазыңыз.',
        done: 'Мәлімет сұралды, өтініш беруші хабарлама алады.',
      },
      approve: {
        button: 'Мақұлдау',
        title: 'Өтінімді мақұлдайсыз ба?',
        text: 'Өтініш беруші шешім туралы хабарлама алады.',
        done: 'Өтінім мақұлданды.',
      },
      reject: {
        button: 'Қабылдамау',
        title: 'Өтінімді қабылдамау',
        text: 'Себебі өтініш берушіге көрсетіледі.',
        done: 'Өтінім қабылданбады.',
      },
      submit: { button: 'Беру', title: 'Өтінімді бересіз бе?', text: '', done: 'Өтінім берілді.' },
      withdraw: {
        button: 'Кері шақыру',
        title: 'Өтінімді кері шақырасыз ба?',
        text: '',
        done: 'Өтінім кері шақырылды.',
      },
      resubmit: { button: 'Қайта беру', title: 'Қайта бересіз бе?', text: '', done: 'Өтінім қайта берілді.' },
    },
    conflict: 'Әріптесіңіз ертерек әрекет етті: өтінім қазіргі күйінде көрсетілген.',
    assignedElsewhere: 'Өтінім әріптесіңізге тағайындалған: алдымен оны қайта тағайындау керек.',
    failed: 'Орындалмады.',
    close: 'Жабу',
    answersHeading: 'Өтініш берушінің жауаптары',
    documentsHeading: 'Құжаттар',
  },
};

const en: ReviewStrings = {
  queue: {
    title: 'Applications',
    lead: 'Submitted applications: overdue first, then the nearest decision deadline.',
    filters: 'Filters',
    statusLabel: 'Statuses',
    all: 'All',
    overdue: 'Overdue only',
    programme: 'Programme',
    district: 'District',
    assignee: 'Assignee',
    anyone: 'Anyone',
    me: 'Assigned to me',
    nobody: 'Unassigned',
    search: 'Reference, project or applicant',
    searchButton: 'Search',
    sort: 'Order',
    sorts: {
      default: 'Overdue first',
      decisionDue: 'Nearest deadline first',
      '-decisionDue': 'Latest deadline first',
      submittedAt: 'Oldest submission first',
      '-submittedAt': 'Newest submission first',
    },
    clearFilters: 'Clear filters',
    export: 'Export CSV',
    exporting: 'Preparing the CSV…',
    exportFailed: 'The CSV could not be exported.',
    loading: 'Loading…',
    loadFailed: 'The applications could not be loaded.',
    retry: 'Try again',
    empty: 'No applications match these filters.',
    found: 'Applications: {count}',
    tableLabel: 'Queue of applications',
    columns: {
      reference: 'Reference',
      applicant: 'Applicant',
      target: 'For',
      district: 'District',
      status: 'Status',
      assignee: 'Assignee',
      deadline: 'Decision due',
    },
    take: 'Take',
    takeLabel: 'Take application {reference}',
    taken: 'Application {reference} is yours now.',
    takenElsewhere: 'A colleague took application {reference} first.',
    failed: 'That did not work.',
    paused: 'Paused: {days} working days left',
    none: '—',
    close: 'Close',
  },
  review: {
    back: 'Applications',
    submitted: 'Submitted {date}',
    assignmentHeading: 'Assignee',
    assignedTo: 'Assigned to {name}',
    unassigned: 'Not assigned to anyone yet.',
    take: 'Take it',
    assignTo: 'Assign to an officer',
    assign: 'Assign',
    release: 'Unassign',
    assigned: 'Assigned to {name}.',
    released: 'Unassigned.',
    officersFailed: 'The officers could not be loaded.',
    actionsHeading: 'Decision',
    noActions: 'Nothing to decide now.',
    actions: {
      start_review: {
        button: 'Start review',
        title: 'Start the review?',
        text: 'The application is assigned to you if nobody has it yet.',
        done: 'Review started.',
      },
      request_information: {
        button: 'Request information',
        title: 'Ask the applicant for information',
        text: 'The deadline stops while the applicant answers. Say what to add or correct.',
        done: 'Information requested; the applicant is notified.',
      },
      approve: {
        button: 'Approve',
        title: 'Approve the application?',
        text: 'The applicant is notified of the decision.',
        done: 'Application approved.',
      },
      reject: {
        button: 'Reject',
        title: 'Reject the application',
        text: 'The reason is shown to the applicant.',
        done: 'Application rejected.',
      },
      submit: { button: 'Submit', title: 'Submit the application?', text: '', done: 'Application submitted.' },
      withdraw: { button: 'Withdraw', title: 'Withdraw the application?', text: '', done: 'Application withdrawn.' },
      resubmit: { button: 'Resubmit', title: 'Resubmit?', text: '', done: 'Application resubmitted.' },
    },
    conflict: 'Someone else acted first: the application is shown as it is now.',
    assignedElsewhere: 'The application is assigned to a colleague: reassign it first.',
    failed: 'That did not work.',
    close: 'Close',
    answersHeading: 'The applicant’s answers',
    documentsHeading: 'Documents',
  },
};

export const REVIEW_STRINGS: Readonly<Record<Lang, ReviewStrings>> = { kk, ru, en };
