import type { AdminCatalogue, ImportReasonCode, ImportRowAction, ImportStatus } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';

/** A spreadsheet's columns that one line of the upload page explains together. */
type ImportColumnGroup = { key: string; columns: readonly string[] };

/** Each catalogue's spreadsheet columns as the upload page explains them, in the open-data CSV's order. */
export const IMPORT_COLUMN_GROUPS = {
  opportunities: [
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
  ],
  'ppp-projects': [
    { key: 'code', columns: ['code'] },
    { key: 'name', columns: ['name_kk', 'name_ru', 'name_en'] },
    { key: 'description', columns: ['description_kk', 'description_ru', 'description_en'] },
    { key: 'sectorCode', columns: ['sector_code'] },
    { key: 'form', columns: ['form'] },
    { key: 'stage', columns: ['stage'] },
    { key: 'need', columns: ['need'] },
    { key: 'capexKzt', columns: ['capex_kzt'] },
    { key: 'termYears', columns: ['term_years'] },
    { key: 'publicPartner', columns: ['public_partner_kk', 'public_partner_ru', 'public_partner_en'] },
    { key: 'tenderDeadline', columns: ['tender_deadline'] },
    { key: 'districtCode', columns: ['district_code'] },
    { key: 'location', columns: ['lat', 'lon'] },
    { key: 'demo', columns: ['demo'] },
    { key: 'source', columns: ['source', 'source_url'] },
  ],
} as const satisfies Record<AdminCatalogue, readonly ImportColumnGroup[]>;
type ColumnKey = (typeof IMPORT_COLUMN_GROUPS)[AdminCatalogue][number]['key'];

