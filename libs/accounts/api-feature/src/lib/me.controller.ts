import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { ParseIdPipe, ProblemDetailsDto } from '@kbdm/api/core-http';
import type { ActiveSession, Profile } from '@kbdm/accounts/domain';
import type { FastifyRequest } from 'fastify';
import { ActiveSessionResponse, ProfileResponse, UpdateProfileDto } from './accounts.dto';
import { MySessionsService } from './my-sessions.service';
import { ProfileService } from './profile.service';
import { originOf } from './request-origin';

/** The caller's own account; there is no route to anybody else's profile outside the admin API. */
@ApiTags('me')
@ApiBearerAuth()
@Controller({ path: 'me', version: '1' })
export class MeController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly sessions: MySessionsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in person’s profile' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  profile(@CurrentUser() user: AuthenticatedUser): Promise<Profile> {
    return this.profiles.profile(user.id);
  }

  @Patch()
  @ApiOperation({ summary: 'Change the signed-in person’s profile: only the fields given change, null clears one' })
  @ApiOkResponse({ type: ProfileResponse })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description:
      'A wrong field, named in `errors` (`business.binIin` for a wrong control digit, `districtId` for an unknown district)',
  })
  @ApiUnauthorizedResponse({
    type: ProblemDetailsDto,
    description: 'No valid access token, or the account is deactivated',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: UpdateProfileDto,
    @Req() request: FastifyRequest,
  ): Promise<Profile> {
    return this.profiles.update(user.id, body, originOf(request));
  }

  @Get('sessions')
  @ApiOperation({
    summary: 'The signed-in person’s devices: every session still able to refresh, newest activity first',
  })
  @ApiOkResponse({ type: [ActiveSessionResponse] })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  mySessions(@CurrentUser() user: AuthenticatedUser): Promise<ActiveSession[]> {
    return this.sessions.list(user);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign one of the signed-in person’s devices out' })
  @ApiNoContentResponse({ description: 'The session can no longer refresh' })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: '`id` is not a UUID' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'No session of the caller has that id' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  endSession(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.sessions.end(user, id, originOf(request));
  }
}
