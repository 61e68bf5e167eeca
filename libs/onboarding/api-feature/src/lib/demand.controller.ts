import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '@kbdm/accounts/api-feature';
import { ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import { DEMAND_MIN_COUNT, type OnboardingDemand } from '@kbdm/onboarding/eligibility';
import type { Lang } from '@kbdm/shared/domain';
import { DemandService } from './demand.service';
import { DemandQueryDto, OnboardingDemandResponse } from './onboarding.dto';

/** The start of a demand signal for the region: what people asked the onboarding for, as counts. */
@ApiTags('onboarding')
@ApiBearerAuth()
@Roles('officer', 'admin')
@Controller({ path: 'onboarding/demand', version: '1' })
export class DemandController {
  constructor(private readonly demand: DemandService) {}

  @Get()
  @ApiOperation({
    summary:
      'Counts of the assessments in a period: by district, sector and programme verdict, and the rules that most ' +
      `often stood in the way. No count under ${DEMAND_MIN_COUNT} is given.`,
  })
  @ApiOkResponse({ type: OnboardingDemandResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong parameter, named in `errors`' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Neither an officer nor an administrator' })
  figures(@Query() query: DemandQueryDto, @RequestLang() lang: Lang): Promise<OnboardingDemand> {
    return this.demand.figures(query, lang);
  }
}
