import { Get, Injectable, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { RequestLang, StatsQueryDto, StatsRoutes, assertPeriod } from '@kbdm/api/core-http';
import { OpportunityEntity, PppProjectEntity, SectorEntity } from '@kbdm/catalogue/api-data-access';
import { PPP_STAGES, type PppStage } from '@kbdm/catalogue/domain';
import type { Lang, LocalizedText } from '@kbdm/shared/domain';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { CatalogueCodesService } from './catalogue-codes.service';
import { titleOf } from './mappers';

class StageRowDto {
  @ApiProperty({ enum: PPP_STAGES }) stage!: PppStage;
  @ApiProperty() projects!: number;
  @ApiProperty() capexKzt!: number;
}

export class PppPipelineResponse {
  @ApiProperty({ type: [StageRowDto], description: 'Every stage in order, zero where none' }) stages!: StageRowDto[];
}

class CountRowDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() opportunities!: number;
  @ApiProperty() importValueUsd!: number;
}

export class OpportunityStatsResponse {
  @ApiProperty({ type: [CountRowDto], description: 'By OKED section of the sector, most first' })
  bySector!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto], description: 'By district, most first' }) byDistrict!: CountRowDto[];
}

/** Items added in the period (the region's days) and standing in the districts. */
function scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: StatsQueryDto): SelectQueryBuilder<T> {
  if (query.from) qb.andWhere(`(row.created_at AT TIME ZONE 'Asia/Almaty')::date >= :from`, { from: query.from });
  if (query.to) qb.andWhere(`(row.created_at AT TIME ZONE 'Asia/Almaty')::date <= :to`, { to: query.to });
  if (query.district?.length) qb.andWhere('d.code IN (:...districts)', { districts: query.district });
  return qb;
}

/** The catalogues' dashboard figures, aggregated in SQL. */
@Injectable()
export class CatalogueStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly codes: CatalogueCodesService,
  ) {}

  private async check(query: StatsQueryDto): Promise<void> {
    assertPeriod(query);
    await this.codes.assertKnown({ district: query.district });
  }

  async pppPipeline(query: StatsQueryDto): Promise<PppPipelineResponse> {
    await this.check(query);
    const rows = await scoped(
      this.dataSource
        .getRepository(PppProjectEntity)
        .createQueryBuilder('row')
        .leftJoin('row.district', 'd')
        .where('row.published = true'),
      query,
    )
      .select('row.stage', 'stage')
      .addSelect('count(*)::int', 'projects')
      .addSelect('coalesce(sum(row.capex_kzt), 0)::bigint', 'capexKzt')
      .groupBy('row.stage')
      .getRawMany<{ stage: PppStage; projects: number; capexKzt: string }>();
    const byStage = new Map(rows.map((r) => [r.stage, r]));
    return {
      stages: PPP_STAGES.map((stage) => ({
        stage,
        projects: byStage.get(stage)?.projects ?? 0,
        capexKzt: Number(byStage.get(stage)?.capexKzt ?? 0),
      })),
    };
  }

  async opportunities(query: StatsQueryDto, lang: Lang): Promise<OpportunityStatsResponse> {
    await this.check(query);
    const base = () =>
      scoped(
        this.dataSource
          .getRepository(OpportunityEntity)
          .createQueryBuilder('row')
          .innerJoin('row.sector', 's')
          // The sector's section (`C` of `C25`), named by its own row where the catalogue has one.
          .leftJoin(SectorEntity, 'sec', 'sec.code = left(s.code, 1)')
          .leftJoin('row.district', 'd')
          // What the public sees: an unpublished opportunity is not on the map.
          .where('row.published = true'),
        query,
      );
    type Row = { code: string; name: LocalizedText; opportunities: number; importValueUsd: number };
    const [sectors, districts] = await Promise.all([
      base()
        .select('left(s.code, 1)', 'code')
        .addSelect('sec.name', 'name')
        .addSelect('count(*)::int', 'opportunities')
        .addSelect('coalesce(sum(row.import_value_usd), 0)::float8', 'importValueUsd')
        .groupBy('left(s.code, 1)')
        .addGroupBy('sec.name')
        .orderBy('opportunities', 'DESC')
        .addOrderBy('code', 'ASC')
        .getRawMany<Row>(),
      base()
        .select('d.code', 'code')
        .addSelect('d.name', 'name')
        .addSelect('count(*)::int', 'opportunities')
        .addSelect('coalesce(sum(row.import_value_usd), 0)::float8', 'importValueUsd')
        .andWhere('d.code IS NOT NULL')
        .groupBy('d.code')
        .addGroupBy('d.name')
        .orderBy('opportunities', 'DESC')
        .addOrderBy('code', 'ASC')
        .getRawMany<Row>(),
    ]);
    const shown = (row: Row) => ({
      code: row.code,
      title: row.name ? titleOf(row.name, lang) : row.code,
      opportunities: row.opportunities,
      importValueUsd: Number(row.importValueUsd),
    });
    return { bySector: sectors.map(shown), byDistrict: districts.map(shown) };
  }
}

@StatsRoutes('stats')
export class CatalogueStatsController {
  constructor(private readonly stats: CatalogueStatsService) {}

  @Get('ppp/pipeline')
  @ApiOperation({ summary: 'PPP projects per stage, with their capex summed' })
  @ApiOkResponse({ type: PppPipelineResponse })
  pppPipeline(@Query() query: StatsQueryDto): Promise<PppPipelineResponse> {
    return this.stats.pppPipeline(query);
  }

  @Get('opportunities')
  @ApiOperation({ summary: 'Import-substitution opportunities per sector section and per district' })
  @ApiOkResponse({ type: OpportunityStatsResponse })
  opportunities(@Query() query: StatsQueryDto, @RequestLang() lang: Lang): Promise<OpportunityStatsResponse> {
    return this.stats.opportunities(query, lang);
  }
}
