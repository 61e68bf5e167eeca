import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { authConfig } from '@kbdm/api/core-config';
import { AccessTokenService } from './access-token.service';
import { AccessGuard } from './access.guard';

/** Access tokens and the guard, for the app's `APP_GUARD` and for the accounts feature that signs tokens. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(authConfig)],
  providers: [AccessTokenService, AccessGuard],
  exports: [AccessTokenService, AccessGuard],
})
export class CoreAuthModule {}
