import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Bbox,
  LocatedRows,
  MapRow,
  Paging,
  findPageOf,
  locatedRows,
  sectorPatterns,
  whereSearch,
} from '@kbdm/catalogue/api-data-access';
import { searchRank } from '@kbdm/api/core-database';
import type { DealForm, SiteType, SlotStatus } from '@kbdm/sez/domain';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { SezSlotEntity } from './sez-slot.entity';

export type SezSlotFilter = {
  q?: string;
  sezId?: string;
  /** Slots whose target industries include any of these sectors (or a sector under them). */
  sectorCodes?: string[];
  districtCodes?: string[];
  statuses?: SlotStatus[];
  siteTypes?: SiteType[];
  dealForms?: DealForm[];
  minAreaHa?: number;
  maxAreaHa?: number;
  minPowerMw?: number;
  railSpur?: boolean;
};

export type SezSlotOrder = 'relevance' | 'code' | 'area' | 'power';

const ORDER_COLUMN: Record<Exclude<SezSlotOrder, 'relevance'>, string> = {
  code: 'sl.code',
  area: 'sl.area_ha',
  power: 'sl.power_max_mw',
};

@Injectable()
export class SezSlotsRepository {
  constructor(@InjectRepository(SezSlotEntity) private readonly slots: Repository<SezSlotEntity>) {}

  private filtered(filter: SezSlotFilter): SelectQueryBuilder<SezSlotEntity> {
    const qb = this.slots.createQueryBuilder('sl').innerJoin('sl.sez', 'z').leftJoin('sl.district', 'd');
    whereSearch(qb, 'sl', filter.q);
    if (filter.sezId) qb.andWhere('sl.sez_id = :sezId', { sezId: filter.sezId });
    if (filter.sectorCodes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM unnest(sl.target_industry_codes) t WHERE t LIKE ANY (ARRAY[:...sectorPatterns]))',
        { sectorPatterns: sectorPatterns(filter.sectorCodes) },
      );
    }
    if (filter.districtCodes?.length)
      qb.andWhere('d.code IN (:...districtCodes)', { districtCodes: filter.districtCodes });
    if (filter.statuses?.length) qb.andWhere('sl.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.siteTypes?.length) qb.andWhere('sl.site_type IN (:...siteTypes)', { siteTypes: filter.siteTypes });
    if (filter.dealForms?.length)
      qb.andWhere('sl.deal_forms && ARRAY[:...dealForms]::varchar[]', { dealForms: filter.dealForms });
    if (filter.minAreaHa !== undefined) qb.andWhere('sl.area_ha >= :minArea', { minArea: filter.minAreaHa });
    if (filter.maxAreaHa !== undefined) qb.andWhere('sl.area_ha <= :maxArea', { maxArea: filter.maxAreaHa });
    if (filter.minPowerMw !== undefined) qb.andWhere('sl.power_max_mw >= :minPower', { minPower: filter.minPowerMw });
    if (filter.railSpur !== undefined) qb.andWhere('sl.rail_spur = :railSpur', { railSpur: filter.railSpur });
    return qb;
  }

  findPage(
    filter: SezSlotFilter,
    order: { key: SezSlotOrder; direction: 'ASC' | 'DESC' },
    paging: Paging,
  ): Promise<{ items: SezSlotEntity[]; total: number }> {
    return findPageOf(
      () => this.filtered(filter),
      (qb) => {
        qb.addSelect(['z', 'd']);
        if (order.key !== 'relevance') qb.orderBy(ORDER_COLUMN[order.key], order.direction);
        else if (filter.q) qb.addSelect(searchRank('sl'), 'relevance').orderBy('relevance', 'DESC');
        else qb.orderBy('sl.code', 'ASC');
        return qb.addOrderBy('sl.id', 'ASC');
      },
      paging,
    );
  }

  findById(id: string): Promise<SezSlotEntity | null> {
    return this.slots.findOne({ where: { id }, relations: { sez: true, district: true } });
  }

  /** Area of the matching slots still available, per district, summed in SQL. */
  async freeAreaPerDistrict(filter: SezSlotFilter): Promise<{ districtCode: string; areaHa: number }[]> {
    const rows = await this.filtered(filter)
      .select('d.code', 'districtCode')
      .addSelect(`coalesce(sum(sl.area_ha) FILTER (WHERE sl.status = 'available'), 0)`, 'areaHa')
      .andWhere('d.code IS NOT NULL')
      .groupBy('d.code')
      .getRawMany<{ districtCode: string; areaHa: string }>();
    return rows.map((r) => ({ districtCode: r.districtCode, areaHa: Number(r.areaHa) }));
  }

  located(filter: SezSlotFilter, bbox: Bbox | null, limit: number): Promise<LocatedRows<MapRow>> {
    return locatedRows(
      () => this.filtered(filter),
      'sl',
      { status: 'sl.status', sectorCode: 'sl.target_industry_codes[1]', districtCode: 'd.code' },
      bbox,
      limit,
    );
  }
}
