import { Get, Injectable, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { RequestLang, StatsQueryDto, StatsRoutes, assertPeriod } from '@kbdm/api/core-http';
import { CatalogueCodesService, titleOf } from '@kbdm/catalogue/api-feature';
import { SezRepository, SezSlotEntity } from '@kbdm/sez/api-data-access';
import { SLOT_STATUSES, type SlotStatus, UTILITIES, UTILITY_UNITS, type Utility } from '@kbdm/sez/domain';
import type { Lang, LocalizedText } from '@kbdm/shared/domain';
import { DataSource } from 'typeorm';

class UtilityTakenDto {
  @ApiProperty({ enum: UTILITIES }) utility!: Utility;
  @ApiProperty() unit!: string;
  @ApiProperty({ description: 'The plots’ maximums summed' }) maximum!: number;
  @ApiProperty({ description: 'Held by active reservations' }) taken!: number;
}

class ZoneOccupancyDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() registered!: number;
  @ApiProperty() operating!: number;
  @ApiProperty({
    description: 'Plots per status',
    example: { available: 12, reserved: 3, under_negotiation: 2, occupied: 3 },
  })
  slots!: Record<SlotStatus, number>;
  @ApiProperty({ type: [UtilityTakenDto] }) utilities!: UtilityTakenDto[];
}

export class SezOccupancyResponse {
  @ApiProperty({ type: [ZoneOccupancyDto] }) zones!: ZoneOccupancyDto[];
}

const MAX_COLUMN: Record<Utility, string> = {
  power: 'power_max_mw',
  water: 'water_max_m3_per_day',
  sewerage: 'sewerage_max_m3_per_day',
  heat: 'heat_max_gcal_per_hour',
  gas: 'gas_max_m3_per_hour',
};
const HELD_COLUMN: Record<Utility, string> = {
  power: 'power_mw',
  water: 'water_m3_per_day',
  sewerage: 'sewerage_m3_per_day',
  heat: 'heat_gcal_per_hour',
  gas: 'gas_m3_per_hour',
};

/** How full the zone is: participants registered and operating, plots per status, capacity taken. */
@Injectable()
export class SezStatsService {
  constructor(
    private readonly zones: SezRepository,
    private readonly codes: CatalogueCodesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async occupancy(query: StatsQueryDto, lang: Lang): Promise<SezOccupancyResponse> {
    assertPeriod(query);
    await this.codes.assertKnown({ district: query.district });
    const qb = this.dataSource
      .getRepository(SezSlotEntity)
      .createQueryBuilder('sl')
      .innerJoin('sl.sez', 'z')
      .leftJoin('sl.district', 'd')
      // What each plot's active reservations hold, summed once per plot.
      .leftJoin(
        (sub) =>
          sub
            .select('r.slot_id', 'slot_id')
            .addSelect(UTILITIES.map((u) => `sum(r.${HELD_COLUMN[u]}) AS held_${u}`).join(', '))
            .from('investor_request', 'r')
            .where(`r.kind = 'reservation'`)
            .andWhere(`r.status IN ('requested', 'held', 'under_negotiation', 'contracted')`)
            .groupBy('r.slot_id'),
        'held',
        'held.slot_id = sl.id',
      )
      .select('z.id', 'id')
      .addSelect('z.code', 'code')
      .addSelect('z.name', 'name')
      .addSelect(SLOT_STATUSES.map((s) => `count(*) FILTER (WHERE sl.status = '${s}')::int AS "slots_${s}"`).join(', '))
      .addSelect(
        UTILITIES.map(
          (u) =>
            `sum(sl.${MAX_COLUMN[u]})::float8 AS "max_${u}", coalesce(sum(held.held_${u}), 0)::float8 AS "taken_${u}"`,
        ).join(', '),
      )
      .groupBy('z.id')
      .addGroupBy('z.code')
      .addGroupBy('z.name')
      .orderBy('z.code');
    if (query.district?.length) qb.andWhere('d.code IN (:...districts)', { districts: query.district });
    const rows = await qb.getRawMany<Record<string, unknown> & { id: string; code: string; name: LocalizedText }>();
    const counts = await this.zones.countsOf(rows.map((r) => r.id));
    return {
      zones: rows.map((row) => ({
        code: row.code,
        title: titleOf(row.name, lang),
        registered: counts.get(row.id)?.registered ?? 0,
        operating: counts.get(row.id)?.operating ?? 0,
        slots: Object.fromEntries(SLOT_STATUSES.map((s) => [s, Number(row[`slots_${s}`])])) as Record<
          SlotStatus,
          number
        >,
        utilities: UTILITIES.map((utility) => ({
          utility,
          unit: UTILITY_UNITS[utility],
          maximum: Number(row[`max_${utility}`]),
          taken: Math.round(Number(row[`taken_${utility}`]) * 1000) / 1000,
        })),
      })),
    };
  }
}

@StatsRoutes('stats/sez')
export class SezStatsController {
  constructor(private readonly stats: SezStatsService) {}

  @Get('occupancy')
  @ApiOperation({ summary: 'Participants registered vs operating, plots per status, capacity taken per utility' })
  @ApiOkResponse({ type: SezOccupancyResponse })
  occupancy(@Query() query: StatsQueryDto, @RequestLang() lang: Lang): Promise<SezOccupancyResponse> {
    return this.stats.occupancy(query, lang);
  }
}
