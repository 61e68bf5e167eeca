import { Injectable } from '@nestjs/common';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { OnboardingCatalogueRepository, OnboardingDemandRepository } from '@kbdm/onboarding/api-data-access';
import { DEMAND_MIN_COUNT, type OnboardingDemand } from '@kbdm/onboarding/eligibility';
import { type ItemRef, type Lang, type LocalizedText, pickText } from '@kbdm/shared/domain';

const DAY_MS = 86_400_000;

/**
 * Midnight at the start of a calendar day in the region. Kazakhstan keeps one time zone, UTC+5,
 * since 1 March 2024 — before any assessment was saved — so the offset is fixed.
 */
export function regionDayStart(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+05:00`);
}

/** A count that may be shown, or null: under `DEMAND_MIN_COUNT` it could point at a person. */
export function shown(count: number): number | null {
  return count >= DEMAND_MIN_COUNT ? count : null;
}

const refOf = (item: { id: string; code: string; name: LocalizedText }, lang: Lang): ItemRef => ({
  id: item.id,
  code: item.code,
  title: pickText(item.name, lang).text,
});

const byCountThenCode =
  <T extends { count: number }>(code: (row: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0);

/**
 * What people asked the onboarding for and where they fell short, for officers: every figure is
 * a count computed by the database, and no count under `DEMAND_MIN_COUNT` leaves the API.
 */
@Injectable()
export class DemandService {
  constructor(
    private readonly demand: OnboardingDemandRepository,
    private readonly catalogue: OnboardingCatalogueRepository,
  ) {}

  async figures(query: { from?: string; to?: string; district?: string }, lang: Lang): Promise<OnboardingDemand> {
    if (query.from && query.to && query.from > query.to)
      throw InvalidInputException.field('from', 'must not be after to');
    if (query.district && !(await this.catalogue.findDistrictByCode(query.district))) {
      throw InvalidInputException.field('district', `is not a district of the region: ${query.district}`);
    }
    const counts = await this.demand.counts({
      from: query.from ? regionDayStart(query.from) : null,
      before: query.to ? new Date(regionDayStart(query.to).getTime() + DAY_MS) : null,
      districtCode: query.district ?? null,
    });
    const large = <T extends { count: number }>(rows: T[]) => rows.filter((row) => shown(row.count) !== null);
    return {
      assessments: shown(counts.assessments),
      period: { from: query.from ?? null, to: query.to ?? null },
      byDistrict: large(counts.byDistrict)
        .sort(byCountThenCode((row) => row.code))
        .map((row) => ({ district: refOf(row, lang), count: row.count })),
      bySector: large(counts.bySector)
        .sort(byCountThenCode((row) => row.code))
        .map((row) => ({ sector: refOf(row, lang), count: row.count })),
      byProgramme: counts.byProgramme
        .map((row) => ({
          programme: refOf(row, lang),
          eligible: shown(row.eligible),
          nearly: shown(row.nearly),
          not: shown(row.not),
        }))
        .filter((row) => row.eligible !== null || row.nearly !== null || row.not !== null)
        .sort((a, b) => (a.programme.code < b.programme.code ? -1 : 1)),
      excludingRules: large(counts.excludingRules)
        .sort(byCountThenCode((row) => row.kind))
        .map(({ kind, count }) => ({ kind, count })),
    };
  }
}
