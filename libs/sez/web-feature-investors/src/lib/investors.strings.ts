import type { InvestorRequestAction, InvestorRequestKind } from '@kbdm/sez/domain';
import type { Lang } from '@kbdm/shared/domain';

/**
 * The investors' pages' strings, in this lazy chunk; `{name}` marks a value filled in. Status
 * labels are in the shared dictionary (`investors.status`): the notification bell says them too.
 */
export type InvestorStrings = {
  landing: {
    title: string;
    lead: string;
    zone: string;
    needs: string;
    sector: string;
    sectorHint: string;
    area: string;
    power: string;
    water: string;
    gas: string;
    budget: string;
    budgetHint: string;
    find: string;
    clear: string;
    slots: string;
    ppp: string;
    fits: string;
    partly: string;
    compare: string;
    compareSelected: string;
    compareLimit: string;
    details: string;
    reserve: string;
    interest: string;
    loading: string;
    loadFailed: string;
    retry: string;
    none: string;
    myRequests: string;
    invalid: string;
  };
  compare: {
    title: string;
    lead: string;
    empty: string;
    toLanding: string;
    remove: string;
    kind: string;
    slot: string;
    project: string;
    area: string;
    price: string;
    lease: string;
    perHaYear: string;
    capacity: string;
    rail: string;
    road: string;
    railSpur: string;
    industries: string;
    status: string;
    stage: string;
    capex: string;
    term: string;
    years: string;
    tender: string;
    none: string;
    yes: string;
    no: string;
    km: string;
    hectares: string;
    loadFailed: string;
  };
  form: {
    reservationTitle: string;
    interestTitle: string;
    reservationLead: string;
    interestLead: string;
    company: string;
    bin: string;
    product: string;
    sector: string;
    investment: string;
    jobs: string;
    utilities: string;
    utilitiesReservation: string;
    freeHint: string;
    message: string;
    submit: string;
    sending: string;
    failed: string;
    wrongLink: string;
    investorsOnly: string;
    errors: {
      required: string;
      bin: string;
      sector: string;
      number: string;
      whole: string;
      tooMuch: string;
      atLeastOne: string;
      tooLong: string;
    };
  };
  mine: {
    title: string;
    lead: string;
    empty: string;
    toLanding: string;
    expires: string;
    loading: string;
    loadFailed: string;
  };
  request: {
    back: string;
    backQueue: string;
    facts: string;
    company: string;
    bin: string;
    product: string;
    sector: string;
    investment: string;
    jobs: string;
    amounts: string;
    needs: string;
    message: string;
    investor: string;
    recorded: string;
    expires: string;
    participant: string;
    operating: string;
    notOperating: string;
    history: string;
    expiryJob: string;
    actionsHeading: string;
    reason: string;
    reasonRequired: string;
    days: string;
    daysHint: string;
    acting: string;
    actFailed: string;
    moved: string;
    thread: string;
    threadEmpty: string;
    threadClosed: string;
    write: string;
    send: string;
    loading: string;
    loadFailed: string;
    slotCapacity: string;
  };
  queue: {
    title: string;
    lead: string;
    kind: string;
    status: string;
    any: string;
    reference: string;
    target: string;
    company: string;
    investor: string;
    created: string;
    empty: string;
    loading: string;
    loadFailed: string;
    listLabel: string;
  };
  kind: Record<InvestorRequestKind, string>;
  action: Record<Exclude<InvestorRequestAction, 'expire'>, string>;
  event: Record<InvestorRequestAction | 'created', string>;
};

