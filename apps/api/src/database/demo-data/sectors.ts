import type { SectorSeed } from './demo-data.types';

/**
 * OKED (the national edition of NACE Rev. 2) sections and the divisions the catalogues use.
 * `priority` marks the industries the region seeks anchor investors for: construction,
 * chemical, medical and metalworking.
 */
export const SECTORS: SectorSeed[] = [
  // Sections
  {
    code: 'A',
    name: {
      kk: 'Ауыл, орман және балық шаруашылығы',
      ru: 'Сельское, лесное и рыбное хозяйство',
      en: 'Agriculture, forestry and fishing',
    },
    priority: false,
  },
  {
    code: 'B',
    name: {
      kk: 'Тау-кен өндіру өнеркәсібі және карьерлерді қазу',
      ru: 'Горнодобывающая промышленность и разработка карьеров',
      en: 'Mining and quarrying',
    },
    priority: false,
  },
  {
    code: 'C',
    name: { kk: 'Өңдеу өнеркәсібі', ru: 'Обрабатывающая промышленность', en: 'Manufacturing' },
    priority: false,
  },
  {
    code: 'D',
    name: {
      kk: 'Электр энергиясымен, газбен, бумен, ыстық сумен және ауаны кондициялаумен жабдықтау',
      ru: 'Электроснабжение, подача газа, пара и воздушное кондиционирование',
      en: 'Electricity, gas, steam and air conditioning supply',
    },
    priority: false,
  },
  {
    code: 'E',
    name: {
      kk: 'Сумен жабдықтау; кәріз жүйесі, қалдықтарды жинау және жою',
      ru: 'Водоснабжение; канализационная система, сбор и удаление отходов',
      en: 'Water supply; sewerage, waste management and remediation activities',
    },
    priority: false,
  },
  {
    code: 'F',
    name: { kk: 'Құрылыс', ru: 'Строительство', en: 'Construction' },
    priority: true,
  },
  {
    code: 'G',
    name: {
      kk: 'Көтерме және бөлшек сауда; автомобильдер мен мотоциклдерді жөндеу',
      ru: 'Оптовая и розничная торговля; ремонт автомобилей и мотоциклов',
      en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    },
    priority: false,
  },
  {
    code: 'H',
    name: { kk: 'Көлік және қоймалау', ru: 'Транспорт и складирование', en: 'Transportation and storage' },
    priority: false,
  },
  {
    code: 'I',
    name: {
      kk: 'Тұру және тамақтану бойынша қызметтер',
      ru: 'Услуги по проживанию и питанию',
      en: 'Accommodation and food service activities',
    },
    priority: false,
  },
  {
    code: 'J',
    name: { kk: 'Ақпарат және байланыс', ru: 'Информация и связь', en: 'Information and communication' },
    priority: false,
  },
  {
    code: 'K',
    name: {
      kk: 'Қаржы және сақтандыру қызметі',
      ru: 'Финансовая и страховая деятельность',
      en: 'Financial and insurance activities',
    },
    priority: false,
  },
  {
    code: 'M',
    name: {
      kk: 'Кәсіби, ғылыми және техникалық қызмет',
      ru: 'Профессиональная, научная и техническая деятельность',
      en: 'Professional, scientific and technical activities',
    },
    priority: false,
  },
  {
    code: 'P',
    name: { kk: 'Білім беру', ru: 'Образование', en: 'Education' },
    priority: false,
  },
  {
    code: 'Q',
    name: {
      kk: 'Денсаулық сақтау және халыққа әлеуметтік қызмет көрсету',
      ru: 'Здравоохранение и социальное обслуживание населения',
      en: 'Human health and social work activities',
    },
    priority: false,
  },
  {
    code: 'R',
    name: {
      kk: 'Өнер, ойын-сауық және демалыс',
      ru: 'Искусство, развлечения и отдых',
      en: 'Arts, entertainment and recreation',
    },
    priority: false,
  },

  // Divisions
  {
    code: 'A01',
    name: {
      kk: 'Өсімдік және мал шаруашылығы, аңшылық және осы салалардағы қызметтер',
      ru: 'Растениеводство и животноводство, охота и предоставление услуг в этих областях',
      en: 'Crop and animal production, hunting and related service activities',
    },
    priority: false,
  },
  {
    code: 'B08',
    name: {
      kk: 'Өзге де тау-кен өндіру өнеркәсібі',
      ru: 'Прочие отрасли горнодобывающей промышленности',
      en: 'Other mining and quarrying',
    },
    priority: false,
  },
  {
    code: 'C10',
    name: { kk: 'Тамақ өнімдерін өндіру', ru: 'Производство продуктов питания', en: 'Manufacture of food products' },
    priority: false,
  },
  {
    code: 'C11',
    name: { kk: 'Сусындар өндіру', ru: 'Производство напитков', en: 'Manufacture of beverages' },
    priority: false,
  },
  {
    code: 'C13',
    name: { kk: 'Тоқыма бұйымдарын өндіру', ru: 'Производство текстильных изделий', en: 'Manufacture of textiles' },
    priority: false,
  },
  {
    code: 'C14',
    name: { kk: 'Киім өндіру', ru: 'Производство одежды', en: 'Manufacture of wearing apparel' },
    priority: false,
  },
  {
    code: 'C16',
    name: {
      kk: 'Ағаш және тығын бұйымдарын өндіру (жиһаздан басқа)',
      ru: 'Производство деревянных и пробковых изделий, кроме мебели',
      en: 'Manufacture of wood and of products of wood and cork, except furniture',
    },
    priority: false,
  },
  {
    code: 'C17',
    name: {
      kk: 'Қағаз және қағаз өнімдерін өндіру',
      ru: 'Производство бумаги и бумажной продукции',
      en: 'Manufacture of paper and paper products',
    },
    priority: false,
  },
  {
    code: 'C20',
    name: {
      kk: 'Химия өнеркәсібі өнімдерін өндіру',
      ru: 'Производство продуктов химической промышленности',
      en: 'Manufacture of chemicals and chemical products',
    },
    priority: true,
  },
  {
    code: 'C21',
    name: {
      kk: 'Негізгі фармацевтикалық өнімдер мен препараттар өндіру',
      ru: 'Производство основных фармацевтических продуктов и препаратов',
      en: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    },
    priority: true,
  },
  {
    code: 'C22',
    name: {
      kk: 'Резеңке және пластмасса бұйымдарын өндіру',
      ru: 'Производство резиновых и пластмассовых изделий',
      en: 'Manufacture of rubber and plastic products',
    },
    priority: false,
  },
  {
    code: 'C23',
    name: {
      kk: 'Өзге де бейметалл минералдық өнімдер өндіру (құрылыс материалдары)',
      ru: 'Производство прочей неметаллической минеральной продукции (строительные материалы)',
      en: 'Manufacture of other non-metallic mineral products (construction materials)',
    },
    priority: true,
  },
  {
    code: 'C24',
    name: { kk: 'Металлургия өнеркәсібі', ru: 'Металлургическая промышленность', en: 'Manufacture of basic metals' },
    priority: true,
  },
  {
    code: 'C25',
    name: {
      kk: 'Машиналар мен жабдықтардан басқа, дайын металл бұйымдарын өндіру',
      ru: 'Производство готовых металлических изделий, кроме машин и оборудования',
      en: 'Manufacture of fabricated metal products, except machinery and equipment',
    },
    priority: true,
  },
  {
    code: 'C27',
    name: {
      kk: 'Электр жабдықтарын өндіру',
      ru: 'Производство электрического оборудования',
      en: 'Manufacture of electrical equipment',
    },
    priority: false,
  },
  {
    code: 'C28',
    name: {
      kk: 'Басқа санаттарға енгізілмеген машиналар мен жабдықтар өндіру',
      ru: 'Производство машин и оборудования, не включенных в другие категории',
      en: 'Manufacture of machinery and equipment n.e.c.',
    },
    priority: false,
  },
  {
    code: 'C29',
    name: {
      kk: 'Автокөлік құралдарын, тіркемелер мен жартылай тіркемелерді өндіру',
      ru: 'Производство автотранспортных средств, трейлеров и полуприцепов',
      en: 'Manufacture of motor vehicles, trailers and semi-trailers',
    },
    priority: false,
  },
  {
    code: 'C31',
    name: { kk: 'Жиһаз өндіру', ru: 'Производство мебели', en: 'Manufacture of furniture' },
    priority: false,
  },
  {
    code: 'C32',
    name: {
      kk: 'Өзге де дайын бұйымдар өндіру (медициналық және стоматологиялық құралдарды қоса алғанда)',
      ru: 'Производство прочих готовых изделий (включая медицинские и стоматологические инструменты)',
      en: 'Other manufacturing (including medical and dental instruments and supplies)',
    },
    priority: true,
  },
  {
    code: 'D35',
    name: {
      kk: 'Электр энергиясымен, газбен, бумен, ыстық сумен және ауаны кондициялаумен жабдықтау',
      ru: 'Электроснабжение, подача газа, пара и воздушное кондиционирование',
      en: 'Electricity, gas, steam and air conditioning supply',
    },
    priority: false,
  },
  {
    code: 'E36',
    name: {
      kk: 'Суды жинау, өңдеу және тарату',
      ru: 'Сбор, обработка и распределение воды',
      en: 'Water collection, treatment and supply',
    },
    priority: false,
  },
  {
    code: 'E37',
    name: { kk: 'Кәріз жүйесі', ru: 'Канализационная система', en: 'Sewerage' },
    priority: false,
  },
  {
    code: 'E38',
    name: {
      kk: 'Қалдықтарды жинау, өңдеу және жою; қайталама шикізатты кәдеге жарату',
      ru: 'Сбор, обработка и удаление отходов; утилизация отходов',
      en: 'Waste collection, treatment and disposal activities; materials recovery',
    },
    priority: false,
  },
  {
    code: 'F41',
    name: { kk: 'Ғимараттар салу', ru: 'Строительство зданий', en: 'Construction of buildings' },
    priority: true,
  },
  {
    code: 'F42',
    name: { kk: 'Азаматтық құрылыс', ru: 'Гражданское строительство', en: 'Civil engineering' },
    priority: true,
  },
  {
    code: 'H49',
    name: {
      kk: 'Құрлық көлігі және құбыр көлігі',
      ru: 'Сухопутный транспорт и транспортирование по трубопроводам',
      en: 'Land transport and transport via pipelines',
    },
    priority: false,
  },
  {
    code: 'H52',
    name: {
      kk: 'Қоймалау және көліктің қосалқы қызметі',
      ru: 'Складирование и вспомогательная транспортная деятельность',
      en: 'Warehousing and support activities for transportation',
    },
    priority: false,
  },
  {
    code: 'I55',
    name: {
      kk: 'Уақытша тұруды ұйымдастыру бойынша қызметтер',
      ru: 'Предоставление услуг по временному проживанию',
      en: 'Accommodation',
    },
    priority: false,
  },
  {
    code: 'J62',
    name: {
      kk: 'Компьютерлік бағдарламалау, консультациялар және ілеспе қызметтер',
      ru: 'Компьютерное программирование, консультационные и другие сопутствующие услуги',
      en: 'Computer programming, consultancy and related activities',
    },
    priority: false,
  },
  {
    code: 'M71',
    name: {
      kk: 'Сәулет, инженерлік іздестірулер, техникалық сынақтар және талдау саласындағы қызмет',
      ru: 'Деятельность в области архитектуры, инженерных изысканий, технических испытаний и анализа',
      en: 'Architectural and engineering activities; technical testing and analysis',
    },
    priority: false,
  },
  {
    code: 'P85',
    name: { kk: 'Білім беру', ru: 'Образование', en: 'Education' },
    priority: false,
  },
  {
    code: 'Q86',
    name: {
      kk: 'Денсаулық сақтау саласындағы қызмет',
      ru: 'Деятельность в области здравоохранения',
      en: 'Human health activities',
    },
    priority: false,
  },
  {
    code: 'R91',
    name: {
      kk: 'Кітапханалар, мұрағаттар, мұражайлар және өзге де мәдени қызмет',
      ru: 'Деятельность библиотек, архивов, музеев и прочая деятельность в области культуры',
      en: 'Libraries, archives, museums and other cultural activities',
    },
    priority: false,
  },
  {
    code: 'R93',
    name: {
      kk: 'Спорт, ойын-сауық және демалысты ұйымдастыру саласындағы қызмет',
      ru: 'Деятельность в области спорта, организации отдыха и развлечений',
      en: 'Sports activities and amusement and recreation activities',
    },
    priority: false,
  },
];
