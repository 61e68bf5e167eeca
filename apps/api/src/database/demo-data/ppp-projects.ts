import type { GeoPoint, LocalizedText } from '@kbdm/shared/domain';
import type { PppProjectSeed } from './demo-data.types';

/*
 * Public-private partnership projects answering the region's needs named in the source report:
 * drinking water for rural settlements, heat supply, cleaner air and green technology, higher
 * education, health care, housing, tourism and transport. All of them are demo data; the
 * figures quoted from the report (about 600,000 t of emissions a year, a quarter of the
 * country's; 1.7 million m² of housing in five years) are used as given.
 */

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });
const at = (lat: number, lon: number): GeoPoint => ({ lat, lon });
const demo = (item: Omit<PppProjectSeed, 'demo' | 'source'>): PppProjectSeed => ({
  ...item,
  demo: true,
  source: null,
});

const ENERGY_AND_UTILITIES = t(
  '«Қарағанды облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы» ММ',
  'ГУ «Управление энергетики и жилищно-коммунального хозяйства Карагандинской области»',
  'Department of Energy and Housing and Utilities of Karaganda Region',
);
const HEALTH = t(
  '«Қарағанды облысының денсаулық сақтау басқармасы» ММ',
  'ГУ «Управление здравоохранения Карагандинской области»',
  'Health Department of Karaganda Region',
);
const NATURAL_RESOURCES = t(
  '«Қарағанды облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ',
  'ГУ «Управление природных ресурсов и регулирования природопользования Карагандинской области»',
  'Department of Natural Resources and Environmental Management of Karaganda Region',
);
const TRANSPORT = t(
  '«Қарағанды облысының жолаушылар көлігі және автомобиль жолдары басқармасы» ММ',
  'ГУ «Управление пассажирского транспорта и автомобильных дорог Карагандинской области»',
  'Department of Passenger Transport and Roads of Karaganda Region',
);
const CONSTRUCTION = t(
  '«Қарағанды облысының құрылыс басқармасы» ММ',
  'ГУ «Управление строительства Карагандинской области»',
  'Construction Department of Karaganda Region',
);
const TOURISM = t(
  '«Қарағанды облысының туризм басқармасы» ММ',
  'ГУ «Управление туризма Карагандинской области»',
  'Tourism Department of Karaganda Region',
);
const KARAGANDA_AKIMAT = t(
  '«Қарағанды қаласы әкімінің аппараты» ММ',
  'ГУ «Аппарат акима города Караганды»',
  'Office of the Akim of Karaganda City',
);
const TEMIRTAU_UTILITIES = t(
  '«Теміртау қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» ММ',
  'ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Темиртау»',
  'Department of Housing and Utilities, Passenger Transport and Roads of Temirtau City',
);
const BUKETOV_UNIVERSITY = t(
  '«Академик Е. А. Бөкетов атындағы Қарағанды университеті» КеАҚ',
  'НАО «Карагандинский университет имени академика Е. А. Букетова»',
  'Buketov Karaganda University',
);

