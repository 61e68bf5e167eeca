import { ApiProperty } from '@nestjs/swagger';
import {
  OPPORTUNITY_INPUT_LIMITS as LIMITS,
  OPPORTUNITY_STATUSES,
  type OpportunityInput,
  type OpportunityStatus,
  type UpdateOpportunity,
} from '@kbdm/catalogue/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  Validate,
  ValidateNested,
} from 'class-validator';
import { CatalogueItemInputDto, NotBelowRule, trimmed, upper, VERSION_PROPERTY } from '../items/item-input.dto';

export class ImportVolumeDto {
  @ApiProperty({ example: 12000 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.money)
  amount!: number;

  @ApiProperty({ example: 't', maxLength: LIMITS.unit })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.unit)
  unit!: string;
}

export class InvestmentRangeDto {
  @ApiProperty({ example: 500_000_000 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.investmentKzt)
  min!: number;

  @ApiProperty({ example: 2_000_000_000 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.investmentKzt)
  @Validate(NotBelowRule, ['min'])
  max!: number;
}

/** The whole of an opportunity as a form or a spreadsheet row gives it. */
export class OpportunityInputDto extends CatalogueItemInputDto implements OpportunityInput {
  @ApiProperty({ example: '7214', description: 'HS code, 4 or 6 digits' })
  @IsString()
  @Matches(/^\d{4}(\d{2})?$/, { message: 'hsCode must be 4 or 6 digits' })
  hsCode!: string;

  @ApiProperty({ type: ImportVolumeDto })
  @ValidateNested()
  @Type(() => ImportVolumeDto)
  importVolume!: ImportVolumeDto;

  @ApiProperty({ example: 35_000_000 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.money)
  importValueUsd!: number;

  @ApiProperty({ example: ['RU', 'CN'], description: 'ISO 3166-1 alpha-2 codes' })
  @Transform(upper)
  @IsArray()
  @ArrayMaxSize(LIMITS.sourceCountries)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'sourceCountries must be two-letter country codes' })
  sourceCountries!: string[];

  @ApiProperty({ example: 12.5, minimum: 0, maximum: 100 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  localProductionShare!: number;

  @ApiProperty({ type: InvestmentRangeDto })
  @ValidateNested()
  @Type(() => InvestmentRangeDto)
  investmentKzt!: InvestmentRangeDto;

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.jobs)
  jobs!: number;

  @ApiProperty({ enum: OPPORTUNITY_STATUSES })
  @IsIn(OPPORTUNITY_STATUSES)
  status!: OpportunityStatus;
}

export class UpdateOpportunityDto extends OpportunityInputDto implements UpdateOpportunity {
  @ApiProperty(VERSION_PROPERTY)
  @IsInt()
  @Min(1)
  version!: number;
}
