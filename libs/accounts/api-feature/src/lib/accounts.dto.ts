import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Business,
  COMPANY_SIZES,
  type CompanySize,
  LEGAL_FORMS,
  type LegalForm,
  OKED_CODE_PATTERN,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Profile,
  type RegisterRequest,
  ROLES,
  type Role,
  SELF_REGISTERED_ROLES,
  type SelfRegisteredRole,
  type ActiveSession,
  type Session,
  type SignInRequest,
  type UpdateProfileRequest,
  isValidBinIin,
} from '@kbdm/accounts/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

const PHONE = /^\+?[0-9 ()-]{7,31}$/;

/** 12 digits whose last is the Kazakh control digit of the first 11. */
const IsBinIin = (): PropertyDecorator =>
  ValidateBy({
    name: 'isBinIin',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidBinIin(value),
      defaultMessage: () => 'binIin must be a BIN or IIN: 12 digits with a valid control digit',
    },
  });

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'aida.nurlanovna@mail.kz', description: 'Unique regardless of case' })
  @Transform(trimmed)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Not one of the common leaked passwords',
  })
  @IsString()
  // Counted in code units here; the policy in the service counts characters.
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH * 2)
  password!: string;

  @ApiProperty({
    enum: SELF_REGISTERED_ROLES,
    description: 'Officers and administrators are appointed, not registered',
  })
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
  @Matches(PHONE, { message: 'phone must be a telephone number' })
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

/** A registered business, as sent in `PATCH /me` and answered in the profile. */
export class BusinessDto implements Business {
  @ApiProperty({ example: 'TOO Saryarka Brick', maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: '971240001315', description: 'BIN or IIN: 12 digits with a valid control digit' })
  @IsBinIin()
  binIin!: string;

  @ApiProperty({ enum: LEGAL_FORMS })
  @IsIn(LEGAL_FORMS)
  legalForm!: LegalForm;

  @ApiProperty({
    example: 'C23.3',
    description: 'OKED code of the main activity: section letter, then division, group, class',
  })
  @IsString()
  @Matches(OKED_CODE_PATTERN, { message: 'okedCode must be an OKED code such as C, C23, C23.3 or C23.31.0' })
  okedCode!: string;

  @ApiProperty({ enum: COMPANY_SIZES })
  @IsIn(COMPANY_SIZES)
  size!: CompanySize;
}

/** Only the fields given change; `null` clears phone, district or business. */
export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ example: 'Aida Nurlanovna Seitova' })
  // Present means a name: it may not be cleared.
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '+7 701 234 56 78' })
  @IsOptional()
  @IsString()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'A district from /api/v1/districts',
  })
  @IsOptional()
  @IsUUID('all', { message: 'districtId must be a UUID' })
  districtId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: BusinessDto,
    description: 'Entrepreneurs and investors only; all five fields or null',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BusinessDto)
  business?: BusinessDto | null;
}

export class ProfileResponse implements Profile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'aida.nurlanovna@mail.kz' }) email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() fullName!: string;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) districtId!: string | null;
  @ApiProperty({ nullable: true, type: BusinessDto }) business!: Business | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ActiveSessionResponse implements ActiveSession {
  @ApiProperty({ format: 'uuid', description: 'The session (one sign-in and its refreshes)' }) id!: string;
  @ApiProperty({ format: 'date-time' }) signedInAt!: string;
  @ApiProperty({ format: 'date-time' }) lastActiveAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent!: string | null;
}

export class SessionResponse implements Session {
  @ApiProperty({ description: 'Send as `Authorization: Bearer …`' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ example: 900 }) expiresIn!: number;
  @ApiProperty({ type: ProfileResponse }) user!: Profile;
}
