import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { searchRank } from '@kbdm/api/core-database';
import type { PppForm, PppNeed, PppStage } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Bbox, LocatedRows, MapRow, Paging, findPageOf, locatedRows, nameSortExpression, sectorPatterns, whereSearch } from './catalogue-filters';
import { PppProjectEntity } from './ppp-project.entity';

export type PppProjectFilter = {
  q?: string;
  sectorCodes?: string[];
  districtCodes?: string[];
  stages?: PppStage[];
  forms?: PppForm[];
  needs?: PppNeed[];
  minCapexKzt?: number;
  maxCapexKzt?: number;
};

export type PppProjectOrder = 'relevance' | 'name' | 'capex' | 'tenderDeadline' | 'stage';

// Stages sort in the order a project passes them, not alphabetically.
const STAGE_ORDER = `array_position(ARRAY['idea','concept','tender','contract','operation']::varchar[], p.stage)`;

@Injectable()
export class PppProjectsRepository {
  constructor(@InjectRepository(PppProjectEntity) private readonly projects: Repository<PppProjectEntity>) {}

  private filtered(filter: PppProjectFilter): SelectQueryBuilder<PppProjectEntity> {
    const qb = this.projects
      .createQueryBuilder('p')
      .innerJoin('p.sector', 's')
      .leftJoin('p.district', 'd')
      .where('p.published = true');
    whereSearch(qb, 'p', filter.q);
    if (filter.sectorCodes?.length) {
      qb.andWhere('s.code LIKE ANY (ARRAY[:...sectorPatterns])', { sectorPatterns: sectorPatterns(filter.sectorCodes) });
    }
    if (filter.districtCodes?.length) qb.andWhere('d.code IN (:...districtCodes)', { districtCodes: filter.districtCodes });
    if (filter.stages?.length) qb.andWhere('p.stage IN (:...stages)', { stages: filter.stages });
    if (filter.forms?.length) qb.andWhere('p.form IN (:...forms)', { forms: filter.forms });
    if (filter.needs?.length) qb.andWhere('p.need IN (:...needs)', { needs: filter.needs });
    if (filter.minCapexKzt !== undefined) qb.andWhere('p.capex_kzt >= :minCapex', { minCapex: filter.minCapexKzt });
    if (filter.maxCapexKzt !== undefined) qb.andWhere('p.capex_kzt <= :maxCapex', { maxCapex: filter.maxCapexKzt });
    return qb;
  }

  findPage(
    filter: PppProjectFilter,
    order: { key: PppProjectOrder; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: PppProjectEntity[]; total: number }> {
    return findPageOf(
      () => this.filtered(filter),
      (qb) => {
        qb.addSelect(['s', 'd']);
        switch (order.key) {
          case 'relevance':
            if (filter.q) qb.addSelect(searchRank('p'), 'relevance').orderBy('relevance', 'DESC');
            else qb.addSelect(nameSortExpression('p', lang), 'sort_name').orderBy('sort_name', 'ASC');
            break;
          case 'name':
            qb.addSelect(nameSortExpression('p', lang), 'sort_name').orderBy('sort_name', order.direction);
            break;
          case 'capex':
            qb.orderBy('p.capex_kzt', order.direction);
            break;
          case 'tenderDeadline':
            qb.orderBy('p.tender_deadline', order.direction, order.direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST');
            break;
          case 'stage':
            qb.addSelect(STAGE_ORDER, 'stage_order').orderBy('stage_order', order.direction);
            break;
        }
        return qb.addOrderBy('p.id', 'ASC');
      },
      paging,
    );
  }

  /** A published project; an unpublished one is not found. */
  findById(id: string): Promise<PppProjectEntity | null> {
    return this.projects.findOne({ where: { id, published: true }, relations: { sector: true, district: true } });
  }

  /** Matches per district where each stands, counted in SQL. */
  async perDistrict(filter: PppProjectFilter): Promise<{ districtCode: string; count: number }[]> {
    const rows = await this.filtered(filter)
      .select('d.code', 'districtCode')
      .addSelect('count(*)', 'count')
      .andWhere('d.code IS NOT NULL')
      .groupBy('d.code')
      .getRawMany<{ districtCode: string; count: string }>();
    return rows.map((r) => ({ districtCode: r.districtCode, count: Number(r.count) }));
  }

  located(filter: PppProjectFilter, bbox: Bbox | null, limit: number): Promise<LocatedRows<MapRow>> {
    return locatedRows(() => this.filtered(filter), 'p', { status: 'p.stage', sectorCode: 's.code', districtCode: 'd.code' }, bbox, limit);
  }
}
