import type { ImportRowError, OpportunityInput } from '@kbdm/catalogue/domain';
import type { FieldError } from '@kbdm/shared/domain';
import type { OpportunityField } from './opportunity-record';

/**
 * The spreadsheet columns of opportunities: the same headers as the open-data CSV, so an
 * exported file imports again unchanged. `id` and `updated_at` are the export's own and are
 * ignored; rows are matched by `code`.
 */
type CellKind = 'text' | 'number' | 'list' | 'boolean';
type Column = { header: string; path: string; kind: CellKind; required?: boolean };

export const OPPORTUNITY_COLUMNS: readonly Column[] = [
  { header: 'code', path: 'code', kind: 'text', required: true },
  { header: 'name_kk', path: 'name.kk', kind: 'text' },
  { header: 'name_ru', path: 'name.ru', kind: 'text', required: true },
  { header: 'name_en', path: 'name.en', kind: 'text' },
  { header: 'description_kk', path: 'description.kk', kind: 'text' },
  { header: 'description_ru', path: 'description.ru', kind: 'text' },
  { header: 'description_en', path: 'description.en', kind: 'text' },
  { header: 'hs_code', path: 'hsCode', kind: 'text', required: true },
  { header: 'sector_code', path: 'sectorCode', kind: 'text', required: true },
  { header: 'import_volume', path: 'importVolume.amount', kind: 'number', required: true },
  { header: 'import_volume_unit', path: 'importVolume.unit', kind: 'text', required: true },
  { header: 'import_value_usd', path: 'importValueUsd', kind: 'number', required: true },
  { header: 'source_countries', path: 'sourceCountries', kind: 'list' },
  { header: 'local_production_share_percent', path: 'localProductionShare', kind: 'number', required: true },
  { header: 'investment_min_kzt', path: 'investmentKzt.min', kind: 'number', required: true },
  { header: 'investment_max_kzt', path: 'investmentKzt.max', kind: 'number', required: true },
  { header: 'jobs', path: 'jobs', kind: 'number', required: true },
  { header: 'status', path: 'status', kind: 'text', required: true },
  { header: 'district_code', path: 'districtCode', kind: 'text' },
  { header: 'lat', path: 'location.lat', kind: 'number' },
  { header: 'lon', path: 'location.lon', kind: 'number' },
  { header: 'demo', path: 'demo', kind: 'boolean' },
  { header: 'source', path: 'source.title', kind: 'text' },
  { header: 'source_url', path: 'source.url', kind: 'text' },
];

/** Headers the export writes that an import passes over. */
export const IGNORED_HEADERS = ['id', 'updated_at'];

const COLUMN_OF_PATH = new Map(OPPORTUNITY_COLUMNS.map((c) => [c.path, c.header]));

/** The column a validation error's field is in: `investmentKzt.max` → `investment_max_kzt`. */
export function columnOfField(field: string): string {
  const exact = COLUMN_OF_PATH.get(field);
  if (exact) return exact;
  if (field.startsWith('sourceCountries')) return 'source_countries';
  if (field === 'location') return 'lat';
  if (field === 'source') return 'source';
  if (field === 'name' || field === 'description') return `${field}_ru`;
  return field;
}

/** The columns a changed field is written in, for the preview. */
export function columnsOfField(field: OpportunityField): string {
  switch (field) {
    case 'name':
    case 'description':
      return field;
    case 'location':
      return 'lat,lon';
    case 'source':
      return 'source';
    case 'importVolume':
      return 'import_volume';
    case 'investmentKzt':
      return 'investment_kzt';
    default:
      return COLUMN_OF_PATH.get(field) ?? field;
  }
}

/** A validation error as the report names it: the column, and the reason without the field's name. */
export function rowErrorOf(row: number, error: FieldError): ImportRowError {
  const property = error.field.split('.').pop() ?? error.field;
  const reason = error.message.startsWith(`${property} `) ? error.message.slice(property.length + 1) : error.message;
  return { row, column: columnOfField(error.field), reason };
}

