import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { ParseIdPipe, ProblemDetailsDto } from '@kbdm/api/core-http';
import type { AdminUser } from '@kbdm/accounts/domain';
import type { Page } from '@kbdm/shared/domain';
import type { FastifyRequest } from 'fastify';
import {
  AccountActionDto,
  AdminUserPage,
  AdminUserResponse,
  AdminUsersQuery,
  ChangeRoleDto,
  CreateAccountDto,
  DeactivateDto,
} from './admin.dto';
import { type Actor, AdminUsersService } from './admin-users.service';
import { originOf } from './request-origin';
import { Roles } from './roles.decorator';

function actorOf(user: AuthenticatedUser, request: FastifyRequest): Actor {
  return { id: user.id, ip: originOf(request).ip };
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Signed in, but not an administrator' })
@Controller({ path: 'admin/users', version: '1' })
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts, newest first; search by e-mail or name, filter by role' })
  @ApiOkResponse({ type: AdminUserPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  list(@Query() query: AdminUsersQuery): Promise<Page<AdminUser>> {
    return this.users.list(query);
  }

  @Post()
  @ApiOperation({ summary: 'Appoint an officer or an administrator with a password you hand over' })
  @ApiCreatedResponse({ type: AdminUserResponse })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'A wrong field, named in `errors` (a short or common password names `password`)',
  })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'The e-mail is registered already, in any case' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateAccountDto,
    @Req() request: FastifyRequest,
  ): Promise<AdminUser> {
    return this.users.create(body, actorOf(user, request));
  }

  @Patch(':id/role')
  @ApiOperation({ summary: 'Change an account’s role, with a reason for the audit log' })
  @ApiOkResponse({ type: AdminUserResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description: 'An administrator cannot remove their own administrator role',
  })
  changeRole(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ChangeRoleDto,
    @Req() request: FastifyRequest,
  ): Promise<AdminUser> {
    return this.users.changeRole(actorOf(user, request), id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Deactivate an account and end its sessions; the reason goes to the audit log' })
  @ApiOkResponse({ type: AdminUserResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'An administrator cannot deactivate their own account' })
  deactivate(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DeactivateDto,
    @Req() request: FastifyRequest,
  ): Promise<AdminUser> {
    return this.users.deactivate(actorOf(user, request), id, body.reason);
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Let a deactivated account sign in again' })
  @ApiOkResponse({ type: AdminUserResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  reactivate(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: AccountActionDto,
    @Req() request: FastifyRequest,
  ): Promise<AdminUser> {
    return this.users.reactivate(actorOf(user, request), id, body.reason);
  }

  @Post(':id/sessions/revoke')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'End every session (refresh-token family) of an account; access tokens lapse within 15 minutes',
  })
  @ApiNoContentResponse({ description: 'Revoked (also when there was none)' })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  async revokeSessions(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: AccountActionDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.users.revokeSessions(actorOf(user, request), id, body.reason);
  }
}
