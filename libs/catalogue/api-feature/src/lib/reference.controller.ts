import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@kbdm/api/core-auth';
import {
  CsvOf,
  LangQueryDto,
  ListQueryDto,
  ParseIdPipe,
  ProblemDetailsDto,
  RequestLang,
  parseSort,
  sortValues,
} from '@kbdm/api/core-http';
import { ItemNotFoundException } from '@kbdm/api/core-errors';
import { ReferenceRepository } from '@kbdm/catalogue/api-data-access';
import {
  DISTRICT_KINDS,
  type District,
  type DistrictKind,
  SECTOR_LEVELS,
  type Sector,
  type SectorLevel,
} from '@kbdm/catalogue/domain';
import { DEFAULT_PAGE_SIZE, type Lang, type Page } from '@kbdm/shared/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { DistrictPage, DistrictResponse, SectorPage, SectorResponse } from './catalogue.responses';
import { toDistrict, toSector } from './mappers';

export class ListDistrictsQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'city (of regional significance) or district, comma-separated' })
  @IsOptional()
  @CsvOf(DISTRICT_KINDS)
  kind?: DistrictKind[];

  @ApiPropertyOptional({ enum: sortValues(['name', 'kato']), default: 'kato' })
  @IsOptional()
  @IsIn(sortValues(['name', 'kato']))
  sort?: string;
}

export class ListSectorsQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'section or division, comma-separated' })
  @IsOptional()
  @CsvOf(SECTOR_LEVELS)
  level?: SectorLevel[];

  @ApiPropertyOptional({ description: 'OKED section letter' })
  @IsOptional()
  @Matches(/^[A-U]$/, { message: 'section must be an OKED section letter A–U' })
  section?: string;

  @ApiPropertyOptional({ description: 'Only the industries the region seeks anchor investors in' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  priority?: boolean;

  @ApiPropertyOptional({ enum: sortValues(['code', 'name']), default: 'code' })
  @IsOptional()
  @IsIn(sortValues(['code', 'name']))
  sort?: string;
}

@ApiTags('districts')
@Public()
@Controller({ path: 'districts', version: '1' })
export class DistrictsController {
  constructor(private readonly reference: ReferenceRepository) {}

  @Get()
  @ApiOperation({ summary: "Karaganda region's cities of regional significance and districts" })
  @ApiOkResponse({ type: DistrictPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  async list(@Query() query: ListDistrictsQuery, @RequestLang() lang: Lang): Promise<Page<District>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.reference.findDistricts(
      { q: query.q, kinds: query.kind },
      parseSort<'name' | 'kato'>(query.sort ?? 'kato'),
      lang,
      { page, pageSize },
    );
    return { items: items.map((d) => toDistrict(d, lang)), total, page, pageSize };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One district' })
  @ApiOkResponse({ type: DistrictResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No district with that id' })
  async get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<District> {
    const district = await this.reference.findDistrict(id);
    if (!district) throw new ItemNotFoundException('district', id);
    return toDistrict(district, lang);
  }
}

@ApiTags('sectors')
@Public()
@Controller({ path: 'sectors', version: '1' })
export class SectorsController {
  constructor(private readonly reference: ReferenceRepository) {}

  @Get()
  @ApiOperation({ summary: 'OKED sections and the divisions the catalogues use' })
  @ApiOkResponse({ type: SectorPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  async list(@Query() query: ListSectorsQuery, @RequestLang() lang: Lang): Promise<Page<Sector>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { items, total } = await this.reference.findSectors(
      { q: query.q, levels: query.level, priority: query.priority, section: query.section },
      parseSort<'code' | 'name'>(query.sort ?? 'code'),
      lang,
      { page, pageSize },
    );
    return { items: items.map((s) => toSector(s, lang)), total, page, pageSize };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One sector' })
  @ApiOkResponse({ type: SectorResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No sector with that id' })
  async get(
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Sector> {
    const sector = await this.reference.findSector(id);
    if (!sector) throw new ItemNotFoundException('sector', id);
    return toSector(sector, lang);
  }
}
