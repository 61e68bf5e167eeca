import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Profile,
  type RegisterRequest,
  ROLES,
  type Role,
  SELF_REGISTERED_ROLES,
  type SelfRegisteredRole,
  type Session,
  type SignInRequest,
} from '@kbdm/accounts/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'aida.nurlanovna@mail.kz', description: 'Unique regardless of case' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Not one of the common leaked passwords' })
  @IsString()
  // Counted in code units here; the policy in the service counts characters.
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH * 2)
  password!: string;

  @ApiProperty({ enum: SELF_REGISTERED_ROLES, description: 'Officers and administrators are appointed, not registered' })
  @IsIn(SELF_REGISTERED_ROLES)
  role!: SelfRegisteredRole;

  @ApiProperty({ example: 'Aida Nurlanovna Seitova' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  fullName!: string;

  @ApiPropertyOptional({ example: '+7 701 234 56 78' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{7,31}$/, { message: 'phone must be a telephone number' })
  phone?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A district from /api/v1/districts' })
  @IsOptional()
  @IsUUID('all', { message: 'districtId must be a UUID' })
  districtId?: string;
}

export class SignInDto implements SignInRequest {
  @ApiProperty({ example: 'aida.nurlanovna@mail.kz' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 2)
  password!: string;
}

export class ProfileResponse implements Profile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'aida.nurlanovna@mail.kz' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) districtId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class SessionResponse implements Session {
  @ApiProperty({ description: 'Send as `Authorization: Bearer …`' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ type: ProfileResponse }) user!: Profile;
}
