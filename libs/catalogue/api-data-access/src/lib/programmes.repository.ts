import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { searchRank } from '@kbdm/api/core-database';
import type { ProgrammeInstrument, ProgrammeStatus } from '@kbdm/catalogue/domain';
import type { Lang } from '@kbdm/shared/domain';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Paging, findPageOf, nameSortExpression, whereSearch } from './catalogue-filters';
import { ProgrammeEntity, ProgrammeVersionEntity } from './programme.entity';

export type ProgrammeFilter = {
  q?: string;
  statuses?: ProgrammeStatus[];
  instruments?: ProgrammeInstrument[];
  /** Programmes whose current terms fund any of these sectors. */
  sectorCodes?: string[];
  minAmountKzt?: number;
  maxAmountKzt?: number;
};

export type ProgrammeOrder = 'relevance' | 'name' | 'maxAmount' | 'effectiveFrom';

// The version in force, or for a programme that has none its latest one.
const CURRENT_VERSION = `cv.id = (
  SELECT v.id FROM programme_version v WHERE v.programme_id = p.id
  ORDER BY (v.status = 'in_force') DESC, v.effective_from DESC LIMIT 1)`;

@Injectable()
export class ProgrammesRepository {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    @InjectRepository(ProgrammeVersionEntity) private readonly versions: Repository<ProgrammeVersionEntity>,
  ) {}

  private filtered(filter: ProgrammeFilter): SelectQueryBuilder<ProgrammeEntity> {
    const qb = this.programmes
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.currentVersion', ProgrammeVersionEntity, 'cv', CURRENT_VERSION);
    whereSearch(qb, 'p', filter.q);
    const statuses = filter.statuses ?? [];
    if (statuses.length === 1) {
      qb.andWhere(statuses[0] === 'active' ? `cv.status = 'in_force'` : `cv.status <> 'in_force'`);
    }
    if (filter.instruments?.length) qb.andWhere('p.instrument IN (:...instruments)', { instruments: filter.instruments });
    if (filter.sectorCodes?.length) {
      const codes = filter.sectorCodes;
      qb.andWhere(
        new Brackets((any) => {
          codes.forEach((code, i) => {
            // A rule's code covers every code under it: `C` allows `C23`.
            any.orWhere(
              `((cardinality(cv.allowed_sector_codes) = 0 OR EXISTS (SELECT 1 FROM unnest(cv.allowed_sector_codes) a WHERE :sector${i} LIKE a || '%'))
                AND NOT EXISTS (SELECT 1 FROM unnest(cv.excluded_sector_codes) e WHERE :sector${i} LIKE e || '%'))`,
              { [`sector${i}`]: code },
            );
          });
        }),
      );
    }
    if (filter.minAmountKzt !== undefined) {
      qb.andWhere('(cv.max_amount_kzt IS NULL OR cv.max_amount_kzt >= :minAmount)', { minAmount: filter.minAmountKzt });
    }
    if (filter.maxAmountKzt !== undefined) {
      qb.andWhere('(cv.min_amount_kzt IS NULL OR cv.min_amount_kzt <= :maxAmount)', { maxAmount: filter.maxAmountKzt });
    }
    return qb;
  }

  findPage(
    filter: ProgrammeFilter,
    order: { key: ProgrammeOrder; direction: 'ASC' | 'DESC' },
    lang: Lang,
    paging: Paging,
  ): Promise<{ items: ProgrammeEntity[]; total: number }> {
    return findPageOf(
      () => this.filtered(filter),
      (qb) => {
        switch (order.key) {
          case 'relevance':
            if (filter.q) qb.addSelect(searchRank('p'), 'relevance').orderBy('relevance', 'DESC');
            // Without a search: programmes taking applications first, then by name.
            else qb.addSelect(`(cv.status = 'in_force')`, 'in_force').orderBy('in_force', 'DESC');
            qb.addSelect(nameSortExpression('p', lang), 'sort_name').addOrderBy('sort_name', 'ASC');
            break;
          case 'name':
            qb.addSelect(nameSortExpression('p', lang), 'sort_name').orderBy('sort_name', order.direction);
            break;
          case 'maxAmount':
            qb.orderBy('cv.max_amount_kzt', order.direction, 'NULLS LAST');
            break;
          case 'effectiveFrom':
            qb.orderBy('cv.effective_from', order.direction);
            break;
        }
        return qb.addOrderBy('p.id', 'ASC');
      },
      paging,
    );
  }

  findById(id: string): Promise<ProgrammeEntity | null> {
    return this.programmes
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.currentVersion', ProgrammeVersionEntity, 'cv', CURRENT_VERSION)
      .where('p.id = :id', { id })
      .getOne();
  }

  /** Every version of the given programmes, oldest first. */
  versionsOf(programmeIds: string[]): Promise<ProgrammeVersionEntity[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.versions.find({ where: { programmeId: In(programmeIds) }, order: { effectiveFrom: 'ASC' } });
  }
}
