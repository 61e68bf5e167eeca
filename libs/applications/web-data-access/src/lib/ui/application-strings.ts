import type { ApplicationEvent, ApplicationTargetKind, FormField } from '@kbdm/applications/domain';
import type { Lang } from '@kbdm/shared/domain';

/**
 * The strings both application pages share (the applicant's and the officer's): the form's
 * labels, the history, the deadline, the documents and the messages. Kept in the pages' lazy
 * chunks, out of the dictionaries every visitor downloads; `{name}` marks a value filled in.
 * Status labels come from the shared dictionary (`applications.status`), as the bell uses them.
 */
export type ApplicationStrings = {
  targetKind: Record<ApplicationTargetKind, string>;
  fields: Record<FormField, string>;
  hints: {
    applicantName: string;
    binIin: string;
    contactPhone: string;
    sectorCode: string;
    projectCostKzt: string;
    ownContributionKzt: string;
    requestedAmountKzt: string;
  };
  answers: {
    heading: string;
    notAnswered: string;
  };
  errors: {
    required: string;
    binIin: string;
    phone: string;
    district: string;
    sector: string;
    applicantKind: string;
    whole: string;
    between: string;
    tooLong: string;
    exceedsCost: string;
    atLeast: string;
    atMost: string;
    documentRequired: string;
  };
  history: {
    heading: string;
    empty: string;
    actions: Record<ApplicationEvent['action'], string>;
    fromTo: string;
    assignedTo: string;
    released: string;
    reason: string;
  };
  deadline: {
    heading: string;
    notStarted: string;
    due: string;
    overdue: string;
    overdueLabel: string;
    paused: string;
    decided: string;
  };
  documents: {
    heading: string;
    none: string;
    download: string;
    downloadFailed: string;
    uploaded: string;
    other: string;
    kilobytes: string;
    megabytes: string;
  };
  messages: {
    heading: string;
    empty: string;
    loading: string;
    loadFailed: string;
    retry: string;
    label: string;
    hint: string;
    send: string;
    sending: string;
    sendFailed: string;
    notOnDraft: string;
    you: string;
  };
  reasonDialog: {
    reason: string;
    reasonOptional: string;
    cancel: string;
    required: string;
    tooLong: string;
  };
  assignee: {
    label: string;
    nobody: string;
  };
  loading: string;
  loadFailed: string;
  retry: string;
  notFound: string;
  applicant: string;
  target: string;
  reference: string;
  submittedAt: string;
  updatedAt: string;
};

