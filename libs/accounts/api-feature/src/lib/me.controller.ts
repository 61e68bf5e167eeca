import { Body, Controller, Get, Patch, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { ProblemDetailsDto } from '@kbdm/api/core-http';
import type { Profile } from '@kbdm/accounts/domain';
import type { FastifyRequest } from 'fastify';
import { ProfileResponse, UpdateProfileDto } from './accounts.dto';
import { ProfileService } from './profile.service';
import { originOf } from './request-origin';

/** The caller's own account; there is no route to anybody else's profile outside the admin API. */
@ApiTags('me')
@ApiBearerAuth()
@Controller({ path: 'me', version: '1' })
export class MeController {
  constructor(private readonly profiles: ProfileService) {}

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
}
