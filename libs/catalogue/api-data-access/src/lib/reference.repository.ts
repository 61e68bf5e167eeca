import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DistrictKind, SectorLevel } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { In, Repository } from 'typeorm';
import { Paging, findPageOf, nameSortExpression, whereSearchText } from './catalogue-filters';
import { DistrictEntity } from './district.entity';
import { SectorEntity } from './sector.entity';

/** Districts and sectors: the small reference catalogues every other one points to. */
@Injectable()
export class ReferenceRepository {
  constructor(
    @InjectRepository(DistrictEntity) private readonly districts: Repository<DistrictEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
  ) {}

  findDistricts(
    filter: { q?: string; kinds?: DistrictKind[] },
    order: { key: 'name' | 'kato'; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: DistrictEntity[]; total: number }> {
    return findPageOf(
      () => {
        const qb = this.districts.createQueryBuilder('d');
        whereSearchText(qb, 'd', ['name', 'admin_centre'], filter.q);
        if (filter.kinds?.length) qb.andWhere('d.kind IN (:...kinds)', { kinds: filter.kinds });
        return qb;
      },
      (qb) =>
        (order.key === 'name'
          ? qb.addSelect(nameSortExpression('d', lang), 'sort_name').orderBy('sort_name', order.direction)
          : qb.orderBy('d.kato', order.direction)
        ).addOrderBy('d.id'),
      paging,
    );
  }

  findSectors(
    filter: { q?: string; levels?: SectorLevel[]; priority?: boolean; section?: string },
    order: { key: 'code' | 'name'; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: SectorEntity[]; total: number }> {
    return findPageOf(
      () => {
        const qb = this.sectors.createQueryBuilder('s');
        whereSearchText(qb, 's', ['name'], filter.q, 's.code');
        if (filter.levels?.length) qb.andWhere('s.level IN (:...levels)', { levels: filter.levels });
        if (filter.priority !== undefined) qb.andWhere('s.priority = :priority', { priority: filter.priority });
        if (filter.section) qb.andWhere('s.section = :section', { section: filter.section });
        return qb;
      },
      (qb) =>
        (order.key === 'name'
          ? qb.addSelect(nameSortExpression('s', lang), 'sort_name').orderBy('sort_name', order.direction)
          : qb.orderBy('s.code', order.direction)
        ).addOrderBy('s.id'),
      paging,
    );
  }

  allDistricts(): Promise<DistrictEntity[]> {
    return this.districts.find({ order: { kato: 'ASC' } });
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
