import type { Lang } from '@kbdm/shared/domain';

/**
 * The applicant's pages' own strings, in this lazy chunk rather than in the dictionaries every
 * visitor downloads; `{name}` marks a value filled in. The form's labels, the history, the
 * deadline and the messages come from `APPLICATION_STRINGS` (applications/web-data-access).
 */
export type ApplyStrings = {
  mine: {
    title: string;
    lead: string;
    status: string;
    anyStatus: string;
    loading: string;
    loadFailed: string;
    retry: string;
    found: string;
    empty: string;
    emptyFiltered: string;
    emptyLead: string;
    browseProgrammes: string;
    browseOpportunities: string;
    startQuestionnaire: string;
    clearFilter: string;
    untitled: string;
    updated: string;
    listLabel: string;
  };
  create: {
    title: string;
    preparing: string;
    wrongLink: string;
    failed: string;
    retry: string;
    toCatalogue: string;
  };
  page: {
    back: string;
    untitled: string;
    question: string;
    egovTitle: string;
    egovText: string;
    egovLink: string;
    egovCheck: string;
    egovReady: string;
    answersHeading: string;
    documentsHeading: string;
    submit: string;
    submitting: string;
    submitted: string;
    submitLead: string;
    resubmit: string;
    resubmitTitle: string;
    resubmitText: string;
    answerLabel: string;
    resubmitted: string;
    withdraw: string;
    withdrawTitle: string;
    withdrawText: string;
    withdrawConfirm: string;
    withdrawn: string;
    needsAttention: string;
    conflict: string;
    failed: string;
    close: string;
    unsaved: string;
  };
  save: {
    auto: string;
    saving: string;
    saved: string;
    failed: string;
    failedFields: string;
    retry: string;
    conflict: string;
  };
  form: {
    applicantHeading: string;
    projectHeading: string;
    moneyHeading: string;
    noSectorMatch: string;
    chooseDistrict: string;
    description: string;
    requiredNote: string;
  };
  documents: {
    required: string;
    other: string;
    otherLead: string;
    upload: string;
    uploadFor: string;
    uploadOther: string;
    accepted: string;
    uploading: string;
    delete: string;
    deleteLabel: string;
    deleted: string;
    missing: string;
    tooLarge: string;
    wrongType: string;
    uploadFailed: string;
    dismiss: string;
  };
};