const ru: ApplicationStrings = {
  targetKind: {
    programme: 'Программа поддержки',
    opportunity: 'Возможность импортозамещения',
    ppp_project: 'Проект ГЧП',
  },
  fields: {
    applicantKind: 'Кто подаёт заявку',
    applicantName: 'Наименование или ФИО заявителя',
    binIin: 'БИН/ИИН',
    contactPhone: 'Контактный телефон',
    projectTitle: 'Название проекта',
    projectDescription: 'Описание проекта',
    districtCode: 'Район или город',
    sectorCode: 'Отрасль (ОКЭД)',
    requestedAmountKzt: 'Запрашиваемая сумма',
    projectCostKzt: 'Стоимость проекта',
    ownContributionKzt: 'Собственные средства',
    plannedJobs: 'Новые рабочие места',
  },
  hints: {
    applicantName: 'Как в свидетельстве о регистрации',
    binIin: '12 цифр',
    contactPhone: 'Например +7 701 123 45 67 или 8 701 123 45 67',
    sectorCode: 'Начните вводить код или название',
    projectCostKzt: 'Вся стоимость проекта в тенге',
    ownContributionKzt: 'Сколько вы вкладываете сами, в тенге',
    requestedAmountKzt: 'Сколько вы просите у программы, в тенге',
  },
  answers: { heading: 'Ответы заявителя', notAnswered: 'нет ответа' },
  errors: {
    required: 'Нужно для подачи заявки.',
    binIin: 'БИН/ИИН — 12 цифр с верной контрольной цифрой.',
    phone: 'Телефон — +7 и десять цифр.',
    district: 'Выберите район или город Карагандинской области.',
    sector: 'Выберите отрасль из списка.',
    applicantKind: 'Выберите, кто подаёт заявку.',
    whole: 'Введите целое число.',
    between: 'Введите число от {min} до {max}.',
    tooLong: 'Не длиннее {max} символов.',
    exceedsCost: 'Не может быть больше стоимости проекта.',
    atLeast: 'Программа выдаёт не меньше {amount}.',
    atMost: 'Программа выдаёт не больше {amount}.',
    documentRequired: 'Загрузите этот документ.',
  },
  history: {
    heading: 'История',
    empty: 'Пока ничего не произошло.',
    actions: {
      created: 'Черновик создан',
      submit: 'Заявка подана',
      withdraw: 'Заявка отозвана',
      start_review: 'Рассмотрение начато',
      request_information: 'Запрошены сведения',
      resubmit: 'Ответ отправлен, заявка подана повторно',
      approve: 'Заявка одобрена',
      reject: 'Заявка отклонена',
      assigned: 'Назначение изменено',
    },
    fromTo: '{from} → {to}',
    assignedTo: 'Назначена: {name}',
    released: 'Снова без исполнителя',
    reason: 'Причина',
  },
  deadline: {
    heading: 'Срок решения',
    notStarted: 'Срок решения начнёт идти, когда заявка будет подана.',
    due: 'Решение — до {date}.',
    overdue: 'Решение ожидалось до {date}.',
    overdueLabel: 'Просрочено',
    paused: 'Срок остановлен, пока заявитель отвечает: после ответа останется рабочих дней — {days}.',
    decided: 'Решение принято {date}.',
  },
  documents: {
    heading: 'Документы',
    none: 'Документов нет.',
    download: 'Скачать',
    downloadFailed: 'Не удалось скачать файл.',
    uploaded: 'загружен {date}, {name}',
    other: 'Другие документы',
    kilobytes: '{size} КБ',
    megabytes: '{size} МБ',
  },
  messages: {
    heading: 'Переписка',
    empty: 'Сообщений пока нет.',
    loading: 'Загрузка сообщений…',
    loadFailed: 'Не удалось загрузить сообщения.',
    retry: 'Повторить',
    label: 'Сообщение',
    hint: 'До {max} символов',
    send: 'Отправить',
    sending: 'Отправка…',
    sendFailed: 'Сообщение не отправлено.',
    notOnDraft: 'Переписка откроется, когда заявка будет подана.',
    you: 'вы',
  },
  reasonDialog: {
    reason: 'Причина',
    reasonOptional: 'Причина (необязательно)',
    cancel: 'Отмена',
    required: 'Укажите причину.',
    tooLong: 'Не длиннее {max} символов.',
  },
  assignee: { label: 'Исполнитель', nobody: 'Не назначена' },
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить заявку.',
  retry: 'Повторить',
  notFound: 'Заявка не найдена или недоступна вам.',
  applicant: 'Заявитель',
  target: 'На что подана',
  reference: 'Номер',
  submittedAt: 'Подана',
  updatedAt: 'Изменена',
};

