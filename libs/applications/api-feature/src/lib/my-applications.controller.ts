import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { PageOf, ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import type { ApplicationSummary } from '@kbdm/applications/domain';
import { DEFAULT_PAGE_SIZE, type Lang, type Page } from '@kbdm/shared/domain';
import { ApplicationSummaryResponse, MyApplicationsQuery } from './applications.dto';
import { ApplicationsService } from './applications.service';

/** "My applications": the signed-in person's own, nobody else's. */
@ApiTags('me')
@ApiBearerAuth()
@Controller({ path: 'me/applications', version: '1' })
export class MyApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s applications, newest first' })
  @ApiOkResponse({ type: PageOf(ApplicationSummaryResponse, 'ApplicationSummaryPage') })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: MyApplicationsQuery,
    @RequestLang() lang: Lang,
  ): Promise<Page<ApplicationSummary>> {
    return this.applications.listMine(
      user,
      { statuses: query.status, page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE },
      lang,
    );
  }
}
