import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, OptionalAuth, OptionalUser } from '@kbdm/api/core-auth';
import { clientAddressOf, LangQueryDto, ProblemDetailsDto, RequestLang, Throttle } from '@kbdm/api/core-http';
import type { Assessment } from '@kbdm/onboarding/eligibility';
import type { Lang } from '@kbdm/shared/domain';
import type { FastifyRequest } from 'fastify';
import { AssessmentsService } from './assessments.service';
import { AssessmentResponse, CreateAssessmentDto } from './onboarding.dto';
import { ParseAssessmentIdPipe } from './parse-assessment-id.pipe';

const NOT_FOUND = 'No assessment with that id, a malformed id, or one saved to another account (all answered alike)';

/** The onboarding questionnaire's assessments: anyone may make one and come back with its token. */
@ApiTags('onboarding')
@Controller({ path: 'onboarding/assessments', version: '1' })
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post()
  @OptionalAuth()
  @Throttle('assessment')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Judge the answers against every programme in force and rank the opportunities; saved under an unguessable id. ' +
      'With an access token the assessment is saved to the caller’s account at once.',
  })
  @ApiCreatedResponse({ type: AssessmentResponse })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'Wrong answers, each named in `errors` (`answers.age`, `answers.sectors[1]`)',
  })
  @ApiUnauthorizedResponse({
    type: ProblemDetailsDto,
    description: 'An access token was sent but is invalid or expired',
  })
  create(
    @Body() body: CreateAssessmentDto,
    @OptionalUser() user: AuthenticatedUser | null,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
    @Req() request: FastifyRequest,
  ): Promise<Assessment> {
    return this.assessments.create(body.answers, user, { ip: clientAddressOf(request) }, lang);
  }

  @Get(':id')
  @OptionalAuth()
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'The results saved under the id, as they were computed. Anyone holding the id reads them until they are ' +
      'saved to an account; from then on only that account does.',
  })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiUnauthorizedResponse({
    type: ProblemDetailsDto,
    description: 'An access token was sent but is invalid or expired',
  })
  get(
    @Param('id', ParseAssessmentIdPipe) id: string,
    @OptionalUser() user: AuthenticatedUser | null,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Assessment> {
    return this.assessments.get(id, user, lang);
  }

  @Post(':id/claim')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Save the assessment to the caller’s account and fill the empty parts of their profile from its answers ' +
      '(the district); claiming one’s own again changes nothing',
  })
  @ApiOkResponse({ type: AssessmentResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No assessment with that id, or a malformed id' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'Saved to another account already' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  claim(
    @Param('id', ParseAssessmentIdPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
    @Req() request: FastifyRequest,
  ): Promise<Assessment> {
    return this.assessments.claim(id, user, { ip: clientAddressOf(request) }, lang);
  }
}