const kk: ApplicationStrings = {
  targetKind: {
    programme: 'Қолдау бағдарламасы',
    opportunity: 'Импортты алмастыру мүмкіндігі',
    ppp_project: 'МЖӘ жобасы',
  },
  fields: {
    applicantKind: 'Өтінімді кім береді',
    applicantName: 'Өтініш берушінің атауы немесе аты-жөні',
    binIin: 'БСН/ЖСН',
    contactPhone: 'Байланыс телефоны',
    projectTitle: 'Жоба атауы',
    projectDescription: 'Жоба сипаттамасы',
    districtCode: 'Аудан немесе қала',
    sectorCode: 'Сала (ЭҚЖЖ)',
    requestedAmountKzt: 'Сұралатын сома',
    projectCostKzt: 'Жоба құны',
    ownContributionKzt: 'Өз қаражаты',
    plannedJobs: 'Жаңа жұмыс орындары',
  },
  hints: {
    applicantName: 'Тіркеу куәлігіндегідей',
    binIin: '12 цифр',
    contactPhone: 'Мысалы +7 701 123 45 67 немесе 8 701 123 45 67',
    sectorCode: 'Кодты немесе атауды тере бастаңыз',
    projectCostKzt: 'Жобаның толық құны, теңгемен',
    ownContributionKzt: 'Өзіңіз салатын қаражат, теңгемен',
    requestedAmountKzt: 'Бағдарламадан сұрайтын сома, теңгемен',
  },
  answers: { heading: 'Өтініш берушінің жауаптары', notAnswered: 'жауап жоқ' },
  errors: {
    required: 'Өтінім беру үшін қажет.',
    binIin: 'БСН/ЖСН — бақылау цифры дұрыс 12 цифр.',
    phone: 'Телефон — +7 және он цифр.',
    district: 'Қарағанды облысының ауданын немесе қаласын таңдаңыз.',
    sector: 'Тізімнен саланы таңдаңыз.',
    applicantKind: 'Өтінімді кім беретінін таңдаңыз.',
    whole: 'Бүтін сан енгізіңіз.',
    between: '{min} мен {max} аралығындағы сан енгізіңіз.',
    tooLong: '{max} таңбадан аспауы керек.',
    exceedsCost: 'Жоба құнынан аспауы керек.',
    atLeast: 'Бағдарлама кемінде {amount} береді.',
    atMost: 'Бағдарлама ең көбі {amount} береді.',
    documentRequired: 'Осы құжатты жүктеңіз.',
  },
  history: {
    heading: 'Тарих',
    empty: 'Әзірге ештеңе болған жоқ.',
    actions: {
      created: 'Қаралама жасалды',
      submit: 'Өтінім берілді',
      withdraw: 'Өтінім кері шақырылды',
      start_review: 'Қарау басталды',
      request_information: 'Мәлімет сұралды',
      resubmit: 'Жауап жіберілді, өтінім қайта берілді',
      approve: 'Өтінім мақұлданды',
      reject: 'Өтінім қабылданбады',
      assigned: 'Орындаушы өзгерді',
    },
    fromTo: '{from} → {to}',
    assignedTo: 'Орындаушы: {name}',
    released: 'Қайтадан орындаушысыз',
    reason: 'Себебі',
  },
  deadline: {
    heading: 'Шешім мерзімі',
    notStarted: 'Шешім мерзімі өтінім берілген кезде басталады.',
    due: 'Шешім мерзімі: {date}.',
    overdue: 'Шешім {date} қабылдануы тиіс еді.',
    overdueLabel: 'Мерзімі өтті',
    paused: 'Өтініш беруші жауап бергенше мерзім тоқтатылды: жауаптан кейін қалатын жұмыс күндері — {days}.',
    decided: 'Шешім қабылданған күн: {date}.',
  },
  documents: {
    heading: 'Құжаттар',
    none: 'Құжат жоқ.',
    download: 'Жүктеп алу',
    downloadFailed: 'Файлды жүктеп алу мүмкін болмады.',
    uploaded: '{date} жүктелді, {name}',
    other: 'Басқа құжаттар',
    kilobytes: '{size} КБ',
    megabytes: '{size} МБ',
  },
  messages: {
    heading: 'Хат алмасу',
    empty: 'Әзірге хабар жоқ.',
    loading: 'Хабарлар жүктелуде…',
    loadFailed: 'Хабарларды жүктеу мүмкін болмады.',
    retry: 'Қайталау',
    label: 'Хабар',
    hint: '{max} таңбаға дейін',
    send: 'Жіберу',
    sending: 'Жіберілуде…',
    sendFailed: 'Хабар жіберілмеді.',
    notOnDraft: 'Хат алмасу өтінім берілгенде ашылады.',
    you: 'сіз',
  },
  reasonDialog: {
    reason: 'Себебі',
    reasonOptional: 'Себебі (міндетті емес)',
    cancel: 'Болдырмау',
    required: 'Себебін көрсетіңіз.',
    tooLong: '{max} таңбадан аспауы керек.',
  },
  assignee: { label: 'Орындаушы', nobody: 'Тағайындалмаған' },
  loading: 'Жүктелуде…',
  loadFailed: 'Өтінімді жүктеу мүмкін болмады.',
  retry: 'Қайталау',
  notFound: 'Өтінім табылмады немесе сізге қолжетімсіз.',
  applicant: 'Өтініш беруші',
  target: 'Неге берілді',
  reference: 'Нөмірі',
  submittedAt: 'Берілді',
  updatedAt: 'Өзгертілді',
};