const en: InvestorStrings = {
  landing: {
    title: 'Invest in the Karaganda region',
    lead: 'Tell us what your plant needs: we rank the Special Economic Zone’s plots and the PPP projects by it, with the capacity that is actually still free.',
    zone: '{registered} companies registered in the zone, {operating} of them operating',
    needs: 'What you need',
    sector: 'Sector (OKED)',
    sectorHint: 'e.g. C25 or C25.11',
    area: 'Land, ha',
    power: 'Power, MW',
    water: 'Water, m³/day',
    gas: 'Gas, m³/h',
    budget: 'Budget, ₸',
    budgetHint: 'For the land, or a PPP project’s capex',
    find: 'Find',
    clear: 'Clear',
    slots: 'SEZ plots',
    ppp: 'PPP projects',
    fits: 'Fits every need',
    partly: 'Fits {met} of {total} needs',
    compare: 'Compare',
    compareSelected: 'Compare the chosen ({count})',
    compareLimit: 'Up to four at a time',
    details: 'Details',
    reserve: 'Reserve capacity',
    interest: 'Express interest',
    loading: 'Ranking…',
    loadFailed: 'The ranking could not be loaded.',
    retry: 'Try again',
    none: 'Nothing to show.',
    myRequests: 'My requests',
    invalid: 'Check the highlighted fields.',
  },
  compare: {
    title: 'Compare',
    lead: 'Side by side, with the capacity the ledger leaves free today.',
    empty: 'Nothing chosen yet: pick up to four plots or PPP projects on the investor page.',
    toLanding: 'Choose on the investor page',
    remove: 'Remove',
    kind: 'Kind',
    slot: 'SEZ plot',
    project: 'PPP project',
    area: 'Area',
    price: 'Price',
    lease: 'Lease',
    perHaYear: 'per ha a year',
    capacity: 'Utilities: free of the maximum',
    rail: 'To the railway',
    road: 'To the road',
    railSpur: 'Rail spur on the plot',
    industries: 'Target industries',
    status: 'Status',
    stage: 'Stage',
    capex: 'Capex',
    term: 'Term',
    years: 'years',
    tender: 'Tender until',
    none: '—',
    yes: 'Yes',
    no: 'No',
    km: 'km',
    hectares: 'ha',
    loadFailed: 'Could not be loaded',
  },
  form: {
    reservationTitle: 'Reserve capacity: {target}',
    interestTitle: 'Express interest: {target}',
    reservationLead:
      'The amounts you ask for are held for you while officers of the zone review the request (30 days unless they extend it).',
    interestLead: 'Tell the zone’s management what you would build; nothing is held yet.',
    company: 'Company',
    bin: 'BIN',
    product: 'Product',
    sector: 'Sector (OKED)',
    investment: 'Planned investment, ₸',
    jobs: 'Jobs',
    utilities: 'Utilities you need',
    utilitiesReservation: 'Utilities to reserve',
    freeHint: '{free} {unit} free',
    message: 'Message to the zone',
    submit: 'Send',
    sending: 'Sending…',
    failed: 'The request could not be sent.',
    wrongLink: 'This link names no plot or project.',
    investorsOnly: 'Requests are sent from an investor’s account.',
    errors: {
      required: 'Required',
      bin: '12 digits with a valid control digit',
      sector: 'An OKED code such as C25',
      number: 'A number of 0 or more',
      whole: 'A whole number of 0 or more',
      tooMuch: 'Only {free} free',
      atLeastOne: 'Give at least one utility to reserve',
      tooLong: 'At most {max} characters',
    },
  },
  mine: {
    title: 'My requests',
    lead: 'Your reservations and expressions of interest, newest first.',
    empty: 'No requests yet.',
    toLanding: 'Find a plot or a project',
    expires: 'held until {date}',
    loading: 'Loading…',
    loadFailed: 'Your requests could not be loaded.',
  },
  request: {
    back: 'My requests',
    backQueue: 'Investor requests',
    facts: 'The request',
    company: 'Company',
    bin: 'BIN',
    product: 'Product',
    sector: 'Sector',
    investment: 'Planned investment',
    jobs: 'Jobs',
    amounts: 'Capacity held',
    needs: 'Utilities needed',
    message: 'Message',
    investor: 'Investor',
    recorded: 'Recorded by the zone',
    expires: 'Held until',
    participant: 'Zone participant',
    operating: 'operating',
    notOperating: 'registered, not yet producing',
    history: 'History',
    expiryJob: 'Expiry',
    actionsHeading: 'Next step',
    reason: 'Reason',
    reasonRequired: 'A reason is required for this step',
    days: 'Days',
    daysHint: 'For a hold or its extension',
    acting: 'Saving…',
    actFailed: 'The step could not be made.',
    moved: 'Status: {status}',
    thread: 'Messages',
    threadEmpty: 'No messages yet.',
    threadClosed: 'The request has ended; the thread is closed.',
    write: 'Write a message',
    send: 'Send',
    loading: 'Loading…',
    loadFailed: 'The request could not be loaded.',
    slotCapacity: 'The plot’s capacity now',
  },
  queue: {
    title: 'Investor requests',
    lead: 'Reservations and expressions of interest from every investor, newest first.',
    kind: 'Kind',
    status: 'Status',
    any: 'Any',
    reference: 'Reference',
    target: 'Plot or project',
    company: 'Company',
    investor: 'Investor',
    created: 'Sent',
    empty: 'No requests under these filters.',
    loading: 'Loading…',
    loadFailed: 'The queue could not be loaded.',
    listLabel: 'Investor requests',
  },
  kind: { reservation: 'Reservation', interest: 'Expression of interest' },
  action: {
    hold: 'Hold',
    extend: 'Extend the hold',
    start_negotiation: 'Start negotiation',
    contract: 'Record the contract',
    release: 'Release the capacity',
    withdraw: 'Withdraw',
    record_production: 'Record production start',
    agree: 'Agree',
    decline: 'Decline',
  },
  event: {
    created: 'Sent',
    hold: 'Held',
    extend: 'Hold extended',
    start_negotiation: 'Negotiation started',
    contract: 'Contract recorded',
    release: 'Capacity released',
    withdraw: 'Withdrawn',
    expire: 'Expired',
    record_production: 'Production started',
    agree: 'Agreed',
    decline: 'Declined',
  },
};

