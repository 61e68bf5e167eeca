import { ApiProperty } from '@nestjs/swagger';
import {
  PPP_FORMS,
  PPP_NEEDS,
  PPP_PROJECT_INPUT_LIMITS as LIMITS,
  PPP_STAGES,
  type PppForm,
  type PppNeed,
  type PppProjectInput,
  type PppStage,
  type UpdatePppProject,
} from '@kbdm/catalogue/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CatalogueItemInputDto, textDto, VERSION_PROPERTY } from '../items/item-input.dto';

export class PublicPartnerTextDto extends textDto(LIMITS.publicPartner) {}

/** The whole of a PPP project as a form or a spreadsheet row gives it. */
export class PppProjectInputDto extends CatalogueItemInputDto implements PppProjectInput {
  @ApiProperty({ enum: PPP_FORMS })
  @IsIn(PPP_FORMS)
  form!: PppForm;

  @ApiProperty({ enum: PPP_STAGES })
  @IsIn(PPP_STAGES)
  stage!: PppStage;

  @ApiProperty({ enum: PPP_NEEDS })
  @IsIn(PPP_NEEDS)
  need!: PppNeed;

  @ApiProperty({ example: 12_000_000_000 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.capexKzt)
  capexKzt!: number;

  @ApiProperty({ example: 15, minimum: 1, maximum: LIMITS.termYears })
  @IsInt()
  @Min(1)
  @Max(LIMITS.termYears)
  termYears!: number;

  @ApiProperty({ type: PublicPartnerTextDto })
  @ValidateNested()
  @Type(() => PublicPartnerTextDto)
  publicPartner!: PublicPartnerTextDto;

  @ApiProperty({ nullable: true, example: '2027-03-01', description: 'ISO date; null while no tender is announced' })
  @ValidateIf((_o, value) => value !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'tenderDeadline must be a date such as 2027-03-01' })
  @IsISO8601({ strict: true }, { message: 'tenderDeadline must be a real date' })
  tenderDeadline!: string | null;
}

export class UpdatePppProjectDto extends PppProjectInputDto implements UpdatePppProject {
  @ApiProperty(VERSION_PROPERTY)
  @IsInt()
  @Min(1)
  version!: number;
}
