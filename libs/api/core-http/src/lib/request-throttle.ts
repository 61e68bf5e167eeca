import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Module,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { httpConfig, type HttpConfig, type ThrottledAction } from '@kbdm/api/core-config';
import { DomainException } from '@kbdm/api/core-errors';
import type { FastifyRequest } from 'fastify';
import { clientAddressOf, throttleKeyOf } from './client-address';
import { ProblemDetailsDto } from './common.responses';
import { TokenBuckets } from './token-buckets';

const THROTTLE_KEY = 'kbdm:throttle';
const MINUTE_MS = 60_000;

/** 429: this address has sent too many requests of one kind lately; `Retry-After` says when to try again. */
export class TooManyRequestsException extends DomainException {
  constructor(retryAfterSeconds: number) {
    super('too_many_requests', 429, `Too many requests from this address: try again in ${retryAfterSeconds} s.`, [], {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

/**
 * Per-address limits of the routes an attacker would hammer (sign-in, registration, refresh,
 * saving an onboarding assessment), set by `THROTTLE_*_PER_MINUTE`. Kept in this process's
 * memory: with several API instances each counts on its own.
 */
@Injectable()
export class RequestThrottle {
  private readonly buckets = new TokenBuckets();

  constructor(@Inject(httpConfig.KEY) private readonly config: HttpConfig) {}

  /** Counts one `action` from `address`; throws 429 once the address is over its limit. */
  take(action: ThrottledAction, address: string | null): void {
    const decision = this.buckets.take(
      `${action} ${throttleKeyOf(address)}`,
      this.config.requestsPerMinute[action],
      MINUTE_MS,
    );
    if (!decision.allowed) throw new TooManyRequestsException(decision.retryAfterSeconds);
  }
}

/** Applies the limit a route's `@Throttle(...)` names, before the body is validated or the database is touched. */
@Injectable()
export class ThrottleGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly throttle: RequestThrottle,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const action = this.reflector.get<ThrottledAction | undefined>(THROTTLE_KEY, context.getHandler());
    if (action) this.throttle.take(action, clientAddressOf(context.switchToHttp().getRequest<FastifyRequest>()));
    return true;
  }
}

/**
 * Limits the route per client address to the `action`'s requests a minute (429 with `Retry-After`
 * beyond). `description` replaces the route's documented 429 when it has other reasons for one.
 */
export const Throttle = (
  action: ThrottledAction,
  description = 'Too many requests from this address (`code: too_many_requests`): wait `Retry-After` seconds',
): MethodDecorator =>
  applyDecorators(
    SetMetadata(THROTTLE_KEY, action),
    UseGuards(ThrottleGuard),
    ApiTooManyRequestsResponse({ type: ProblemDetailsDto, description }),
  );

/** Import where a controller uses `@Throttle(...)`: one set of counters per application. */
@Module({
  imports: [ConfigModule.forFeature(httpConfig)],
  providers: [RequestThrottle],
  exports: [RequestThrottle],
})
export class ThrottleModule {}
