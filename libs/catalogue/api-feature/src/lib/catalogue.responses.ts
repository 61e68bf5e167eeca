import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GeoPointDto, ItemRefDto, LocalizedTextDto, PageOf, SourceRefDto } from '@kbdm/api/core-http';
import {
  APPLICATION_CHANNELS,
  type ApplicationChannel,
  DISTRICT_FIT_REASONS,
  DISTRICT_KINDS,
  type District,
  type DistrictFit,
  type DistrictFitReason,
  type DistrictKind,
  type EligibilityRule,
  type ImportVolume,
  type LegalAct,
  type MoneyRange,
  OPPORTUNITY_STATUSES,
  type Opportunity,
  type OpportunityStatus,
  POTENTIAL_SCORE_PARTS,
  PPP_FORMS,
  PPP_NEEDS,
  PPP_STAGES,
  PROGRAMME_INSTRUMENTS,
  PROGRAMME_STATUSES,
  PROGRAMME_VERSION_STATUSES,
  type PotentialScore,
  type PotentialScoreComponent,
  type PotentialScorePart,
  type PppForm,
  type PppNeed,
  type PppProject,
  type PppStage,
  type Programme,
  type ProgrammeInstrument,
  type ProgrammeRate,
  type ProgrammeStatus,
  type ProgrammeVersion,
  type ProgrammeVersionStatus,
  type ProgrammeVersionSummary,
  RATE_KINDS,
  type RateKind,
  SECTOR_LEVELS,
  type Sector,
  type SectorLevel,
} from '@kbdm/catalogue/domain';
import type { GeoPoint, ItemRef, LocalizedText, SourceRef } from '@kbdm/shared/domain';

/* OpenAPI descriptions of the catalogue answers; each implements its contract type. */

export class DistrictResponse implements District {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'temirtau' }) code!: string;
  @ApiProperty({ description: 'KATO code' }) kato!: string;
  @ApiProperty({ enum: DISTRICT_KINDS }) kind!: DistrictKind;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) adminCentre!: LocalizedText;
  @ApiProperty({ type: GeoPointDto, description: 'The administrative centre' }) centre!: GeoPoint;
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
}

export class SectorResponse implements Sector {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C23' }) code!: string;
  @ApiProperty({ example: 'C' }) section!: string;
  @ApiProperty({ enum: SECTOR_LEVELS }) level!: SectorLevel;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'An industry the region seeks anchor investors in' }) priority!: boolean;
}

class PotentialScoreComponentDto implements PotentialScoreComponent {
  @ApiProperty({ enum: POTENTIAL_SCORE_PARTS }) part!: PotentialScorePart;
  @ApiProperty({ example: 30 }) weight!: number;
  @ApiProperty({ example: 0.62, description: '0–1 before weighting' }) value!: number;
  @ApiProperty({ example: 18.6 }) points!: number;
}

class PotentialScoreDto implements PotentialScore {
  @ApiProperty({ example: 71.4, description: '0–100: the sum of the parts’ points' }) total!: number;
  @ApiProperty({ type: [PotentialScoreComponentDto] }) parts!: PotentialScoreComponent[];
}

class ImportVolumeDto implements ImportVolume {
  @ApiProperty() amount!: number;
  @ApiProperty({ example: 't' }) unit!: string;
}

