import { Controller, Get, Inject, Injectable, Query } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { mapConfig } from '@kbdm/api/core-config';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
  OmitType,
  PickType,
} from '@nestjs/swagger';
import { Public } from '@kbdm/api/core-auth';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { CsvOf, ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import {
  Bbox,
  LocatedRows,
  MapRow,
  OpportunitiesRepository,
  PppProjectsRepository,
  ReferenceRepository,
} from '@kbdm/catalogue/api-data-access';
import {
  CatalogueCodesService,
  SectorDistrictListQuery,
  opportunityFilter,
  pppProjectFilter,
  titleOf,
} from '@kbdm/catalogue/api-feature';
import {
  type DistrictFigures,
  MAP_FEATURE_LIMIT,
  MAP_LAYERS,
  type MapFeatureCollection,
  type MapLayer,
  type MapSettings,
  type DistrictBoundaryCollection,
} from '@kbdm/map/domain';
import { SezSlotsRepository } from '@kbdm/sez/api-data-access';
import { sezSlotFilter } from '@kbdm/sez/api-feature';
import type { Lang } from '@kbdm/shared/domain';
import { IsOptional, IsString } from 'class-validator';
import { DistrictBoundaries } from './district-boundaries';
import { DistrictFiguresResponse, MapFeatureCollectionResponse, MapSettingsResponse } from './map.responses';

/** The map takes the lists' search and filters, without paging, plus the layers and a bbox. */
export class MapFeaturesQuery extends OmitType(SectorDistrictListQuery, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({ description: `Comma-separated layers: ${MAP_LAYERS.join(', ')}; default all` })
  @IsOptional()
  @CsvOf(MAP_LAYERS)
  layers?: MapLayer[];

  @ApiPropertyOptional({ description: 'minLon,minLat,maxLon,maxLat (WGS 84)', example: '72,49,74,51' })
  @IsOptional()
  @IsString()
  bbox?: string;
}

/** The district figures take the lists' search and sector filter. */
export class DistrictFiguresQuery extends PickType(SectorDistrictListQuery, ['q', 'sector', 'lang'] as const) {}

/** Parses `minLon,minLat,maxLon,maxLat`; anything else is a 400 naming `bbox`. */
export function parseBbox(value: string | undefined): Bbox | null {
  if (value === undefined) return null;
  const parts = value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
  const [minLon, minLat, maxLon, maxLat] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    minLon >= -180 &&
    maxLon <= 180 &&
    minLat >= -90 &&
    maxLat <= 90 &&
    minLon <= maxLon &&
    minLat <= maxLat;
  if (!valid) {
    throw InvalidInputException.field('bbox', 'must be minLon,minLat,maxLon,maxLat with min ≤ max, in degrees');
  }
  return { minLon, minLat, maxLon, maxLat };
}

@Injectable()
export class MapService {
  constructor(
    private readonly opportunities: OpportunitiesRepository,
    private readonly ppp: PppProjectsRepository,
    private readonly slots: SezSlotsRepository,
    private readonly reference: ReferenceRepository,
    private readonly codes: CatalogueCodesService,
  ) {}

  /**
   * Every district with the figures the map colours it by, for the items matching the lists'
   * search and filters (the district filter itself does not narrow this answer: every district
   * is always listed, so the colouring keeps its scale).
   */
  async districtFigures(query: DistrictFiguresQuery, lang: Lang): Promise<DistrictFigures[]> {
    const shared = { q: query.q, sector: query.sector };
    await this.codes.assertKnown(shared);
    const [districts, opportunities, ppp, slots] = await Promise.all([
      this.reference.allDistricts(),
      this.opportunities.perDistrict(opportunityFilter(shared)),
      this.ppp.perDistrict(pppProjectFilter(shared)),
      this.slots.freeAreaPerDistrict(sezSlotFilter(shared)),
    ]);
    const byCode = <T extends { districtCode: string }>(rows: T[]) => new Map(rows.map((r) => [r.districtCode, r]));
    const [o, p, s] = [byCode(opportunities), byCode(ppp), byCode(slots)];
    return districts.map((d) => ({
      district: { id: d.id, code: d.code, title: titleOf(d.name, lang) },
      centre: { lat: d.lat, lon: d.lon },
      opportunities: o.get(d.code)?.count ?? 0,
      importValueUsd: o.get(d.code)?.importValueUsd ?? 0,
      pppProjects: p.get(d.code)?.count ?? 0,
      freeSezAreaHa: s.get(d.code)?.areaHa ?? 0,
    }));
  }

  /** Runs each layer's list query with the same filters, so the map and the lists agree. */
  async features(query: MapFeaturesQuery, lang: Lang): Promise<MapFeatureCollection> {
    const bbox = parseBbox(query.bbox);
    const layers = query.layers?.length ? [...new Set(query.layers)] : [...MAP_LAYERS];
    const shared = { q: query.q, sector: query.sector, district: query.district };
    await this.codes.assertKnown(shared);
    const results = new Map<MapLayer, LocatedRows<MapRow>>(
      await Promise.all(layers.map(async (layer) => [layer, await this.layer(layer, shared, bbox)] as const)),
    );
    const collection: MapFeatureCollection = {
      type: 'FeatureCollection',
      features: [],
      counts: Object.fromEntries(
        MAP_LAYERS.map((layer) => [layer, { located: 0, unlocated: 0, outsideBbox: 0, truncated: false }]),
      ) as MapFeatureCollection['counts'],
    };
    for (const [layer, result] of results) {
      collection.counts[layer] = {
        located: result.located,
        unlocated: result.unlocated,
        outsideBbox: result.outsideBbox,
        truncated: result.located > result.rows.length,
      };
      for (const row of result.rows) {
        collection.features.push({
          type: 'Feature',
          id: `${layer}:${row.id}`,
          geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
          properties: {
            layer,
            id: row.id,
            code: row.code,
            title: titleOf(row.name, lang),
            status: row.status,
            sectorCode: row.sectorCode,
            districtCode: row.districtCode,
            demo: row.demo,
          },
        });
      }
    }
    return collection;
  }

  private layer(
    layer: MapLayer,
    shared: { q?: string; sector?: string[]; district?: string[] },
    bbox: Bbox | null,
  ): Promise<LocatedRows<MapRow>> {
    switch (layer) {
      case 'opportunities':
        return this.opportunities.located(opportunityFilter(shared), bbox, MAP_FEATURE_LIMIT);
      case 'ppp':
        return this.ppp.located(pppProjectFilter(shared), bbox, MAP_FEATURE_LIMIT);
      case 'sez-slots':
        return this.slots.located(sezSlotFilter(shared), bbox, MAP_FEATURE_LIMIT);
    }
  }
}

@ApiTags('map')
@Public()
@Controller({ path: 'map', version: '1' })
export class MapController {
  constructor(
    private readonly map: MapService,
    @Inject(mapConfig.KEY) private readonly settings: ConfigType<typeof mapConfig>,
    private readonly boundaries: DistrictBoundaries,
  ) {}

  @Get('settings')
  @ApiOperation({
    summary: 'How this deployment draws the map',
    description: 'Background tiles are optional (`MAP_TILE_URL`); without them the map draws none and works offline.',
  })
  @ApiOkResponse({ type: MapSettingsResponse })
  mapSettings(): MapSettings {
    return {
      tileUrl: this.settings.tileUrl,
      tileAttribution: this.settings.tileAttribution,
      boundaries: this.boundaries.available,
    };
  }

  @Get('boundaries')
  @ApiOperation({
    summary: 'The districts’ outlines as GeoJSON, where the deployment has them',
    description:
      'Each feature names its district by `districtCode` and `kato`; `attribution` names the source and licence.',
  })
  @ApiOkResponse({ description: 'A FeatureCollection of (Multi)Polygons' })
  @ApiNotFoundResponse({
    type: ProblemDetailsDto,
    description: 'No boundaries on this deployment (`MAP_BOUNDARIES_FILE`)',
  })
  districtBoundaries(): Promise<DistrictBoundaryCollection> {
    return this.boundaries.collection();
  }

  @Get('features')
  @ApiOperation({
    summary: 'The map: a GeoJSON FeatureCollection of the chosen layers, filtered like the lists',
    description: 'Items that match but have no location are counted in `counts.<layer>.unlocated`, not hidden.',
  })
  @ApiOkResponse({ type: MapFeatureCollectionResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong layer, bbox or filter, named in `errors`' })
  features(@Query() query: MapFeaturesQuery, @RequestLang() lang: Lang): Promise<MapFeatureCollection> {
    return this.map.features(query, lang);
  }

  @Get('district-figures')
  @ApiOperation({
    summary: 'Every district with the figures the map colours it by',
    description:
      'Opportunities and their import value, PPP projects and free SEZ area, for the items matching `q` and `sector`.',
  })
  @ApiOkResponse({ type: [DistrictFiguresResponse] })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong filter, named in `errors`' })
  districtFigures(@Query() query: DistrictFiguresQuery, @RequestLang() lang: Lang): Promise<DistrictFigures[]> {
    return this.map.districtFigures(query, lang);
  }
}
