import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DistrictKind, SectorLevel } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { In, Repository } from 'typeorm';
import { Paging, nameSortExpression, whereSearchText } from './catalogue-filters';
import { DistrictEntity } from './district.entity';
import { SectorEntity } from './sector.entity';

/** Districts and sectors: the small reference catalogues every other one points to. */
@Injectable()
export class ReferenceRepository {
  constructor(
    @InjectRepository(DistrictEntity) private readonly districts: Repository<DistrictEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
  ) {}

  async findDistricts(
    filter: { q?: string; kinds?: DistrictKind[] },
    order: { key: 'name' | 'kato'; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: DistrictEntity[]; total: number }> {
    const qb = this.districts.createQueryBuilder('d');
    whereSearchText(qb, 'd', ['name', 'admin_centre'], filter.q);
    if (filter.kinds?.length) qb.andWhere('d.kind IN (:...kinds)', { kinds: filter.kinds });
    if (order.key === 'name') qb.addSelect(nameSortExpression('d', lang), 'sort_name').orderBy('sort_name', order.direction);
    else qb.orderBy('d.kato', order.direction);
    const [items, total] = await qb
      .addOrderBy('d.id')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  async findSectors(
    filter: { q?: string; levels?: SectorLevel[]; priority?: boolean; section?: string },
    order: { key: 'code' | 'name'; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: SectorEntity[]; total: number }> {
    const qb = this.sectors.createQueryBuilder('s');
    whereSearchText(qb, 's', ['name'], filter.q, 's.code');
    if (filter.levels?.length) qb.andWhere('s.level IN (:...levels)', { levels: filter.levels });
    if (filter.priority !== undefined) qb.andWhere('s.priority = :priority', { priority: filter.priority });
    if (filter.section) qb.andWhere('s.section = :section', { section: filter.section });
    if (order.key === 'name') qb.addSelect(nameSortExpression('s', lang), 'sort_name').orderBy('sort_name', order.direction);
    else qb.orderBy('s.code', order.direction);
    const [items, total] = await qb
      .addOrderBy('s.id')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  findDistrict(id: string): Promise<DistrictEntity | null> {
    return this.districts.findOneBy({ id });
  }

  findSector(id: string): Promise<SectorEntity | null> {
    return this.sectors.findOneBy({ id });
  }

  sectorsByCode(codes: string[]): Promise<SectorEntity[]> {
    return codes.length ? this.sectors.findBy({ code: In(codes) }) : Promise.resolve([]);
  }

  /** Which of `codes` name no sector. */
  async unknownSectorCodes(codes: string[]): Promise<string[]> {
    const found = new Set((await this.sectorsByCode(codes)).map((s) => s.code));
    return codes.filter((code) => !found.has(code));
  }

  /** Which of `codes` name no district. */
  async unknownDistrictCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found = new Set((await this.districts.findBy({ code: In(codes) })).map((d) => d.code));
    return codes.filter((code) => !found.has(code));
  }
}
