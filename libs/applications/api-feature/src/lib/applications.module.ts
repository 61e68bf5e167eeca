import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@kbdm/accounts/api-feature';
import {
  APPLICATIONS_ENTITIES,
  ApplicationQueueRepository,
  ApplicationStatsRepository,
  ApplicationsRepository,
} from '@kbdm/applications/api-data-access';
import { CatalogueModule } from '@kbdm/catalogue/api-feature';
import { NotificationsModule } from '@kbdm/notifications/api-feature';
import { ApplicationDocumentsService } from './application-documents.service';
import { ApplicationQueueService } from './application-queue.service';
import { ApplicationStatsController, ApplicationStatsService } from './application-stats.controller';
import { ApplicationTargets } from './application-targets';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { Clock } from '@kbdm/api/core-config';
import { MyApplicationsController } from './my-applications.controller';
import { OfficerApplicationsController } from './officer-applications.controller';

/** Applications, their workflow, documents and messages, and the officers' queue. */
@Module({
  imports: [TypeOrmModule.forFeature(APPLICATIONS_ENTITIES), AccountsModule, NotificationsModule, CatalogueModule],
  controllers: [
    ApplicationsController,
    MyApplicationsController,
    OfficerApplicationsController,
    ApplicationStatsController,
  ],
  providers: [
    ApplicationsRepository,
    ApplicationQueueRepository,
    ApplicationTargets,
    ApplicationsService,
    ApplicationDocumentsService,
    ApplicationQueueService,
    ApplicationStatsRepository,
    ApplicationStatsService,
    Clock,
  ],
  exports: [Clock],
})
export class ApplicationsModule {}
