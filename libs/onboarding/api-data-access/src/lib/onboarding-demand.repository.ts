import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EligibilityRuleKind } from '@kbdm/catalogue/domain';
import type { LocalizedText } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';

/** Which assessments the figures count: made in [from, before) and, if given, in one district. */
export type DemandFilter = { from: Date | null; before: Date | null; districtCode: string | null };

type Named = { id: string; code: string; name: LocalizedText };

/** Exact counts, before any suppression: the service decides what may be shown. */
export type DemandCounts = {
  assessments: number;
  byDistrict: (Named & { count: number })[];
  bySector: (Named & { count: number })[];
  byProgramme: (Named & { eligible: number; nearly: number; not: number })[];
  /** Per rule kind: how many assessments had it unmet in at least one nearly or not verdict. */
  excludingRules: { kind: EligibilityRuleKind; count: number }[];
};

/** The WHERE clause over `a` (onboarding_assessment) and its parameters. */
function whereOf(filter: DemandFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.from) conditions.push(`a.created_at >= $${params.push(filter.from)}`);
  if (filter.before) conditions.push(`a.created_at < $${params.push(filter.before)}`);
  if (filter.districtCode) conditions.push(`a.district_code = $${params.push(filter.districtCode)}`);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/**
 * The officers' demand figures, each an aggregate computed by the database: no assessment row
 * is loaded into the API.
 */
@Injectable()
export class OnboardingDemandRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(filter: DemandFilter): Promise<DemandCounts> {
    const { where, params } = whereOf(filter);
    const [total] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM onboarding_assessment a ${where}`,
      params,
    );
    const byDistrict = await this.dataSource.query<(Named & { count: number })[]>(
      `SELECT d.id, d.code, d.name, count(*)::int AS count
       FROM onboarding_assessment a JOIN district d ON d.code = a.district_code
       ${where}
       GROUP BY d.id`,
      params,
    );
    const bySector = await this.dataSource.query<(Named & { count: number })[]>(
      `SELECT s.id, s.code, s.name, count(*)::int AS count
       FROM onboarding_assessment a
       CROSS JOIN LATERAL unnest(a.sector_codes) AS c(code)
       JOIN sector s ON s.code = c.code
       ${where}
       GROUP BY s.id`,
      params,
    );
    const byProgramme = await this.dataSource.query<DemandCounts['byProgramme']>(
      `SELECT p.id, p.code, p.name,
         count(*) FILTER (WHERE v.verdict = 'eligible')::int AS eligible,
         count(*) FILTER (WHERE v.verdict = 'nearly')::int AS nearly,
         count(*) FILTER (WHERE v.verdict = 'not')::int AS "not"
       FROM onboarding_assessment a
       JOIN onboarding_assessment_verdict v ON v.assessment_id = a.id
       JOIN programme p ON p.id = v.programme_id
       ${where}
       GROUP BY p.id`,
      params,
    );
    // A person counts once per rule kind, however many programmes that kind stood in the way of.
    const excludingRules = await this.dataSource.query<DemandCounts['excludingRules']>(
      `SELECT k.kind, count(DISTINCT a.id)::int AS count
       FROM onboarding_assessment a
       JOIN onboarding_assessment_verdict v ON v.assessment_id = a.id AND v.verdict IN ('nearly', 'not')
       CROSS JOIN LATERAL unnest(v.unmet_rule_kinds) AS k(kind)
       ${where}
       GROUP BY k.kind`,
      params,
    );
    return { assessments: total?.n ?? 0, byDistrict, bySector, byProgramme, excludingRules };
  }
}
