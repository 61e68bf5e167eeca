import type { AdminCatalogue, ImportRowAction, ImportStatus } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';

/** The spreadsheet's columns as the upload page explains them, in the open-data CSV's order. */
export const IMPORT_COLUMN_GROUPS = [
  { key: 'code', columns: ['code'] },
  { key: 'name', columns: ['name_kk', 'name_ru', 'name_en'] },
  { key: 'description', columns: ['description_kk', 'description_ru', 'description_en'] },
  { key: 'hsCode', columns: ['hs_code'] },
  { key: 'sectorCode', columns: ['sector_code'] },
  { key: 'importVolume', columns: ['import_volume', 'import_volume_unit'] },
  { key: 'importValueUsd', columns: ['import_value_usd'] },
  { key: 'sourceCountries', columns: ['source_countries'] },
  { key: 'localProductionShare', columns: ['local_production_share_percent'] },
  { key: 'investment', columns: ['investment_min_kzt', 'investment_max_kzt'] },
  { key: 'jobs', columns: ['jobs'] },
  { key: 'status', columns: ['status'] },
  { key: 'districtCode', columns: ['district_code'] },
  { key: 'location', columns: ['lat', 'lon'] },
  { key: 'demo', columns: ['demo'] },
  { key: 'source', columns: ['source', 'source_url'] },
] as const;
type ColumnKey = (typeof IMPORT_COLUMN_GROUPS)[number]['key'];

/** Words for a change in an item's history, by the last part of the audit action (`catalogue.item_published`). */
export const HISTORY_ACTIONS = ['created', 'updated', 'published', 'unpublished', 'imported'] as const;
type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** The catalogue administration's strings, in this lazy chunk; `{name}` marks a value filled in. */
export type CatalogueAdminStrings = {
  common: {
    loading: string;
    loadFailed: string;
    retry: string;
    refused: string;
    forbidden: string;
    notFound: string;
  };
  list: {
    title: string;
    lead: string;
    search: string;
    searchButton: string;
    publication: string;
    any: string;
    publishedOnly: string;
    unpublishedOnly: string;
    missingOnly: string;
    newItem: string;
    imports: string;
    code: string;
    name: string;
    status: string;
    translations: string;
    updated: string;
    published: string;
    unpublished: string;
    missing: string;
    complete: string;
    demo: string;
    untitled: string;
    found: string;
    empty: string;
    clearFilters: string;
  };
  form: {
    newTitle: string;
    editTitle: string;
    back: string;
    texts: string;
    textsLead: string;
    name: string;
    description: string;
    missingTranslation: string;
    machineDraft: string;
    draftHint: string;
    identity: string;
    code: string;
    codeHint: string;
    hsCode: string;
    hsCodeHint: string;
    sector: string;
    district: string;
    noDistrict: string;
    status: string;
    figures: string;
    importVolume: string;
    unit: string;
    importValueUsd: string;
    localProductionShare: string;
    investmentMin: string;
    investmentMax: string;
    jobs: string;
    sourceCountries: string;
    sourceCountriesHint: string;
    place: string;
    lat: string;
    lon: string;
    placeHint: string;
    provenance: string;
    sourceTitle: string;
    sourceUrl: string;
    demo: string;
    create: string;
    save: string;
    saving: string;
    created: string;
    saved: string;
    unchanged: string;
    checkFields: string;
    notSaved: string;
    stale: string;
    reload: string;
    isPublished: string;
    isUnpublished: string;
    publish: string;
    unpublish: string;
    saveFirst: string;
    publishedDone: string;
    unpublishedDone: string;
    publishFailed: string;
    history: string;
    historyEmpty: string;
    historyFailed: string;
    historyActions: Record<HistoryAction, string>;
    nobody: string;
    fields: string;
    fromImport: string;
    errors: {
      required: string;
      maxLength: string;
      number: string;
      whole: string;
      range: string;
      hsCode: string;
      countries: string;
      tooManyCountries: string;
      nameNeeded: string;
      minAboveMax: string;
      bothCoordinates: string;
      url: string;
      sourceTitleNeeded: string;
    };
  };
  imports: {
    title: string;
    lead: string;
    toCatalogue: string;
    upload: string;
    catalogue: string;
    catalogues: Record<AdminCatalogue, string>;
    choose: string;
    noFile: string;
    fileHint: string;
    fileRequired: string;
    wrongType: string;
    tooBig: string;
    submit: string;
    uploading: string;
    tooLarge: string;
    unsupported: string;
    badFile: string;
    columns: string;
    columnsLead: string;
    ignored: string;
    template: string;
    column: string;
    meaning: string;
    columnHelp: Record<ColumnKey, string>;
    earlier: string;
    earlierEmpty: string;
    when: string;
    fileName: string;
    status: string;
    rows: string;
    who: string;
    megabytes: string;
  };
  job: {
    title: string;
    back: string;
    statuses: Record<ImportStatus, string>;
    progress: string;
    rowsRead: string;
    counts: string;
    countsSummary: string;
    actions: Record<ImportRowAction, string>;
    preview: string;
    all: string;
    row: string;
    code: string;
    name: string;
    action: string;
    changes: string;
    problems: string;
    noRows: string;
    badRows: string;
    column: string;
    reason: string;
    errorsCsv: string;
    decide: string;
    importAll: string;
    importAllBlocked: string;
    importValid: string;
    importValidNote: string;
    nothingToImport: string;
    cancel: string;
    applied: string;
    openCatalogue: string;
    failure: string;
    cancelled: string;
    hasErrors: string;
    newImport: string;
  };
};