const ru: InvestorStrings = {
  landing: {
    title: 'Инвестиции в Карагандинскую область',
    lead: 'Укажите, что нужно вашему производству: мы расставим участки СЭЗ и проекты ГЧП по вашим потребностям, с мощностью, которая действительно ещё свободна.',
    zone: 'В зоне зарегистрировано {registered} компаний, работают {operating}',
    needs: 'Что вам нужно',
    sector: 'Отрасль (ОКЭД)',
    sectorHint: 'например, C25 или C25.11',
    area: 'Земля, га',
    power: 'Электроэнергия, МВт',
    water: 'Вода, м³/сут',
    gas: 'Газ, м³/ч',
    budget: 'Бюджет, ₸',
    budgetHint: 'На землю или инвестиции в проект ГЧП',
    find: 'Подобрать',
    clear: 'Сбросить',
    slots: 'Участки СЭЗ',
    ppp: 'Проекты ГЧП',
    fits: 'Подходит по всем потребностям',
    partly: 'Подходит по {met} из {total}',
    compare: 'Сравнить',
    compareSelected: 'Сравнить выбранные ({count})',
    compareLimit: 'Не больше четырёх сразу',
    details: 'Подробнее',
    reserve: 'Зарезервировать мощность',
    interest: 'Выразить интерес',
    loading: 'Подбираем…',
    loadFailed: 'Не удалось загрузить подбор.',
    retry: 'Повторить',
    none: 'Показать нечего.',
    myRequests: 'Мои запросы',
    invalid: 'Проверьте отмеченные поля.',
  },
  compare: {
    title: 'Сравнение',
    lead: 'Рядом, с мощностью, которую реестр оставляет свободной сегодня.',
    empty: 'Ничего не выбрано: отметьте до четырёх участков или проектов на странице инвестора.',
    toLanding: 'Выбрать на странице инвестора',
    remove: 'Убрать',
    kind: 'Вид',
    slot: 'Участок СЭЗ',
    project: 'Проект ГЧП',
    area: 'Площадь',
    price: 'Цена',
    lease: 'Аренда',
    perHaYear: 'за га в год',
    capacity: 'Инженерные сети: свободно из максимума',
    rail: 'До железной дороги',
    road: 'До автодороги',
    railSpur: 'Ж/д тупик на участке',
    industries: 'Целевые отрасли',
    status: 'Статус',
    stage: 'Стадия',
    capex: 'Инвестиции',
    term: 'Срок',
    years: 'лет',
    tender: 'Конкурс до',
    none: '—',
    yes: 'Да',
    no: 'Нет',
    km: 'км',
    hectares: 'га',
    loadFailed: 'Не удалось загрузить',
  },
  form: {
    reservationTitle: 'Резерв мощности: {target}',
    interestTitle: 'Интерес к объекту: {target}',
    reservationLead:
      'Запрошенные объёмы закрепляются за вами, пока сотрудники зоны рассматривают запрос (30 дней, если они не продлят срок).',
    interestLead: 'Расскажите управляющей компании, что вы хотели бы построить; пока ничего не резервируется.',
    company: 'Компания',
    bin: 'БИН',
    product: 'Продукция',
    sector: 'Отрасль (ОКЭД)',
    investment: 'Планируемые инвестиции, ₸',
    jobs: 'Рабочие места',
    utilities: 'Нужные мощности',
    utilitiesReservation: 'Резервируемые мощности',
    freeHint: 'свободно {free} {unit}',
    message: 'Сообщение для зоны',
    submit: 'Отправить',
    sending: 'Отправляем…',
    failed: 'Запрос не отправлен.',
    wrongLink: 'Ссылка не указывает участок или проект.',
    investorsOnly: 'Запросы отправляются из учётной записи инвестора.',
    errors: {
      required: 'Обязательное поле',
      bin: '12 цифр с верной контрольной цифрой',
      sector: 'Код ОКЭД, например C25',
      number: 'Число не меньше 0',
      whole: 'Целое число не меньше 0',
      tooMuch: 'Свободно только {free}',
      atLeastOne: 'Укажите хотя бы одну мощность для резерва',
      tooLong: 'Не больше {max} знаков',
    },
  },
  mine: {
    title: 'Мои запросы',
    lead: 'Ваши резервы и выражения интереса, новые сверху.',
    empty: 'Запросов пока нет.',
    toLanding: 'Подобрать участок или проект',
    expires: 'резерв до {date}',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить ваши запросы.',
  },
  request: {
    back: 'Мои запросы',
    backQueue: 'Запросы инвесторов',
    facts: 'Запрос',
    company: 'Компания',
    bin: 'БИН',
    product: 'Продукция',
    sector: 'Отрасль',
    investment: 'Планируемые инвестиции',
    jobs: 'Рабочие места',
    amounts: 'Зарезервированная мощность',
    needs: 'Нужные мощности',
    message: 'Сообщение',
    investor: 'Инвестор',
    recorded: 'Внесено сотрудниками зоны',
    expires: 'Резерв до',
    participant: 'Участник зоны',
    operating: 'работает',
    notOperating: 'зарегистрирован, производство не начато',
    history: 'История',
    expiryJob: 'Истечение срока',
    actionsHeading: 'Следующий шаг',
    reason: 'Причина',
    reasonRequired: 'Для этого шага нужна причина',
    days: 'Дней',
    daysHint: 'Для резерва или его продления',
    acting: 'Сохраняем…',
    actFailed: 'Шаг не выполнен.',
    moved: 'Статус: {status}',
    thread: 'Сообщения',
    threadEmpty: 'Сообщений пока нет.',
    threadClosed: 'Запрос завершён; переписка закрыта.',
    write: 'Написать сообщение',
    send: 'Отправить',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить запрос.',
    slotCapacity: 'Мощность участка сейчас',
  },
  queue: {
    title: 'Запросы инвесторов',
    lead: 'Резервы и выражения интереса всех инвесторов, новые сверху.',
    kind: 'Вид',
    status: 'Статус',
    any: 'Любой',
    reference: 'Номер',
    target: 'Участок или проект',
    company: 'Компания',
    investor: 'Инвестор',
    created: 'Отправлен',
    empty: 'Нет запросов с такими фильтрами.',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить очередь.',
    listLabel: 'Запросы инвесторов',
  },
  kind: { reservation: 'Резерв', interest: 'Выражение интереса' },
  action: {
    hold: 'Зарезервировать',
    extend: 'Продлить резерв',
    start_negotiation: 'Начать переговоры',
    contract: 'Внести договор',
    release: 'Снять резерв',
    withdraw: 'Отозвать',
    record_production: 'Отметить начало производства',
    agree: 'Согласовать',
    decline: 'Отклонить',
  },
  event: {
    created: 'Отправлен',
    hold: 'Зарезервировано',
    extend: 'Резерв продлён',
    start_negotiation: 'Начаты переговоры',
    contract: 'Внесён договор',
    release: 'Резерв снят',
    withdraw: 'Отозван',
    expire: 'Истёк срок',
    record_production: 'Начато производство',
    agree: 'Согласовано',
    decline: 'Отклонено',
  },
};

