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
  ParseIdPipe,
  ProblemDetailsDto,
  QueryAmount,
  RequestLang,
  parseSort,
  sortValues,
} from '@kbdm/api/core-http';
import {
  OpportunitiesRepository,
  OpportunityDistrictFitEntity,
  OpportunityEntity,
  OpportunityFilter,
  OpportunityOrder,
} from '@kbdm/catalogue/api-data-access';
import {
  OPPORTUNITY_STATUSES,
  type Opportunity,
  type OpportunityStatus,
  computePotentialScore,
} from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Lang, type Page } from '@kbdm/shared/domain';
import { IsIn, IsOptional, Max } from 'class-validator';
import { CatalogueCodesService, SectorDistrictListQuery, assertRange } from './catalogue-codes.service';
import { OpportunityPage, OpportunityResponse } from './catalogue.responses';
import { pointOf, refOf, titleOf } from './mappers';

const SORTS = ['relevance', ...sortValues(['score', 'name', 'importValue', 'jobs'])];

export class ListOpportunitiesQuery extends SectorDistrictListQuery {
  @ApiPropertyOptional({ description: `Comma-separated: ${OPPORTUNITY_STATUSES.join(', ')}` })
  @IsOptional()
  @CsvOf(OPPORTUNITY_STATUSES)
  status?: OpportunityStatus[];

  @ApiPropertyOptional({ description: 'Annual import value, USD, at least' })
  @QueryAmount()
  minImportValue?: number;

  @ApiPropertyOptional({ description: 'Annual import value, USD, at most' })
  @QueryAmount()
  maxImportValue?: number;

  @ApiPropertyOptional({ description: 'Investment in KZT: ranges reaching at least this' })
  @QueryAmount()
  minInvestment?: number;

  @ApiPropertyOptional({ description: 'Investment in KZT: ranges starting at most at this' })
  @QueryAmount()
  maxInvestment?: number;

  @ApiPropertyOptional({ description: 'Potential score (0–100) at least' })
  @QueryAmount()
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ enum: SORTS, description: 'Default: relevance with a search, else -score' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export function toOpportunity(
  entity: OpportunityEntity,
  fits: OpportunityDistrictFitEntity[],
  lang: Lang,
): Opportunity {
  const own = fits.filter((f) => f.opportunityId === entity.id);
  const investmentKzt = { min: entity.investmentMinKzt, max: entity.investmentMaxKzt };
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    title: titleOf(entity.name, lang),
    description: entity.description,
    hsCode: entity.hsCode,
    sector: refOf(entity.sector!, lang),
    importVolume: { amount: entity.importVolumeAmount, unit: entity.importVolumeUnit },
    importValueUsd: entity.importValueUsd,
    sourceCountries: entity.sourceCountries,
    localProductionShare: entity.localProductionShare,
    investmentKzt,
    jobs: entity.jobs,
    status: entity.status,
    district: entity.district ? refOf(entity.district, lang) : null,
    districtFits: own.map((f) => ({ district: refOf(f.district!, lang), reasons: f.reasons })),
    location: pointOf(entity),
    potentialScore: computePotentialScore({
      importValueUsd: entity.importValueUsd,
      localProductionShare: entity.localProductionShare,
      jobs: entity.jobs,
      investmentKzt,
      districtFitReasonCounts: own.map((f) => f.reasons.length),
    }),
    demo: entity.demo,
    source: entity.source,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Turns the query into the repository's filter, checking the ranges (the caller checks the codes). */
export function opportunityFilter(
  query: Pick<
    ListOpportunitiesQuery,
    | 'q'
    | 'sector'
    | 'district'
    | 'status'
    | 'minImportValue'
    | 'maxImportValue'
    | 'minInvestment'
    | 'maxInvestment'
    | 'minScore'
  >,
): OpportunityFilter {
  assertRange(query.minImportValue, query.maxImportValue, 'minImportValue', 'maxImportValue');
  assertRange(query.minInvestment, query.maxInvestment, 'minInvestment', 'maxInvestment');
  return {
    q: query.q,
    sectorCodes: query.sector,
    districtCodes: query.district,
    statuses: query.status,
    minImportValueUsd: query.minImportValue,
    maxImportValueUsd: query.maxImportValue,
    minInvestmentKzt: query.minInvestment,
    maxInvestmentKzt: query.maxInvestment,
    minScore: query.minScore,
  };
}

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly codes: CatalogueCodesService,
  ) {}

  async list(query: ListOpportunitiesQuery, lang: Lang): Promise<Page<Opportunity>> {
    await this.codes.assertKnown({ sector: query.sector, district: query.district });
    const filter = opportunityFilter(query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const order = parseSort<OpportunityOrder>(query.sort ?? (query.q ? 'relevance' : '-score'));
    const { items, total } = await this.opportunities.findPage(filter, order, lang, { page, pageSize });
    const fits = await this.opportunities.fitsOf(items.map((o) => o.id));
    return { items: items.map((o) => toOpportunity(o, fits, lang)), total, page, pageSize };
  }

  async get(id: string, lang: Lang): Promise<Opportunity> {
    const entity = await this.opportunities.findById(id);
    if (!entity) throw new ItemNotFoundException('opportunity', id);
    return toOpportunity(entity, await this.opportunities.fitsOf([id]), lang);
  }
}

@ApiTags('opportunities')
@Public()
@Controller({ path: 'opportunities', version: '1' })
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Get()
  @ApiOperation({ summary: 'Import-substitution opportunities: search, filter, sort, page' })
  @ApiOkResponse({ type: OpportunityPage, description: 'Each with its potential score and the score’s parts' })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  list(@Query() query: ListOpportunitiesQuery, @RequestLang() lang: Lang): Promise<Page<Opportunity>> {
    return this.opportunities.list(query, lang);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One opportunity' })
  @ApiOkResponse({ type: OpportunityResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No opportunity with that id' })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Opportunity> {
    return this.opportunities.get(id, lang);
  }
}
