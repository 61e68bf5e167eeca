import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@kbdm/accounts/api-feature';
import { ThrottleModule } from '@kbdm/api/core-http';
import {
  DistrictEntity,
  OpportunityDistrictFitEntity,
  OpportunityEntity,
  ProgrammeEntity,
  ProgrammeVersionEntity,
  SectorEntity,
} from '@kbdm/catalogue/api-data-access';
import {
  ONBOARDING_ENTITIES,
  OnboardingAssessmentsRepository,
  OnboardingCatalogueRepository,
  OnboardingDemandRepository,
} from '@kbdm/onboarding/api-data-access';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { DemandController } from './demand.controller';
import { DemandService } from './demand.service';
import { MyAssessmentsController } from './my-assessments.controller';

/** The onboarding: assessments of the questionnaire's answers, claiming them, and the officers' demand figures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ...ONBOARDING_ENTITIES,
      ProgrammeEntity,
      ProgrammeVersionEntity,
      OpportunityEntity,
      OpportunityDistrictFitEntity,
      DistrictEntity,
      SectorEntity,
    ]),
    // Its exported user accounts and audit log: a claim fills the profile and is recorded.
    AccountsModule,
    ThrottleModule,
  ],
  controllers: [AssessmentsController, MyAssessmentsController, DemandController],
  providers: [
    OnboardingAssessmentsRepository,
    OnboardingCatalogueRepository,
    OnboardingDemandRepository,
    AssessmentsService,
    DemandService,
  ],
})
export class OnboardingModule {}