class MoneyRangeDto implements MoneyRange {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

class DistrictFitDto implements DistrictFit {
  @ApiProperty({ type: ItemRefDto }) district!: ItemRef;
  @ApiProperty({ enum: DISTRICT_FIT_REASONS, isArray: true }) reasons!: DistrictFitReason[];
}

export class OpportunityResponse implements Opportunity {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) description!: LocalizedText;
  @ApiProperty({ example: '6904', description: 'Harmonized System code' }) hsCode!: string;
  @ApiProperty({ type: ItemRefDto }) sector!: ItemRef;
  @ApiProperty({ type: ImportVolumeDto }) importVolume!: ImportVolume;
  @ApiProperty() importValueUsd!: number;
  @ApiProperty({ type: [String], example: ['RU', 'CN'] }) sourceCountries!: string[];
  @ApiProperty({ description: 'Percent of regional demand produced locally' }) localProductionShare!: number;
  @ApiProperty({ type: MoneyRangeDto }) investmentKzt!: MoneyRange;
  @ApiProperty() jobs!: number;
  @ApiProperty({ enum: OPPORTUNITY_STATUSES }) status!: OpportunityStatus;
  @ApiProperty({ type: ItemRefDto, nullable: true }) district!: ItemRef | null;
  @ApiProperty({ type: [DistrictFitDto] }) districtFits!: DistrictFit[];
  @ApiProperty({ type: GeoPointDto, nullable: true }) location!: GeoPoint | null;
  @ApiProperty({ type: PotentialScoreDto }) potentialScore!: PotentialScore;
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PppProjectResponse implements PppProject {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) description!: LocalizedText;
  @ApiProperty({ type: ItemRefDto }) sector!: ItemRef;
  @ApiProperty({ enum: PPP_FORMS }) form!: PppForm;
  @ApiProperty({ enum: PPP_STAGES }) stage!: PppStage;
  @ApiProperty({ enum: PPP_NEEDS }) need!: PppNeed;
  @ApiProperty() capexKzt!: number;
  @ApiProperty() termYears!: number;
  @ApiProperty({ type: LocalizedTextDto }) publicPartner!: LocalizedText;
  @ApiProperty({ type: String, format: 'date', nullable: true }) tenderDeadline!: string | null;
  @ApiProperty({ type: ItemRefDto, nullable: true }) district!: ItemRef | null;
  @ApiProperty({ type: GeoPointDto, nullable: true }) location!: GeoPoint | null;
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class LegalActDto implements LegalAct {
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedText;
  @ApiProperty({ example: '1176' }) number!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiPropertyOptional({ description: 'The act that annulled this one: { title, number, date }' })
  annulledBy?: { title: LocalizedText; number: string; date: string };
}

class ProgrammeRateDto implements ProgrammeRate {
  @ApiProperty({ enum: RATE_KINDS }) kind!: RateKind;
  @ApiProperty({ example: 40 }) percent!: number;
}

class ApplicationWindowDto {
  @ApiProperty({ format: 'date' }) opensOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closesOn!: string | null;
}

export class ProgrammeVersionResponse implements ProgrammeVersion {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: LocalizedTextDto }) label!: LocalizedText;
  @ApiProperty({ type: LegalActDto }) legalAct!: LegalAct;
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
  @ApiProperty({ enum: PROGRAMME_VERSION_STATUSES }) status!: ProgrammeVersionStatus;
  @ApiProperty() acceptsApplications!: boolean;
  @ApiProperty({
    enum: APPLICATION_CHANNELS,
    description: 'egov: the portal prepares the application and hands over to eGov',
  })
  applicationChannel!: ApplicationChannel;
  @ApiProperty({ type: Number, nullable: true }) minAmountKzt!: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxAmountKzt!: number | null;
  @ApiProperty({ type: ProgrammeRateDto, nullable: true }) rate!: ProgrammeRate | null;
  @ApiProperty({ type: Number, nullable: true }) termMonths!: number | null;
  @ApiProperty({ type: ApplicationWindowDto, nullable: true }) applicationWindow!: {
    opensOn: string;
    closesOn: string | null;
  } | null;
  @ApiProperty({ type: [LocalizedTextDto] }) requiredDocuments!: LocalizedText[];
  @ApiProperty({ type: [LocalizedTextDto] }) obligations!: LocalizedText[];
  @ApiProperty() decisionDeadlineWorkingDays!: number;
  @ApiProperty({
    description:
      'Eligibility rules as data, each `{ kind, … }`: applicantKind, applicantAge, applicantStatus, businessAge, businessSize, sectors, districts, projectCost, ownContribution, certificate',
    type: 'array',
    items: { type: 'object', properties: { kind: { type: 'string' } }, additionalProperties: true },
  })
  eligibility!: EligibilityRule[];
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
}

class ProgrammeVersionSummaryDto implements ProgrammeVersionSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty() legalActNumber!: string;
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
  @ApiProperty({ enum: PROGRAMME_VERSION_STATUSES }) status!: ProgrammeVersionStatus;
}

export class ProgrammeResponse implements Programme {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) description!: LocalizedText;
  @ApiProperty({ type: LocalizedTextDto }) operator!: LocalizedText;
  @ApiProperty({ enum: PROGRAMME_INSTRUMENTS }) instrument!: ProgrammeInstrument;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status!: ProgrammeStatus;
  @ApiProperty({ type: ProgrammeVersionResponse, description: 'The version in force, or the last one' })
  currentVersion!: ProgrammeVersion;
  @ApiProperty({ type: [ProgrammeVersionSummaryDto], description: 'Every version, oldest first' })
  versions!: ProgrammeVersionSummary[];
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
}

export const DistrictPage = PageOf(DistrictResponse, 'DistrictPage');
export const SectorPage = PageOf(SectorResponse, 'SectorPage');
export const OpportunityPage = PageOf(OpportunityResponse, 'OpportunityPage');
export const PppProjectPage = PageOf(PppProjectResponse, 'PppProjectPage');
export const ProgrammePage = PageOf(ProgrammeResponse, 'ProgrammePage');
