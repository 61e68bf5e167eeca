import type { OpportunityInput } from '@kbdm/catalogue/domain';
import { OPPORTUNITY_KIND } from '../opportunities/opportunity-kind';
import { changedFields as changed, storedText } from './item-record';

const changedFields = (before: OpportunityInput, after: OpportunityInput) =>
  changed(OPPORTUNITY_KIND.fields, before, after);
const plainInput = OPPORTUNITY_KIND.plain;

const BASE: OpportunityInput = {
  code: 'OPP-1',
  name: { kk: 'Кірпіш', ru: 'Кирпич', en: 'Brick' },
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
  source: null,
  demo: false,
};

describe('catalogue item records', () => {
  it('keeps a machine draft while its text stands, and drops it once the text is edited', () => {
    const previous = { kk: 'Кірпіш', ru: 'Кирпич', en: 'Brick', drafts: ['kk' as const, 'en' as const] };
    expect(storedText({ kk: 'Кірпіш', ru: 'Кирпич', en: 'Bricks' }, previous)).toEqual({
      kk: 'Кірпіш',
      ru: 'Кирпич',
      en: 'Bricks',
      drafts: ['kk'],
    });
    // The form says which languages are drafts: confirming one without editing it.
    expect(storedText({ kk: 'Кірпіш', ru: 'Кирпич', en: 'Brick', drafts: [] }, previous)).toEqual({
      kk: 'Кірпіш',
      ru: 'Кирпич',
      en: 'Brick',
    });
    // A missing translation is no key at all, never an empty string.
    expect(storedText({ kk: '', ru: 'Кирпич', en: '' }, null)).toEqual({ ru: 'Кирпич' });
  });

  it('names the fields a change makes, and none for the same values in another key order', () => {
    expect(changedFields(BASE, { ...BASE, jobs: 4, location: null })).toEqual(['jobs', 'location']);
    const reordered = JSON.parse(JSON.stringify({ ...BASE, importVolume: { unit: 't', amount: 10 } }));
    expect(changedFields(BASE, plainInput(reordered))).toEqual([]);
    expect(changedFields(BASE, { ...BASE, name: { ...BASE.name, drafts: ['en'] } })).toEqual(['name']);
  });
});
