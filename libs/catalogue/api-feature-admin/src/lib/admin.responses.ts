import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto, PageOf } from '@kbdm/api/core-http';
import {
  ADMIN_CATALOGUES,
  type AdminCatalogue,
  type AdminItemSummary,
  type AdminOpportunity,
  type AdminPppProject,
  type CatalogueChange,
  IMPORT_FORMATS,
  IMPORT_MODES,
  IMPORT_ROW_ACTIONS,
  IMPORT_STATUSES,
  type ImportCounts,
  type ImportFormat,
  type ImportJob,
  type ImportMode,
  type ImportPreviewRow,
  type ImportRowAction,
  type ImportRowError,
  type ImportStatus,
  type MissingTranslation,
} from '@kbdm/catalogue/domain';
import { LANGS, type Lang, type LocalizedText } from '@kbdm/shared/domain';
import { OpportunityInputDto } from './opportunities/opportunity-input.dto';
import { PppProjectInputDto } from './ppp-projects/ppp-project-input.dto';

export class MissingTranslationDto implements MissingTranslation {
  @ApiProperty({ example: 'name' }) field!: string;
  @ApiProperty({ enum: LANGS }) lang!: Lang;
}

export class AdminOpportunityResponse extends OpportunityInputDto implements AdminOpportunity {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Whether the public sees it' }) published!: boolean;
  @ApiProperty({ type: [MissingTranslationDto] }) missingTranslations!: MissingTranslation[];
  @ApiProperty({ example: 3, description: 'Send it back with the next change' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AdminPppProjectResponse extends PppProjectInputDto implements AdminPppProject {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Whether the public sees it' }) published!: boolean;
  @ApiProperty({ type: [MissingTranslationDto] }) missingTranslations!: MissingTranslation[];
  @ApiProperty({ example: 3, description: 'Send it back with the next change' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AdminItemSummaryResponse implements AdminItemSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() status!: string;
  @ApiProperty() published!: boolean;
  @ApiProperty({ type: [MissingTranslationDto] }) missingTranslations!: MissingTranslation[];
  @ApiProperty() demo!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AdminItemPage extends PageOf(AdminItemSummaryResponse, 'AdminItemPage') {}

class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
}

export class CatalogueChangeResponse implements CatalogueChange {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'catalogue.updated' }) action!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) actor!: { id: string; fullName: string } | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: [String], example: ['name', 'jobs'] }) fields!: string[];
  @ApiProperty({ format: 'uuid', nullable: true }) importId!: string | null;
}

class ProgressDto {
  @ApiProperty({ description: 'Bytes read while validating' }) done!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) percent!: number;
}

class CountsDto implements ImportCounts {
  @ApiProperty() add!: number;
  @ApiProperty() update!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty() invalid!: number;
}

class AppliedDto {
  @ApiProperty() added!: number;
  @ApiProperty() updated!: number;
}

export class ImportJobResponse implements ImportJob {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ADMIN_CATALOGUES }) catalogue!: AdminCatalogue;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: IMPORT_FORMATS }) format!: ImportFormat;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ enum: IMPORT_STATUSES }) status!: ImportStatus;
  @ApiProperty({ enum: IMPORT_MODES, nullable: true }) mode!: ImportMode | null;
  @ApiProperty({ type: ProgressDto }) progress!: ProgressDto;
  @ApiProperty({ description: 'Data rows read (the header not counted)' }) rows!: number;
  @ApiProperty({ type: CountsDto }) counts!: ImportCounts;
  @ApiProperty({ type: AppliedDto, nullable: true }) applied!: AppliedDto | null;
  @ApiProperty({ nullable: true, type: String }) failure!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) createdBy!: { id: string; fullName: string } | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}

export class ImportJobPage extends PageOf(ImportJobResponse, 'ImportJobPage') {}

class ImportRowErrorDto implements ImportRowError {
  @ApiProperty({ example: 14, description: 'As a spreadsheet program numbers it; the header is row 1' }) row!: number;
  @ApiProperty({ example: 'import_value_usd' }) column!: string;
  @ApiProperty({ example: 'is not a number: 12 млн' }) reason!: string;
}

export class ImportPreviewRowResponse implements ImportPreviewRow {
  @ApiProperty() row!: number;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ enum: IMPORT_ROW_ACTIONS }) action!: ImportRowAction;
  @ApiProperty({ type: [String] }) changes!: string[];
  @ApiProperty({ type: [ImportRowErrorDto] }) errors!: ImportRowError[];
}

export class ImportPreviewPage extends PageOf(ImportPreviewRowResponse, 'ImportPreviewPage') {}
