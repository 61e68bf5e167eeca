import { ApiProperty } from '@nestjs/swagger';
import { MAP_LAYERS, type MapFeature, type MapFeatureCollection, type MapLayerCounts } from '@kbdm/map/domain';

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
          properties: { type: { type: 'string', enum: ['Point'] }, coordinates: { type: 'array', items: { type: 'number' } } },
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
