import { IMPORT_REASON_CODES, type ImportReasonCode, type ImportRowError } from '@kbdm/catalogue/domain';
import type { FieldError } from '@kbdm/shared/domain';

/**
 * What a spreadsheet column holds: text; text or nothing (`null` when empty); a number; a list
 * of codes; yes or no; a date.
 */
export type CellKind = 'text' | 'optional' | 'number' | 'list' | 'boolean' | 'date';

/** A column of a catalogue's spreadsheet: its header, the input path it fills, what it holds. */
export type SheetColumn = { header: string; path: string; kind: CellKind; required?: boolean };

/** Headers the export writes that an import passes over. */
export const IGNORED_HEADERS = ['id', 'updated_at'];

/** The columns every catalogue item's spreadsheet has, in the export's order around its own. */
export const TEXT_COLUMNS = (field: string, required: 'ru' | null = null): SheetColumn[] =>
  (['kk', 'ru', 'en'] as const).map((lang) => ({
    header: `${field}_${lang}`,
    path: `${field}.${lang}`,
    kind: 'text' as const,
    ...(lang === required ? { required: true } : {}),
  }));

export const PLACE_AND_SOURCE_COLUMNS: SheetColumn[] = [
  { header: 'district_code', path: 'districtCode', kind: 'optional' },
  { header: 'lat', path: 'location.lat', kind: 'number' },
  { header: 'lon', path: 'location.lon', kind: 'number' },
  { header: 'demo', path: 'demo', kind: 'boolean' },
  { header: 'source', path: 'source.title', kind: 'text' },
  { header: 'source_url', path: 'source.url', kind: 'text' },
];

/** The column a validation error's field is in: `investmentKzt.max` → `investment_max_kzt`. */
export function columnOfField(columns: readonly SheetColumn[], field: string): string {
  const exact = columns.find((c) => c.path === field);
  if (exact) return exact.header;
  const [head] = field.split('.');
  if (head === 'location') return 'lat';
  if (head === 'source') return 'source';
  const first = columns.find((c) => c.path.split('.')[0] === head);
  if (first?.path.endsWith('.kk')) return `${head}_ru`;
  return first?.header ?? field;
}

/** The columns a changed field is written in, for the preview: `name`, `lat,lon`, `capex_kzt`. */
export function columnsOfField(columns: readonly SheetColumn[], field: string): string {
  if (field === 'location') return 'lat,lon';
  const own = columns.filter((c) => c.path === field || c.path.startsWith(`${field}.`));
  if (own.length === 1) return own[0]?.header ?? field;
  if (own.every((c) => /\.(kk|ru|en)$/.test(c.path))) return field;
  return own[0]?.header ?? field;
}

const isReasonCode = (value: string | undefined): value is ImportReasonCode =>
  IMPORT_REASON_CODES.some((code) => code === value);

/**
 * A validation error as the report names it: the column, the reason without the field's name,
 * and the failed rule as a code the page words in the reader's language.
 */
export function rowErrorOf(
  columns: readonly SheetColumn[],
  row: number,
  error: FieldError & { constraint?: string; value?: string },
): ImportRowError {
  const property = error.field.split('.').pop() ?? error.field;
  const reason = error.message.startsWith(`${property} `) ? error.message.slice(property.length + 1) : error.message;
  return {
    row,
    column: columnOfField(columns, error.field),
    reason,
    ...(isReasonCode(error.constraint) ? { code: error.constraint } : {}),
    ...(error.value !== undefined ? { value: error.value } : {}),
  };
}

