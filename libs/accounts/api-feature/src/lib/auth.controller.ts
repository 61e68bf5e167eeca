import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { authConfig, type AuthConfig } from '@kbdm/api/core-config';
import { Public } from '@kbdm/api/core-auth';
import { ProblemDetailsDto, RequireCsrfHeader, Throttle } from '@kbdm/api/core-http';
import type { Profile, Session } from '@kbdm/accounts/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProfileResponse, RegisterDto, SessionResponse, SignInDto } from './accounts.dto';
import { AuthService } from './auth.service';
import { REFRESH_COOKIE, refreshCookieOptions } from './refresh-token';
import { originOf } from './request-origin';

// Registers the `cookies` and `setCookie` typings of the plugin that configure-app registers.
import type {} from '@fastify/cookie';

@ApiTags('auth')
@Public()
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  @Post('register')
  @Throttle('register')
  @ApiOperation({ summary: 'Register as an entrepreneur or an investor; then sign in' })
  @ApiCreatedResponse({ type: ProfileResponse })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: 'A wrong field, named in `errors` (a short or common password names `password`)',
  })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description: 'The e-mail is registered already, in any case (`errors` names `email`)',
  })
  register(@Body() body: RegisterDto, @Req() request: FastifyRequest): Promise<Profile> {
    return this.auth.register(body, originOf(request));
  }

  @Post('sign-in')
  @Throttle(
    'signIn',
    'Too many failed sign-ins for the account (`code: sign_in_delayed`) or requests from the address (`code: too_many_requests`): wait `Retry-After` seconds',
  )
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in: an access token in the body, a refresh token in an httpOnly cookie' })
  @ApiOkResponse({
    type: SessionResponse,
    headers: { 'Set-Cookie': { description: `${REFRESH_COOKIE}: httpOnly, SameSite=Strict, Path=/api/v1/auth` } },
  })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'Wrong e-mail or password (one answer for both)' })
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Session> {
    const { session, refreshToken } = await this.auth.signIn(body, originOf(request));
    void reply.setCookie(REFRESH_COOKIE, refreshToken, refreshCookieOptions(this.config));
    return session;
  }

  @Post('refresh')
  @RequireCsrfHeader()
  @Throttle('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary: 'Swap the refresh cookie for a new one and a new access token; a spent cookie ends the session family',
  })
  @ApiOkResponse({ type: SessionResponse })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No live session: sign in again' })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Session> {
    const { session, refreshToken } = await this.auth.refresh(request.cookies[REFRESH_COOKIE], originOf(request));
    void reply.setCookie(REFRESH_COOKIE, refreshToken, refreshCookieOptions(this.config));
    return session;
  }

  @Post('sign-out')
  @RequireCsrfHeader()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'End the session family of the refresh cookie and clear the cookie' })
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session)' })
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOut(request.cookies[REFRESH_COOKIE], originOf(request));
    void reply.clearCookie(REFRESH_COOKIE, refreshCookieOptions(this.config, 0));
  }
}