const ru: ApplyStrings = {
  mine: {
    title: 'Мои заявки',
    lead: 'Черновики и поданные заявки на программы поддержки, возможности импортозамещения и проекты ГЧП.',
    status: 'Статус',
    anyStatus: 'Любой статус',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить заявки.',
    retry: 'Повторить',
    found: 'Заявок: {count}',
    empty: 'У вас пока нет заявок.',
    emptyFiltered: 'Заявок с таким статусом нет.',
    emptyLead:
      'Выберите программу или возможность и нажмите «Подать заявку» на её странице — или пройдите короткую анкету, чтобы узнать, что вам подходит.',
    browseProgrammes: 'Программы поддержки',
    browseOpportunities: 'Возможности импортозамещения',
    startQuestionnaire: 'Пройти анкету',
    clearFilter: 'Показать все',
    untitled: 'Проект без названия',
    updated: 'Изменена {date}',
    listLabel: 'Мои заявки',
  },
  create: {
    title: 'Новая заявка',
    preparing: 'Готовим черновик заявки…',
    wrongLink: 'В ссылке не указано, на что подаётся заявка.',
    failed: 'Не удалось создать заявку.',
    retry: 'Повторить',
    toCatalogue: 'К программам поддержки',
  },
  page: {
    back: 'Мои заявки',
    untitled: 'Проект без названия',
    question: 'Вопрос сотрудника программы',
    egovTitle: 'Эта заявка подаётся на eGov',
    egovText:
      'По закону заявку на эту программу подают на портале электронного правительства. Здесь вы готовите её: ответы и документы проверяются и хранятся на портале, чтобы перенести их на eGov.',
    egovLink: 'Перейти на egov.kz',
    egovCheck: 'Проверить заявку',
    egovReady: 'Всё нужное заполнено: заявку можно подавать на eGov.',
    answersHeading: 'Ответы',
    documentsHeading: 'Документы',
    submit: 'Подать заявку',
    submitting: 'Подаём…',
    submitted: 'Заявка {reference} подана.',
    submitLead:
      'Перед подачей мы проверим ответы. После подачи изменить их можно будет, только если сотрудник запросит сведения.',
    resubmit: 'Отправить ответ и подать повторно',
    resubmitTitle: 'Ответ сотруднику программы',
    resubmitText: 'Исправленные ответы и документы уйдут вместе с вашим ответом.',
    answerLabel: 'Ваш ответ',
    resubmitted: 'Ответ отправлен, заявка подана повторно.',
    withdraw: 'Отозвать заявку',
    withdrawTitle: 'Отозвать заявку?',
    withdrawText: 'Рассмотрение прекратится, вернуть заявку будет нельзя.',
    withdrawConfirm: 'Отозвать',
    withdrawn: 'Заявка отозвана.',
    needsAttention: 'Проверьте отмеченные ответы: {count}.',
    conflict: 'Пока вы работали, заявка изменилась: на странице теперь её текущее состояние.',
    failed: 'Не получилось.',
    close: 'Закрыть',
    unsaved: 'Последние изменения ещё сохраняются.',
  },
  save: {
    auto: 'Изменения сохраняются автоматически.',
    saving: 'Сохранение…',
    saved: 'Сохранено в {time}',
    failed: 'Не сохранено.',
    failedFields: 'Не сохранено: проверьте отмеченные поля.',
    retry: 'Сохранить снова',
    conflict:
      'Заявку изменили в другом окне или на другом устройстве: показаны сохранённые ответы. Проверьте последние изменения.',
  },
  form: {
    applicantHeading: 'Заявитель',
    projectHeading: 'Проект',
    moneyHeading: 'Деньги',
    noSectorMatch: 'Нет подходящей отрасли',
    chooseDistrict: 'Не выбран',
    description: 'До {max} символов',
    requiredNote: 'Поля со звёздочкой (*) нужны для подачи; черновик можно сохранять и без них.',
  },
  documents: {
    required: 'Обязательные документы',
    other: 'Другие документы',
    otherLead: 'Всё, что поможет рассмотреть заявку.',
    upload: 'Загрузить файл',
    uploadFor: 'Загрузить файл: {name}',
    uploadOther: 'Загрузить другой документ',
    accepted: 'PDF, JPEG, PNG или DOCX',
    uploading: 'Загрузка {name}',
    delete: 'Удалить',
    deleteLabel: 'Удалить {name}',
    deleted: 'Файл {name} удалён.',
    missing: 'Ещё не загружен',
    tooLarge: 'Файл {name} слишком большой.',
    wrongType: 'Файл {name}: подходят только PDF, JPEG, PNG или DOCX.',
    uploadFailed: 'Файл {name} не загружен.',
    dismiss: 'Понятно',
  },
};

