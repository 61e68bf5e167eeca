import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '@kbdm/catalogue/api-feature';
import { SEZ_ENTITIES, SezRepository, SezSlotsRepository } from '@kbdm/sez/api-data-access';
import { SezController, SezService, SezSlotsController } from './sez.controller';

/** The Special Economic Zone: zones, participants and anchor slots. */
@Module({
  imports: [TypeOrmModule.forFeature(SEZ_ENTITIES), CatalogueModule],
  controllers: [SezController, SezSlotsController],
  providers: [SezRepository, SezSlotsRepository, SezService],
  exports: [SezSlotsRepository],
})
export class SezModule {}
