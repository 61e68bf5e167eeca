import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '@kbdm/accounts/api-feature';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { LangQueryDto, PageOf, ParseIdPipe, ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import type { InvestorRequest, InvestorRequestMessage, InvestorRequestSummary } from '@kbdm/sez/domain';
import { DEFAULT_PAGE_SIZE, type Lang, type Page } from '@kbdm/shared/domain';
import {
  CreateInvestorRequestDto,
  InvestorRequestMessageResponse,
  InvestorRequestResponse,
  InvestorRequestSummaryResponse,
  InvestorRequestsQuery,
  OfficerRequestsQuery,
  RequestMessageDto,
  RequestTransitionDto,
} from './investor-requests.dto';
import { InvestorRequestsService } from './investor-requests.service';

const NOT_FOUND = 'No request with that id, or one the caller may not see (answered alike)';
const RequestPage = PageOf(InvestorRequestSummaryResponse, 'InvestorRequestPage');

/** Investors' reservations and expressions of interest, each seen by its investor and the zone's staff. */
@ApiTags('investors')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@Controller({ path: 'investor-requests', version: '1' })
export class InvestorRequestsController {
  constructor(private readonly requests: InvestorRequestsService) {}

  @Post()
  @Roles('investor')
  @ApiOperation({ summary: 'Reserve a slot’s capacity, or express interest in a slot or a PPP project' })
  @ApiCreatedResponse({ type: InvestorRequestResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong field, named (`bin`, `utilities.power`)' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Investors only' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No such slot or PPP project' })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description: 'More than is free (naming the utility), or a closed target',
  })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateInvestorRequestDto,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<InvestorRequest> {
    return this.requests.create(user, body, lang);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The request with its history and the moves the caller may make' })
  @ApiOkResponse({ type: InvestorRequestResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<InvestorRequest> {
    return this.requests.view(user, id, lang);
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Move the request: hold, extend, start_negotiation, contract, release, record_production (officers); withdraw (investor); agree, decline (interest)',
  })
  @ApiOkResponse({ type: InvestorRequestResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong field, or a missing reason' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'The move is the other side’s' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'A stale version, or a move the status does not allow' })
  transition(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RequestTransitionDto,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<InvestorRequest> {
    return this.requests.transition(user, id, body, lang);
  }

  @Get(':id/messages')
  @ApiOperation({ summary: 'The thread between the investor and the zone’s officers' })
  @ApiOkResponse({ type: [InvestorRequestMessageResponse] })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  messages(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<InvestorRequestMessage[]> {
    return this.requests.messages(user, id);
  }

  @Post(':id/messages')
  @ApiOperation({ summary: 'Write in the thread; the other side is notified' })
  @ApiCreatedResponse({ type: InvestorRequestMessageResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'An empty or too long body' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'The request has ended' })
  postMessage(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: RequestMessageDto,
  ): Promise<InvestorRequestMessage> {
    return this.requests.postMessage(user, id, body.body);
  }
}

/** "My requests": the signed-in investor's own, nobody else's. */
@ApiTags('me')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@Controller({ path: 'me/investor-requests', version: '1' })
export class MyInvestorRequestsController {
  constructor(private readonly requests: InvestorRequestsService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s reservations and expressions of interest, newest first' })
  @ApiOkResponse({ type: RequestPage })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: InvestorRequestsQuery,
    @RequestLang() lang: Lang,
  ): Promise<Page<InvestorRequestSummary>> {
    return this.requests.page(
      { investorId: user.id, statuses: query.status, kinds: query.kind },
      { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE },
      lang,
    );
  }
}

/** The zone officers' queue of every investor's requests. */
@ApiTags('officer')
@ApiBearerAuth()
@Roles('officer', 'admin')
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Officers and administrators only' })
@Controller({ path: 'officer/investor-requests', version: '1' })
export class OfficerInvestorRequestsController {
  constructor(private readonly requests: InvestorRequestsService) {}

  @Get()
  @ApiOperation({ summary: 'Every investor’s requests under the filters, newest first' })
  @ApiOkResponse({ type: RequestPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong filter, named' })
  list(@Query() query: OfficerRequestsQuery, @RequestLang() lang: Lang): Promise<Page<InvestorRequestSummary>> {
    return this.requests.page(
      { statuses: query.status, kinds: query.kind, slotId: query.slot },
      { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE },
      lang,
    );
  }
}
