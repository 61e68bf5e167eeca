import { Module } from '@nestjs/common';
import { CatalogueModule } from '@kbdm/catalogue/api-feature';
import { SezModule } from '@kbdm/sez/api-feature';
import { MapController, MapService } from './map.controller';

/** The map endpoint: every located catalogue item as GeoJSON. */
@Module({
  imports: [CatalogueModule, SezModule],
  controllers: [MapController],
  providers: [MapService],
})
export class MapModule {}
