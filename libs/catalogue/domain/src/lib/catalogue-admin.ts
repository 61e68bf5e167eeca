import type { Lang, LocalizedText } from '@kbdm/shared/domain';
import type { OpportunityStatus } from './opportunity';
import type { PppForm, PppNeed, PppStage } from './ppp-project';

/**
 * The administrators' side of the catalogues: editing an item in a form, publishing it, and
 * keeping a catalogue current from a spreadsheet. Opportunities and PPP projects so far; the
 * programmes and SEZ slots follow the same contracts.
 */
export const ADMIN_CATALOGUES = ['opportunities', 'ppp-projects'] as const;
export type AdminCatalogue = (typeof ADMIN_CATALOGUES)[number];

/** A text in the three languages as a form holds it: an empty string is a missing translation. */
export type LocalizedTextInput = {
  kk: string;
  ru: string;
  en: string;
  /** Languages whose text is a machine-made draft nobody has confirmed. */
  drafts?: Lang[];
};

/** `POST /api/v1/admin/opportunities` and `PUT /api/v1/admin/opportunities/:id`. */
export type OpportunityInput = {
  code: string;
  name: LocalizedTextInput;
  description: LocalizedTextInput;
  /** Harmonized System code, 4 or 6 digits. */
  hsCode: string;
  /** OKED code of a sector of the reference list. */
  sectorCode: string;
  importVolume: { amount: number; unit: string };
  importValueUsd: number;
  /** ISO 3166-1 alpha-2 codes. */
  sourceCountries: string[];
  /** Percent, 0–100. */
  localProductionShare: number;
  investmentKzt: { min: number; max: number };
  jobs: number;
  status: OpportunityStatus;
  /** Code of the district where the marker stands, or null. */
  districtCode: string | null;
  location: { lat: number; lon: number } | null;
  source: { title: string; url?: string } | null;
  /** Invented example data rather than sourced. */
  demo: boolean;
};

/** Limits shared by the API's validation and the web form. */
export const OPPORTUNITY_INPUT_LIMITS = {
  code: 64,
  name: 300,
  description: 5000,
  unit: 24,
  /** numeric(16,2) */
  money: 99_999_999_999_999,
  investmentKzt: 9_000_000_000_000_000,
  jobs: 1_000_000,
  sourceCountries: 20,
  sourceTitle: 300,
  sourceUrl: 1000,
} as const;

/** A field's language that has no text: `{ field: 'name', lang: 'kk' }`. */
export type MissingTranslation = { field: string; lang: Lang };

