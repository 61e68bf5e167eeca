import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authConfig } from '@kbdm/api/core-config';
import { ACCOUNTS_ENTITIES, AuditLogRepository, AuthSessionsRepository, UserAccountsRepository } from '@kbdm/accounts/api-data-access';
import { AuthController, MeController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';

/** Accounts: registration, sessions, the profile and the audit log they write. */
@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES), ConfigModule.forFeature(authConfig)],
  controllers: [AuthController, MeController],
  providers: [UserAccountsRepository, AuthSessionsRepository, AuditLogRepository, PasswordHasher, AuthService],
  exports: [AuditLogRepository, UserAccountsRepository],
})
export class AccountsModule {}