/** Words for a change in an item's history, by the last part of the audit action (`catalogue.item_published`). */
export const HISTORY_ACTIONS = ['created', 'updated', 'published', 'unpublished', 'imported'] as const;
type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** What one catalogue's pages call it, and the sentences that agree with its items (in Russian, by gender). */
export type CatalogueWords = {
  /** Short: the tab above the lists and the import's catalogue select. */
  name: string;
  list: {
    title: string;
    lead: string;
    newItem: string;
    empty: string;
    /** The heading of the column `AdminItemSummary.status` fills: a status, or a stage. */
    status: string;
    published: string;
    unpublished: string;
  };
  form: {
    newTitle: string;
    editTitle: string;
    back: string;
    texts: string;
    codeHint: string;
    created: string;
    stale: string;
    isPublished: string;
    isUnpublished: string;
    historyActions: Record<HistoryAction, string>;
  };
  imports: { columnsLead: string };
};

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
  catalogues: Record<AdminCatalogue, CatalogueWords>;
  list: {
    catalogues: string;
    search: string;
    searchButton: string;
    publication: string;
    any: string;
    publishedOnly: string;
    unpublishedOnly: string;
    missingOnly: string;
    imports: string;
    code: string;
    name: string;
    translations: string;
    updated: string;
    missing: string;
    complete: string;
    demo: string;
    untitled: string;
    found: string;
    clearFilters: string;
  };
  /** What both catalogues' forms share. */
  form: {
    textsLead: string;
    name: string;
    description: string;
    missingTranslation: string;
    machineDraft: string;
    draftHint: string;
    identity: string;
    code: string;
    sector: string;
    district: string;
    noDistrict: string;
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
    saved: string;
    unchanged: string;
    checkFields: string;
    notSaved: string;
    reload: string;
    publish: string;
    unpublish: string;
    saveFirst: string;
    publishedDone: string;
    unpublishedDone: string;
    publishFailed: string;
    history: string;
    historyEmpty: string;
    historyFailed: string;
    nobody: string;
    fields: string;
    fromImport: string;
    errors: {
      required: string;
      maxLength: string;
      number: string;
      whole: string;
      range: string;
      date: string;
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
  /** The opportunity form's own fields. */
  opportunity: {
    hsCode: string;
    hsCodeHint: string;
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
  };
  /** The PPP project form's own fields. */
  ppp: {
    publicPartner: string;
    form: string;
    stage: string;
    need: string;
    figures: string;
    capexKzt: string;
    termYears: string;
    tenderDeadline: string;
    tenderDeadlineHint: string;
  };
  imports: {
    title: string;
    lead: string;
    upload: string;
    catalogue: string;
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
    /** The reason of a wrong cell by its code; `{value}` is the cell (or the row first seen in). */
    reasons: Record<ImportReasonCode, string>;
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
    catalogues: {
      opportunities: {
        name: 'Opportunities',
        list: {
          title: 'Opportunities catalogue',
          lead: 'Every opportunity, published or not. Open one to edit its texts and figures, publish it or see who changed it.',
          newItem: 'New opportunity',
          empty: 'No opportunities under these filters.',
          status: 'Status',
          published: 'Published',
          unpublished: 'Not published',
        },
        form: {
          newTitle: 'New opportunity',
          editTitle: 'Opportunity {code}',
          back: 'All opportunities',
          texts: 'Name and description',
          codeHint: 'Unique: a spreadsheet row with this code updates this opportunity.',
          created: 'Created. It stays unpublished until you publish it.',
          stale:
            'Someone saved this opportunity after you opened it. Reload to see their version; your changes here will be lost.',
          isPublished: 'Published: everyone sees it.',
          isUnpublished: 'Not published: only administrators see it.',
          historyActions: {
            created: 'Created',
            updated: 'Changed',
            published: 'Published',
            unpublished: 'Unpublished',
            imported: 'Imported',
          },
        },
        imports: {
          columnsLead:
            'The columns of the open-data CSV, in any order, one row per opportunity. Rows are matched by code: a known code updates that opportunity, a new code adds one (unpublished).',
        },
      },
      'ppp-projects': {
        name: 'PPP projects',
        list: {
          title: 'PPP projects catalogue',
          lead: 'Every PPP project, published or not. Open one to edit its texts and figures, publish it or see who changed it.',
          newItem: 'New PPP project',
          empty: 'No PPP projects under these filters.',
          status: 'Stage',
          published: 'Published',
          unpublished: 'Not published',
        },
        form: {
          newTitle: 'New PPP project',
          editTitle: 'PPP project {code}',
          back: 'All PPP projects',
          texts: 'Name, description and public partner',
          codeHint: 'Unique: a spreadsheet row with this code updates this project.',
          created: 'Created. It stays unpublished until you publish it.',
          stale:
            'Someone saved this project after you opened it. Reload to see their version; your changes here will be lost.',
          isPublished: 'Published: everyone sees it.',
          isUnpublished: 'Not published: only administrators see it.',
          historyActions: {
            created: 'Created',
            updated: 'Changed',
            published: 'Published',
            unpublished: 'Unpublished',
            imported: 'Imported',
          },
        },
        imports: {
          columnsLead:
            'The columns of the open-data CSV, in any order, one row per project. Rows are matched by code: a known code updates that project, a new code adds one (unpublished).',
        },
      },
    },
    list: {
      catalogues: 'Catalogues',
      search: 'Code or name',
      searchButton: 'Search',
      publication: 'Publication',
      any: 'Published or not',
      publishedOnly: 'Published',
      unpublishedOnly: 'Not published',
      missingOnly: 'Only with a missing translation',
      imports: 'Import a spreadsheet',
      code: 'Code',
      name: 'Name',
      translations: 'Translations',
      updated: 'Changed',
      missing: 'Missing: {langs}',
      complete: 'Complete',
      demo: 'demo',
      untitled: '(no name)',
      found: 'Found: {count}',
      clearFilters: 'Clear the filters',
    },
    form: {
      textsLead:
        'One column per language. An empty text is a missing translation; a machine draft waits for a person to confirm it.',
      name: 'Name',
      description: 'Description',
      missingTranslation: 'Missing translation',
      machineDraft: 'Machine draft',
      draftHint: 'Editing the text confirms it.',
      identity: 'Code and classification',
      code: 'Code',
      sector: 'Sector (OKED)',
      district: 'District',
      noDistrict: 'None',
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
      saved: 'Saved.',
      unchanged: 'Nothing has changed.',
      checkFields: 'Check the marked fields.',
      notSaved: 'Not saved.',
      reload: 'Reload',
      publish: 'Publish',
      unpublish: 'Unpublish',
      saveFirst: 'Save your changes before publishing.',
      publishedDone: 'Published.',
      unpublishedDone: 'Taken off the public catalogue.',
      publishFailed: 'The publication did not change.',
      history: 'History',
      historyEmpty: 'No changes yet.',
      historyFailed: 'The history could not be loaded.',
      nobody: 'the system',
      fields: 'Fields: {fields}',
      fromImport: 'the import',
      errors: {
        required: 'Fill in this field.',
        maxLength: 'At most {max} characters.',
        number: 'Enter a number.',
        whole: 'Enter a whole number.',
        range: 'From {min} to {max}.',
        date: 'A date such as 2026-06-30.',
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
    opportunity: {
      hsCode: 'HS code',
      hsCodeHint: '4 or 6 digits',
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
    },
    ppp: {
      publicPartner: 'Public partner',
      form: 'PPP form',
      stage: 'Stage',
      need: 'Regional need',
      figures: 'Cost and term',
      capexKzt: 'Capital cost, ₸',
      termYears: 'Term, years',
      tenderDeadline: 'Tender deadline',
      tenderDeadlineHint: 'Empty while no tender is announced.',
    },
    imports: {
      title: 'Imports',
      lead: 'Keep a catalogue current from a spreadsheet: the file is checked first, and nothing changes until you choose to import after seeing the preview.',
      upload: 'Upload a file',
      catalogue: 'Catalogue',
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
      ignored: 'The id and updated_at columns are ignored.',
      template: 'Download the current catalogue as CSV',
      column: 'Column',
      meaning: 'What it holds',
      columnHelp: {
        code: 'The unique code the rows are matched by. Required.',
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
        form: 'concession, trust_management, service_contract, lease or life_cycle_contract.',
        stage: 'idea, concept, tender, contract or operation.',
        need: 'The region’s need the project answers: drinking_water, heat_supply, clean_air, green_technology, higher_education, health_care, housing, tourism or transport.',
        capexKzt: 'The capital cost in tenge, a whole number.',
        termYears: 'The partnership’s term in years, 1–99.',
        publicPartner: 'The state body that partners, in the three languages.',
        tenderDeadline: 'The tender’s closing date as YYYY-MM-DD; empty while none is announced.',
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
      reasons: {
        required: 'is required',
        not_a_number: 'is not a number: {value}',
        not_a_date: 'is not a date (YYYY-MM-DD or DD.MM.YYYY): {value}',
        not_true_or_false: 'is not yes or no: {value}',
        coordinates_together: 'latitude and longitude are given together or not at all',
        source_title_needed: 'needs the source’s title when its link is given',
        repeated_code: 'repeats the code of row {value}',
        unknown_sector: 'no sector has the code {value}',
        unknown_district: 'no district has the code {value}',
        isIn: 'is not one of the allowed values',
        isInt: 'must be a whole number',
        isNumber: 'must be a number',
        min: 'is below the smallest allowed value',
        max: 'is above the largest allowed value',
        matches: 'has the wrong form',
        isLength: 'is empty or too long',
        maxLength: 'is too long',
        notBelow: 'must not be below the minimum',
        someLanguage: 'needs the Russian or the Kazakh text',
        isUrl: 'must be an http(s) link',
        isIso8601: 'is not a real date',
      },
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
    catalogues: {
      opportunities: {
        name: 'Возможности',
        list: {
          title: 'Каталог возможностей',
          lead: 'Все возможности, опубликованные и нет. Откройте одну, чтобы изменить тексты и цифры, опубликовать её или увидеть, кто её менял.',
          newItem: 'Новая возможность',
          empty: 'С такими фильтрами возможностей нет.',
          status: 'Статус',
          published: 'Опубликована',
          unpublished: 'Не опубликована',
        },
        form: {
          newTitle: 'Новая возможность',
          editTitle: 'Возможность {code}',
          back: 'Все возможности',
          texts: 'Название и описание',
          codeHint: 'Уникальный: строка таблицы с этим кодом обновит эту возможность.',
          created: 'Создано. Возможность не опубликована, пока вы её не опубликуете.',
          stale:
            'Кто-то сохранил эту возможность после того, как вы её открыли. Загрузите её заново, чтобы увидеть их версию; ваши правки здесь пропадут.',
          isPublished: 'Опубликована: её видят все.',
          isUnpublished: 'Не опубликована: её видят только администраторы.',
          historyActions: {
            created: 'Создана',
            updated: 'Изменена',
            published: 'Опубликована',
            unpublished: 'Снята с публикации',
            imported: 'Загружена из таблицы',
          },
        },
        imports: {
          columnsLead:
            'Колонки CSV открытых данных, в любом порядке, по строке на возможность. Строки сопоставляются по коду: известный код обновляет возможность, новый добавляет её (неопубликованной).',
        },
      },
      'ppp-projects': {
        name: 'Проекты ГЧП',
        list: {
          title: 'Каталог проектов ГЧП',
          lead: 'Все проекты ГЧП, опубликованные и нет. Откройте один, чтобы изменить тексты и цифры, опубликовать его или увидеть, кто его менял.',
          newItem: 'Новый проект ГЧП',
          empty: 'С такими фильтрами проектов ГЧП нет.',
          status: 'Стадия',
          published: 'Опубликован',
          unpublished: 'Не опубликован',
        },
        form: {
          newTitle: 'Новый проект ГЧП',
          editTitle: 'Проект ГЧП {code}',
          back: 'Все проекты ГЧП',
          texts: 'Название, описание и государственный партнёр',
          codeHint: 'Уникальный: строка таблицы с этим кодом обновит этот проект.',
          created: 'Создано. Проект не опубликован, пока вы его не опубликуете.',
          stale:
            'Кто-то сохранил этот проект после того, как вы его открыли. Загрузите его заново, чтобы увидеть их версию; ваши правки здесь пропадут.',
          isPublished: 'Опубликован: его видят все.',
          isUnpublished: 'Не опубликован: его видят только администраторы.',
          historyActions: {
            created: 'Создан',
            updated: 'Изменён',
            published: 'Опубликован',
            unpublished: 'Снят с публикации',
            imported: 'Загружен из таблицы',
          },
        },
        imports: {
          columnsLead:
            'Колонки CSV открытых данных, в любом порядке, по строке на проект. Строки сопоставляются по коду: известный код обновляет проект, новый добавляет его (неопубликованным).',
        },
      },
    },
    list: {
      catalogues: 'Каталоги',
      search: 'Код или название',
      searchButton: 'Найти',
      publication: 'Публикация',
      any: 'Все',
      publishedOnly: 'Опубликованные',
      unpublishedOnly: 'Неопубликованные',
      missingOnly: 'Только без перевода',
      imports: 'Загрузить таблицу',
      code: 'Код',
      name: 'Название',
      translations: 'Переводы',
      updated: 'Изменено',
      missing: 'Нет: {langs}',
      complete: 'Все',
      demo: 'демо',
      untitled: '(без названия)',
      found: 'Найдено: {count}',
      clearFilters: 'Сбросить фильтры',
    },
    form: {
      textsLead:
        'По колонке на язык. Пустой текст — недостающий перевод; машинный черновик ждёт, пока его подтвердит человек.',
      name: 'Название',
      description: 'Описание',
      missingTranslation: 'Нет перевода',
      machineDraft: 'Машинный черновик',
      draftHint: 'Правка текста подтверждает его.',
      identity: 'Код и классификация',
      code: 'Код',
      sector: 'Отрасль (ОКЭД)',
      district: 'Район',
      noDistrict: 'Не указан',
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
      saved: 'Сохранено.',
      unchanged: 'Ничего не изменилось.',
      checkFields: 'Проверьте отмеченные поля.',
      notSaved: 'Не сохранено.',
      reload: 'Загрузить заново',
      publish: 'Опубликовать',
      unpublish: 'Снять с публикации',
      saveFirst: 'Сохраните правки перед публикацией.',
      publishedDone: 'Опубликовано.',
      unpublishedDone: 'Снято с публикации.',
      publishFailed: 'Публикация не изменилась.',
      history: 'История',
      historyEmpty: 'Изменений пока нет.',
      historyFailed: 'Не удалось загрузить историю.',
      nobody: 'система',
      fields: 'Поля: {fields}',
      fromImport: 'загрузка',
      errors: {
        required: 'Заполните это поле.',
        maxLength: 'Не больше {max} символов.',
        number: 'Введите число.',
        whole: 'Введите целое число.',
        range: 'От {min} до {max}.',
        date: 'Дата, например 2026-06-30.',
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
    opportunity: {
      hsCode: 'Код ТН ВЭД',
      hsCodeHint: '4 или 6 цифр',
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
    },
    ppp: {
      publicPartner: 'Государственный партнёр',
      form: 'Форма ГЧП',
      stage: 'Стадия',
      need: 'Потребность региона',
      figures: 'Стоимость и срок',
      capexKzt: 'Капитальные затраты, ₸',
      termYears: 'Срок, лет',
      tenderDeadline: 'Срок подачи на конкурс',
      tenderDeadlineHint: 'Пусто, пока конкурс не объявлен.',
    },
    imports: {
      title: 'Загрузки',
      lead: 'Обновляйте каталог из таблицы: файл сначала проверяется, и ничего не меняется, пока вы не решите загрузить его, посмотрев предпросмотр.',
      upload: 'Загрузить файл',
      catalogue: 'Каталог',
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
      ignored: 'Колонки id и updated_at не учитываются.',
      template: 'Скачать текущий каталог в CSV',
      column: 'Колонка',
      meaning: 'Что в ней',
      columnHelp: {
        code: 'Уникальный код, по которому сопоставляются строки. Обязателен.',
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
        form: 'concession, trust_management, service_contract, lease или life_cycle_contract.',
        stage: 'idea, concept, tender, contract или operation.',
        need: 'Потребность региона, на которую отвечает проект: drinking_water, heat_supply, clean_air, green_technology, higher_education, health_care, housing, tourism или transport.',
        capexKzt: 'Капитальные затраты в тенге, целое число.',
        termYears: 'Срок партнёрства в годах, 1–99.',
        publicPartner: 'Государственный партнёр на трёх языках.',
        tenderDeadline: 'Срок подачи на конкурс в виде ГГГГ-ММ-ДД; пусто, пока конкурс не объявлен.',
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
      reasons: {
        required: 'обязательно',
        not_a_number: 'не число: {value}',
        not_a_date: 'не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ): {value}',
        not_true_or_false: 'не «да» и не «нет»: {value}',
        coordinates_together: 'широта и долгота указываются вместе или не указываются',
        source_title_needed: 'нужно название источника, раз дана ссылка',
        repeated_code: 'код повторяет строку {value}',
        unknown_sector: 'нет отрасли с кодом {value}',
        unknown_district: 'нет района с кодом {value}',
        isIn: 'не из допустимых значений',
        isInt: 'должно быть целым числом',
        isNumber: 'должно быть числом',
        min: 'меньше наименьшего допустимого',
        max: 'больше наибольшего допустимого',
        matches: 'в неверном виде',
        isLength: 'пусто или слишком длинно',
        maxLength: 'слишком длинно',
        notBelow: 'не может быть меньше минимума',
        someLanguage: 'нужен текст на русском или казахском',
        isUrl: 'должно быть ссылкой http(s)',
        isIso8601: 'такой даты нет',
      },
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
    catalogues: {
      opportunities: {
        name: 'Мүмкіндіктер',
        list: {
          title: 'Мүмкіндіктер каталогы',
          lead: 'Жарияланған және жарияланбаған барлық мүмкіндіктер. Мәтіндері мен сандарын өзгерту, жариялау немесе кім өзгерткенін көру үшін біреуін ашыңыз.',
          newItem: 'Жаңа мүмкіндік',
          empty: 'Бұл сүзгілер бойынша мүмкіндік жоқ.',
          status: 'Мәртебесі',
          published: 'Жарияланған',
          unpublished: 'Жарияланбаған',
        },
        form: {
          newTitle: 'Жаңа мүмкіндік',
          editTitle: '{code} мүмкіндігі',
          back: 'Барлық мүмкіндіктер',
          texts: 'Атауы мен сипаттамасы',
          codeHint: 'Бірегей: осы коды бар кесте жолы осы мүмкіндікті жаңартады.',
          created: 'Құрылды. Сіз жарияламайынша ол жарияланбайды.',
          stale:
            'Сіз ашқаннан кейін біреу бұл мүмкіндікті сақтады. Олардың нұсқасын көру үшін қайта жүктеңіз; мұндағы түзетулеріңіз жоғалады.',
          isPublished: 'Жарияланған: оны бәрі көреді.',
          isUnpublished: 'Жарияланбаған: оны тек әкімшілер көреді.',
          historyActions: {
            created: 'Құрылды',
            updated: 'Өзгертілді',
            published: 'Жарияланды',
            unpublished: 'Жариялаудан алынды',
            imported: 'Кестеден жүктелді',
          },
        },
        imports: {
          columnsLead:
            'Ашық деректер CSV бағандары, кез келген ретпен, әр мүмкіндікке бір жол. Жолдар код бойынша сәйкестендіріледі: белгілі код мүмкіндікті жаңартады, жаңа код оны қосады (жарияланбаған күйде).',
        },
      },
      'ppp-projects': {
        name: 'МЖӘ жобалары',
        list: {
          title: 'МЖӘ жобаларының каталогы',
          lead: 'Жарияланған және жарияланбаған барлық МЖӘ жобалары. Мәтіндері мен сандарын өзгерту, жариялау немесе кім өзгерткенін көру үшін біреуін ашыңыз.',
          newItem: 'Жаңа МЖӘ жобасы',
          empty: 'Бұл сүзгілер бойынша МЖӘ жобасы жоқ.',
          status: 'Кезеңі',
          published: 'Жарияланған',
          unpublished: 'Жарияланбаған',
        },
        form: {
          newTitle: 'Жаңа МЖӘ жобасы',
          editTitle: '{code} МЖӘ жобасы',
          back: 'Барлық МЖӘ жобалары',
          texts: 'Атауы, сипаттамасы және мемлекеттік әріптес',
          codeHint: 'Бірегей: осы коды бар кесте жолы осы жобаны жаңартады.',
          created: 'Құрылды. Сіз жарияламайынша ол жарияланбайды.',
          stale:
            'Сіз ашқаннан кейін біреу бұл жобаны сақтады. Олардың нұсқасын көру үшін қайта жүктеңіз; мұндағы түзетулеріңіз жоғалады.',
          isPublished: 'Жарияланған: оны бәрі көреді.',
          isUnpublished: 'Жарияланбаған: оны тек әкімшілер көреді.',
          historyActions: {
            created: 'Құрылды',
            updated: 'Өзгертілді',
            published: 'Жарияланды',
            unpublished: 'Жариялаудан алынды',
            imported: 'Кестеден жүктелді',
          },
        },
        imports: {
          columnsLead:
            'Ашық деректер CSV бағандары, кез келген ретпен, әр жобаға бір жол. Жолдар код бойынша сәйкестендіріледі: белгілі код жобаны жаңартады, жаңа код оны қосады (жарияланбаған күйде).',
        },
      },
    },
    list: {
      catalogues: 'Каталогтар',
      search: 'Коды немесе атауы',
      searchButton: 'Іздеу',
      publication: 'Жариялану',
      any: 'Барлығы',
      publishedOnly: 'Жарияланғандар',
      unpublishedOnly: 'Жарияланбағандар',
      missingOnly: 'Тек аудармасы жоқтар',
      imports: 'Кесте жүктеу',
      code: 'Коды',
      name: 'Атауы',
      translations: 'Аудармалар',
      updated: 'Өзгертілді',
      missing: 'Жоқ: {langs}',
      complete: 'Толық',
      demo: 'демо',
      untitled: '(атауы жоқ)',
      found: 'Табылды: {count}',
      clearFilters: 'Сүзгілерді тазарту',
    },
    form: {
      textsLead: 'Әр тілге бір баған. Бос мәтін — жетіспейтін аударма; машиналық жобаны адам растауы керек.',
      name: 'Атауы',
      description: 'Сипаттамасы',
      missingTranslation: 'Аударма жоқ',
      machineDraft: 'Машиналық жоба',
      draftHint: 'Мәтінді түзету оны растайды.',
      identity: 'Коды және жіктелуі',
      code: 'Коды',
      sector: 'Сала (ЭҚЖЖ)',
      district: 'Аудан',
      noDistrict: 'Көрсетілмеген',
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
      saved: 'Сақталды.',
      unchanged: 'Ештеңе өзгерген жоқ.',
      checkFields: 'Белгіленген өрістерді тексеріңіз.',
      notSaved: 'Сақталмады.',
      reload: 'Қайта жүктеу',
      publish: 'Жариялау',
      unpublish: 'Жариялаудан алу',
      saveFirst: 'Жарияламас бұрын түзетулерді сақтаңыз.',
      publishedDone: 'Жарияланды.',
      unpublishedDone: 'Жариялаудан алынды.',
      publishFailed: 'Жариялану өзгермеді.',
      history: 'Тарихы',
      historyEmpty: 'Әзірге өзгеріс жоқ.',
      historyFailed: 'Тарихты жүктеу мүмкін болмады.',
      nobody: 'жүйе',
      fields: 'Өрістер: {fields}',
      fromImport: 'жүктеу',
      errors: {
        required: 'Бұл өрісті толтырыңыз.',
        maxLength: 'Ең көбі {max} таңба.',
        number: 'Сан енгізіңіз.',
        whole: 'Бүтін сан енгізіңіз.',
        range: '{min}-ден {max}-ге дейін.',
        date: 'Күн, мысалы 2026-06-30.',
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
    opportunity: {
      hsCode: 'СЭҚ ТН коды',
      hsCodeHint: '4 немесе 6 цифр',
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
    },
    ppp: {
      publicPartner: 'Мемлекеттік әріптес',
      form: 'МЖӘ нысаны',
      stage: 'Кезеңі',
      need: 'Өңір қажеттілігі',
      figures: 'Құны және мерзімі',
      capexKzt: 'Күрделі шығындар, ₸',
      termYears: 'Мерзімі, жыл',
      tenderDeadline: 'Конкурсқа өтінім беру мерзімі',
      tenderDeadlineHint: 'Конкурс жарияланбайынша бос.',
    },
    imports: {
      title: 'Жүктеулер',
      lead: 'Каталогты кестеден жаңартыңыз: файл алдымен тексеріледі, алдын ала қарауды көріп, жүктеуді таңдамайынша ештеңе өзгермейді.',
      upload: 'Файл жүктеу',
      catalogue: 'Каталог',
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
      ignored: 'id және updated_at бағандары ескерілмейді.',
      template: 'Ағымдағы каталогты CSV түрінде жүктеп алу',
      column: 'Баған',
      meaning: 'Не бар',
      columnHelp: {
        code: 'Жолдар сәйкестендірілетін бірегей код. Міндетті.',
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
        form: 'concession, trust_management, service_contract, lease немесе life_cycle_contract.',
        stage: 'idea, concept, tender, contract немесе operation.',
        need: 'Жоба жауап беретін өңір қажеттілігі: drinking_water, heat_supply, clean_air, green_technology, higher_education, health_care, housing, tourism немесе transport.',
        capexKzt: 'Күрделі шығындар теңгемен, бүтін сан.',
        termYears: 'Әріптестік мерзімі жылмен, 1–99.',
        publicPartner: 'Үш тілдегі мемлекеттік әріптес.',
        tenderDeadline: 'Конкурсқа өтінім беру мерзімі ЖЖЖЖ-АА-КК түрінде; конкурс жарияланбайынша бос.',
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
      reasons: {
        required: 'міндетті',
        not_a_number: 'сан емес: {value}',
        not_a_date: 'күн емес (ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ): {value}',
        not_true_or_false: '«иә» да, «жоқ» та емес: {value}',
        coordinates_together: 'ендік пен бойлық бірге көрсетіледі немесе көрсетілмейді',
        source_title_needed: 'сілтеме берілсе, дереккөздің атауы керек',
        repeated_code: 'код {value} жолын қайталайды',
        unknown_sector: '{value} кодты сала жоқ',
        unknown_district: '{value} кодты аудан жоқ',
        isIn: 'рұқсат етілген мәндердің бірі емес',
        isInt: 'бүтін сан болуы керек',
        isNumber: 'сан болуы керек',
        min: 'ең кіші рұқсат етілген мәннен аз',
        max: 'ең үлкен рұқсат етілген мәннен көп',
        matches: 'пішімі қате',
        isLength: 'бос немесе тым ұзын',
        maxLength: 'тым ұзын',
        notBelow: 'ең азынан кем болмауы керек',
        someLanguage: 'орысша немесе қазақша мәтін керек',
        isUrl: 'http(s) сілтемесі болуы керек',
        isIso8601: 'мұндай күн жоқ',
      },
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
