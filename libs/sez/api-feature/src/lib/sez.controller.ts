import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@kbdm/api/core-auth';
import { ItemNotFoundException } from '@kbdm/api/core-errors';
import {
  CsvOf,
  LangQueryDto,
  ListQueryDto,
  ParseIdPipe,
  ProblemDetailsDto,
  QueryAmount,
  RequestLang,
  parseSort,
  sortValues,
} from '@kbdm/api/core-http';
import { PppProjectsRepository, ReferenceRepository, SectorEntity } from '@kbdm/catalogue/api-data-access';
import {
  CatalogueCodesService,
  SectorDistrictListQuery,
  assertRange,
  pointOf,
  refOf,
  titleOf,
  toPppProject,
} from '@kbdm/catalogue/api-feature';
import {
  InvestorRequestsRepository,
  type LedgerTotals,
  maximumsOf,
  SezCounts,
  SezEntity,
  SezRepository,
  SezSlotEntity,
  SezSlotFilter,
  SezSlotOrder,
  SezSlotsRepository,
} from '@kbdm/sez/api-data-access';
import {
  DEAL_FORMS,
  type DealForm,
  SITE_TYPES,
  SLOT_STATUSES,
  type Sez,
  type SezDetail,
  type SezSlot,
  type SiteType,
  type SlotStatus,
  type InvestorMatches,
  type InvestorNeeds,
  type SlotCapacity,
  UTILITIES,
  UTILITY_UNITS,
  type Utility,
  matchPppProject,
  rankSlots,
  remainingCapacity,
} from '@kbdm/sez/domain';
import { DEFAULT_PAGE_SIZE, type ItemRef, type Lang, type Page } from '@kbdm/shared/domain';
import { Transform } from 'class-transformer';
import { InvestorMatchesResponse, SezDetailResponse, SezPage, SezSlotPage, SezSlotResponse } from './sez.responses';
import { MatchesQuery, SlotCapacityResponse } from './investor-requests.dto';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

const SORTS = ['relevance', ...sortValues(['code', 'area', 'power'])];

export class ListSezSlotsQuery extends SectorDistrictListQuery {
  @ApiPropertyOptional({ description: `Comma-separated: ${SLOT_STATUSES.join(', ')}` })
  @IsOptional()
  @CsvOf(SLOT_STATUSES)
  status?: SlotStatus[];

  @ApiPropertyOptional({ description: `Comma-separated: ${SITE_TYPES.join(', ')}` })
  @IsOptional()
  @CsvOf(SITE_TYPES)
  siteType?: SiteType[];

  @ApiPropertyOptional({ description: `Comma-separated: ${DEAL_FORMS.join(', ')}` })
  @IsOptional()
  @CsvOf(DEAL_FORMS)
  dealForm?: DealForm[];

  @ApiPropertyOptional({ description: 'Area in hectares, at least' })
  @QueryAmount()
  minArea?: number;

  @ApiPropertyOptional({ description: 'Area in hectares, at most' })
  @QueryAmount()
  maxArea?: number;

  @ApiPropertyOptional({ description: 'Maximum power connection in MW, at least' })
  @QueryAmount()
  minPower?: number;

