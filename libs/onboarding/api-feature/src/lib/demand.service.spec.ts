import type {
  DemandCounts,
  DemandFilter,
  OnboardingCatalogueRepository,
  OnboardingDemandRepository,
} from '@kbdm/onboarding/api-data-access';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { DemandService, regionDayStart, shown } from './demand.service';

const named = (code: string) => ({ id: `id-${code}`, code, name: { ru: `${code} (ru)`, en: `${code} (en)` } });

const COUNTS: DemandCounts = {
  assessments: 9,
  byDistrict: [
    { ...named('nura'), count: 2 },
    { ...named('shet'), count: 3 },
    { ...named('abay'), count: 4 },
  ],
  bySector: [
    { ...named('C23'), count: 1 },
    { ...named('A01'), count: 5 },
  ],
  byProgramme: [
    { ...named('service-support'), eligible: 7, nearly: 2, not: 0 },
    { ...named('bastau-business'), eligible: 1, nearly: 1, not: 1 },
  ],
  excludingRules: [
    { kind: 'districts', count: 3 },
    { kind: 'applicantKind', count: 6 },
    { kind: 'certificate', count: 2 },
  ],
};

function serviceWith(counts: DemandCounts) {
  const filters: DemandFilter[] = [];
  const demand = { counts: async (filter: DemandFilter) => (filters.push(filter), counts) };
  const catalogue = { findDistrictByCode: async (code: string) => (code === 'atlantis' ? null : named(code)) };
  const service = new DemandService(
    demand as unknown as OnboardingDemandRepository,
    catalogue as unknown as OnboardingCatalogueRepository,
  );
  return { service, filters };
}

describe('DemandService', () => {
  it('never gives a count under three, and orders each list most first', async () => {
    const { service } = serviceWith(COUNTS);
    const figures = await service.figures({}, 'en');
    expect(figures.assessments).toBe(9);
    expect(figures.byDistrict).toEqual([
      { district: { id: 'id-abay', code: 'abay', title: 'abay (en)' }, count: 4 },
      { district: { id: 'id-shet', code: 'shet', title: 'shet (en)' }, count: 3 },
    ]);
    expect(figures.bySector.map((s) => [s.sector.code, s.count])).toEqual([['A01', 5]]);
    // A programme whose every count is under three is left out; small counts of a shown one are null.
    expect(figures.byProgramme).toEqual([
      {
        programme: { id: 'id-service-support', code: 'service-support', title: 'service-support (en)' },
        eligible: 7,
        nearly: null,
        not: null,
      },
    ]);
    expect(figures.excludingRules).toEqual([
      { kind: 'applicantKind', count: 6 },
      { kind: 'districts', count: 3 },
    ]);
  });

  it('hides the total too when it is under three', async () => {
    const { service } = serviceWith({ ...COUNTS, assessments: 2 });
    expect((await service.figures({}, 'ru')).assessments).toBeNull();
    expect([0, 1, 2, 3].map(shown)).toEqual([null, null, null, 3]);
  });

  it('turns the inclusive period of calendar days into instants in the region (UTC+5)', async () => {
    const { service, filters } = serviceWith(COUNTS);
    const figures = await service.figures({ from: '2026-03-01', to: '2026-03-31', district: 'shet' }, 'en');
    expect(figures.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(filters[0]).toEqual({
      from: new Date('2026-02-28T19:00:00Z'),
      before: new Date('2026-03-31T19:00:00Z'),
      districtCode: 'shet',
    });
    expect(regionDayStart('2026-01-01').toISOString()).toBe('2025-12-31T19:00:00.000Z');
  });

  it('refuses a period that ends before it starts and a district that does not exist, naming the parameter', async () => {
    const { service } = serviceWith(COUNTS);
    await expect(service.figures({ from: '2026-03-02', to: '2026-03-01' }, 'en')).rejects.toMatchObject({
      errors: [{ field: 'from', message: 'must not be after to' }],
    });
    await expect(service.figures({ district: 'atlantis' }, 'en')).rejects.toBeInstanceOf(InvalidInputException);
  });
});