export const PPP_PROJECTS: PppProjectSeed[] = [
  // Drinking water for rural settlements
  demo({
    code: 'nura-group-water-main',
    name: t(
      'Нұра ауданы ауылдарына арналған топтық су құбыры',
      'Групповой водопровод для сёл Нуринского района',
      'Group water main for the villages of Nura district',
    ),
    description: t(
      'Қазір суды тасымалдап әкелетін немесе құдықтан алатын Нұра ауданының 14 ауылы үшін су тазарту станциясы бар топтық су құбырын салу және пайдалану. Жеке әріптес қолжетімділік үшін төлем мен тариф алады.',
      'Строительство и эксплуатация группового водопровода с водоочистной станцией для 14 сёл Нуринского района, где сейчас воду подвозят или берут из колодцев. Частный партнёр получает плату за доступность и тариф.',
      'Building and operating a group water main with a treatment plant for 14 villages of Nura district that now rely on trucked water or wells. The private partner is paid an availability fee and a tariff.',
    ),
    sectorCode: 'E36',
    form: 'concession',
    stage: 'concept',
    need: 'drinking_water',
    capexKzt: 18_400_000_000,
    termYears: 20,
    publicPartner: ENERGY_AND_UTILITIES,
    tenderDeadline: null,
    districtCode: 'nura',
    location: at(50.27, 71.58),
  }),
  demo({
    code: 'shet-modular-water-treatment',
    name: t(
      'Шет ауданының ауылдарындағы модульдік ауыз су тазарту станциялары',
      'Модульные станции очистки питьевой воды в сёлах Шетского района',
      'Modular drinking water treatment units in Shet district villages',
    ),
    description: t(
      'Шет ауданының ауылдарында темірсіздендіру және залалсыздандыру жүйесі бар 22 модульдік су дайындау станциясын орнату және оларға қызмет көрсету. Келісімшарт бойынша төлем нормативтік сападағы су көлемі үшін жүргізіледі.',
      'Установка и обслуживание 22 модульных станций водоподготовки с обезжелезиванием и обеззараживанием в сёлах Шетского района. Оплата по контракту — за объём воды нормативного качества.',
      'Installing and servicing 22 modular water treatment units with iron removal and disinfection in the villages of Shet district. Payment under the contract is per volume of water of standard quality.',
    ),
    sectorCode: 'E36',
    form: 'service_contract',
    stage: 'tender',
    need: 'drinking_water',
    capexKzt: 4_200_000_000,
    termYears: 10,
    publicPartner: ENERGY_AND_UTILITIES,
    tenderDeadline: '2027-02-15',
    districtCode: 'shet',
    location: at(48.78, 73.68),
  }),
  demo({
    code: 'karkaraly-village-water',
    name: t(
      'Қарқаралы ауданы ауылдарының сумен жабдықтауын қайта жаңарту',
      'Реконструкция водоснабжения сёл Каркаралинского района',
      'Rebuilding water supply in Karkaraly district villages',
    ),
    description: t(
      'Өмірлік цикл келісімшарты бойынша Қарқаралы ауданының 9 ауылында су жинау құрылыстары мен тарату желілерін қайта жаңарту. Жоба идея сатысында, ауылдық сумен жабдықтауда тәжірибесі бар бастамашы ізделуде.',
      'Реконструкция водозаборов и разводящих сетей в 9 сёлах Каркаралинского района по контракту жизненного цикла. Проект на стадии идеи, ищется инициатор с опытом в сельском водоснабжении.',
      'Rebuilding water intakes and distribution networks in 9 villages of Karkaraly district under a life-cycle contract. The project is at the idea stage; an initiator with rural water experience is sought.',
    ),
    sectorCode: 'E36',
    form: 'life_cycle_contract',
    stage: 'idea',
    need: 'drinking_water',
    capexKzt: 7_600_000_000,
    termYears: 15,
    publicPartner: ENERGY_AND_UTILITIES,
    tenderDeadline: null,
    districtCode: 'karkaraly',
    location: at(49.43, 75.5),
  }),

  // Heat supply
  demo({
    code: 'temirtau-heat-networks',
    name: t(
      'Теміртау жылу желілерін жаңғырту',
      'Модернизация тепловых сетей Темиртау',
      'Upgrade of Temirtau heat networks',
    ),
    description: t(
      '120 шақырым тозған магистральдық және орамішілік жылу желілерін алдын ала оқшауланған құбырлармен ауыстыру және жылу пункттерін автоматтандыру. Жылу шығыны 28 %-дан 12 %-ға дейін төмендеуі тиіс.',
      'Замена 120 км изношенных магистральных и квартальных тепловых сетей на предизолированные трубы и автоматизация тепловых пунктов. Потери тепла должны снизиться с 28 до 12 %.',
      'Replacing 120 km of worn trunk and district heat pipes with pre-insulated pipes and automating heat substations. Heat losses are to fall from 28 to 12 %.',
    ),
    sectorCode: 'D35',
    form: 'concession',
    stage: 'tender',
    need: 'heat_supply',
    capexKzt: 42_000_000_000,
    termYears: 25,
    publicPartner: TEMIRTAU_UTILITIES,
    tenderDeadline: '2026-12-18',
    districtCode: 'temirtau',
    location: at(50.055, 72.955),
  }),
  demo({
    code: 'saran-boiler-to-gas',
    name: t(
      'Саран көмір қазандығын газға көшіру',
      'Перевод угольной котельной Сарани на газ',
      'Switching the Saran coal boiler house to gas',
    ),
    description: t(
      'Газ құбыры аяқталғаннан кейін көмір қазандығының орнына 120 Гкал/сағ газ қазандығын салу. Қаладағы күл мен күкірт диоксиді шығарындылары бірнеше есе азаяды.',
      'Строительство газовой котельной 120 Гкал/ч взамен угольной после завершения газопровода. Выбросы золы и диоксида серы в городе сократятся в разы.',
      'Building a 120 Gcal/h gas-fired boiler house to replace the coal one once the gas pipeline is finished. Ash and sulphur dioxide emissions in the town would fall several-fold.',
    ),
    sectorCode: 'D35',
    form: 'concession',
    stage: 'concept',
    need: 'heat_supply',
    capexKzt: 9_800_000_000,
    termYears: 20,
    publicPartner: ENERGY_AND_UTILITIES,
    tenderDeadline: null,
    districtCode: 'saran',
    location: at(49.78, 72.85),
  }),
  demo({
    code: 'shakhtinsk-heat-trust-management',
    name: t(
      'Шахтинскінің жылумен жабдықтауын сенімгерлік басқару',
      'Доверительное управление теплоснабжением Шахтинска',
      'Trust management of heat supply in Shakhtinsk',
    ),
    description: t(
      'Жеке оператор Шахтинскінің коммуналдық ЖЭО мен желілерін басқарады және қазандықтарды жөндеуге қаражат салады. Жоба пайдалану сатысында, көрсеткіштер туралы есеп жыл сайын жарияланады.',
      'Частный оператор управляет коммунальной ТЭЦ и сетями Шахтинска и вкладывает средства в ремонт котлов. Проект в стадии эксплуатации, отчёт о показателях публикуется ежегодно.',
      "A private operator manages Shakhtinsk's municipal combined heat and power plant and networks and invests in boiler repairs. The project is in operation; a performance report is published every year.",
    ),
    sectorCode: 'D35',
    form: 'trust_management',
    stage: 'operation',
    need: 'heat_supply',
    capexKzt: 3_100_000_000,
    termYears: 10,
    publicPartner: ENERGY_AND_UTILITIES,
    tenderDeadline: null,
    districtCode: 'shakhtinsk',
    location: at(49.71, 72.595),
  }),

  // Cleaner air and green technology
  demo({
    code: 'karaganda-private-houses-clean-heating',
    name: t(
      'Қарағанды жеке секторын көмірден газ бен электр жылытуға көшіру',
      'Перевод частного сектора Караганды с угля на газ и электроотопление',
      'Moving Karaganda private houses from coal to gas and electric heating',
    ),
    description: t(
      '20 000-ға жуық жеке үйді тұрғындарға бөліп төлеу мүмкіндігімен газға немесе электр жылытуға қосу. Көмірмен пеш жағу — Қарағандыдағы түтіннің басты көздерінің бірі, ал облыс жылына шамамен 600 мың тонна зиянды зат шығарады, бұл елдегі шығарындылардың төрттен бірі.',
      'Подключение около 20 000 частных домов к газу или электроотоплению с рассрочкой для жителей. Печное отопление углём — один из главных источников смога в Караганде, а область выбрасывает около 600 тыс. тонн вредных веществ в год — четверть выбросов страны.',
      "Connecting about 20,000 private houses to gas or electric heating with instalment plans for residents. Coal stoves are a main source of smog in Karaganda, and the region emits about 600,000 tonnes of harmful substances a year, a quarter of the country's.",
    ),
    sectorCode: 'D35',
    form: 'service_contract',
    stage: 'concept',
    need: 'clean_air',
    capexKzt: 36_000_000_000,
    termYears: 15,
    publicPartner: KARAGANDA_AKIMAT,
    tenderDeadline: null,
    districtCode: 'karaganda',
    location: at(49.79, 73.06),
  }),
  demo({
    code: 'air-quality-monitoring',
    name: t(
      'Қарағанды мен Теміртаудағы ауа сапасын автоматты бақылау желісі',
      'Сеть автоматического мониторинга качества воздуха в Караганде и Темиртау',
      'Automatic air quality monitoring network in Karaganda and Temirtau',
    ),
    description: t(
      'Жеке әріптес 40 автоматты бекет орнатып, оларға қызмет көрсетеді, ал шаң, SO₂ және NO₂ концентрациясы туралы деректер онлайн жарияланады. Келісімшарт жасалды, бірінші кезекті монтаждау жүріп жатыр.',
      'Частный партнёр устанавливает и обслуживает 40 автоматических постов, а данные о концентрациях пыли, SO₂ и NO₂ публикуются онлайн. Контракт заключён, идёт монтаж первой очереди.',
      'The private partner installs and services 40 automatic stations, and dust, SO₂ and NO₂ readings are published online. The contract is signed and the first phase is being installed.',
    ),
    sectorCode: 'M71',
    form: 'service_contract',
    stage: 'contract',
    need: 'clean_air',
    capexKzt: 2_400_000_000,
    termYears: 7,
    publicPartner: NATURAL_RESOURCES,
    tenderDeadline: null,
    districtCode: 'temirtau',
    location: at(50.06, 72.96),
  }),
  demo({
    code: 'karaganda-waste-sorting',
    name: t(
      'Қарағандының қалдықтарды сұрыптау және өңдеу кешені',
      'Мусоросортировочный и перерабатывающий комплекс Караганды',
      'Karaganda waste sorting and recycling complex',
    ),
    description: t(
      'Жылына 350 мың тонна қатты тұрмыстық қалдықты сұрыптау, қайталама шикізатты бөліп алу, компост пен RDF отынын өндіру. Полигонға түсетін қалдық екі есе азаяды.',
      'Сортировка 350 тыс. тонн твёрдых бытовых отходов в год, выделение вторсырья и производство компоста и RDF-топлива. На полигон будет попадать вдвое меньше отходов.',
      'Sorting 350,000 tonnes of municipal solid waste a year, recovering recyclables and producing compost and refuse-derived fuel. Half as much waste would go to landfill.',
    ),
    sectorCode: 'E38',
    form: 'concession',
    stage: 'tender',
    need: 'green_technology',
    capexKzt: 21_500_000_000,
    termYears: 20,
    publicPartner: KARAGANDA_AKIMAT,
    tenderDeadline: '2027-03-31',
    districtCode: 'karaganda',
    location: at(49.75, 73.2),
  }),
  demo({
    code: 'karaganda-led-street-lighting',
    name: t(
      'Қарағанды көше жарығына арналған энергосервистік келісімшарт',
      'Энергосервисный контракт на уличное освещение Караганды',
      'Energy service contract for Karaganda street lighting',
    ),
    description: t(
      '38 000 көше шамын қашықтан басқару жүйесі бар жарық диодты шамдарға ауыстыру. Жеке әріптес салымдарын үнемделген электр энергиясы есебінен өтейді.',
      'Замена 38 000 уличных светильников на светодиодные с системой дистанционного управления. Частный партнёр окупает вложения за счёт сэкономленной электроэнергии.',
      'Replacing 38,000 street lights with LED fittings under remote control. The private partner recovers the investment from the electricity saved.',
    ),
    sectorCode: 'D35',
    form: 'service_contract',
    stage: 'contract',
    need: 'green_technology',
    capexKzt: 6_300_000_000,
    termYears: 8,
    publicPartner: KARAGANDA_AKIMAT,
    tenderDeadline: null,
    districtCode: 'karaganda',
    location: at(49.8, 73.09),
  }),

  // Higher education
  demo({
    code: 'karaganda-student-campus',
    name: t(
      'Қарағандыдағы 1 500 орындық студенттік кампус',
      'Студенческий кампус на 1 500 мест в Караганде',
      'Student campus with 1,500 beds in Karaganda',
    ),
    description: t(
      'Қарағанды ЖОО студенттеріне арналған 1 500 орындық жатақханаларды салу және пайдалану, орналастыруға мемлекеттік тапсырыс төленеді. Құрылыс рұқсаттар алынғаннан кейін басталады.',
      'Строительство и эксплуатация общежитий на 1 500 мест для студентов вузов Караганды с оплатой государственного заказа на размещение. Строительство начнётся после получения разрешений.',
      'Building and operating dormitories with 1,500 beds for Karaganda university students, paid through a state order for placements. Construction will start once permits are issued.',
    ),
    sectorCode: 'P85',
    form: 'service_contract',
    stage: 'contract',
    need: 'higher_education',
    capexKzt: 12_800_000_000,
    termYears: 15,
    publicPartner: BUKETOV_UNIVERSITY,
    tenderDeadline: null,
    districtCode: 'karaganda',
    location: at(49.81, 73.08),
  }),

  // Health care
  demo({
    code: 'regional-multidisciplinary-hospital',
    name: t(
      '600 төсектік көпбейінді облыстық аурухана',
      'Многопрофильная областная больница на 600 коек',
      'Multi-specialty regional hospital with 600 beds',
    ),
    description: t(
      'Көпбейінді ауруханаға жобалау, салу, жабдықтау және техникалық қызмет көрсету; медициналық көмекті мемлекеттік клиника көрсетеді. Жеке әріптес нысанның қолжетімділігі үшін төлем алады.',
      'Проектирование, строительство, оснащение и техническое обслуживание многопрофильной больницы; медицинскую помощь оказывает государственная клиника. Частный партнёр получает плату за доступность объекта.',
      'Design, construction, equipping and maintenance of a multi-specialty hospital, with medical care provided by the public clinic. The private partner receives an availability payment.',
    ),
    sectorCode: 'Q86',
    form: 'concession',
    stage: 'tender',
    need: 'health_care',
    capexKzt: 96_000_000_000,
    termYears: 20,
    publicPartner: HEALTH,
    tenderDeadline: '2027-06-30',
    districtCode: 'karaganda',
    location: at(49.83, 73.05),
  }),
  demo({
    code: 'rural-outpatient-clinics',
    name: t(
      'Облыс ауылдарындағы дәрігерлік амбулаториялар',
      'Врачебные амбулатории в сёлах области',
      'Rural doctor surgeries across the region',
    ),
    description: t(
      'Жеті ауданның ауылдарында 25 дәрігерлік амбулатория мен фельдшерлік-акушерлік пунктті салып, оларды денсаулық сақтау жүйесіне жалға беру. Орындар аудан әкімдіктерімен бірге анықталады.',
      'Строительство 25 врачебных амбулаторий и фельдшерско-акушерских пунктов в сёлах семи районов и передача их в аренду системе здравоохранения. Места будут определены вместе с районными акиматами.',
      'Building 25 rural doctor surgeries and medical posts in villages of the seven districts and leasing them to the health system. Sites will be chosen with the district administrations.',
    ),
    sectorCode: 'Q86',
    form: 'lease',
    stage: 'concept',
    need: 'health_care',
    capexKzt: 8_900_000_000,
    termYears: 15,
    publicPartner: HEALTH,
    tenderDeadline: null,
    districtCode: null,
    location: null,
  }),

  // Housing
  demo({
    code: 'temirtau-rent-to-own-housing',
    name: t(
      'Теміртаудағы сатып алу құқығы бар жалдамалы тұрғын үй',
      'Арендное жильё с правом выкупа в Темиртау',
      'Rent-to-own housing in Temirtau',
    ),
    description: t(
      'Бюджет саласының қызметкерлері мен жас отбасыларға арналған сатып алу құқығы бар 600 жалдамалы пәтер салу. Жоба бес жылда 1,7 млн м² тұрғын үй пайдалануға берілген облыстың тұрғын үй бағдарламасын жалғастырады.',
      'Строительство 600 квартир арендного жилья с правом выкупа для работников бюджетной сферы и молодых семей. Проект продолжает жилищную программу области, где за пять лет было введено 1,7 млн м² жилья.',
      'Building 600 rental flats with a right to buy for public-sector workers and young families. The project continues the housing programme of a region that put 1.7 million m² of housing into service in five years.',
    ),
    sectorCode: 'F41',
    form: 'lease',
    stage: 'concept',
    need: 'housing',
    capexKzt: 14_500_000_000,
    termYears: 20,
    publicPartner: CONSTRUCTION,
    tenderDeadline: null,
    districtCode: 'temirtau',
    location: at(50.07, 72.95),
  }),

  // Tourism
  demo({
    code: 'karkaraly-park-tourism',
    name: t(
      'Қарқаралы ұлттық саябағының туристік инфрақұрылымы',
      'Туристская инфраструктура Каркаралинского национального парка',
      'Tourist infrastructure of Karkaraly National Park',
    ),
    description: t(
      'Қарқаралы маңында келушілер орталығын, 60 орындық глэмпингті, эко-соқпақтар мен тұрақтарды салу. Жеке әріптес нысандарды пайдаланады және ұлттық саябақты қорғау режимін сақтайды.',
      'Строительство визит-центра, глэмпинга на 60 мест, экотроп и парковок у Каркаралинска. Частный партнёр эксплуатирует объекты и соблюдает режим охраны национального парка.',
      'Building a visitor centre, a 60-place glamping site, eco trails and car parks near Karkaralinsk. The private partner operates the facilities and keeps to the national park protection rules.',
    ),
    sectorCode: 'I55',
    form: 'concession',
    stage: 'tender',
    need: 'tourism',
    capexKzt: 5_400_000_000,
    termYears: 15,
    publicPartner: TOURISM,
    tenderDeadline: '2027-04-15',
    districtCode: 'karkaraly',
    location: at(49.39, 75.52),
  }),
  demo({
    code: 'balkhash-lakeside-resort',
    name: t(
      'Балқаш көлі жағалауындағы курорттық аймақ',
      'Курортная зона на побережье озера Балхаш',
      'Resort zone on the shore of Lake Balkhash',
    ),
    description: t(
      'Балқаштың солтүстік жағалауында жағажайлар мен жағалауды абаттандыру және қонақүй кешенін салу. Жоба идея сатысында; жергілікті бюджеттен инфрақұрылымдық қолдауы бар концессия қарастырылуда.',
      'Благоустройство пляжей и набережной и строительство гостиничного комплекса на северном берегу Балхаша. Проект на стадии идеи; рассматривается концессия с инфраструктурной поддержкой из местного бюджета.',
      'Landscaping beaches and the embankment and building a hotel complex on the northern shore of Lake Balkhash. The project is an idea; a concession with infrastructure support from the local budget is being considered.',
    ),
    sectorCode: 'I55',
    form: 'concession',
    stage: 'idea',
    need: 'tourism',
    capexKzt: 11_000_000_000,
    termYears: 25,
    publicPartner: TOURISM,
    tenderDeadline: null,
    districtCode: 'balkhash',
    location: at(46.83, 74.99),
  }),

  // Transport
  demo({
    code: 'karaganda-electric-buses',
    name: t(
      'Қарағанды автобус паркін электробустармен жаңарту',
      'Обновление автобусного парка Караганды электробусами',
      'Renewing the Karaganda bus fleet with electric buses',
    ),
    description: t(
      'Өмірлік цикл келісімшарты бойынша 150 электробусты зарядтау инфрақұрылымымен бірге жеткізу және оларға қызмет көрсету. Төлем көліктердің желіге шығуға дайындығын ескере отырып, орындалған жүріс үшін жүргізіледі.',
      'Поставка и обслуживание 150 электробусов с зарядной инфраструктурой по контракту жизненного цикла. Оплата — за выполненный пробег с учётом готовности машин к выходу на линию.',
      'Supplying and servicing 150 electric buses with charging infrastructure under a life-cycle contract. Payment is per kilometre run, adjusted for vehicle availability.',
    ),
    sectorCode: 'H49',
    form: 'life_cycle_contract',
    stage: 'tender',
    need: 'transport',
    capexKzt: 28_000_000_000,
    termYears: 12,
    publicPartner: TRANSPORT,
    tenderDeadline: '2027-01-29',
    districtCode: 'karaganda',
    location: at(49.8, 73.11),
  }),
  demo({
    code: 'rural-bus-routes',
    name: t(
      'Облыс аудандарындағы әлеуметтік маңызы бар автобус бағыттары',
      'Социально значимые автобусные маршруты в районах области',
      'Socially important bus routes in the districts',
    ),
    description: t(
      'Оператор жылжымалы құрамды жаңартады және аудан орталықтары мен ауылдар арасындағы 48 әлеуметтік маңызы бар бағытқа қызмет көрсетеді. Бағыттар барлық аудандар арқылы өтеді, сондықтан жобаның картада бір нүктесі жоқ.',
      'Оператор обновляет подвижной состав и обслуживает 48 социально значимых маршрутов между райцентрами и сёлами. Маршруты проходят по всем районам, поэтому у проекта нет одной точки на карте.',
      'The operator renews the fleet and serves 48 socially important routes between district centres and villages. The routes cross all districts, so the project has no single point on the map.',
    ),
    sectorCode: 'H49',
    form: 'service_contract',
    stage: 'concept',
    need: 'transport',
    capexKzt: 3_500_000_000,
    termYears: 7,
    publicPartner: TRANSPORT,
    tenderDeadline: null,
    districtCode: null,
    location: null,
  }),
];
