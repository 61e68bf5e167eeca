import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { searchRank } from '@kbdm/api/core-database';
import type { OpportunityStatus } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { In, Repository, SelectQueryBuilder } from 'typeorm';
import {
  Bbox,
  LocatedRows,
  MapRow,
  Paging,
  findPageOf,
  locatedRows,
  nameSortExpression,
  sectorPatterns,
  whereSearch,
} from './catalogue-filters';
import { OpportunityDistrictFitEntity, OpportunityEntity } from './opportunity.entity';

export type OpportunityFilter = {
  q?: string;
  sectorCodes?: string[];
  districtCodes?: string[];
  statuses?: OpportunityStatus[];
  minImportValueUsd?: number;
  maxImportValueUsd?: number;
  minInvestmentKzt?: number;
  maxInvestmentKzt?: number;
  minScore?: number;
};

export type OpportunityOrder = 'relevance' | 'score' | 'name' | 'importValue' | 'jobs';

const ORDER_COLUMN: Record<Exclude<OpportunityOrder, 'relevance' | 'name'>, string> = {
  score: 'o.potential_score',
  importValue: 'o.import_value_usd',
  jobs: 'o.jobs',
};

@Injectable()
export class OpportunitiesRepository {
  constructor(
    @InjectRepository(OpportunityEntity) private readonly opportunities: Repository<OpportunityEntity>,
    @InjectRepository(OpportunityDistrictFitEntity) private readonly fits: Repository<OpportunityDistrictFitEntity>,
  ) {}

  private filtered(filter: OpportunityFilter): SelectQueryBuilder<OpportunityEntity> {
    const qb = this.opportunities
      .createQueryBuilder('o')
      .innerJoin('o.sector', 's')
      .leftJoin('o.district', 'd')
      .where('o.published = true');
    whereSearch(qb, 'o', filter.q);
    if (filter.sectorCodes?.length) {
      qb.andWhere('s.code LIKE ANY (ARRAY[:...sectorPatterns])', {
        sectorPatterns: sectorPatterns(filter.sectorCodes),
      });
    }
    if (filter.districtCodes?.length) {
      // The marker's district or any district the opportunity suits.
      qb.andWhere(
        `(d.code IN (:...districtCodes) OR EXISTS (
          SELECT 1 FROM opportunity_district_fit f JOIN district fd ON fd.id = f.district_id
          WHERE f.opportunity_id = o.id AND fd.code IN (:...districtCodes)))`,
        { districtCodes: filter.districtCodes },
      );
    }
    if (filter.statuses?.length) qb.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.minImportValueUsd !== undefined)
      qb.andWhere('o.import_value_usd >= :minImport', { minImport: filter.minImportValueUsd });
    if (filter.maxImportValueUsd !== undefined)
      qb.andWhere('o.import_value_usd <= :maxImport', { maxImport: filter.maxImportValueUsd });
    // Investment ranges overlap the asked range.
    if (filter.minInvestmentKzt !== undefined)
      qb.andWhere('o.investment_max_kzt >= :minInvestment', { minInvestment: filter.minInvestmentKzt });
    if (filter.maxInvestmentKzt !== undefined)
      qb.andWhere('o.investment_min_kzt <= :maxInvestment', { maxInvestment: filter.maxInvestmentKzt });
    if (filter.minScore !== undefined) qb.andWhere('o.potential_score >= :minScore', { minScore: filter.minScore });
    return qb;
  }

  findPage(
    filter: OpportunityFilter,
    order: { key: OpportunityOrder; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: OpportunityEntity[]; total: number }> {
    return findPageOf(
      () => this.filtered(filter),
      (qb) => {
        // Selecting the joined aliases loads the sector and district with each opportunity.
        qb.addSelect(['s', 'd']);
        if (order.key === 'relevance' && filter.q) {
          qb.addSelect(searchRank('o'), 'relevance')
            .orderBy('relevance', 'DESC')
            .addOrderBy('o.potential_score', 'DESC');
        } else if (order.key === 'name') {
          qb.addSelect(nameSortExpression('o', lang), 'sort_name').orderBy('sort_name', order.direction);
        } else {
          const key = order.key === 'relevance' ? 'score' : order.key;
          qb.orderBy(ORDER_COLUMN[key], key === order.key ? order.direction : 'DESC');
        }
        return qb.addOrderBy('o.id', 'ASC');
      },
      paging,
    );
  }

  /** A published opportunity; an unpublished one is not found. */
  findById(id: string): Promise<OpportunityEntity | null> {
    return this.opportunities.findOne({ where: { id, published: true }, relations: { sector: true, district: true } });
  }

  /** The districts each opportunity suits, with the district loaded. */
  fitsOf(opportunityIds: string[]): Promise<OpportunityDistrictFitEntity[]> {
    if (opportunityIds.length === 0) return Promise.resolve([]);
    return this.fits.find({ where: { opportunityId: In(opportunityIds) }, relations: { district: true } });
  }

  /** Matches and their import value per district where each stands, summed in SQL. */
  async perDistrict(
    filter: OpportunityFilter,
  ): Promise<{ districtCode: string; count: number; importValueUsd: number }[]> {
    const rows = await this.filtered(filter)
      .select('d.code', 'districtCode')
      .addSelect('count(*)', 'count')
      .addSelect('coalesce(sum(o.import_value_usd), 0)', 'importValueUsd')
      .andWhere('d.code IS NOT NULL')
      .groupBy('d.code')
      .getRawMany<{ districtCode: string; count: string; importValueUsd: string }>();
    return rows.map((r) => ({
      districtCode: r.districtCode,
      count: Number(r.count),
      importValueUsd: Number(r.importValueUsd),
    }));
  }

  located(filter: OpportunityFilter, bbox: Bbox | null, limit: number): Promise<LocatedRows<MapRow>> {
    return locatedRows(
      () => this.filtered(filter),
      'o',
      { status: 'o.status', sectorCode: 's.code', districtCode: 'd.code' },
      bbox,
      limit,
    );
  }
}
