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
  PppProjectEntity,
  PppProjectFilter,
  PppProjectOrder,
  PppProjectsRepository,
} from '@kbdm/catalogue/api-data-access';
import {
  PPP_FORMS,
  PPP_NEEDS,
  PPP_STAGES,
  type PppForm,
  type PppNeed,
  type PppProject,
  type PppStage,
} from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Lang, type Page } from '@kbdm/shared/domain';
import { IsIn, IsOptional } from 'class-validator';
import { CatalogueCodesService, SectorDistrictListQuery, assertRange } from './catalogue-codes.service';
import { PppProjectPage, PppProjectResponse } from './catalogue.responses';
import { pointOf, refOf, titleOf } from './mappers';

const SORTS = ['relevance', ...sortValues(['name', 'capex', 'tenderDeadline', 'stage'])];

export class ListPppProjectsQuery extends SectorDistrictListQuery {
  @ApiPropertyOptional({ description: `Comma-separated: ${PPP_STAGES.join(', ')}` })
  @IsOptional()
  @CsvOf(PPP_STAGES)
  stage?: PppStage[];

  @ApiPropertyOptional({ description: `Comma-separated: ${PPP_FORMS.join(', ')}` })
  @IsOptional()
  @CsvOf(PPP_FORMS)
  form?: PppForm[];

  @ApiPropertyOptional({ description: `Comma-separated: ${PPP_NEEDS.join(', ')}` })
  @IsOptional()
  @CsvOf(PPP_NEEDS)
  need?: PppNeed[];

  @ApiPropertyOptional({ description: 'Capital cost in KZT, at least' })
  @QueryAmount()
  minCapex?: number;

  @ApiPropertyOptional({ description: 'Capital cost in KZT, at most' })
  @QueryAmount()
  maxCapex?: number;

  @ApiPropertyOptional({ enum: SORTS, description: 'Default: relevance with a search, else name' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export function toPppProject(entity: PppProjectEntity, lang: Lang): PppProject {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    title: titleOf(entity.name, lang),
    description: entity.description,
    sector: refOf(entity.sector!, lang),
    form: entity.form,
    stage: entity.stage,
    need: entity.need,
    capexKzt: entity.capexKzt,
    termYears: entity.termYears,
    publicPartner: entity.publicPartner,
    tenderDeadline: entity.tenderDeadline,
    district: entity.district ? refOf(entity.district, lang) : null,
    location: pointOf(entity),
    demo: entity.demo,
    source: entity.source,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function pppProjectFilter(
  query: Pick<ListPppProjectsQuery, 'q' | 'sector' | 'district' | 'stage' | 'form' | 'need' | 'minCapex' | 'maxCapex'>,
): PppProjectFilter {
  assertRange(query.minCapex, query.maxCapex, 'minCapex', 'maxCapex');
  return {
    q: query.q,
    sectorCodes: query.sector,
    districtCodes: query.district,
    stages: query.stage,
    forms: query.form,
    needs: query.need,
    minCapexKzt: query.minCapex,
    maxCapexKzt: query.maxCapex,
  };
}

@Injectable()
export class PppProjectsService {
  constructor(
    private readonly projects: PppProjectsRepository,
    private readonly codes: CatalogueCodesService,
  ) {}

  async list(query: ListPppProjectsQuery, lang: Lang): Promise<Page<PppProject>> {
    await this.codes.assertKnown({ sector: query.sector, district: query.district });
    const filter = pppProjectFilter(query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const order = parseSort<PppProjectOrder>(query.sort ?? 'relevance');
    const { items, total } = await this.projects.findPage(filter, order, lang, { page, pageSize });
    return { items: items.map((p) => toPppProject(p, lang)), total, page, pageSize };
  }

  async get(id: string, lang: Lang): Promise<PppProject> {
    const entity = await this.projects.findById(id);
    if (!entity) throw new ItemNotFoundException('ppp_project', id);
    return toPppProject(entity, lang);
  }
}

@ApiTags('ppp-projects')
@Public()
@Controller({ path: 'ppp-projects', version: '1' })
export class PppProjectsController {
  constructor(private readonly projects: PppProjectsService) {}

  @Get()
  @ApiOperation({ summary: 'Public-private partnership projects: search, filter, sort, page' })
  @ApiOkResponse({ type: PppProjectPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  list(@Query() query: ListPppProjectsQuery, @RequestLang() lang: Lang): Promise<Page<PppProject>> {
    return this.projects.list(query, lang);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One PPP project' })
  @ApiOkResponse({ type: PppProjectResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No PPP project with that id' })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<PppProject> {
    return this.projects.get(id, lang);
  }
}