/** The editable record of an opportunity, as the form loads it. */
export type AdminOpportunity = OpportunityInput & {
  id: string;
  published: boolean;
  missingTranslations: MissingTranslation[];
  /** Goes back with the next update: a form saved over a newer change is refused (409). */
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** `POST /api/v1/admin/ppp-projects` and `PUT /api/v1/admin/ppp-projects/:id`. */
export type PppProjectInput = {
  code: string;
  name: LocalizedTextInput;
  description: LocalizedTextInput;
  /** OKED code of a sector of the reference list. */
  sectorCode: string;
  form: PppForm;
  stage: PppStage;
  need: PppNeed;
  capexKzt: number;
  termYears: number;
  /** The state body that partners, in the three languages. */
  publicPartner: LocalizedTextInput;
  /** ISO date (YYYY-MM-DD), or null while no tender is announced. */
  tenderDeadline: string | null;
  districtCode: string | null;
  location: { lat: number; lon: number } | null;
  source: { title: string; url?: string } | null;
  demo: boolean;
};

export const PPP_PROJECT_INPUT_LIMITS = {
  code: 64,
  name: 300,
  description: 5000,
  publicPartner: 300,
  capexKzt: 9_000_000_000_000_000,
  termYears: 99,
  sourceTitle: 300,
  sourceUrl: 1000,
} as const;

export type AdminPppProject = PppProjectInput & {
  id: string;
  published: boolean;
  missingTranslations: MissingTranslation[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type UpdatePppProject = PppProjectInput & { version: number };

/** One line of the administrators' list of a catalogue (unpublished items included). */
export type AdminItemSummary = {
  id: string;
  code: string;
  name: LocalizedText;
  /** An opportunity's status; a PPP project's stage. */
  status: string;
  published: boolean;
  missingTranslations: MissingTranslation[];
  demo: boolean;
  updatedAt: string;
};

/** `PUT …/:id` carries the version the form was loaded at. */
export type UpdateOpportunity = OpportunityInput & { version: number };

/** `POST /api/v1/admin/opportunities/:id/publication`. */
export type PublicationChange = { published: boolean; version: number };

/** One change of an item, from the audit log: who, when, what. */
export type CatalogueChange = {
  id: string;
  action: string;
  actor: { id: string; fullName: string } | null;
  at: string;
  /** The fields changed, for an update; the import's id, for an import. */
  fields: string[];
  importId: string | null;
};

// ---------------------------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------------------------

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * queued → validating → ready → apply_queued → applying → done; failed and cancelled end it too.
 * `ready` waits for the administrator: the preview is known, nothing has changed yet.
 */
export const IMPORT_STATUSES = [
  'queued',
  'validating',
  'ready',
  'apply_queued',
  'applying',
  'done',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const FINISHED_IMPORT_STATUSES: readonly ImportStatus[] = ['done', 'failed', 'cancelled'];

/** `all`: nothing changes while a row is wrong. `valid_only`: the wrong rows are left out. */
export const IMPORT_MODES = ['all', 'valid_only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What a row of the file would do. */
export const IMPORT_ROW_ACTIONS = ['add', 'update', 'unchanged', 'invalid'] as const;
export type ImportRowAction = (typeof IMPORT_ROW_ACTIONS)[number];

export type ImportCounts = Record<ImportRowAction, number>;

/** The default limits of an upload; the API's configuration may lower or raise them. */
export const IMPORT_DEFAULT_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  maxRows: 200_000,
} as const;

export type ImportJob = {
  id: string;
  catalogue: AdminCatalogue;
  fileName: string;
  format: ImportFormat;
  size: number;
  status: ImportStatus;
  mode: ImportMode | null;
  /** Of the phase running now: bytes read while validating, rows written while applying. */
  progress: { done: number; total: number; percent: number };
  /** Data rows read so far (the header is not counted). */
  rows: number;
  counts: ImportCounts;
  /** What the apply changed, once done. */
  applied: { added: number; updated: number } | null;
  failure: string | null;
  createdBy: { id: string; fullName: string } | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
};

/**
 * Why a cell is wrong, for the page to say in the reader's language: the import's own checks and
 * the API's validation rules (`isIn`, `min` … as class-validator names them).
 */
export const IMPORT_REASON_CODES = [
  'required',
  'not_a_number',
  'not_a_date',
  'not_true_or_false',
  'coordinates_together',
  'source_title_needed',
  'repeated_code',
  'unknown_sector',
  'unknown_district',
  'isIn',
  'isInt',
  'isNumber',
  'min',
  'max',
  'matches',
  'isLength',
  'maxLength',
  'notBelow',
  'someLanguage',
  'isUrl',
  'isIso8601',
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/**
 * A wrong cell: the spreadsheet row (the header is row 1), the column's header and why, in words
 * (English) and, where known, as a code with the cell's value.
 */
export type ImportRowError = {
  row: number;
  column: string;
  reason: string;
  code?: ImportReasonCode;
  /** The cell as the file had it, or the row a repeated code was first seen in. */
  value?: string;
};

/** A row of the preview. `changes` names the columns an update would change. */
export type ImportPreviewRow = {
  row: number;
  code: string | null;
  name: string | null;
  action: ImportRowAction;
  changes: string[];
  errors: ImportRowError[];
};

/** `POST /api/v1/admin/imports/:id/apply`. */
export type ApplyImport = { mode: ImportMode };