  @ApiPropertyOptional({ description: 'Only plots with (true) or without (false) a rail spur' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  railSpur?: boolean;

  @ApiPropertyOptional({ enum: SORTS, description: 'Default: relevance with a search, else code' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

function industryRefs(codes: string[], sectors: Map<string, SectorEntity>, lang: Lang): ItemRef[] {
  return codes.flatMap((code) => {
    const sector = sectors.get(code);
    return sector ? [refOf(sector, lang)] : [];
  });
}

export function toSezSlot(
  entity: SezSlotEntity,
  sectors: Map<string, SectorEntity>,
  ledger: LedgerTotals | undefined,
  lang: Lang,
): SezSlot {
  const maximum = maximumsOf(entity);
  const free = remainingCapacity(maximum, ledger?.taken ?? {});
  return {
    id: entity.id,
    code: entity.code,
    sez: refOf(entity.sez!, lang),
    name: entity.name,
    title: titleOf(entity.name, lang),
    site: entity.site,
    areaHa: entity.areaHa,
    targetIndustries: industryRefs(entity.targetIndustryCodes, sectors, lang),
    utilities: UTILITIES.map((utility) => ({
      utility,
      unit: UTILITY_UNITS[utility],
      maximum: maximum[utility],
      free: free[utility],
    })),
    railSpur: entity.railSpur,
    distanceToRailKm: entity.distanceToRailKm,
    distanceToRoadKm: entity.distanceToRoadKm,
    siteType: entity.siteType,
    dealForms: entity.dealForms,
    leaseRateKztPerHaYear: entity.leaseRateKztPerHaYear,
    priceKzt: entity.priceKzt,
    cadastralNumber: entity.cadastralNumber,
    zoning: entity.zoning,
    status: entity.status,
    district: entity.district ? refOf(entity.district, lang) : null,
    location: pointOf(entity),
    demo: entity.demo,
    source: entity.source,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toSez(
  entity: SezEntity,
  counts: SezCounts | undefined,
  sectors: Map<string, SectorEntity>,
  lang: Lang,
): Sez {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    title: titleOf(entity.name, lang),
    profile: entity.profile,
    areaHa: entity.areaHa,
    establishedOn: entity.establishedOn,
    targetIndustries: industryRefs(entity.targetIndustryCodes, sectors, lang),
    participants: { registered: counts?.registered ?? 0, operating: counts?.operating ?? 0 },
    constraints: entity.constraints,
    district: entity.district ? refOf(entity.district, lang) : null,
    location: pointOf(entity),
    slotCount: counts?.slots ?? 0,
    demo: entity.demo,
    source: entity.source,
  };
}

export function sezSlotFilter(
  query: Pick<
    ListSezSlotsQuery,
    'q' | 'sector' | 'district' | 'status' | 'siteType' | 'dealForm' | 'minArea' | 'maxArea' | 'minPower' | 'railSpur'
  >,
): SezSlotFilter {
  assertRange(query.minArea, query.maxArea, 'minArea', 'maxArea');
  return {
    q: query.q,
    sectorCodes: query.sector,
    districtCodes: query.district,
    statuses: query.status,
    siteTypes: query.siteType,
    dealForms: query.dealForm,
    minAreaHa: query.minArea,
    maxAreaHa: query.maxArea,
    minPowerMw: query.minPower,
    railSpur: query.railSpur,
  };
}

@Injectable()
export class SezService {
  constructor(
    private readonly zones: SezRepository,
    private readonly slots: SezSlotsRepository,
    private readonly requests: InvestorRequestsRepository,
    private readonly projects: PppProjectsRepository,
    private readonly reference: ReferenceRepository,
    private readonly codes: CatalogueCodesService,
  ) {}

  private async sectorsFor(codeLists: string[][]): Promise<Map<string, SectorEntity>> {
    const codes = [...new Set(codeLists.flat())];
    return new Map((await this.reference.sectorsByCode(codes)).map((s) => [s.code, s]));
  }

  async list(query: ListQueryDto, lang: Lang): Promise<Page<Sez>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.zones.findPage(query.q, { page, pageSize });
    const counts = await this.zones.countsOf(items.map((z) => z.id));
    const sectors = await this.sectorsFor(items.map((z) => z.targetIndustryCodes));
    return { items: items.map((z) => toSez(z, counts.get(z.id), sectors, lang)), total, page, pageSize };
  }

  async get(id: string, lang: Lang): Promise<SezDetail> {
    const zone = await this.zones.findById(id);
    if (!zone) throw new ItemNotFoundException('sez', id);
    const [counts, participants] = await Promise.all([this.zones.countsOf([id]), this.zones.participantsOf(id)]);
    const sectors = await this.sectorsFor([zone.targetIndustryCodes]);
    return {
      ...toSez(zone, counts.get(id), sectors, lang),
      participantList: participants.map((p) => ({
        id: p.id,
        name: p.name,
        title: titleOf(p.name, lang),
        product: p.product,
        sector: refOf(p.sector!, lang),
        operating: p.operating,
        demo: p.demo,
        source: p.source,
      })),
    };
  }

  async listSlots(query: ListSezSlotsQuery, lang: Lang, sezId?: string): Promise<Page<SezSlot>> {
    if (sezId && !(await this.zones.findById(sezId))) throw new ItemNotFoundException('sez', sezId);
    await this.codes.assertKnown({ sector: query.sector, district: query.district });
    const filter = { ...sezSlotFilter(query), sezId };
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const order = parseSort<SezSlotOrder>(query.sort ?? (query.q ? 'relevance' : 'code'));
    const { items, total } = await this.slots.findPage(filter, order, { page, pageSize });
    const [sectors, ledger] = await Promise.all([
      this.sectorsFor(items.map((s) => s.targetIndustryCodes)),
      this.requests.ledgerOf(items.map((s) => s.id)),
    ]);
    return { items: items.map((s) => toSezSlot(s, sectors, ledger.get(s.id), lang)), total, page, pageSize };
  }

  async getSlot(id: string, lang: Lang): Promise<SezSlot> {
    const slot = await this.slots.findById(id);
    if (!slot) throw new ItemNotFoundException('sez_slot', id);
    const [sectors, ledger] = await Promise.all([
      this.sectorsFor([slot.targetIndustryCodes]),
      this.requests.ledgerOf([id]),
    ]);
    return toSezSlot(slot, sectors, ledger.get(id), lang);
  }

  /** What the ledger says of each utility of the slot: maximum, taken, free. Never who holds it. */
  async capacity(id: string): Promise<SlotCapacity> {
    const slot = await this.slots.findById(id);
    if (!slot) throw new ItemNotFoundException('sez_slot', id);
    const ledger = (await this.requests.ledgerOf([id])).get(id)!;
    const maximum = maximumsOf(slot);
    const free = remainingCapacity(maximum, ledger.taken);
    return {
      slotId: id,
      status: slot.status,
      utilities: UTILITIES.map((utility) => ({
        utility,
        unit: UTILITY_UNITS[utility],
        maximum: maximum[utility],
        taken: ledger.taken[utility],
        free: free[utility],
      })),
    };
  }

  /**
   * Every slot and every PPP project still looking for a partner, ranked against the investor's
   * needs with one reason per criterion; free capacity comes from the ledger.
   */
  async matches(query: MatchesQuery, lang: Lang): Promise<InvestorMatches> {
    const needs: InvestorNeeds = {
      ...(query.sector ? { sectorCode: query.sector } : {}),
      ...(query.area !== undefined ? { areaHa: query.area } : {}),
      ...(query.budget !== undefined ? { budgetKzt: query.budget } : {}),
      utilities: { power: query.power, water: query.water, gas: query.gas },
    };
    const { items: slots } = await this.slots.findPage(
      {},
      { key: 'code', direction: 'ASC' },
      { page: 1, pageSize: 500 },
    );
    const [sectors, ledger, projects] = await Promise.all([
      this.sectorsFor(slots.map((s) => s.targetIndustryCodes)),
      this.requests.ledgerOf(slots.map((s) => s.id)),
      this.projects.findPage({ stages: ['idea', 'concept', 'tender'] }, { key: 'capex', direction: 'ASC' }, lang, {
        page: 1,
        pageSize: 500,
      }),
    ]);
    const views = slots.map((s) => toSezSlot(s, sectors, ledger.get(s.id), lang));
    const rankedSlots = rankSlots(needs, views, (slot) => ({
      targetSectorCodes: slot.targetIndustries.map((t) => t.code),
      areaHa: slot.areaHa,
      free: Object.fromEntries(slot.utilities.map((u) => [u.utility, u.free])) as Record<Utility, number>,
      dealForms: slot.dealForms,
      priceKzt: slot.priceKzt,
      leaseRateKztPerHaYear: slot.leaseRateKztPerHaYear,
      railSpur: slot.railSpur,
      distanceToRailKm: slot.distanceToRailKm,
    }));
    const rankedProjects = projects.items
      .map((entity, index) => {
        const project = toPppProject(entity, lang);
        const match = matchPppProject(needs, {
          sectorCode: project.sector.code,
          capexKzt: project.capexKzt,
          tenderDeadline: project.tenderDeadline,
        });
        return { project, match, index };
      })
      .sort((a, b) => Number(b.match.fits) - Number(a.match.fits) || b.match.score - a.match.score || a.index - b.index)
      .map(({ project, match }) => ({ project, match }));
    return { slots: rankedSlots, pppProjects: rankedProjects };
  }
}

@ApiTags('sez')
@Public()
@Controller({ path: 'sez', version: '1' })
export class SezController {
  constructor(private readonly sez: SezService) {}

  @Get()
  @ApiOperation({ summary: 'Special Economic Zones with their participants registered vs operating' })
  @ApiOkResponse({ type: SezPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  list(@Query() query: ListQueryDto, @RequestLang() lang: Lang): Promise<Page<Sez>> {
    return this.sez.list(query, lang);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One zone with its participants' })
  @ApiOkResponse({ type: SezDetailResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No zone with that id' })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<SezDetail> {
    return this.sez.get(id, lang);
  }

  @Get(':id/slots')
  @ApiOperation({ summary: "A zone's anchor slots (land plots)" })
  @ApiOkResponse({ type: SezSlotPage })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No zone with that id' })
  slots(
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ListSezSlotsQuery,
    @RequestLang() lang: Lang,
  ): Promise<Page<SezSlot>> {
    return this.sez.listSlots(query, lang, id);
  }
}

@ApiTags('sez')
@Public()
@Controller({ path: 'sez-slots', version: '1' })
export class SezSlotsController {
  constructor(private readonly sez: SezService) {}

  @Get()
  @ApiOperation({ summary: 'Anchor slots of every zone: search, filter, sort, page' })
  @ApiOkResponse({ type: SezSlotPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  list(@Query() query: ListSezSlotsQuery, @RequestLang() lang: Lang): Promise<Page<SezSlot>> {
    return this.sez.listSlots(query, lang);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One anchor slot, with each utility’s maximum and what the ledger leaves free' })
  @ApiOkResponse({ type: SezSlotResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No slot with that id' })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<SezSlot> {
    return this.sez.getSlot(id, lang);
  }

  @Get(':id/capacity')
  @ApiOperation({ summary: 'The slot’s capacity ledger: per utility the maximum, taken and free; never who holds it' })
  @ApiOkResponse({ type: SlotCapacityResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No slot with that id' })
  capacity(@Param('id', ParseIdPipe) id: string): Promise<SlotCapacity> {
    return this.sez.capacity(id);
  }
}

@ApiTags('investors')
@Public()
@Controller({ path: 'investors', version: '1' })
export class InvestorMatchesController {
  constructor(private readonly sez: SezService) {}

  @Get('matches')
  @ApiOperation({
    summary: 'SEZ slots and PPP projects ranked for a sector, needs (MW, water, gas, area) and budget, with reasons',
  })
  @ApiOkResponse({ type: InvestorMatchesResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  matches(@Query() query: MatchesQuery, @RequestLang() lang: Lang): Promise<InvestorMatches> {
    return this.sez.matches(query, lang);
  }
}