/** Where each known header stands in the file, and the required ones it lacks. */
export function headerLayout(headers: string[]): { index: Map<string, number>; missing: string[]; unknown: string[] } {
  const index = new Map<string, number>();
  const unknown: string[] = [];
  headers.forEach((raw, i) => {
    const header = raw.trim().toLowerCase();
    if (OPPORTUNITY_COLUMNS.some((c) => c.header === header)) {
      if (!index.has(header)) index.set(header, i);
    } else if (header !== '' && !IGNORED_HEADERS.includes(header)) {
      unknown.push(raw.trim());
    }
  });
  const missing = OPPORTUNITY_COLUMNS.filter((c) => c.required && !index.has(c.header)).map((c) => c.header);
  return { index, missing, unknown };
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const TRUE = ['true', '1', 'yes', 'да', 'иә'];
const FALSE = ['false', '0', 'no', 'нет', 'жоқ'];

/** `1 234 567,5` and `1234567.5` are the same number; anything else is not a number. */
export function parseNumber(cell: string): number | null {
  let text = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (text.includes(',') && !text.includes('.')) text = text.replace(',', '.');
  return NUMBER.test(text) ? Number(text) : null;
}

const defaults = (): OpportunityInput => ({
  code: '',
  name: { kk: '', ru: '', en: '' },
  description: { kk: '', ru: '', en: '' },
  hsCode: '',
  sectorCode: '',
  importVolume: { amount: 0, unit: '' },
  importValueUsd: 0,
  sourceCountries: [],
  localProductionShare: 0,
  investmentKzt: { min: 0, max: 0 },
  jobs: 0,
  status: 'open',
  districtCode: null,
  location: null,
  source: null,
  demo: false,
});

/**
 * A row's cells as a create/update body. A column the file lacks keeps what the stored item has
 * (`stored`), so a file of a few columns changes only those. Cells that are not what their column
 * holds are errors here; the rest is the API's validation.
 */
export function rowInput(
  row: number,
  cells: string[],
  index: Map<string, number>,
  stored: OpportunityInput | null,
): { plain: Record<string, unknown>; errors: ImportRowError[] } {
  const input = structuredClone(stored ?? defaults()) as unknown as Record<string, Record<string, unknown> | unknown>;
  const errors: ImportRowError[] = [];
  const set = (path: string, value: unknown) => {
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail === undefined) {
      input[head] = value;
    } else {
      const parent = (input[head] ?? {}) as Record<string, unknown>;
      parent[tail] = value;
      input[head] = parent;
    }
  };
  const cellOf = (header: string): string | undefined => {
    const at = index.get(header);
    return at === undefined ? undefined : (cells[at] ?? '').trim();
  };
  let location: { lat?: number | null; lon?: number | null } | null = null;
  let source: { title?: string; url?: string } | null = null;

  for (const column of OPPORTUNITY_COLUMNS) {
    const cell = cellOf(column.header);
    if (cell === undefined) continue;
    if (cell === '' && column.required) {
      errors.push({ row, column: column.header, reason: 'is required' });
      continue;
    }
    if (column.path.startsWith('location.')) {
      const value = cell === '' ? null : parseNumber(cell);
      if (cell !== '' && value === null)
        errors.push({ row, column: column.header, reason: `is not a number: ${cell}` });
      location = { ...(location ?? {}), [column.path.slice('location.'.length)]: value };
      continue;
    }
    if (column.path.startsWith('source.')) {
      source = { ...(source ?? {}), ...(cell === '' ? {} : { [column.path.slice('source.'.length)]: cell }) };
      continue;
    }
    switch (column.kind) {
      case 'text':
        set(column.path, column.path === 'districtCode' && cell === '' ? null : cell);
        break;
      case 'number': {
        const value = parseNumber(cell);
        if (value === null) errors.push({ row, column: column.header, reason: `is not a number: ${cell}` });
        else set(column.path, value);
        break;
      }
      case 'list':
        set(
          column.path,
          cell.split(/[\s,;]+/).filter((v) => v !== ''),
        );
        break;
      case 'boolean': {
        const lower = cell.toLowerCase();
        if (cell === '') set(column.path, stored?.demo ?? false);
        else if (TRUE.includes(lower)) set(column.path, true);
        else if (FALSE.includes(lower)) set(column.path, false);
        else errors.push({ row, column: column.header, reason: `is not true or false: ${cell}` });
        break;
      }
    }
  }

  if (location) {
    const merged = { lat: stored?.location?.lat ?? null, lon: stored?.location?.lon ?? null, ...location };
    if (merged.lat === null && merged.lon === null) input['location'] = null;
    else if (merged.lat === null || merged.lon === null) {
      errors.push({
        row,
        column: merged.lat === null ? 'lat' : 'lon',
        reason: 'lat and lon are given together or not at all',
      });
    } else input['location'] = merged;
  }
  if (source) {
    const title = index.has('source') ? source.title : stored?.source?.title;
    const url = index.has('source_url') ? source.url : stored?.source?.url;
    if (!title && !url) input['source'] = null;
    else if (!title) errors.push({ row, column: 'source', reason: 'is required when source_url is given' });
    else input['source'] = { title, ...(url ? { url } : {}) };
  }
  // A spreadsheet holds no drafts: the stored ones stand while their text does.
  for (const field of ['name', 'description']) delete (input[field] as Record<string, unknown>)['drafts'];
  return { plain: input as Record<string, unknown>, errors };
}
