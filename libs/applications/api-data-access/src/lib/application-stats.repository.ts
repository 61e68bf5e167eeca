import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ApplicationTargetKind } from '@kbdm/applications/domain';
import type { LocalizedText } from '@kbdm/shared/domain';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { ApplicationEntity } from './application.entity';

/** A period of the region's calendar days (inclusive) and districts. */
export type StatsFilter = { from?: string; to?: string; districtCodes?: string[]; today: string };

const REGION_DAY = (column: string) => `(${column} AT TIME ZONE 'Asia/Almaty')::date`;
const OPEN = `a.status IN ('submitted', 'in_review', 'information_requested', 'resubmitted')`;
const OVERDUE = `(a.status IN ('submitted', 'in_review', 'resubmitted') AND a.paused_working_days_left IS NULL
  AND a.decision_due < :today)`;

type GroupRow = { key: string; kind: ApplicationTargetKind; name: LocalizedText | null };

/** The applications' figures for the dashboards, aggregated in SQL, one row per programme. */
@Injectable()
export class ApplicationStatsRepository {
  constructor(@InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>) {}

  /** Submitted applications in the period and districts. */
  private scoped(filter: StatsFilter): SelectQueryBuilder<ApplicationEntity> {
    const qb = this.applications
      .createQueryBuilder('a')
      .leftJoin('a.programme', 'p')
      .leftJoin('a.district', 'd')
      .where(`a.status <> 'draft'`)
      .setParameter('today', filter.today);
    if (filter.from) qb.andWhere(`${REGION_DAY('a.submitted_at')} >= :from`, { from: filter.from });
    if (filter.to) qb.andWhere(`${REGION_DAY('a.submitted_at')} <= :to`, { to: filter.to });
    if (filter.districtCodes?.length) qb.andWhere('d.code IN (:...districts)', { districts: filter.districtCodes });
    return qb;
  }

  /** The same, one row per programme (opportunities and PPP projects one row per kind), or one row in all. */
  private grouped(filter: StatsFilter, total = false): SelectQueryBuilder<ApplicationEntity> {
    if (total)
      return this.scoped(filter).select(`'total'`, 'key').addSelect(`'programme'`, 'kind').addSelect('NULL', 'name');
    return this.scoped(filter)
      .select(`coalesce(p.code, a.target_kind)`, 'key')
      .addSelect('a.target_kind', 'kind')
      .addSelect('p.name', 'name')
      .groupBy('p.code')
      .addGroupBy('a.target_kind')
      .addGroupBy('p.name')
      .orderBy('key');
  }

  funnel(filter: StatsFilter) {
    return this.grouped(filter)
      .addSelect('count(*)::int', 'submitted')
      .addSelect(`count(*) FILTER (WHERE ${OPEN})::int`, 'open')
      .addSelect(`count(*) FILTER (WHERE a.status = 'approved')::int`, 'approved')
      .addSelect(`count(*) FILTER (WHERE a.status = 'rejected')::int`, 'rejected')
      .addSelect(`count(*) FILTER (WHERE a.status = 'withdrawn')::int`, 'withdrawn')
      .getRawMany<GroupRow & Record<'submitted' | 'open' | 'approved' | 'rejected' | 'withdrawn', number>>();
  }

  /** Decided on time or late against the fixed deadline; open ones overdue today or not; the median. */
  decisionTimes(filter: StatsFilter, withTotal: boolean) {
    return this.grouped(filter, withTotal)
      .addSelect(`count(*) FILTER (WHERE a.status IN ('approved', 'rejected'))::int`, 'decided')
      .addSelect(
        `count(*) FILTER (WHERE a.status IN ('approved', 'rejected') AND ${REGION_DAY('a.decided_at')} <= a.decision_due)::int`,
        'onTime',
      )
      .addSelect(
        `count(*) FILTER (WHERE a.status IN ('approved', 'rejected') AND ${REGION_DAY('a.decided_at')} > a.decision_due)::int`,
        'late',
      )
      .addSelect(`count(*) FILTER (WHERE ${OVERDUE})::int`, 'openOverdue')
      .addSelect(`count(*) FILTER (WHERE ${OPEN} AND NOT ${OVERDUE})::int`, 'openInTime')
      .addSelect(
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.decided_at - a.submitted_at) / 86400)
           FILTER (WHERE a.status IN ('approved', 'rejected'))`,
        'medianDays',
      )
      .getRawMany<
        GroupRow &
          Record<'decided' | 'onTime' | 'late' | 'openOverdue' | 'openInTime', number> & {
            medianDays: number | string | null;
          }
      >();
  }
}
