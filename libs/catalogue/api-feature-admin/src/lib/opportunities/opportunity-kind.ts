import { OpportunityDistrictFitEntity, OpportunityEntity } from '@kbdm/catalogue/api-data-access';
import { computePotentialScore, type OpportunityInput } from '@kbdm/catalogue/domain';
import { In } from 'typeorm';
import { type CatalogueItemKind, itemInputOf, plainItem, SHARED_UPDATED_COLUMNS } from '../items/item-record';
import { PLACE_AND_SOURCE_COLUMNS, type SheetColumn, TEXT_COLUMNS } from '../items/sheet-columns';
import { OpportunityInputDto } from './opportunity-input.dto';

/**
 * The spreadsheet columns of opportunities: the same headers as the open-data CSV, so an
 * exported file imports again unchanged. `id` and `updated_at` are the export's own and are
 * ignored; rows are matched by `code`.
 */
export const OPPORTUNITY_COLUMNS: readonly SheetColumn[] = [
  { header: 'code', path: 'code', kind: 'text', required: true },
  ...TEXT_COLUMNS('name', 'ru'),
  ...TEXT_COLUMNS('description'),
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
  ...PLACE_AND_SOURCE_COLUMNS,
];

/** The districts an opportunity suits, as counts of fit reasons: its potential score reads them. */
type FitReasonCounts = number[];

/** Opportunities as the administrators edit and import them. */
export const OPPORTUNITY_KIND: CatalogueItemKind<OpportunityEntity, OpportunityInput, FitReasonCounts> = {
  catalogue: 'opportunities',
  targetType: 'opportunity',
  noun: 'opportunity',
  entity: OpportunityEntity,
  dto: OpportunityInputDto,
  textFields: ['name', 'description'],
  fields: [
    'code',
    'name',
    'description',
    'hsCode',
    'sectorCode',
    'importVolume',
    'importValueUsd',
    'sourceCountries',
    'localProductionShare',
    'investmentKzt',
    'jobs',
    'status',
    'districtCode',
    'location',
    'source',
    'demo',
  ],
  columns: OPPORTUNITY_COLUMNS,
  defaults: () => ({
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
  }),
  inputOf: (entity, references) => ({
    ...itemInputOf(entity, references),
    hsCode: entity.hsCode,
    importVolume: { amount: entity.importVolumeAmount, unit: entity.importVolumeUnit },
    importValueUsd: entity.importValueUsd,
    sourceCountries: [...entity.sourceCountries],
    localProductionShare: entity.localProductionShare,
    investmentKzt: { min: entity.investmentMinKzt, max: entity.investmentMaxKzt },
    jobs: entity.jobs,
    status: entity.status,
  }),
  plain: (input) => ({
    ...plainItem(input),
    hsCode: input.hsCode,
    importVolume: { amount: input.importVolume.amount, unit: input.importVolume.unit },
    importValueUsd: input.importValueUsd,
    sourceCountries: [...input.sourceCountries],
    localProductionShare: input.localProductionShare,
    investmentKzt: { min: input.investmentKzt.min, max: input.investmentKzt.max },
    jobs: input.jobs,
    status: input.status,
  }),
  ownColumns: (input, _references, _previous, fitReasonCounts) => ({
    hsCode: input.hsCode,
    importVolumeAmount: input.importVolume.amount,
    importVolumeUnit: input.importVolume.unit,
    importValueUsd: input.importValueUsd,
    sourceCountries: input.sourceCountries,
    localProductionShare: input.localProductionShare,
    investmentMinKzt: input.investmentKzt.min,
    investmentMaxKzt: input.investmentKzt.max,
    jobs: input.jobs,
    status: input.status,
    // Recomputed from the figures and the districts the opportunity suits (kept as they are).
    potentialScore: computePotentialScore({
      importValueUsd: input.importValueUsd,
      localProductionShare: input.localProductionShare,
      jobs: input.jobs,
      investmentKzt: input.investmentKzt,
      districtFitReasonCounts: fitReasonCounts ?? [],
    }).total,
  }),
  updatedColumns: [
    ...SHARED_UPDATED_COLUMNS,
    'hs_code',
    'import_volume_amount',
    'import_volume_unit',
    'import_value_usd',
    'source_countries',
    'local_production_share',
    'investment_min_kzt',
    'investment_max_kzt',
    'jobs',
    'status',
    'potential_score',
  ],
  stateOf: (entity) => entity.status,
  extras: async (manager, ids) => {
    const fits = await manager.find(OpportunityDistrictFitEntity, { where: { opportunityId: In(ids) } });
    const counts = new Map<string, FitReasonCounts>();
    for (const fit of fits)
      counts.set(fit.opportunityId, [...(counts.get(fit.opportunityId) ?? []), fit.reasons.length]);
    return counts;
  },
};
