import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Req,
  type Type,
  ValidationPipe,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
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
import { validationExceptionFactory } from '@kbdm/api/core-errors';
import { clientAddressOf, ParseIdPipe, ProblemDetailsDto } from '@kbdm/api/core-http';
import type { AdminItemSummary, CatalogueChange } from '@kbdm/catalogue/domain';
import type { Page } from '@kbdm/shared/domain';
import type { FastifyRequest } from 'fastify';
import { AdminItemPage, CatalogueChangeResponse } from '../admin.responses';
import type { AdminItem, AdminItemsService } from './admin-items.service';
import { AdminItemsQuery, PublicationChangeDto } from './item-input.dto';
import type { ItemInput, ItemRow } from './item-record';

/** The body's own DTO, validated as the global pipe would (the route's type is generic here). */
const bodyOf = (expectedType: Type) =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: validationExceptionFactory,
    expectedType,
  });

/**
 * The edit form's routes of one catalogue under `/api/v1/admin/<path>`, for administrators:
 * list, one, create (unpublished), update with the version, publication, history.
 */
export function adminItemsController(options: {
  /** `opportunities`, `ppp-projects`. */
  path: string;
  /** The class name, for the OpenAPI operation ids. */
  name: string;
  /** `opportunity`, `PPP project`. */
  noun: string;
  service: symbol;
  input: Type;
  update: Type;
  response: Type;
}): Type {
  const { noun } = options;
  const notFound = `No ${noun} has this id`;
  const stale = `Changed meanwhile (\`stale_version\`), or the code is another ${noun}’s (\`code_taken\`)`;

  @ApiTags('admin')
  @ApiBearerAuth()
  @RequireRoles('admin')
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Signed in, but not an administrator' })
  @Controller({ path: `admin/${options.path}`, version: '1' })
  class AdminItemsController {
    constructor(@Inject(options.service) private readonly items: AdminItemsService<ItemRow, ItemInput, unknown>) {}

    @Get()
    @ApiOperation({ summary: `Every ${noun}, unpublished ones too, the latest changed first` })
    @ApiOkResponse({ type: AdminItemPage })
    @ApiBadRequestResponse({ type: ProblemDetailsDto })
    list(@Query() query: AdminItemsQuery): Promise<Page<AdminItemSummary>> {
      return this.items.list(query);
    }

    @Get(':id')
    @ApiOperation({ summary: `One ${noun} as the edit form holds it` })
    @ApiOkResponse({ type: options.response })
    @ApiNotFoundResponse({ type: ProblemDetailsDto, description: notFound })
    get(@Param('id', ParseIdPipe) id: string): Promise<AdminItem<ItemInput>> {
      return this.items.get(id);
    }

    @Post()
    @ApiOperation({ summary: `Add a ${noun}; it stays unpublished until published` })
    @ApiBody({ type: options.input })
    @ApiCreatedResponse({ type: options.response })
    @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong field, named in `errors`' })
    @ApiConflictResponse({ type: ProblemDetailsDto, description: stale })
    create(
      @CurrentUser() user: AuthenticatedUser,
      @Req() request: FastifyRequest,
      @Body(bodyOf(options.input)) body: ItemInput,
    ): Promise<AdminItem<ItemInput>> {
      return this.items.create({ id: user.id, ip: clientAddressOf(request) }, body);
    }

    @Put(':id')
    @ApiOperation({ summary: `Change a ${noun}: the whole form, with the version it was loaded at` })
    @ApiBody({ type: options.update })
    @ApiOkResponse({ type: options.response })
    @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong field, named in `errors`' })
    @ApiNotFoundResponse({ type: ProblemDetailsDto, description: notFound })
    @ApiConflictResponse({ type: ProblemDetailsDto, description: stale })
    update(
      @CurrentUser() user: AuthenticatedUser,
      @Req() request: FastifyRequest,
      @Param('id', ParseIdPipe) id: string,
      @Body(bodyOf(options.update)) body: ItemInput & { version: number },
    ): Promise<AdminItem<ItemInput>> {
      return this.items.update({ id: user.id, ip: clientAddressOf(request) }, id, body);
    }

    @Post(':id/publication')
    @HttpCode(HttpStatus.OK)
    @ApiOperation({ summary: `Publish or unpublish: an unpublished ${noun} is on no list, map or export` })
    @ApiOkResponse({ type: options.response })
    @ApiNotFoundResponse({ type: ProblemDetailsDto, description: notFound })
    @ApiConflictResponse({ type: ProblemDetailsDto, description: 'Changed meanwhile (`stale_version`)' })
    publication(
      @CurrentUser() user: AuthenticatedUser,
      @Req() request: FastifyRequest,
      @Param('id', ParseIdPipe) id: string,
      @Body() body: PublicationChangeDto,
    ): Promise<AdminItem<ItemInput>> {
      return this.items.setPublication({ id: user.id, ip: clientAddressOf(request) }, id, body);
    }

    @Get(':id/history')
    @ApiOperation({ summary: `Who changed the ${noun} and what, newest first (from the audit log)` })
    @ApiOkResponse({ type: [CatalogueChangeResponse] })
    @ApiNotFoundResponse({ type: ProblemDetailsDto, description: notFound })
    history(@Param('id', ParseIdPipe) id: string): Promise<CatalogueChange[]> {
      return this.items.history(id);
    }
  }
  Object.defineProperty(AdminItemsController, 'name', { value: options.name });
  return AdminItemsController;
}
