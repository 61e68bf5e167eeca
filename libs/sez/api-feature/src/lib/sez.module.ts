import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@kbdm/accounts/api-feature';
import { Clock } from '@kbdm/api/core-config';
import { CatalogueModule } from '@kbdm/catalogue/api-feature';
import { NotificationsModule } from '@kbdm/notifications/api-feature';
import { InvestorRequestsRepository, SEZ_ENTITIES, SezRepository, SezSlotsRepository } from '@kbdm/sez/api-data-access';
import {
  InvestorRequestsController,
  MyInvestorRequestsController,
  OfficerInvestorRequestsController,
} from './investor-requests.controller';
import { InvestorRequestsService } from './investor-requests.service';
import { ReservationExpiryJob } from './reservation-expiry.job';
import { SezOpenData } from './sez-open-data';
import { SezStatsController, SezStatsService } from './sez-stats.controller';
import { InvestorMatchesController, SezController, SezService, SezSlotsController } from './sez.controller';

/** The Special Economic Zone: zones, participants, anchor slots, and investors' requests for them. */
@Module({
  imports: [TypeOrmModule.forFeature(SEZ_ENTITIES), CatalogueModule, AccountsModule, NotificationsModule],
  controllers: [
    SezController,
    SezSlotsController,
    InvestorMatchesController,
    InvestorRequestsController,
    MyInvestorRequestsController,
    OfficerInvestorRequestsController,
    SezStatsController,
  ],
  providers: [
    SezRepository,
    SezSlotsRepository,
    SezService,
    InvestorRequestsRepository,
    InvestorRequestsService,
    ReservationExpiryJob,
    SezOpenData,
    SezStatsService,
    Clock,
  ],
  exports: [SezSlotsRepository, InvestorRequestsRepository],
})
export class SezModule {}
