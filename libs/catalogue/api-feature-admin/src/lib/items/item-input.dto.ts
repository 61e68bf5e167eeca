import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@kbdm/api/core-http';
import type { LocalizedTextInput, PublicationChange } from '@kbdm/catalogue/domain';
import { LANGS, type Lang } from '@kbdm/shared/domain';
import { DISTRICT_CODE, SECTOR_CODE } from '@kbdm/catalogue/api-feature';
import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

/** The DTO pieces every catalogue item's input shares: texts, place, source, code, publication. */

const SOURCE_LIMITS = { title: 300, url: 1000 } as const;

export const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
export const upper = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value;

/** The code a person types: letters, digits, dots, dashes and underscores. */
export const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Karaganda region with a margin: a point outside it is a typing error, not a place. */
export const REGION_BOUNDS = { minLat: 44, maxLat: 52, minLon: 63, maxLon: 78 } as const;

@ValidatorConstraint({ name: 'notBelow' })
export class NotBelowRule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    return typeof value !== 'number' || typeof other !== 'number' || value >= other;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must not be below ${args.constraints[0] as string}`;
  }
}

/** A text needs at least its Russian or its Kazakh version; English may follow later. */
@ValidatorConstraint({ name: 'someLanguage' })
export class SomeLanguageRule implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    const text = args.object as LocalizedTextInput;
    return [text.kk, text.ru].some((v) => typeof v === 'string' && v.trim() !== '');
  }

  defaultMessage(): string {
    return 'must be given in Russian or Kazakh';
  }
}

export function textDto(maxLength: number) {
  class TextDto implements LocalizedTextInput {
    @ApiProperty({ maxLength, description: 'Kazakh; empty while missing' })
    @Transform(trimmed)
    @IsString()
    @MaxLength(maxLength)
    kk!: string;

    @ApiProperty({ maxLength, description: 'Russian; empty while missing' })
    @Transform(trimmed)
    @IsString()
    @MaxLength(maxLength)
    @Validate(SomeLanguageRule)
    ru!: string;

    @ApiProperty({ maxLength, description: 'English; empty while missing' })
    @Transform(trimmed)
    @IsString()
    @MaxLength(maxLength)
    en!: string;

    @ApiPropertyOptional({ enum: LANGS, isArray: true, description: 'Languages whose text is a machine draft' })
    @IsOptional()
    @IsArray()
    @ArrayUnique()
    @IsIn(LANGS, { each: true })
    drafts?: Lang[];
  }
  return TextDto;
}

export class LocationDto {
  @ApiProperty({ example: 49.8, minimum: REGION_BOUNDS.minLat, maximum: REGION_BOUNDS.maxLat })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(REGION_BOUNDS.minLat, {
    message: `lat must lie in Karaganda region (${REGION_BOUNDS.minLat}–${REGION_BOUNDS.maxLat})`,
  })
  @Max(REGION_BOUNDS.maxLat, {
    message: `lat must lie in Karaganda region (${REGION_BOUNDS.minLat}–${REGION_BOUNDS.maxLat})`,
  })
  lat!: number;

  @ApiProperty({ example: 73.1, minimum: REGION_BOUNDS.minLon, maximum: REGION_BOUNDS.maxLon })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(REGION_BOUNDS.minLon, {
    message: `lon must lie in Karaganda region (${REGION_BOUNDS.minLon}–${REGION_BOUNDS.maxLon})`,
  })
  @Max(REGION_BOUNDS.maxLon, {
    message: `lon must lie in Karaganda region (${REGION_BOUNDS.minLon}–${REGION_BOUNDS.maxLon})`,
  })
  lon!: number;
}

export class SourceDto {
  @ApiProperty({ maxLength: SOURCE_LIMITS.title })
  @Transform(trimmed)
  @IsString()
  @Length(1, SOURCE_LIMITS.title)
  title!: string;

  @ApiPropertyOptional({ maxLength: SOURCE_LIMITS.url })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(SOURCE_LIMITS.url)
  url?: string;
}

export class PublicationChangeDto implements PublicationChange {
  @ApiProperty()
  @IsBoolean()
  published!: boolean;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  version!: number;
}

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

export class AdminItemsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words of the code or the name in any language', maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Only published (true) or unpublished (false) items' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'published must be true or false' })
  published?: boolean;

  @ApiPropertyOptional({ description: 'true: only items with a missing translation' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'missing must be true or false' })
  missing?: boolean;
}

export class NameTextDto extends textDto(300) {}
export class DescriptionTextDto extends textDto(5000) {}

/** What every catalogue item's input has: its code, its texts, its sector and place, its source. */
export class CatalogueItemInputDto {
  @ApiProperty({ example: 'OPP-CEMENT-01', maxLength: 64 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 64)
  @Matches(ITEM_CODE, { message: 'code may hold letters, digits, dots, dashes and underscores' })
  code!: string;

  @ApiProperty({ type: NameTextDto })
  @ValidateNested()
  @Type(() => NameTextDto)
  name!: NameTextDto;

  @ApiProperty({ type: DescriptionTextDto })
  @ValidateNested()
  @Type(() => DescriptionTextDto)
  description!: DescriptionTextDto;

  @ApiProperty({ example: 'C24', description: 'OKED code of a sector of the reference list' })
  @IsString()
  @Matches(SECTOR_CODE, { message: 'sectorCode must be an OKED code such as C24' })
  sectorCode!: string;

  @ApiProperty({ nullable: true, example: 'temirtau' })
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @Matches(DISTRICT_CODE, { message: 'districtCode must be a district code such as temirtau' })
  districtCode!: string | null;

  @ApiProperty({ type: LocationDto, nullable: true })
  @ValidateIf((_o, value) => value !== null)
  @ValidateNested()
  @Type(() => LocationDto)
  location!: LocationDto | null;

  @ApiProperty({ type: SourceDto, nullable: true })
  @ValidateIf((_o, value) => value !== null)
  @ValidateNested()
  @Type(() => SourceDto)
  source!: SourceDto | null;

  @ApiProperty({ description: 'Invented example data rather than sourced' })
  @IsBoolean()
  demo!: boolean;
}

/** `version`: the one the form was loaded at; an older one is a 409. */
export const VERSION_PROPERTY = {
  example: 3,
  description: 'The version the form was loaded at; an older one is a 409',
};
