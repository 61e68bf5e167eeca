import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Req } from '@nestjs/common';
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
import { type AuthenticatedUser, CurrentUser, RequireRoles } from '@kbdm/api/core-auth';
import { clientAddressOf, ParseIdPipe, ProblemDetailsDto } from '@kbdm/api/core-http';
import type { AdminItemSummary, AdminOpportunity, CatalogueChange } from '@kbdm/catalogue/domain';
import type { Page } from '@kbdm/shared/domain';
import type { FastifyRequest } from 'fastify';
import { AdminItemPage, AdminOpportunityResponse, CatalogueChangeResponse } from '../admin.responses';
import { AdminOpportunitiesService } from './admin-opportunities.service';
import {
  AdminOpportunitiesQuery,
  OpportunityInputDto,
  PublicationChangeDto,
  UpdateOpportunityDto,
} from './opportunity-input.dto';

const NOT_FOUND = 'No opportunity has this id';
const STALE = 'Changed meanwhile (`stale_version`), or the code is another opportunity’s (`code_taken`)';

/** Administrators edit opportunities here; the public reads them at /api/v1/opportunities. */
@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin')
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Signed in, but not an administrator' })
@Controller({ path: 'admin/opportunities', version: '1' })
export class AdminOpportunitiesController {
  constructor(private readonly opportunities: AdminOpportunitiesService) {}

  @Get()
  @ApiOperation({ summary: 'Every opportunity, unpublished ones too, the latest changed first' })
  @ApiOkResponse({ type: AdminItemPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  list(@Query() query: AdminOpportunitiesQuery): Promise<Page<AdminItemSummary>> {
    return this.opportunities.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One opportunity as the edit form holds it' })
  @ApiOkResponse({ type: AdminOpportunityResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  get(@Param('id', ParseIdPipe) id: string): Promise<AdminOpportunity> {
    return this.opportunities.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Add an opportunity; it stays unpublished until published' })
  @ApiCreatedResponse({ type: AdminOpportunityResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong field, named in `errors`' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: STALE })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Body() body: OpportunityInputDto,
  ): Promise<AdminOpportunity> {
    return this.opportunities.create({ id: user.id, ip: clientAddressOf(request) }, body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change an opportunity: the whole form, with the version it was loaded at' })
  @ApiOkResponse({ type: AdminOpportunityResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong field, named in `errors`' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: STALE })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateOpportunityDto,
  ): Promise<AdminOpportunity> {
    return this.opportunities.update({ id: user.id, ip: clientAddressOf(request) }, id, body);
  }

  @Post(':id/publication')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish or unpublish: an unpublished opportunity is on no list, map or export' })
  @ApiOkResponse({ type: AdminOpportunityResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'Changed meanwhile (`stale_version`)' })
  publication(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PublicationChangeDto,
  ): Promise<AdminOpportunity> {
    return this.opportunities.setPublication({ id: user.id, ip: clientAddressOf(request) }, id, body);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Who changed the opportunity and what, newest first (from the audit log)' })
  @ApiOkResponse({ type: [CatalogueChangeResponse] })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  history(@Param('id', ParseIdPipe) id: string): Promise<CatalogueChange[]> {
    return this.opportunities.history(id);
  }
}
