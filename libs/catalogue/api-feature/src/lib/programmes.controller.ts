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
  CsvCodes,
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
import {
  ProgrammeEntity,
  ProgrammeOrder,
  ProgrammeVersionEntity,
  ProgrammesRepository,
} from '@kbdm/catalogue/api-data-access';
import {
  PROGRAMME_INSTRUMENTS,
  PROGRAMME_STATUSES,
  type Programme,
  type ProgrammeInstrument,
  type ProgrammeStatus,
  type ProgrammeVersion,
} from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Lang, type Page } from '@kbdm/shared/domain';
import { IsIn, IsOptional } from 'class-validator';
import { CatalogueCodesService, SECTOR_CODE, assertRange } from './catalogue-codes.service';
import { ProgrammePage, ProgrammeResponse } from './catalogue.responses';
import { titleOf } from './mappers';

const SORTS = ['relevance', ...sortValues(['name', 'maxAmount', 'effectiveFrom'])];

export class ListProgrammesQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'active (a version in force) or historical, comma-separated' })
  @IsOptional()
  @CsvOf(PROGRAMME_STATUSES)
  status?: ProgrammeStatus[];

  @ApiPropertyOptional({ description: `Comma-separated: ${PROGRAMME_INSTRUMENTS.join(', ')}` })
  @IsOptional()
  @CsvOf(PROGRAMME_INSTRUMENTS)
  instrument?: ProgrammeInstrument[];

  @ApiPropertyOptional({ description: 'Programmes whose current terms fund any of these OKED codes', example: 'C23' })
  @IsOptional()
  @CsvCodes(SECTOR_CODE)
  sector?: string[];

  @ApiPropertyOptional({ description: 'KZT: programmes whose maximum amount reaches at least this' })
  @QueryAmount()
  minAmount?: number;

  @ApiPropertyOptional({ description: 'KZT: programmes whose minimum amount is at most this' })
  @QueryAmount()
  maxAmount?: number;

  @ApiPropertyOptional({ enum: SORTS, description: 'Default: relevance with a search, else active first, then name' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export function toProgrammeVersion(v: ProgrammeVersionEntity): ProgrammeVersion {
  return {
    id: v.id,
    label: v.label,
    legalAct: v.legalAct,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    status: v.status,
    acceptsApplications: v.acceptsApplications,
    applicationChannel: v.applicationChannel,
    minAmountKzt: v.minAmountKzt,
    maxAmountKzt: v.maxAmountKzt,
    rate: v.rate,
    termMonths: v.termMonths,
    applicationWindow: v.applicationWindow,
    requiredDocuments: v.requiredDocuments,
    obligations: v.obligations,
    decisionDeadlineWorkingDays: v.decisionDeadlineWorkingDays,
    eligibility: v.eligibility,
    demo: v.demo,
    source: v.source,
  };
}

export function toProgramme(entity: ProgrammeEntity, versions: ProgrammeVersionEntity[], lang: Lang): Programme {
  const current = entity.currentVersion!;
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    title: titleOf(entity.name, lang),
    description: entity.description,
    operator: entity.operator,
    instrument: entity.instrument,
    status: current.status === 'in_force' ? 'active' : 'historical',
    currentVersion: toProgrammeVersion(current),
    versions: versions
      .filter((v) => v.programmeId === entity.id)
      .map((v) => ({
        id: v.id,
        label: titleOf(v.label, lang),
        legalActNumber: v.legalAct.number,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        status: v.status,
      })),
    demo: entity.demo,
    source: entity.source,
  };
}

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly codes: CatalogueCodesService,
  ) {}

  async list(query: ListProgrammesQuery, lang: Lang): Promise<Page<Programme>> {
    assertRange(query.minAmount, query.maxAmount, 'minAmount', 'maxAmount');
    await this.codes.assertKnown({ sector: query.sector });
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.programmes.findPage(
      {
        q: query.q,
        statuses: query.status,
        instruments: query.instrument,
        sectorCodes: query.sector,
        minAmountKzt: query.minAmount,
        maxAmountKzt: query.maxAmount,
      },
      parseSort<ProgrammeOrder>(query.sort ?? 'relevance'),
      lang,
      { page, pageSize },
    );
    const versions = await this.programmes.versionsOf(items.map((p) => p.id));
    return { items: items.map((p) => toProgramme(p, versions, lang)), total, page, pageSize };
  }

  async get(id: string, lang: Lang): Promise<Programme> {
    const entity = await this.programmes.findById(id);
    if (!entity) throw new ItemNotFoundException('programme', id);
    return toProgramme(entity, await this.programmes.versionsOf([id]), lang);
  }
}

@ApiTags('programmes')
@Public()
@Controller({ path: 'programmes', version: '1' })
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get()
  @ApiOperation({ summary: 'State support programmes with their current terms and their history of versions' })
  @ApiOkResponse({ type: ProgrammePage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  list(@Query() query: ListProgrammesQuery, @RequestLang() lang: Lang): Promise<Page<Programme>> {
    return this.programmes.list(query, lang);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One programme' })
  @ApiOkResponse({ type: ProgrammeResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No programme with that id' })
  get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Programme> {
    return this.programmes.get(id, lang);
  }
}