const kk: ApplyStrings = {
  mine: {
    title: 'Менің өтінімдерім',
    lead: 'Қолдау бағдарламаларына, импортты алмастыру мүмкіндіктеріне және МЖӘ жобаларына арналған қаралама мен берілген өтінімдер.',
    status: 'Мәртебесі',
    anyStatus: 'Кез келген мәртебе',
    loading: 'Жүктелуде…',
    loadFailed: 'Өтінімдерді жүктеу мүмкін болмады.',
    retry: 'Қайталау',
    found: 'Өтінімдер: {count}',
    empty: 'Сізде әзірге өтінім жоқ.',
    emptyFiltered: 'Мұндай мәртебедегі өтінім жоқ.',
    emptyLead:
      'Бағдарламаны немесе мүмкіндікті таңдап, оның бетінде «Өтінім беру» түймесін басыңыз — не өзіңізге не сай келетінін білу үшін қысқа сауалнамадан өтіңіз.',
    browseProgrammes: 'Қолдау бағдарламалары',
    browseOpportunities: 'Импортты алмастыру мүмкіндіктері',
    startQuestionnaire: 'Сауалнамадан өту',
    clearFilter: 'Барлығын көрсету',
    untitled: 'Атауы жоқ жоба',
    updated: 'Өзгертілді: {date}',
    listLabel: 'Менің өтінімдерім',
  },
  create: {
    title: 'Жаңа өтінім',
    preparing: 'Өтінім қараламасы дайындалуда…',
    wrongLink: 'Сілтемеде өтінім неге берілетіні көрсетілмеген.',
    failed: 'Өтінім жасау мүмкін болмады.',
    retry: 'Қайталау',
    toCatalogue: 'Қолдау бағдарламаларына',
  },
  page: {
    back: 'Менің өтінімдерім',
    untitled: 'Атауы жоқ жоба',
    question: 'Бағдарлама қызметкерінің сұрағы',
    egovTitle: 'Бұл өтінім eGov арқылы беріледі',
    egovText:
      'Заң бойынша бұл бағдарламаға өтінім электрондық үкімет порталында беріледі. Мұнда сіз оны дайындайсыз: жауаптар мен құжаттар тексеріліп, eGov-қа көшіру үшін порталда сақталады.',
    egovLink: 'egov.kz сайтына өту',
    egovCheck: 'Өтінімді тексеру',
    egovReady: 'Барлық қажетті мәлімет толтырылды: өтінімді eGov арқылы беруге болады.',
    answersHeading: 'Жауаптар',
    documentsHeading: 'Құжаттар',
    submit: 'Өтінім беру',
    submitting: 'Берілуде…',
    submitted: '{reference} өтінімі берілді.',
    submitLead:
      'Беру алдында жауаптарды тексереміз. Берілгеннен кейін оларды қызметкер мәлімет сұраған жағдайда ғана өзгертуге болады.',
    resubmit: 'Жауап жіберіп, қайта беру',
    resubmitTitle: 'Бағдарлама қызметкеріне жауап',
    resubmitText: 'Түзетілген жауаптар мен құжаттар жауабыңызбен бірге жіберіледі.',
    answerLabel: 'Сіздің жауабыңыз',
    resubmitted: 'Жауап жіберілді, өтінім қайта берілді.',
    withdraw: 'Өтінімді кері шақыру',
    withdrawTitle: 'Өтінімді кері шақырасыз ба?',
    withdrawText: 'Қарау тоқтатылады, өтінімді қайтару мүмкін болмайды.',
    withdrawConfirm: 'Кері шақыру',
    withdrawn: 'Өтінім кері шақырылды.',
    needsAttention: 'Белгіленген жауаптарды тексеріңіз: {count}.',
    conflict: 'Сіз жұмыс істеп жатқанда өтінім өзгерді: бетте енді оның қазіргі күйі көрсетілген.',
    failed: 'Орындалмады.',
    close: 'Жабу',
    unsaved: 'Соңғы өзгерістер әлі сақталуда.',
  },
  save: {
    auto: 'Өзгерістер автоматты түрде сақталады.',
    saving: 'Сақталуда…',
    saved: 'Сақталды: {time}',
    failed: 'Сақталмады.',
    failedFields: 'Сақталмады: белгіленген өрістерді тексеріңіз.',
    retry: 'Қайта сақтау',
    conflict:
      'Өтінім басқа терезеде немесе құрылғыда өзгертілді: сақталған жауаптар көрсетілген. Соңғы өзгерістерді тексеріңіз.',
  },
  form: {
    applicantHeading: 'Өтініш беруші',
    projectHeading: 'Жоба',
    moneyHeading: 'Қаражат',
    noSectorMatch: 'Сәйкес сала жоқ',
    chooseDistrict: 'Таңдалмаған',
    description: '{max} таңбаға дейін',
    requiredNote: 'Жұлдызшамен (*) белгіленген өрістер өтінім беру үшін қажет; қараламаны оларсыз да сақтауға болады.',
  },
  documents: {
    required: 'Міндетті құжаттар',
    other: 'Басқа құжаттар',
    otherLead: 'Өтінімді қарауға көмектесетін кез келген құжат.',
    upload: 'Файл жүктеу',
    uploadFor: 'Файл жүктеу: {name}',
    uploadOther: 'Басқа құжат жүктеу',
    accepted: 'PDF, JPEG, PNG немесе DOCX',
    uploading: '{name} жүктелуде',
    delete: 'Жою',
    deleteLabel: '{name} жою',
    deleted: '{name} файлы жойылды.',
    missing: 'Әлі жүктелмеген',
    tooLarge: '{name} файлы тым үлкен.',
    wrongType: '{name} файлы: тек PDF, JPEG, PNG немесе DOCX жарамды.',
    uploadFailed: '{name} файлы жүктелмеді.',
    dismiss: 'Түсінікті',
  },
};

