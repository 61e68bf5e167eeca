import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { LangQueryDto, ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import type { Assessment } from '@kbdm/onboarding/eligibility';
import type { Lang } from '@kbdm/shared/domain';
import { AssessmentsService, MAX_LISTED_ASSESSMENTS } from './assessments.service';
import { AssessmentResponse } from './onboarding.dto';

/** The caller's own saved assessments, beside the rest of `/me`. */
@ApiTags('me')
@ApiBearerAuth()
@Controller({ path: 'me/assessments', version: '1' })
export class MyAssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  @ApiOperation({
    summary: `The signed-in person’s saved assessments, newest first (at most ${MAX_LISTED_ASSESSMENTS})`,
  })
  @ApiOkResponse({ type: [AssessmentResponse] })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Assessment[]> {
    return this.assessments.listMine(user, lang);
  }
}
