import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DistrictEntity,
  OpportunityDistrictFitEntity,
  OpportunityEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
  SectorEntity,
} from '@kbdm/catalogue/api-data-access';
import { In, Not, Repository } from 'typeorm';

/** An opportunity with its sector, district and the districts it suits (each with its district). */
export type OpportunityWithFits = { opportunity: OpportunityEntity; fits: OpportunityDistrictFitEntity[] };

/** What the onboarding reads of the catalogues to assess answers: programmes in force, live opportunities, names. */
@Injectable()
export class OnboardingCatalogueRepository {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    @InjectRepository(OpportunityEntity) private readonly opportunities: Repository<OpportunityEntity>,
    @InjectRepository(OpportunityDistrictFitEntity) private readonly fits: Repository<OpportunityDistrictFitEntity>,
    @InjectRepository(DistrictEntity) private readonly districtRows: Repository<DistrictEntity>,
    @InjectRepository(SectorEntity) private readonly sectorRows: Repository<SectorEntity>,
  ) {}

  /** Every programme with a version in force, that version as `currentVersion`; by code. */
  programmesInForce(): Promise<ProgrammeEntity[]> {
    return this.programmes
      .createQueryBuilder('p')
      .innerJoinAndMapOne(
        'p.currentVersion',
        ProgrammeVersionEntity,
        'cv',
        `cv.programme_id = p.id AND cv.status = 'in_force'`,
      )
      .orderBy('p.code', 'ASC')
      .getMany();
  }

  /** Every published opportunity that is not archived, with what ranking reads of it. */
  async liveOpportunities(): Promise<OpportunityWithFits[]> {
    const opportunities = await this.opportunities.find({
      where: { status: Not('archived'), published: true },
      relations: { sector: true, district: true },
      order: { code: 'ASC' },
    });
    if (opportunities.length === 0) return [];
    const fits = await this.fits.find({
      where: { opportunityId: In(opportunities.map((o) => o.id)) },
      relations: { district: true },
    });
    return opportunities.map((opportunity) => ({
      opportunity,
      fits: fits.filter((f) => f.opportunityId === opportunity.id),
    }));
  }

  districts(): Promise<DistrictEntity[]> {
    return this.districtRows.find({ order: { code: 'ASC' } });
  }

  sectors(): Promise<SectorEntity[]> {
    return this.sectorRows.find({ order: { code: 'ASC' } });
  }

  findDistrictByCode(code: string): Promise<DistrictEntity | null> {
    return this.districtRows.findOneBy({ code });
  }
}