const en: ApplyStrings = {
  mine: {
    title: 'My applications',
    lead: 'Your drafts and submitted applications to support programmes, import-substitution opportunities and PPP projects.',
    status: 'Status',
    anyStatus: 'Any status',
    loading: 'Loading…',
    loadFailed: 'Your applications could not be loaded.',
    retry: 'Try again',
    found: 'Applications: {count}',
    empty: 'You have no applications yet.',
    emptyFiltered: 'No applications with this status.',
    emptyLead:
      'Pick a programme or an opportunity and press “Apply” on its page — or answer a short questionnaire to see what fits you.',
    browseProgrammes: 'Support programmes',
    browseOpportunities: 'Import-substitution opportunities',
    startQuestionnaire: 'Take the questionnaire',
    clearFilter: 'Show all',
    untitled: 'Untitled project',
    updated: 'Updated {date}',
    listLabel: 'My applications',
  },
  create: {
    title: 'New application',
    preparing: 'Preparing your draft…',
    wrongLink: 'This link does not say what to apply for.',
    failed: 'The application could not be started.',
    retry: 'Try again',
    toCatalogue: 'To the support programmes',
  },
  page: {
    back: 'My applications',
    untitled: 'Untitled project',
    question: 'The programme officer asks',
    egovTitle: 'This application is filed on eGov',
    egovText:
      'By law, applications to this programme are filed on the e-government portal. Here you prepare it: the answers and documents are checked and kept on this portal, ready to take to eGov.',
    egovLink: 'Go to egov.kz',
    egovCheck: 'Check the application',
    egovReady: 'Everything needed is filled in: the application is ready to file on eGov.',
    answersHeading: 'Answers',
    documentsHeading: 'Documents',
    submit: 'Submit application',
    submitting: 'Submitting…',
    submitted: 'Application {reference} is submitted.',
    submitLead:
      'The answers are checked before they go. Once submitted, they can change only if the officer asks for information.',
    resubmit: 'Send answer and resubmit',
    resubmitTitle: 'Your answer to the programme officer',
    resubmitText: 'The corrected answers and documents go with your answer.',
    answerLabel: 'Your answer',
    resubmitted: 'Answer sent, application resubmitted.',
    withdraw: 'Withdraw application',
    withdrawTitle: 'Withdraw the application?',
    withdrawText: 'The review stops, and the application cannot be taken back.',
    withdrawConfirm: 'Withdraw',
    withdrawn: 'The application is withdrawn.',
    needsAttention: 'Check the marked answers: {count}.',
    conflict: 'The application changed while you were working on it: the page now shows it as it is.',
    failed: 'That did not work.',
    close: 'Close',
    unsaved: 'Your last changes are still being saved.',
  },
  save: {
    auto: 'Changes are saved automatically.',
    saving: 'Saving…',
    saved: 'Saved at {time}',
    failed: 'Not saved.',
    failedFields: 'Not saved: check the marked fields.',
    retry: 'Save again',
    conflict:
      'The application was changed in another window or on another device: the saved answers are shown. Check your last changes.',
  },
  form: {
    applicantHeading: 'Applicant',
    projectHeading: 'Project',
    moneyHeading: 'Money',
    noSectorMatch: 'No sector matches',
    chooseDistrict: 'None chosen',
    description: 'Up to {max} characters',
    requiredNote: 'Fields marked * are needed to submit; the draft is saved without them too.',
  },
  documents: {
    required: 'Required documents',
    other: 'Other documents',
    otherLead: 'Anything that helps to review the application.',
    upload: 'Upload a file',
    uploadFor: 'Upload a file: {name}',
    uploadOther: 'Upload another document',
    accepted: 'PDF, JPEG, PNG or DOCX',
    uploading: 'Uploading {name}',
    delete: 'Delete',
    deleteLabel: 'Delete {name}',
    deleted: '{name} is deleted.',
    missing: 'Not uploaded yet',
    tooLarge: '{name} is too large.',
    wrongType: '{name}: only PDF, JPEG, PNG or DOCX files are accepted.',
    uploadFailed: '{name} was not uploaded.',
    dismiss: 'Dismiss',
  },
};

export const APPLY_STRINGS: Readonly<Record<Lang, ApplyStrings>> = { kk, ru, en };