/** Where each known header stands in the file, the required ones it lacks, and the others. */
export function headerLayout(
  columns: readonly SheetColumn[],
  headers: string[],
): { index: Map<string, number>; missing: string[]; unknown: string[] } {
  const index = new Map<string, number>();
  const unknown: string[] = [];
  headers.forEach((raw, i) => {
    const header = raw.trim().toLowerCase();
    if (columns.some((c) => c.header === header)) {
      if (!index.has(header)) index.set(header, i);
    } else if (header !== '' && !IGNORED_HEADERS.includes(header)) {
      unknown.push(raw.trim());
    }
  });
  const missing = columns.filter((c) => c.required && !index.has(c.header)).map((c) => c.header);
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

/** `2026-03-01`, or `01.03.2026` as a spreadsheet program set to Russian shows it; else null. */
export function parseDate(cell: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(cell);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
    ? null
    : `${year}-${month}-${day}`;
}

type Plain = Record<string, unknown>;

const notANumber = (row: number, column: string, cell: string): ImportRowError => ({
  row,
  column,
  reason: `is not a number: ${cell}`,
  code: 'not_a_number',
  value: cell,
});

/**
 * A row's cells as a create/update body. A column the file lacks keeps what the stored item has
 * (`stored`), so a file of a few columns changes only those. Cells that are not what their column
 * holds are errors here; the rest is the API's validation.
 */
export function rowInput<I extends object>(
  columns: readonly SheetColumn[],
  defaults: () => I,
  row: number,
  cells: string[],
  index: Map<string, number>,
  stored: I | null,
): { plain: Plain; errors: ImportRowError[] } {
  const input = structuredClone(stored ?? defaults()) as Plain;
  const before = (stored ?? null) as Plain | null;
  const errors: ImportRowError[] = [];
  const set = (path: string, value: unknown) => {
    const [head, tail] = path.split('.') as [string, string | undefined];
    if (tail === undefined) input[head] = value;
    else input[head] = { ...((input[head] as Plain | null) ?? {}), [tail]: value };
  };
  const cellOf = (header: string): string | undefined => {
    const at = index.get(header);
    return at === undefined ? undefined : (cells[at] ?? '').trim();
  };
  let location: { lat?: number | null; lon?: number | null } | null = null;
  let source: { title?: string; url?: string } | null = null;

  for (const column of columns) {
    const cell = cellOf(column.header);
    if (cell === undefined) continue;
    if (cell === '' && column.required) {
      errors.push({ row, column: column.header, reason: 'is required', code: 'required' });
      continue;
    }
    if (column.path.startsWith('location.')) {
      const value = cell === '' ? null : parseNumber(cell);
      if (cell !== '' && value === null) errors.push(notANumber(row, column.header, cell));
      location = { ...(location ?? {}), [column.path.slice('location.'.length)]: value };
      continue;
    }
    if (column.path.startsWith('source.')) {
      source = { ...(source ?? {}), ...(cell === '' ? {} : { [column.path.slice('source.'.length)]: cell }) };
      continue;
    }
    switch (column.kind) {
      case 'text':
        set(column.path, cell);
        break;
      case 'optional':
        set(column.path, cell === '' ? null : cell);
        break;
      case 'number': {
        const value = parseNumber(cell);
        if (value === null) errors.push(notANumber(row, column.header, cell));
        else set(column.path, value);
        break;
      }
      case 'date': {
        const value = cell === '' ? null : parseDate(cell);
        if (cell !== '' && value === null) {
          errors.push({
            row,
            column: column.header,
            reason: `is not a date (YYYY-MM-DD): ${cell}`,
            code: 'not_a_date',
            value: cell,
          });
        } else set(column.path, value);
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
        if (cell === '') set(column.path, before?.[column.path] ?? false);
        else if (TRUE.includes(lower)) set(column.path, true);
        else if (FALSE.includes(lower)) set(column.path, false);
        else {
          errors.push({
            row,
            column: column.header,
            reason: `is not true or false: ${cell}`,
            code: 'not_true_or_false',
            value: cell,
          });
        }
        break;
      }
    }
  }

  const storedLocation = before?.['location'] as { lat: number; lon: number } | null | undefined;
  if (location) {
    const merged = { lat: storedLocation?.lat ?? null, lon: storedLocation?.lon ?? null, ...location };
    if (merged.lat === null && merged.lon === null) input['location'] = null;
    else if (merged.lat === null || merged.lon === null) {
      errors.push({
        row,
        column: merged.lat === null ? 'lat' : 'lon',
        reason: 'lat and lon are given together or not at all',
        code: 'coordinates_together',
      });
    } else input['location'] = merged;
  }
  if (source) {
    const storedSource = before?.['source'] as { title?: string; url?: string } | null | undefined;
    const title = index.has('source') ? source.title : storedSource?.title;
    const url = index.has('source_url') ? source.url : storedSource?.url;
    if (!title && !url) input['source'] = null;
    else if (!title) {
      errors.push({
        row,
        column: 'source',
        reason: 'is required when source_url is given',
        code: 'source_title_needed',
      });
    } else input['source'] = { title, ...(url ? { url } : {}) };
  }
  // A spreadsheet holds no drafts: the stored ones stand while their text does.
  for (const column of columns) {
    const [head, lang] = column.path.split('.');
    if (head && lang === 'kk') delete (input[head] as Plain)['drafts'];
  }
  return { plain: input, errors };
}
