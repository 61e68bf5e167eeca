import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '@kbdm/api/core-http';
import {
  type AccountActionRequest,
  type AdminUser,
  APPOINTED_ROLES,
  type AppointedRole,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEventView,
  type ChangeRoleRequest,
  type CreateAccountRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
  type Role,
} from '@kbdm/accounts/domain';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@kbdm/shared/domain';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ProfileResponse, trimmed } from './accounts.dto';

class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class AdminUsersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the e-mail or the full name, any case' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class AuditEventsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who acted' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'What was acted on (an account id, a session family id …)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  targetId?: string;
}

export class ChangeRoleDto implements ChangeRoleRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ example: 'Appointed programme officer by order 12-p', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}

/** The reason is optional here; deactivation asks for one with `DeactivateDto`. */
export class AccountActionDto implements AccountActionRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class DeactivateDto implements AccountActionRequest {
  @ApiProperty({ example: 'Left the programme office', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class CreateAccountDto implements CreateAccountRequest {
  @ApiProperty({ example: 'officer@karaganda.gov.kz', description: 'Unique regardless of case' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ example: 'Dana Amanzholova' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiProperty({ enum: APPOINTED_ROLES })
  @IsIn(APPOINTED_ROLES)
  role!: AppointedRole;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Chosen by the administrator; must pass the password policy',
  })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH * 2)
  password!: string;
}

export class AdminUserResponse extends ProfileResponse implements AdminUser {
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deactivatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastSignInAt!: string | null;
}

export class AuditEventResponse implements AuditEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorId!: string | null;
  @ApiProperty({ example: 'account.role_changed' }) action!: string;
  @ApiProperty({ nullable: true, type: String, example: 'user_account' }) targetType!: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ nullable: true, type: Object, description: 'Flat facts; never a password or a token' })
  details!: Record<string, unknown> | null;
}

export const AdminUserPage = PageOf(AdminUserResponse, 'AdminUserPage');
export const AuditEventPage = PageOf(AuditEventResponse, 'AuditEventPage');
