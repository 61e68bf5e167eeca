import type { OpportunityInput } from '@kbdm/catalogue/domain';
import { OPPORTUNITY_COLUMNS, OPPORTUNITY_KIND } from '../opportunities/opportunity-kind';
import { PPP_PROJECT_COLUMNS } from '../ppp-projects/ppp-project-kind';
import {
  columnOfField,
  columnsOfField,
  headerLayout as layoutOf,
  parseDate,
  parseNumber,
  rowErrorOf as errorOf,
  rowInput as inputOf,
} from './sheet-columns';

const headerLayout = (headers: string[]) => layoutOf(OPPORTUNITY_COLUMNS, headers);
const rowInput = (row: number, cells: string[], index: Map<string, number>, stored: OpportunityInput | null) =>
  inputOf(OPPORTUNITY_COLUMNS, OPPORTUNITY_KIND.defaults, row, cells, index, stored);
const rowErrorOf = (row: number, error: { field: string; message: string }) => errorOf(OPPORTUNITY_COLUMNS, row, error);

const STORED: OpportunityInput = {
  code: 'OPP-1',
  name: { kk: 'Кірпіш', ru: 'Кирпич', en: 'Brick', drafts: ['en'] },
  description: { kk: '', ru: 'Описание', en: '' },
  hsCode: '6904',
  sectorCode: 'C23',
  importVolume: { amount: 10, unit: 't' },
  importValueUsd: 1000,
  sourceCountries: ['RU'],
  localProductionShare: 5,
  investmentKzt: { min: 1, max: 2 },
  jobs: 3,
  status: 'open',
  districtCode: 'abay',
  location: { lat: 49.6, lon: 72.9 },
  source: { title: 'Report', url: 'https://example.kz' },
  demo: true,
};

describe('spreadsheet columns', () => {
  it('reads numbers with a decimal comma and spaces between thousands, and nothing else', () => {
    expect(parseNumber('1 234 567,5')).toBe(1234567.5);
    expect(parseNumber('1\u00a0000')).toBe(1000);
    expect(parseNumber('12.25')).toBe(12.25);
    expect(parseNumber('12 млн')).toBeNull();
    expect(parseNumber('1,234.5')).toBeNull();
  });

  it('finds the columns in any order and case, and names the required ones missing', () => {
    const layout = headerLayout(['Name_RU', 'CODE', 'id', 'my notes']);
    expect(layout.index.get('code')).toBe(1);
    expect(layout.unknown).toEqual(['my notes']);
    expect(layout.missing).toContain('hs_code');
    expect(layout.missing).not.toContain('code');
  });

  it('keeps what the stored item has for the columns the file lacks, and its drafts', () => {
    const { index } = headerLayout(['code', 'jobs']);
    const { plain, errors } = rowInput(2, ['OPP-1', '7'], index, STORED);
    expect(errors).toEqual([]);
    expect(plain).toEqual({
      ...STORED,
      jobs: 7,
      name: { kk: 'Кірпіш', ru: 'Кирпич', en: 'Brick' },
      description: STORED.description,
    });
  });

  it('empties the location and the district when their cells are empty', () => {
    const { index } = headerLayout(['code', 'lat', 'lon', 'district_code', 'source', 'source_url']);
    const { plain } = rowInput(2, ['OPP-1', '', '', '', '', ''], index, STORED);
    expect(plain).toMatchObject({ location: null, districtCode: null, source: null });
  });

  it('names the row and column of a cell that is not what its column holds', () => {
    const { index } = headerLayout(['code', 'jobs', 'lat', 'demo', 'source_url']);
    const { errors } = rowInput(9, ['OPP-1', 'many', '49.5', 'maybe', 'https://x.kz'], index, null);
    expect(errors).toEqual([
      { row: 9, column: 'jobs', reason: 'is not a number: many', code: 'not_a_number', value: 'many' },
      { row: 9, column: 'demo', reason: 'is not true or false: maybe', code: 'not_true_or_false', value: 'maybe' },
      // The cell that is missing is named: lon.
      { row: 9, column: 'lon', reason: 'lat and lon are given together or not at all', code: 'coordinates_together' },
      { row: 9, column: 'source', reason: 'is required when source_url is given', code: 'source_title_needed' },
    ]);
  });

  it('turns a validation error of a field into its column', () => {
    expect(columnOfField(OPPORTUNITY_COLUMNS, 'investmentKzt.max')).toBe('investment_max_kzt');
    expect(columnOfField(OPPORTUNITY_COLUMNS, 'location.lat')).toBe('lat');
    expect(columnOfField(OPPORTUNITY_COLUMNS, 'sourceCountries.0')).toBe('source_countries');
    expect(columnOfField(OPPORTUNITY_COLUMNS, 'name')).toBe('name_ru');
    expect(columnOfField(PPP_PROJECT_COLUMNS, 'publicPartner.kk')).toBe('public_partner_kk');
    expect(
      rowErrorOf(3, { field: 'importValueUsd', message: 'importValueUsd must not be less than 0', constraint: 'min' }),
    ).toEqual({ row: 3, column: 'import_value_usd', reason: 'must not be less than 0', code: 'min' });
    // A rule the page has no words for keeps its English reason only.
    expect(rowErrorOf(3, { field: 'jobs', message: 'jobs is odd', constraint: 'isOdd' })).toEqual({
      row: 3,
      column: 'jobs',
      reason: 'is odd',
    });
  });

  it('names the columns a change is in, for the preview', () => {
    expect(columnsOfField(OPPORTUNITY_COLUMNS, 'name')).toBe('name');
    expect(columnsOfField(OPPORTUNITY_COLUMNS, 'importValueUsd')).toBe('import_value_usd');
    expect(columnsOfField(OPPORTUNITY_COLUMNS, 'importVolume')).toBe('import_volume');
    expect(columnsOfField(OPPORTUNITY_COLUMNS, 'location')).toBe('lat,lon');
    expect(columnsOfField(PPP_PROJECT_COLUMNS, 'publicPartner')).toBe('publicPartner');
    expect(columnsOfField(PPP_PROJECT_COLUMNS, 'tenderDeadline')).toBe('tender_deadline');
  });

  it('reads a date as ISO or as a Russian-language spreadsheet shows it, and only real dates', () => {
    expect(parseDate('2027-03-01')).toBe('2027-03-01');
    expect(parseDate('01.03.2027')).toBe('2027-03-01');
    expect(parseDate('2027-02-30')).toBeNull();
    expect(parseDate('March 2027')).toBeNull();
  });
});
