import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  Matches,
  MaxLength,
  MinLength,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
import { isMailFrom, isSmtpUrl } from './mail.config';
import { isTileTemplate } from './map.config';
import { parseTrustProxy } from './trust-proxy';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};

const toNumber = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : Number(value);

@ValidatorConstraint({ name: 'trustProxy' })
class TrustProxyRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseTrustProxy(value) !== null;
  }

  defaultMessage(): string {
    return 'TRUST_PROXY must be true, false, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal and uniquelocal';
  }
}

@ValidatorConstraint({ name: 'tileTemplate' })
class TileTemplateRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isTileTemplate(value);
  }

  defaultMessage(): string {
    return 'MAP_TILE_URL must be an http(s) tile template with {z}, {x} and {y}, e.g. https://tiles.example.kz/{z}/{x}/{y}.png';
  }
}

@ValidatorConstraint({ name: 'smtpUrl' })
class SmtpUrlRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isSmtpUrl(value);
  }

  defaultMessage(): string {
    return 'SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.kz:587 (required when MAIL_TRANSPORT=smtp)';
  }
}

@ValidatorConstraint({ name: 'mailFrom' })
class MailFromRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isMailFrom(value);
  }

  defaultMessage(): string {
    return 'MAIL_FROM must be an address, alone or as "Name <address>", on one line';
  }
}

/** Every setting the API reads from the environment, with its rule. */
export class Environment {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  /** A PostgreSQL connection URL; without it the API runs on the embedded database. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DB_MIGRATE?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  /** Signs access tokens: required in production, where sessions must survive a restart. */
  @ValidateIf(
    (env: Environment) => env.NODE_ENV === 'production' || (env.AUTH_SECRET !== undefined && env.AUTH_SECRET !== ''),
  )
  @IsString()
  @MinLength(32, { message: 'AUTH_SECRET must be at least 32 characters long' })
  AUTH_SECRET?: string;

  /** Which proxies may name the client in X-Forwarded-For; see `parseTrustProxy`. */
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @Validate(TrustProxyRule)
  TRUST_PROXY?: string;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100_000)
  THROTTLE_SIGN_IN_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100_000)
  THROTTLE_REGISTER_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100_000)
  THROTTLE_REFRESH_PER_MINUTE?: number;

  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(100_000)
  THROTTLE_ASSESSMENTS_PER_MINUTE?: number;

  /** Background tiles for the map (production, online); without it the map draws none. */
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @Validate(TileTemplateRule)
  MAP_TILE_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  MAP_TILE_ATTRIBUTION?: string;

  /** A GeoJSON file of the districts' boundaries; by default `<DATA_DIR>/district-boundaries.geojson` if present. */
  @IsOptional()
  @IsString()
  MAP_BOUNDARIES_FILE?: string;

  /** Where uploaded documents are kept: only `disk` so far (an S3-compatible store would be another driver). */
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsIn(['disk'])
  STORAGE_DRIVER?: 'disk';

  /** The documents' folder on disk; by default `<DATA_DIR>/documents`. */
  @IsOptional()
  @IsString()
  STORAGE_DIR?: string;

  /** The largest document accepted, in bytes. */
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  DOCUMENT_MAX_BYTES?: number;

  /** How e-mail leaves: `outbox` writes .eml files for a developer to read, `smtp` sends it. */
  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsIn(['outbox', 'smtp'])
  MAIL_TRANSPORT?: 'outbox' | 'smtp';

  /** The SMTP server, credentials included: required with `MAIL_TRANSPORT=smtp`. */
  @ValidateIf(
    (env: Environment) => env.MAIL_TRANSPORT === 'smtp' || (env.SMTP_URL !== undefined && env.SMTP_URL !== ''),
  )
  @Validate(SmtpUrlRule)
  SMTP_URL?: string;

  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : value))
  @Validate(MailFromRule)
  MAIL_FROM?: string;

  /** The outbox transport's folder; by default `<DATA_DIR>/outbox`. */
  @IsOptional()
  @IsString()
  MAIL_OUTBOX_DIR?: string;

  /** `off` stops this instance sending the e-mail outbox (another instance, or a test, does). */
  @IsOptional()
  @IsIn(['on', 'off'])
  MAIL_DISPATCH?: 'on' | 'off';

  /** Days a slot reservation (requested or held) keeps its capacity unless an officer extends it; 30 by default. */
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(365)
  RESERVATION_HOLD_DAYS?: number;

  /** `off` stops this instance running the reservations' expiry job (another instance, or a test, does). */
  @IsOptional()
  @IsIn(['on', 'off'])
  RESERVATION_EXPIRY?: 'on' | 'off';

  /** `off` stops this instance running spreadsheet imports (another instance does). */
  @IsOptional()
  @IsIn(['on', 'off'])
  IMPORT_WORKER?: 'on' | 'off';

  /** The largest spreadsheet an administrator may upload, in bytes; 100 MiB by default. */
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  IMPORT_MAX_BYTES?: number;

  /** The most data rows a spreadsheet may have; 200,000 by default. */
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(5_000_000)
  IMPORT_MAX_ROWS?: number;

  /** The portal's address as people reach it, for the links in e-mails; by default http://localhost:<PORT>. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, {
    message: 'PUBLIC_URL must be an http(s) URL, e.g. https://bizmap.karaganda.gov.kz',
  })
  PUBLIC_URL?: string;
}

/**
 * Validates the environment at start; a wrong setting stops the API with the setting's name.
 * Values are never printed: a URL may carry a password.
 */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: false });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const names = errors.map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join('; ')})`);
    throw new Error(`Invalid configuration: ${names.join(', ')}`);
  }
  return env;
}
