import { Body, Controller, Get, Param, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '@kbdm/accounts/api-feature';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { PageOf, ParseIdPipe, ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import type { Application, ApplicationSummary, PersonRef, QueueCounts } from '@kbdm/applications/domain';
import { type Lang, type Page, regionDate } from '@kbdm/shared/domain';
import type { FastifyReply } from 'fastify';
import { ApplicationQueueService } from './application-queue.service';
import {
  ApplicationResponse,
  ApplicationSummaryResponse,
  AssignDto,
  PersonRefResponse,
  QueueCountsResponse,
  QueueFilterQuery,
  QueueQuery,
} from './applications.dto';
import { ApplicationsService } from './applications.service';

/** The programme officers' queue and the assignment of applications. */
@ApiTags('officer')
@ApiBearerAuth()
@Roles('officer', 'admin')
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Officers and administrators only' })
@Controller({ path: 'officer', version: '1' })
export class OfficerApplicationsController {
  constructor(
    private readonly queue: ApplicationQueueService,
    private readonly applications: ApplicationsService,
  ) {}

  @Get('applications')
  @ApiOperation({
    summary: 'Submitted applications under the filters; by default overdue first, then the nearest deadline',
  })
  @ApiOkResponse({ type: PageOf(ApplicationSummaryResponse, 'QueuePage') })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong filter, named' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: QueueQuery,
    @RequestLang() lang: Lang,
  ): Promise<Page<ApplicationSummary>> {
    return this.queue.page(user, query, lang);
  }

  @Get('applications/counts')
  @ApiOperation({ summary: 'How many per status, and overdue, under the same filters but the status' })
  @ApiOkResponse({ type: QueueCountsResponse })
  counts(@CurrentUser() user: AuthenticatedUser, @Query() query: QueueFilterQuery): Promise<QueueCounts> {
    return this.queue.counts(user, query);
  }

  @Get('applications/export.csv')
  @ApiOperation({ summary: 'The filtered queue as CSV (UTF-8 with BOM), streamed' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per application' })
  export(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: QueueQuery,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): StreamableFile {
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(this.queue.exportCsv(user, query, lang), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="applications-${regionDate(new Date())}.csv"`,
    });
  }

  @Put('applications/:id/assignee')
  @ApiOperation({ summary: 'Take, assign, reassign or release an application' })
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'The assignee is not an active officer or administrator',
  })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No application with that id' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'A stale version, or still a draft' })
  assign(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: AssignDto,
    @RequestLang() lang: Lang,
  ): Promise<Application> {
    return this.applications.assign(user, id, body.version, body.assigneeId?.toLowerCase() ?? null, lang);
  }

  @Get('officers')
  @ApiOperation({ summary: 'Whom applications can be assigned to: active officers and administrators' })
  @ApiOkResponse({ type: [PersonRefResponse] })
  officers(): Promise<PersonRef[]> {
    return this.queue.assignable();
  }
}
