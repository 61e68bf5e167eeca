import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { mapConfig } from '@kbdm/api/core-config';
import { CatalogueModule } from '@kbdm/catalogue/api-feature';
import { SezModule } from '@kbdm/sez/api-feature';
import { DistrictBoundaries } from './district-boundaries';
import { MapController, MapService } from './map.controller';

/** The map endpoint: every located catalogue item as GeoJSON. */
@Module({
  imports: [CatalogueModule, SezModule, ConfigModule.forFeature(mapConfig)],
  controllers: [MapController],
  providers: [MapService, DistrictBoundaries],
})
export class MapModule {}
