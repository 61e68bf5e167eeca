import { Module, ValidationPipe } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from '@kbdm/accounts/api-feature';
import { AccessGuard, CoreAuthModule } from '@kbdm/api/core-auth';
import { appConfig, authConfig, databaseConfig } from '@kbdm/api/core-config';
import { CoreMailModule } from '@kbdm/api/core-mail';
import { CoreStorageModule } from '@kbdm/api/core-storage';
import { ApplicationsModule } from '@kbdm/applications/api-feature';
import { DatabaseModule } from '@kbdm/api/core-database';
import { ProblemDetailsFilter, validationExceptionFactory } from '@kbdm/api/core-errors';
import { CatalogueModule } from '@kbdm/catalogue/api-feature';
import { CatalogueAdminModule } from '@kbdm/catalogue/api-feature-admin';
import { MapModule } from '@kbdm/map/api-feature';
import { NotificationsModule } from '@kbdm/notifications/api-feature';
import { OnboardingModule } from '@kbdm/onboarding/api-feature';
import { SezModule } from '@kbdm/sez/api-feature';
import { DemoDataModule } from '../database/demo-data/demo-data.module';
import { ENTITIES } from '../database/entities';
import { MIGRATIONS } from '../database/migrations';
import { HealthController } from './health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig, databaseConfig, authConfig] }),
    DatabaseModule.forRoot({ entities: ENTITIES, migrations: MIGRATIONS }),
    CoreAuthModule,
    CoreStorageModule,
    CoreMailModule,
    DemoDataModule,
    AccountsModule,
    CatalogueModule,
    CatalogueAdminModule,
    SezModule,
    MapModule,
    OnboardingModule,
    NotificationsModule,
    ApplicationsModule,
  ],
  controllers: [HealthController],
  providers: [
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        transform: true,
        whitelist: true,
        forbidNonWhitelisted: true,
        forbidUnknownValues: true,
        exceptionFactory: validationExceptionFactory,
      }),
    },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    // Every route needs a valid access token unless it says @Public().
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AppModule {}
