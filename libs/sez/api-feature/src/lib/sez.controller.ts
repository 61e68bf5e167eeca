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
import { CsvCodes, CsvOf, LangQueryDto, ListQueryDto, ParseIdPipe, ProblemDetailsDto, QueryAmount, RequestLang, parseSort, sortValues } from '@kbdm/api/core-http';
import { ReferenceRepository, SectorEntity } from '@kbdm/catalogue/api-data-access';
import { CatalogueCodesService, SectorDistrictListQuery, assertRange, pointOf, refOf, titleOf } from '@kbdm/catalogue/api-feature';
import {
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
  UTILITY_UNITS,
} from '@kbdm/sez/domain';
import { DEFAULT_PAGE_SIZE, type ItemRef, type Lang, type Page } from '@kbdm/shared/domain';
import { Transform } from 'class-transformer';
import { SezDetailResponse, SezPage, SezSlotPage, SezSlotResponse } from './sez.responses';
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

export function toSezSlot(entity: SezSlotEntity, sectors: Map<string, SectorEntity>, lang: Lang): SezSlot {
  const maximum = {
    power: entity.powerMaxMw,
    water: entity.waterMaxM3PerDay,
    sewerage: entity.sewerageMaxM3PerDay,
    heat: entity.heatMaxGcalPerHour,
    gas: entity.gasMaxM3PerHour,
  };
  return {
    id: entity.id,
    code: entity.code,
    sez: refOf(entity.sez!, lang),
    name: entity.name,
    title: titleOf(entity.name, lang),
    site: entity.site,
    areaHa: entity.areaHa,
    targetIndustries: industryRefs(entity.targetIndustryCodes, sectors, lang),
    utilities: (Object.keys(maximum) as (keyof typeof maximum)[]).map((utility) => ({
      utility,
      unit: UTILITY_UNITS[utility],
      maximum: maximum[utility],
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

export function toSez(entity: SezEntity, counts: SezCounts | undefined, sectors: Map<string, SectorEntity>, lang: Lang): Sez {
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
  query: Pick<ListSezSlotsQuery, 'q' | 'sector' | 'district' | 'status' | 'siteType' | 'dealForm' | 'minArea' | 'maxArea' | 'minPower' | 'railSpur'>,
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
    const sectors = await this.sectorsFor(items.map((s) => s.targetIndustryCodes));
    return { items: items.map((s) => toSezSlot(s, sectors, lang)), total, page, pageSize };
  }

  async getSlot(id: string, lang: Lang): Promise<SezSlot> {
    const slot = await this.slots.findById(id);
    if (!slot) throw new ItemNotFoundException('sez_slot', id);
    return toSezSlot(slot, await this.sectorsFor([slot.targetIndustryCodes]), lang);
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
  get(@Param('id', ParseIdPipe) id: string, @Query() _query: LangQueryDto, @RequestLang() lang: Lang): Promise<SezDetail> {
    return this.sez.get(id, lang);
  }

  @Get(':id/slots')
  @ApiOperation({ summary: "A zone's anchor slots (land plots)" })
  @ApiOkResponse({ type: SezSlotPage })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No zone with that id' })
  slots(@Param('id', ParseIdPipe) id: string, @Query() query: ListSezSlotsQuery, @RequestLang() lang: Lang): Promise<Page<SezSlot>> {
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
  @ApiOperation({ summary: 'One anchor slot' })
  @ApiOkResponse({ type: SezSlotResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No slot with that id' })
  get(@Param('id', ParseIdPipe) id: string, @Query() _query: LangQueryDto, @RequestLang() lang: Lang): Promise<SezSlot> {
    return this.sez.getSlot(id, lang);
  }
}
