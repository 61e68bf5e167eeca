import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { authConfig } from '@kbdm/api/core-config';
import { ThrottleModule } from '@kbdm/api/core-http';
import {
  ACCOUNTS_ENTITIES,
  AuditLogRepository,
  AuthSessionsRepository,
  UserAccountsRepository,
} from '@kbdm/accounts/api-data-access';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { MeController } from './me.controller';
import { MySessionsService } from './my-sessions.service';
import { PasswordHasher } from './password-hasher';
import { ProfileService } from './profile.service';

/** Accounts: registration, sessions, the profile, the administrators' API and the audit log they write. */
@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES), ConfigModule.forFeature(authConfig), ThrottleModule],
  controllers: [AuthController, MeController, AdminUsersController, AuditEventsController],
  providers: [
    UserAccountsRepository,
    AuthSessionsRepository,
    AuditLogRepository,
    PasswordHasher,
    AuthService,
    ProfileService,
    MySessionsService,
    AdminUsersService,
    AuditEventsService,
  ],
  exports: [AuditLogRepository, UserAccountsRepository, AdminUsersService],
})
export class AccountsModule {}
