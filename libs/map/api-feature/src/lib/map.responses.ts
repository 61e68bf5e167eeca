import { ApiProperty } from '@nestjs/swagger';
import { GeoPointDto } from '@kbdm/api/core-http';
import {
  type DistrictFigures,
  MAP_LAYERS,
  type MapFeature,
  type MapFeatureCollection,
  type MapLayerCounts,
  type MapSettings,
} from '@kbdm/map/domain';

/* OpenAPI description of the map's GeoJSON answer; it implements the contract type. */

class MapLayerCountsDto implements MapLayerCounts {
  @ApiProperty({ description: 'Matches drawn in this answer’s area' }) located!: number;
  @ApiProperty({ description: 'Matches that have no location: counted, not hidden' }) unlocated!: number;
  @ApiProperty({ description: 'Matches with a location outside the bbox' }) outsideBbox!: number;
  @ApiProperty({ description: 'More located matches than one answer carries' }) truncated!: boolean;
}

class MapCountsDto {
  @ApiProperty({ type: MapLayerCountsDto }) opportunities!: MapLayerCounts;
  @ApiProperty({ type: MapLayerCountsDto }) ppp!: MapLayerCounts;
  @ApiProperty({ type: MapLayerCountsDto, name: 'sez-slots' }) 'sez-slots'!: MapLayerCounts;
}

export class MapFeatureCollectionResponse implements MapFeatureCollection {
  @ApiProperty({ enum: ['FeatureCollection'] }) type!: 'FeatureCollection';
  @ApiProperty({
    description: 'GeoJSON Point features; properties: layer, id, code, title, status, sectorCode, districtCode, demo',
    type: 'array',
    items: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['Feature'] },
        id: { type: 'string' },
        geometry: {
          type: 'object',
          properties: {
            type: { type: 'string', enum: ['Point'] },
            coordinates: { type: 'array', items: { type: 'number' } },
          },
        },
        properties: {
          type: 'object',
          properties: {
            layer: { type: 'string', enum: [...MAP_LAYERS] },
            id: { type: 'string', format: 'uuid' },
            code: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'string' },
            sectorCode: { type: 'string', nullable: true },
            districtCode: { type: 'string', nullable: true },
            demo: { type: 'boolean' },
          },
        },
      },
    },
  })
  features!: MapFeature[];
  @ApiProperty({ type: MapCountsDto }) counts!: MapFeatureCollection['counts'];
}

class DistrictNameDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'temirtau' }) code!: string;
  @ApiProperty() title!: string;
}

export class DistrictFiguresResponse implements DistrictFigures {
  @ApiProperty({ type: DistrictNameDto }) district!: { id: string; code: string; title: string };
  @ApiProperty({ type: GeoPointDto }) centre!: { lat: number; lon: number };
  @ApiProperty() opportunities!: number;
  @ApiProperty() importValueUsd!: number;
  @ApiProperty() pppProjects!: number;
  @ApiProperty({ description: 'Hectares of SEZ slots still available' }) freeSezAreaHa!: number;
}

export class MapSettingsResponse implements MapSettings {
  @ApiProperty({ nullable: true, type: String, example: 'https://tiles.example.kz/{z}/{x}/{y}.png' }) tileUrl!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) tileAttribution!: string | null;
  @ApiProperty({ description: 'Whether GET /api/v1/map/boundaries has the districts’ outlines' }) boundaries!: boolean;
}