const kk: InvestorStrings = {
  landing: {
    title: 'Қарағанды облысына инвестиция',
    lead: 'Өндірісіңізге не керек екенін жазыңыз: АЭА учаскелері мен МЖӘ жобаларын шынымен бос қалған қуатымен бірге сол бойынша реттейміз.',
    zone: 'Аймақта {registered} компания тіркелген, оның {operating} жұмыс істейді',
    needs: 'Сізге не керек',
    sector: 'Сала (ЭҚЖЖ)',
    sectorHint: 'мысалы, C25 немесе C25.11',
    area: 'Жер, га',
    power: 'Электр қуаты, МВт',
    water: 'Су, м³/тәул.',
    gas: 'Газ, м³/сағ',
    budget: 'Бюджет, ₸',
    budgetHint: 'Жерге немесе МЖӘ жобасының инвестициясына',
    find: 'Іріктеу',
    clear: 'Тазарту',
    slots: 'АЭА учаскелері',
    ppp: 'МЖӘ жобалары',
    fits: 'Барлық қажеттілікке сай',
    partly: '{total} қажеттіліктің {met} сай',
    compare: 'Салыстыру',
    compareSelected: 'Таңдалғандарды салыстыру ({count})',
    compareLimit: 'Бір уақытта төртке дейін',
    details: 'Толығырақ',
    reserve: 'Қуатты брондау',
    interest: 'Қызығушылық білдіру',
    loading: 'Іріктеп жатырмыз…',
    loadFailed: 'Іріктеу жүктелмеді.',
    retry: 'Қайталау',
    none: 'Көрсететін ештеңе жоқ.',
    myRequests: 'Менің сұрауларым',
    invalid: 'Белгіленген өрістерді тексеріңіз.',
  },
  compare: {
    title: 'Салыстыру',
    lead: 'Қатар, тізілім бүгін бос қалдырған қуатпен.',
    empty: 'Ештеңе таңдалмаған: инвестор бетінде төртке дейін учаске немесе жоба белгілеңіз.',
    toLanding: 'Инвестор бетінде таңдау',
    remove: 'Алып тастау',
    kind: 'Түрі',
    slot: 'АЭА учаскесі',
    project: 'МЖӘ жобасы',
    area: 'Аумағы',
    price: 'Бағасы',
    lease: 'Жалдау',
    perHaYear: 'жылына бір га үшін',
    capacity: 'Инженерлік желілер: ең жоғарыдан бос',
    rail: 'Темір жолға дейін',
    road: 'Автожолға дейін',
    railSpur: 'Учаскеде т/ж тұйығы',
    industries: 'Мақсатты салалар',
    status: 'Мәртебесі',
    stage: 'Кезеңі',
    capex: 'Инвестиция',
    term: 'Мерзімі',
    years: 'жыл',
    tender: 'Конкурс мерзімі',
    none: '—',
    yes: 'Иә',
    no: 'Жоқ',
    km: 'км',
    hectares: 'га',
    loadFailed: 'Жүктелмеді',
  },
  form: {
    reservationTitle: 'Қуатты брондау: {target}',
    interestTitle: 'Қызығушылық: {target}',
    reservationLead:
      'Сұраған көлемдер аймақ қызметкерлері сұрауды қарағанша сізге бекітіледі (олар ұзартпаса, 30 күн).',
    interestLead: 'Басқарушы компанияға не салғыңыз келетінін айтыңыз; әзірге ештеңе брондалмайды.',
    company: 'Компания',
    bin: 'БСН',
    product: 'Өнім',
    sector: 'Сала (ЭҚЖЖ)',
    investment: 'Жоспарланған инвестиция, ₸',
    jobs: 'Жұмыс орындары',
    utilities: 'Қажетті қуаттар',
    utilitiesReservation: 'Брондалатын қуаттар',
    freeHint: '{free} {unit} бос',
    message: 'Аймаққа хабарлама',
    submit: 'Жіберу',
    sending: 'Жіберіп жатырмыз…',
    failed: 'Сұрау жіберілмеді.',
    wrongLink: 'Сілтемеде учаске немесе жоба жоқ.',
    investorsOnly: 'Сұраулар инвестордың тіркелгісінен жіберіледі.',
    errors: {
      required: 'Міндетті өріс',
      bin: 'Бақылау цифры дұрыс 12 цифр',
      sector: 'ЭҚЖЖ коды, мысалы C25',
      number: '0-ден кем емес сан',
      whole: '0-ден кем емес бүтін сан',
      tooMuch: 'Тек {free} бос',
      atLeastOne: 'Брондау үшін кемінде бір қуатты көрсетіңіз',
      tooLong: 'Ең көбі {max} таңба',
    },
  },
  mine: {
    title: 'Менің сұрауларым',
    lead: 'Брондарыңыз бен қызығушылықтарыңыз, жаңалары жоғарыда.',
    empty: 'Әзірге сұрау жоқ.',
    toLanding: 'Учаске немесе жоба іріктеу',
    expires: '{date} дейін брондалған',
    loading: 'Жүктелуде…',
    loadFailed: 'Сұрауларыңыз жүктелмеді.',
  },
  request: {
    back: 'Менің сұрауларым',
    backQueue: 'Инвесторлардың сұраулары',
    facts: 'Сұрау',
    company: 'Компания',
    bin: 'БСН',
    product: 'Өнім',
    sector: 'Сала',
    investment: 'Жоспарланған инвестиция',
    jobs: 'Жұмыс орындары',
    amounts: 'Брондалған қуат',
    needs: 'Қажетті қуаттар',
    message: 'Хабарлама',
    investor: 'Инвестор',
    recorded: 'Аймақ қызметкерлері енгізген',
    expires: 'Бронь мерзімі',
    participant: 'Аймақ қатысушысы',
    operating: 'жұмыс істейді',
    notOperating: 'тіркелген, өндіріс басталмаған',
    history: 'Тарихы',
    expiryJob: 'Мерзімнің өтуі',
    actionsHeading: 'Келесі қадам',
    reason: 'Себебі',
    reasonRequired: 'Бұл қадамға себеп керек',
    days: 'Күн',
    daysHint: 'Бронь немесе оны ұзарту үшін',
    acting: 'Сақтап жатырмыз…',
    actFailed: 'Қадам орындалмады.',
    moved: 'Мәртебесі: {status}',
    thread: 'Хабарламалар',
    threadEmpty: 'Әзірге хабарлама жоқ.',
    threadClosed: 'Сұрау аяқталды; хат алмасу жабық.',
    write: 'Хабарлама жазу',
    send: 'Жіберу',
    loading: 'Жүктелуде…',
    loadFailed: 'Сұрау жүктелмеді.',
    slotCapacity: 'Учаскенің қазіргі қуаты',
  },
  queue: {
    title: 'Инвесторлардың сұраулары',
    lead: 'Барлық инвесторлардың брондары мен қызығушылықтары, жаңалары жоғарыда.',
    kind: 'Түрі',
    status: 'Мәртебесі',
    any: 'Кез келген',
    reference: 'Нөмірі',
    target: 'Учаске немесе жоба',
    company: 'Компания',
    investor: 'Инвестор',
    created: 'Жіберілді',
    empty: 'Бұл сүзгілер бойынша сұрау жоқ.',
    loading: 'Жүктелуде…',
    loadFailed: 'Кезек жүктелмеді.',
    listLabel: 'Инвесторлардың сұраулары',
  },
  kind: { reservation: 'Бронь', interest: 'Қызығушылық' },
  action: {
    hold: 'Брондау',
    extend: 'Броньды ұзарту',
    start_negotiation: 'Келіссөз бастау',
    contract: 'Шартты енгізу',
    release: 'Броньды алу',
    withdraw: 'Кері қайтару',
    record_production: 'Өндірістің басталуын белгілеу',
    agree: 'Келісу',
    decline: 'Бас тарту',
  },
  event: {
    created: 'Жіберілді',
    hold: 'Брондалды',
    extend: 'Бронь ұзартылды',
    start_negotiation: 'Келіссөз басталды',
    contract: 'Шарт енгізілді',
    release: 'Бронь алынды',
    withdraw: 'Кері қайтарылды',
    expire: 'Мерзімі өтті',
    record_production: 'Өндіріс басталды',
    agree: 'Келісілді',
    decline: 'Бас тартылды',
  },
};

export const INVESTOR_STRINGS: Readonly<Record<Lang, InvestorStrings>> = { kk, ru, en };