const en: ApplicationStrings = {
  targetKind: {
    programme: 'Support programme',
    opportunity: 'Import-substitution opportunity',
    ppp_project: 'PPP project',
  },
  fields: {
    applicantKind: 'Who is applying',
    applicantName: 'Applicant’s name',
    binIin: 'BIN/IIN',
    contactPhone: 'Contact phone',
    projectTitle: 'Project title',
    projectDescription: 'Project description',
    districtCode: 'District or town',
    sectorCode: 'Sector (OKED)',
    requestedAmountKzt: 'Amount requested',
    projectCostKzt: 'Project cost',
    ownContributionKzt: 'Own contribution',
    plannedJobs: 'New jobs',
  },
  hints: {
    applicantName: 'As on the registration certificate',
    binIin: '12 digits',
    contactPhone: 'For example +7 701 123 45 67 or 8 701 123 45 67',
    sectorCode: 'Start typing a code or a name',
    projectCostKzt: 'The whole project’s cost, in tenge',
    ownContributionKzt: 'What you put in yourself, in tenge',
    requestedAmountKzt: 'What you ask the programme for, in tenge',
  },
  answers: { heading: 'The applicant’s answers', notAnswered: 'not answered' },
  errors: {
    required: 'Needed to submit the application.',
    binIin: 'A BIN/IIN is 12 digits with a valid control digit.',
    phone: 'A phone number is +7 and ten digits.',
    district: 'Choose a district or town of Karaganda region.',
    sector: 'Choose a sector from the list.',
    applicantKind: 'Choose who is applying.',
    whole: 'Enter a whole number.',
    between: 'Enter a number from {min} to {max}.',
    tooLong: 'At most {max} characters.',
    exceedsCost: 'Cannot be more than the project cost.',
    atLeast: 'The programme lends no less than {amount}.',
    atMost: 'The programme lends no more than {amount}.',
    documentRequired: 'Upload this document.',
  },
  history: {
    heading: 'History',
    empty: 'Nothing has happened yet.',
    actions: {
      created: 'Draft created',
      submit: 'Application submitted',
      withdraw: 'Application withdrawn',
      start_review: 'Review started',
      request_information: 'Information requested',
      resubmit: 'Answer sent, application resubmitted',
      approve: 'Application approved',
      reject: 'Application rejected',
      assigned: 'Assignment changed',
    },
    fromTo: '{from} → {to}',
    assignedTo: 'Assigned to {name}',
    released: 'Unassigned again',
    reason: 'Reason',
  },
  deadline: {
    heading: 'Decision deadline',
    notStarted: 'The decision deadline starts when the application is submitted.',
    due: 'Decision due by {date}.',
    overdue: 'The decision was due by {date}.',
    overdueLabel: 'Overdue',
    paused: 'The deadline is paused while the applicant answers: {days} working days will be left after the answer.',
    decided: 'Decided on {date}.',
  },
  documents: {
    heading: 'Documents',
    none: 'No documents.',
    download: 'Download',
    downloadFailed: 'The file could not be downloaded.',
    uploaded: 'uploaded {date} by {name}',
    other: 'Other documents',
    kilobytes: '{size} kB',
    megabytes: '{size} MB',
  },
  messages: {
    heading: 'Messages',
    empty: 'No messages yet.',
    loading: 'Loading messages…',
    loadFailed: 'The messages could not be loaded.',
    retry: 'Try again',
    label: 'Message',
    hint: 'Up to {max} characters',
    send: 'Send',
    sending: 'Sending…',
    sendFailed: 'The message was not sent.',
    notOnDraft: 'Messages open once the application is submitted.',
    you: 'you',
  },
  reasonDialog: {
    reason: 'Reason',
    reasonOptional: 'Reason (optional)',
    cancel: 'Cancel',
    required: 'Give a reason.',
    tooLong: 'At most {max} characters.',
  },
  assignee: { label: 'Assignee', nobody: 'Unassigned' },
  loading: 'Loading…',
  loadFailed: 'The application could not be loaded.',
  retry: 'Try again',
  notFound: 'The application does not exist or is not yours to see.',
  applicant: 'Applicant',
  target: 'Applied for',
  reference: 'Reference',
  submittedAt: 'Submitted',
  updatedAt: 'Updated',
};

export const APPLICATION_STRINGS: Readonly<Record<Lang, ApplicationStrings>> = { kk, ru, en };