export const CATALOGUE_ADMIN_STRINGS: Readonly<Record<Lang, CatalogueAdminStrings>> = {
  en: {
    common: {
      loading: 'Loading…',
      loadFailed: 'Could not load it.',
      retry: 'Try again',
      refused: 'The server refused:',
      forbidden: 'Only administrators may do this.',
      notFound: 'It is not there: perhaps it was removed.',
    },
    list: {
      title: 'Opportunities catalogue',
      lead: 'Every opportunity, published or not. Open one to edit its texts and figures, publish it or see who changed it.',
      search: 'Code or name',
      searchButton: 'Search',
      publication: 'Publication',
      any: 'Published or not',
      publishedOnly: 'Published',
      unpublishedOnly: 'Not published',
      missingOnly: 'Only with a missing translation',
      newItem: 'New opportunity',
      imports: 'Import a spreadsheet',
      code: 'Code',
      name: 'Name',
      status: 'Status',
      translations: 'Translations',
      updated: 'Changed',
      published: 'Published',
      unpublished: 'Not published',
      missing: 'Missing: {langs}',
      complete: 'Complete',
      demo: 'demo',
      untitled: '(no name)',
      found: 'Found: {count}',
      empty: 'No opportunities under these filters.',
      clearFilters: 'Clear the filters',
    },
    form: {
      newTitle: 'New opportunity',
      editTitle: 'Opportunity {code}',
      back: 'All opportunities',
      texts: 'Name and description',
      textsLead:
        'One column per language. An empty text is a missing translation; a machine draft waits for a person to confirm it.',
      name: 'Name',
      description: 'Description',
      missingTranslation: 'Missing translation',
      machineDraft: 'Machine draft',
      draftHint: 'Editing the text confirms it.',
      identity: 'Code and classification',
      code: 'Code',
      codeHint: 'Unique: a spreadsheet row with this code updates this opportunity.',
      hsCode: 'HS code',
      hsCodeHint: '4 or 6 digits',
      sector: 'Sector (OKED)',
      district: 'District',
      noDistrict: 'None',
      status: 'Status',
      figures: 'Figures',
      importVolume: 'Annual import',
      unit: 'Unit',
      importValueUsd: 'Import value, USD',
      localProductionShare: 'Local production share, %',
      investmentMin: 'Investment from, ₸',
      investmentMax: 'Investment to, ₸',
      jobs: 'Jobs',
      sourceCountries: 'Source countries',
      sourceCountriesHint: 'ISO codes separated by commas or spaces: RU, CN, TR',
      place: 'Place on the map',
      lat: 'Latitude',
      lon: 'Longitude',
      placeHint: 'Both or neither; without them the marker stands at the district’s centre.',
      provenance: 'Source',
      sourceTitle: 'Source',
      sourceUrl: 'Link to the source',
      demo: 'Invented example data (demo)',
      create: 'Create',
      save: 'Save',
      saving: 'Saving…',
      created: 'Created. It stays unpublished until you publish it.',
      saved: 'Saved.',
      unchanged: 'Nothing has changed.',
      checkFields: 'Check the marked fields.',
      notSaved: 'Not saved.',
      stale:
        'Someone saved this opportunity after you opened it. Reload to see their version; your changes here will be lost.',
      reload: 'Reload',
      isPublished: 'Published: everyone sees it.',
      isUnpublished: 'Not published: only administrators see it.',
      publish: 'Publish',
      unpublish: 'Unpublish',
      saveFirst: 'Save your changes before publishing.',
      publishedDone: 'Published.',
      unpublishedDone: 'Taken off the public catalogue.',
      publishFailed: 'The publication did not change.',
      history: 'History',
      historyEmpty: 'No changes yet.',
      historyFailed: 'The history could not be loaded.',
      historyActions: {
        created: 'Created',
        updated: 'Changed',
        published: 'Published',
        unpublished: 'Unpublished',
        imported: 'Imported',
      },
      nobody: 'the system',
      fields: 'Fields: {fields}',
      fromImport: 'the import',
      errors: {
        required: 'Fill in this field.',
        maxLength: 'At most {max} characters.',
        number: 'Enter a number.',
        whole: 'Enter a whole number.',
        range: 'From {min} to {max}.',
        hsCode: '4 or 6 digits.',
        countries: 'Two-letter ISO codes, such as RU or CN.',
        tooManyCountries: 'At most {max} countries.',
        nameNeeded: 'Give the name in at least one language.',
        minAboveMax: 'The upper bound is below the lower one.',
        bothCoordinates: 'Give both latitude and longitude, or neither.',
        url: 'A link beginning with http:// or https://.',
        sourceTitleNeeded: 'Name the source the link leads to.',
      },
    },
    imports: {
      title: 'Imports',
      lead: 'Keep a catalogue current from a spreadsheet: the file is checked first, and nothing changes until you choose to import after seeing the preview.',
      toCatalogue: 'Opportunities catalogue',
      upload: 'Upload a file',
      catalogue: 'Catalogue',
      catalogues: { opportunities: 'Opportunities' },
      choose: 'Choose a file',
      noFile: 'No file chosen',
      fileHint: 'CSV (UTF-8) or Excel .xlsx, up to {size} and {rows} rows.',
      fileRequired: 'Choose a file.',
      wrongType: 'Only .csv and .xlsx files.',
      tooBig: 'The file has {size}; the limit is {limit}.',
      submit: 'Upload and check',
      uploading: 'Uploading: {percent} %',
      tooLarge: 'The file is too big for the server.',
      unsupported: 'The server does not read this kind of file.',
      badFile: 'The file was refused.',
      columns: 'Columns',
      columnsLead:
        'The columns of the open-data CSV, in any order, one row per opportunity. Rows are matched by code: a known code updates that opportunity, a new code adds one (unpublished).',
      ignored: 'The id and updated_at columns are ignored.',
      template: 'Download the current catalogue as CSV',
      column: 'Column',
      meaning: 'What it holds',
      columnHelp: {
        code: 'The opportunity’s unique code. Required.',
        name: 'The name in Kazakh, Russian and English; an empty cell is a missing translation.',
        description: 'The description in the three languages.',
        hsCode: 'Harmonized System code, 4 or 6 digits.',
        sectorCode: 'OKED code of a sector of the reference list, such as C23.',
        importVolume: 'Annual import and its unit: t, thousand_units, m3, m2 or units.',
        importValueUsd: 'Annual import value in US dollars.',
        sourceCountries: 'ISO codes of the main source countries, separated by spaces: RU CN.',
        localProductionShare: 'Share of demand covered by local production, 0–100.',
        investment: 'The investment needed, from and to, in tenge.',
        jobs: 'Jobs the production would create.',
        status: 'open, investor_found, in_production or archived.',
        districtCode: 'Code of the district, such as temirtau; empty for none.',
        location: 'Latitude and longitude of the marker; both or neither.',
        demo: 'true for invented example data, false for sourced data.',
        source: 'The source’s title and its link.',
      },
      earlier: 'Earlier imports',
      earlierEmpty: 'No imports yet.',
      when: 'When',
      fileName: 'File',
      status: 'Status',
      rows: 'Rows',
      who: 'Who',
      megabytes: '{size} MB',
    },
    job: {
      title: 'Import of {file}',
      back: 'All imports',
      statuses: {
        queued: 'Waiting to be checked',
        validating: 'Checking the file',
        ready: 'Checked. Nothing has changed yet: choose below.',
        apply_queued: 'Waiting to import',
        applying: 'Importing',
        done: 'Imported',
        failed: 'Failed',
        cancelled: 'Cancelled',
      },
      progress: '{percent} %',
      rowsRead: 'Rows read: {rows}',
      counts: 'What the file would do',
      countsSummary: 'New {add}, changed {update}, unchanged {unchanged}, with errors {invalid}',
      actions: { add: 'New', update: 'Changed', unchanged: 'Unchanged', invalid: 'With errors' },
      preview: 'Preview',
      all: 'All',
      row: 'Row',
      code: 'Code',
      name: 'Name',
      action: 'Would be',
      changes: 'Changes',
      problems: 'Errors',
      noRows: 'No rows here.',
      badRows: 'Bad rows',
      column: 'Column',
      reason: 'Reason',
      errorsCsv: 'Download the bad rows as CSV',
      decide: 'Import',
      importAll: 'Import',
      importAllBlocked:
        'A file with bad rows changes nothing when imported whole. Fix the rows and upload the file again, or import the valid rows only.',
      importValid: 'Import the valid rows only',
      importValidNote: 'The {invalid} bad rows are left out; the others are imported.',
      nothingToImport: 'The file would change nothing.',
      cancel: 'Cancel the import',
      applied: 'Added: {added}. Updated: {updated}.',
      openCatalogue: 'Open the catalogue',
      failure: 'The import failed: {reason}',
      cancelled: 'The import was cancelled; nothing changed.',
      hasErrors: 'The file has bad rows: import the valid rows only, or fix them and upload again.',
      newImport: 'Upload another file',
    },
  },
  ru: {
    common: {
      loading: 'Загрузка…',
      loadFailed: 'Не удалось загрузить.',
      retry: 'Повторить',
      refused: 'Сервер отказал:',
      forbidden: 'Это могут только администраторы.',
      notFound: 'Не найдено: возможно, удалено.',
    },
    list: {
      title: 'Каталог возможностей',
      lead: 'Все возможности, опубликованные и нет. Откройте одну, чтобы изменить тексты и цифры, опубликовать её или увидеть, кто её менял.',
      search: 'Код или название',
      searchButton: 'Найти',
      publication: 'Публикация',
      any: 'Все',
      publishedOnly: 'Опубликованные',
      unpublishedOnly: 'Неопубликованные',
      missingOnly: 'Только без перевода',
      newItem: 'Новая возможность',
      imports: 'Загрузить таблицу',
      code: 'Код',
      name: 'Название',
      status: 'Статус',
      translations: 'Переводы',
      updated: 'Изменено',
      published: 'Опубликована',
      unpublished: 'Не опубликована',
      missing: 'Нет: {langs}',
      complete: 'Все',
      demo: 'демо',
      untitled: '(без названия)',
      found: 'Найдено: {count}',
      empty: 'С такими фильтрами возможностей нет.',
      clearFilters: 'Сбросить фильтры',
    },
    form: {
      newTitle: 'Новая возможность',
      editTitle: 'Возможность {code}',
      back: 'Все возможности',
      texts: 'Название и описание',
      textsLead:
        'По колонке на язык. Пустой текст — недостающий перевод; машинный черновик ждёт, пока его подтвердит человек.',
      name: 'Название',
      description: 'Описание',
      missingTranslation: 'Нет перевода',
      machineDraft: 'Машинный черновик',
      draftHint: 'Правка текста подтверждает его.',
      identity: 'Код и классификация',
      code: 'Код',
      codeHint: 'Уникальный: строка таблицы с этим кодом обновит эту возможность.',
      hsCode: 'Код ТН ВЭД',
      hsCodeHint: '4 или 6 цифр',
      sector: 'Отрасль (ОКЭД)',
      district: 'Район',
      noDistrict: 'Не указан',
      status: 'Статус',
      figures: 'Цифры',
      importVolume: 'Годовой импорт',
      unit: 'Единица',
      importValueUsd: 'Стоимость импорта, USD',
      localProductionShare: 'Доля местного производства, %',
      investmentMin: 'Инвестиции от, ₸',
      investmentMax: 'Инвестиции до, ₸',
      jobs: 'Рабочие места',
      sourceCountries: 'Страны-поставщики',
      sourceCountriesHint: 'Коды ISO через запятую или пробел: RU, CN, TR',
      place: 'Место на карте',
      lat: 'Широта',
      lon: 'Долгота',
      placeHint: 'Обе или ни одной; без них отметка стоит в центре района.',
      provenance: 'Источник',
      sourceTitle: 'Источник',
      sourceUrl: 'Ссылка на источник',
      demo: 'Придуманные данные для примера (демо)',
      create: 'Создать',
      save: 'Сохранить',
      saving: 'Сохранение…',
      created: 'Создано. Возможность не опубликована, пока вы её не опубликуете.',
      saved: 'Сохранено.',
      unchanged: 'Ничего не изменилось.',
      checkFields: 'Проверьте отмеченные поля.',
      notSaved: 'Не сохранено.',
      stale:
        'Кто-то сохранил эту возможность после того, как вы её открыли. Загрузите её заново, чтобы увидеть их версию; ваши правки здесь пропадут.',
      reload: 'Загрузить заново',
      isPublished: 'Опубликована: её видят все.',
      isUnpublished: 'Не опубликована: её видят только администраторы.',
      publish: 'Опубликовать',
      unpublish: 'Снять с публикации',
      saveFirst: 'Сохраните правки перед публикацией.',
      publishedDone: 'Опубликовано.',
      unpublishedDone: 'Снято с публикации.',
      publishFailed: 'Публикация не изменилась.',
      history: 'История',
      historyEmpty: 'Изменений пока нет.',
      historyFailed: 'Не удалось загрузить историю.',
      historyActions: {
        created: 'Создана',
        updated: 'Изменена',
        published: 'Опубликована',
        unpublished: 'Снята с публикации',
        imported: 'Загружена из таблицы',
      },
      nobody: 'система',
      fields: 'Поля: {fields}',
      fromImport: 'загрузка',
      errors: {
        required: 'Заполните это поле.',
        maxLength: 'Не больше {max} символов.',
        number: 'Введите число.',
        whole: 'Введите целое число.',
        range: 'От {min} до {max}.',
        hsCode: '4 или 6 цифр.',
        countries: 'Двухбуквенные коды ISO, например RU или CN.',
        tooManyCountries: 'Не больше {max} стран.',
        nameNeeded: 'Укажите название хотя бы на одном языке.',
        minAboveMax: 'Верхняя граница меньше нижней.',
        bothCoordinates: 'Укажите и широту, и долготу, или ни одну.',
        url: 'Ссылка, начинающаяся с http:// или https://.',
        sourceTitleNeeded: 'Назовите источник, на который ведёт ссылка.',
      },
    },
    imports: {
      title: 'Загрузки',
      lead: 'Обновляйте каталог из таблицы: файл сначала проверяется, и ничего не меняется, пока вы не решите загрузить его, посмотрев предпросмотр.',
      toCatalogue: 'Каталог возможностей',
      upload: 'Загрузить файл',
      catalogue: 'Каталог',
      catalogues: { opportunities: 'Возможности' },
      choose: 'Выбрать файл',
      noFile: 'Файл не выбран',
      fileHint: 'CSV (UTF-8) или Excel .xlsx, до {size} и {rows} строк.',
      fileRequired: 'Выберите файл.',
      wrongType: 'Только файлы .csv и .xlsx.',
      tooBig: 'В файле {size}; предел — {limit}.',
      submit: 'Загрузить и проверить',
      uploading: 'Загрузка: {percent} %',
      tooLarge: 'Файл слишком большой для сервера.',
      unsupported: 'Сервер не читает такие файлы.',
      badFile: 'Файл не принят.',
      columns: 'Колонки',
      columnsLead:
        'Колонки CSV открытых данных, в любом порядке, по строке на возможность. Строки сопоставляются по коду: известный код обновляет возможность, новый добавляет её (неопубликованной).',
      ignored: 'Колонки id и updated_at не учитываются.',
      template: 'Скачать текущий каталог в CSV',
      column: 'Колонка',
      meaning: 'Что в ней',
      columnHelp: {
        code: 'Уникальный код возможности. Обязателен.',
        name: 'Название на казахском, русском и английском; пустая ячейка — недостающий перевод.',
        description: 'Описание на трёх языках.',
        hsCode: 'Код ТН ВЭД, 4 или 6 цифр.',
        sectorCode: 'Код ОКЭД отрасли из справочника, например C23.',
        importVolume: 'Годовой импорт и единица: t, thousand_units, m3, m2 или units.',
        importValueUsd: 'Годовая стоимость импорта в долларах США.',
        sourceCountries: 'Коды ISO основных стран-поставщиков через пробел: RU CN.',
        localProductionShare: 'Доля спроса, покрытая местным производством, 0–100.',
        investment: 'Нужные инвестиции, от и до, в тенге.',
        jobs: 'Рабочие места, которые создаст производство.',
        status: 'open, investor_found, in_production или archived.',
        districtCode: 'Код района, например temirtau; пусто — без района.',
        location: 'Широта и долгота отметки; обе или ни одной.',
        demo: 'true — придуманные данные для примера, false — данные из источника.',
        source: 'Название источника и ссылка на него.',
      },
      earlier: 'Прежние загрузки',
      earlierEmpty: 'Загрузок пока нет.',
      when: 'Когда',
      fileName: 'Файл',
      status: 'Статус',
      rows: 'Строки',
      who: 'Кто',
      megabytes: '{size} МБ',
    },
    job: {
      title: 'Загрузка {file}',
      back: 'Все загрузки',
      statuses: {
        queued: 'Ждёт проверки',
        validating: 'Файл проверяется',
        ready: 'Проверено. Пока ничего не изменилось: выберите ниже.',
        apply_queued: 'Ждёт загрузки',
        applying: 'Загружается',
        done: 'Загружено',
        failed: 'Ошибка',
        cancelled: 'Отменено',
      },
      progress: '{percent} %',
      rowsRead: 'Прочитано строк: {rows}',
      counts: 'Что сделает файл',
      countsSummary: 'Новых {add}, изменённых {update}, без изменений {unchanged}, с ошибками {invalid}',
      actions: { add: 'Новые', update: 'Изменённые', unchanged: 'Без изменений', invalid: 'С ошибками' },
      preview: 'Предпросмотр',
      all: 'Все',
      row: 'Строка',
      code: 'Код',
      name: 'Название',
      action: 'Будет',
      changes: 'Изменения',
      problems: 'Ошибки',
      noRows: 'Здесь строк нет.',
      badRows: 'Строки с ошибками',
      column: 'Колонка',
      reason: 'Причина',
      errorsCsv: 'Скачать строки с ошибками в CSV',
      decide: 'Загрузка',
      importAll: 'Загрузить',
      importAllBlocked:
        'Файл со строками с ошибками целиком ничего не меняет. Исправьте строки и загрузите файл снова или загрузите только верные строки.',
      importValid: 'Загрузить только верные строки',
      importValidNote: 'Строки с ошибками ({invalid}) будут пропущены, остальные загружены.',
      nothingToImport: 'Файл ничего не изменит.',
      cancel: 'Отменить загрузку',
      applied: 'Добавлено: {added}. Обновлено: {updated}.',
      openCatalogue: 'Открыть каталог',
      failure: 'Загрузка не удалась: {reason}',
      cancelled: 'Загрузка отменена; ничего не изменилось.',
      hasErrors: 'В файле есть строки с ошибками: загрузите только верные строки или исправьте их и загрузите снова.',
      newImport: 'Загрузить другой файл',
    },
  },
  kk: {
    common: {
      loading: 'Жүктелуде…',
      loadFailed: 'Жүктеу мүмкін болмады.',
      retry: 'Қайталау',
      refused: 'Сервер бас тартты:',
      forbidden: 'Мұны тек әкімшілер жасай алады.',
      notFound: 'Табылмады: жойылған болуы мүмкін.',
    },
    list: {
      title: 'Мүмкіндіктер каталогы',
      lead: 'Жарияланған және жарияланбаған барлық мүмкіндіктер. Мәтіндері мен сандарын өзгерту, жариялау немесе кім өзгерткенін көру үшін біреуін ашыңыз.',
      search: 'Коды немесе атауы',
      searchButton: 'Іздеу',
      publication: 'Жариялану',
      any: 'Барлығы',
      publishedOnly: 'Жарияланғандар',
      unpublishedOnly: 'Жарияланбағандар',
      missingOnly: 'Тек аудармасы жоқтар',
      newItem: 'Жаңа мүмкіндік',
      imports: 'Кесте жүктеу',
      code: 'Коды',
      name: 'Атауы',
      status: 'Мәртебесі',
      translations: 'Аудармалар',
      updated: 'Өзгертілді',
      published: 'Жарияланған',
      unpublished: 'Жарияланбаған',
      missing: 'Жоқ: {langs}',
      complete: 'Толық',
      demo: 'демо',
      untitled: '(атауы жоқ)',
      found: 'Табылды: {count}',
      empty: 'Бұл сүзгілер бойынша мүмкіндік жоқ.',
      clearFilters: 'Сүзгілерді тазарту',
    },
    form: {
      newTitle: 'Жаңа мүмкіндік',
      editTitle: '{code} мүмкіндігі',
      back: 'Барлық мүмкіндіктер',
      texts: 'Атауы мен сипаттамасы',
      textsLead: 'Әр тілге бір баған. Бос мәтін — жетіспейтін аударма; машиналық жобаны адам растауы керек.',
      name: 'Атауы',
      description: 'Сипаттамасы',
      missingTranslation: 'Аударма жоқ',
      machineDraft: 'Машиналық жоба',
      draftHint: 'Мәтінді түзету оны растайды.',
      identity: 'Коды және жіктелуі',
      code: 'Коды',
      codeHint: 'Бірегей: осы коды бар кесте жолы осы мүмкіндікті жаңартады.',
      hsCode: 'СЭҚ ТН коды',
      hsCodeHint: '4 немесе 6 цифр',
      sector: 'Сала (ЭҚЖЖ)',
      district: 'Аудан',
      noDistrict: 'Көрсетілмеген',
      status: 'Мәртебесі',
      figures: 'Сандар',
      importVolume: 'Жылдық импорт',
      unit: 'Өлшем бірлігі',
      importValueUsd: 'Импорт құны, USD',
      localProductionShare: 'Жергілікті өндіріс үлесі, %',
      investmentMin: 'Инвестиция, бастап, ₸',
      investmentMax: 'Инвестиция, дейін, ₸',
      jobs: 'Жұмыс орындары',
      sourceCountries: 'Жеткізуші елдер',
      sourceCountriesHint: 'ISO кодтары үтір немесе бос орын арқылы: RU, CN, TR',
      place: 'Картадағы орны',
      lat: 'Ендік',
      lon: 'Бойлық',
      placeHint: 'Екеуі де немесе ешқайсысы; оларсыз белгі аудан орталығында тұрады.',
      provenance: 'Дереккөз',
      sourceTitle: 'Дереккөз',
      sourceUrl: 'Дереккөзге сілтеме',
      demo: 'Мысал үшін ойдан алынған деректер (демо)',
      create: 'Құру',
      save: 'Сақтау',
      saving: 'Сақталуда…',
      created: 'Құрылды. Сіз жарияламайынша ол жарияланбайды.',
      saved: 'Сақталды.',
      unchanged: 'Ештеңе өзгерген жоқ.',
      checkFields: 'Белгіленген өрістерді тексеріңіз.',
      notSaved: 'Сақталмады.',
      stale:
        'Сіз ашқаннан кейін біреу бұл мүмкіндікті сақтады. Олардың нұсқасын көру үшін қайта жүктеңіз; мұндағы түзетулеріңіз жоғалады.',
      reload: 'Қайта жүктеу',
      isPublished: 'Жарияланған: оны бәрі көреді.',
      isUnpublished: 'Жарияланбаған: оны тек әкімшілер көреді.',
      publish: 'Жариялау',
      unpublish: 'Жариялаудан алу',
      saveFirst: 'Жарияламас бұрын түзетулерді сақтаңыз.',
      publishedDone: 'Жарияланды.',
      unpublishedDone: 'Жариялаудан алынды.',
      publishFailed: 'Жариялану өзгермеді.',
      history: 'Тарихы',
      historyEmpty: 'Әзірге өзгеріс жоқ.',
      historyFailed: 'Тарихты жүктеу мүмкін болмады.',
      historyActions: {
        created: 'Құрылды',
        updated: 'Өзгертілді',
        published: 'Жарияланды',
        unpublished: 'Жариялаудан алынды',
        imported: 'Кестеден жүктелді',
      },
      nobody: 'жүйе',
      fields: 'Өрістер: {fields}',
      fromImport: 'жүктеу',
      errors: {
        required: 'Бұл өрісті толтырыңыз.',
        maxLength: 'Ең көбі {max} таңба.',
        number: 'Сан енгізіңіз.',
        whole: 'Бүтін сан енгізіңіз.',
        range: '{min}-ден {max}-ге дейін.',
        hsCode: '4 немесе 6 цифр.',
        countries: 'Екі әріпті ISO кодтары, мысалы RU немесе CN.',
        tooManyCountries: 'Ең көбі {max} ел.',
        nameNeeded: 'Атауын кемінде бір тілде көрсетіңіз.',
        minAboveMax: 'Жоғарғы шек төменгісінен кіші.',
        bothCoordinates: 'Ендікті де, бойлықты да көрсетіңіз немесе ешқайсысын көрсетпеңіз.',
        url: 'http:// немесе https:// деп басталатын сілтеме.',
        sourceTitleNeeded: 'Сілтеме апаратын дереккөзді атаңыз.',
      },
    },
    imports: {
      title: 'Жүктеулер',
      lead: 'Каталогты кестеден жаңартыңыз: файл алдымен тексеріледі, алдын ала қарауды көріп, жүктеуді таңдамайынша ештеңе өзгермейді.',
      toCatalogue: 'Мүмкіндіктер каталогы',
      upload: 'Файл жүктеу',
      catalogue: 'Каталог',
      catalogues: { opportunities: 'Мүмкіндіктер' },
      choose: 'Файлды таңдау',
      noFile: 'Файл таңдалмаған',
      fileHint: 'CSV (UTF-8) немесе Excel .xlsx, {size} және {rows} жолға дейін.',
      fileRequired: 'Файлды таңдаңыз.',
      wrongType: 'Тек .csv және .xlsx файлдары.',
      tooBig: 'Файлда {size}; шегі — {limit}.',
      submit: 'Жүктеу және тексеру',
      uploading: 'Жүктелуде: {percent} %',
      tooLarge: 'Файл сервер үшін тым үлкен.',
      unsupported: 'Сервер мұндай файлды оқымайды.',
      badFile: 'Файл қабылданбады.',
      columns: 'Бағандар',
      columnsLead:
        'Ашық деректер CSV бағандары, кез келген ретпен, әр мүмкіндікке бір жол. Жолдар код бойынша сәйкестендіріледі: белгілі код мүмкіндікті жаңартады, жаңа код оны қосады (жарияланбаған күйде).',
      ignored: 'id және updated_at бағандары ескерілмейді.',
      template: 'Ағымдағы каталогты CSV түрінде жүктеп алу',
      column: 'Баған',
      meaning: 'Не бар',
      columnHelp: {
        code: 'Мүмкіндіктің бірегей коды. Міндетті.',
        name: 'Қазақ, орыс және ағылшын тіліндегі атауы; бос ұяшық — жетіспейтін аударма.',
        description: 'Үш тілдегі сипаттамасы.',
        hsCode: 'СЭҚ ТН коды, 4 немесе 6 цифр.',
        sectorCode: 'Анықтамалықтағы саланың ЭҚЖЖ коды, мысалы C23.',
        importVolume: 'Жылдық импорт және бірлігі: t, thousand_units, m3, m2 немесе units.',
        importValueUsd: 'АҚШ долларымен жылдық импорт құны.',
        sourceCountries: 'Негізгі жеткізуші елдердің ISO кодтары бос орын арқылы: RU CN.',
        localProductionShare: 'Жергілікті өндіріс жабатын сұраныс үлесі, 0–100.',
        investment: 'Қажетті инвестиция, бастап және дейін, теңгемен.',
        jobs: 'Өндіріс ашатын жұмыс орындары.',
        status: 'open, investor_found, in_production немесе archived.',
        districtCode: 'Аудан коды, мысалы temirtau; бос — аудансыз.',
        location: 'Белгінің ендігі мен бойлығы; екеуі де немесе ешқайсысы.',
        demo: 'true — мысал үшін ойдан алынған деректер, false — дереккөздегі деректер.',
        source: 'Дереккөздің атауы және оған сілтеме.',
      },
      earlier: 'Бұрынғы жүктеулер',
      earlierEmpty: 'Әзірге жүктеу жоқ.',
      when: 'Қашан',
      fileName: 'Файл',
      status: 'Мәртебесі',
      rows: 'Жолдар',
      who: 'Кім',
      megabytes: '{size} МБ',
    },
    job: {
      title: '{file} жүктеуі',
      back: 'Барлық жүктеулер',
      statuses: {
        queued: 'Тексеруді күтуде',
        validating: 'Файл тексерілуде',
        ready: 'Тексерілді. Әзірге ештеңе өзгерген жоқ: төменнен таңдаңыз.',
        apply_queued: 'Жүктеуді күтуде',
        applying: 'Жүктелуде',
        done: 'Жүктелді',
        failed: 'Қате',
        cancelled: 'Болдырылмады',
      },
      progress: '{percent} %',
      rowsRead: 'Оқылған жолдар: {rows}',
      counts: 'Файл не істейді',
      countsSummary: 'Жаңа {add}, өзгертілген {update}, өзгеріссіз {unchanged}, қатесі бар {invalid}',
      actions: { add: 'Жаңа', update: 'Өзгертілген', unchanged: 'Өзгеріссіз', invalid: 'Қатесі бар' },
      preview: 'Алдын ала қарау',
      all: 'Барлығы',
      row: 'Жол',
      code: 'Коды',
      name: 'Атауы',
      action: 'Не болады',
      changes: 'Өзгерістер',
      problems: 'Қателер',
      noRows: 'Мұнда жол жоқ.',
      badRows: 'Қатесі бар жолдар',
      column: 'Баған',
      reason: 'Себебі',
      errorsCsv: 'Қатесі бар жолдарды CSV түрінде жүктеп алу',
      decide: 'Жүктеу',
      importAll: 'Жүктеу',
      importAllBlocked:
        'Қатесі бар жолдары бар файл тұтастай ештеңені өзгертпейді. Жолдарды түзетіп, файлды қайта жүктеңіз немесе тек дұрыс жолдарды жүктеңіз.',
      importValid: 'Тек дұрыс жолдарды жүктеу',
      importValidNote: 'Қатесі бар {invalid} жол өткізіліп жіберіледі, қалғандары жүктеледі.',
      nothingToImport: 'Файл ештеңені өзгертпейді.',
      cancel: 'Жүктеуді болдырмау',
      applied: 'Қосылды: {added}. Жаңартылды: {updated}.',
      openCatalogue: 'Каталогты ашу',
      failure: 'Жүктеу сәтсіз аяқталды: {reason}',
      cancelled: 'Жүктеу болдырылмады; ештеңе өзгерген жоқ.',
      hasErrors: 'Файлда қатесі бар жолдар бар: тек дұрыс жолдарды жүктеңіз немесе оларды түзетіп, қайта жүктеңіз.',
      newImport: 'Басқа файл жүктеу',
    },
  },
};
