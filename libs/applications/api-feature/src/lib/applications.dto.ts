import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CsvCodes,
  CsvOf,
  ItemRefDto,
  LangQueryDto,
  LocalizedTextDto,
  PageNumber,
  PageQueryDto,
  PageSize,
} from '@kbdm/api/core-http';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  APPLICATION_TARGET_KINDS,
  type Application,
  type ApplicationAction,
  type ApplicationDocument,
  type ApplicationEvent,
  type ApplicationForm,
  type ApplicationMessage,
  type ApplicationStatus,
  type ApplicationSummary,
  type ApplicationTarget,
  type ApplicationTargetKind,
  type AssignRequest,
  type CreateApplicationRequest,
  type FilingChannel,
  MAX_MESSAGE_LENGTH,
  MAX_REASON_LENGTH,
  type PersonRef,
  type PostMessageRequest,
  QUEUE_SORTS,
  type QueueCounts,
  type QueueSort,
  type RequiredDocument,
  type TransitionRequest,
  type UpdateApplicationRequest,
} from '@kbdm/applications/domain';
import { APPLICANT_KINDS, type ApplicantKind } from '@kbdm/catalogue/domain';
import { type ItemRef, type LocalizedText } from '@kbdm/shared/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const booleanQuery = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/* Requests ---------------------------------------------------------------------------------- */

class ApplicationTargetDto implements ApplicationTarget {
  @ApiProperty({ enum: APPLICATION_TARGET_KINDS })
  @IsIn(APPLICATION_TARGET_KINDS)
  kind!: ApplicationTargetKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

/** The form, for the documentation: the service checks it field by field with `parseForm`. */
export class ApplicationFormDto implements ApplicationForm {
  @ApiPropertyOptional({ enum: APPLICANT_KINDS }) applicantKind?: ApplicantKind;
  @ApiPropertyOptional({ example: 'IP Bekova A.' }) applicantName?: string;
  @ApiPropertyOptional({ example: '900101300017', description: '12 digits with a valid control digit' })
  binIin?: string;
  @ApiPropertyOptional({ example: '+77011234567' }) contactPhone?: string;
  @ApiPropertyOptional({ example: 'Bakery in Temirtau' }) projectTitle?: string;
  @ApiPropertyOptional() projectDescription?: string;
  @ApiPropertyOptional({ example: 'temirtau' }) districtCode?: string;
  @ApiPropertyOptional({ example: 'C10' }) sectorCode?: string;
  @ApiPropertyOptional({ example: 20_000_000 }) requestedAmountKzt?: number;
  @ApiPropertyOptional({ example: 30_000_000 }) projectCostKzt?: number;
  @ApiPropertyOptional({ example: 10_000_000 }) ownContributionKzt?: number;
  @ApiPropertyOptional({ example: 4 }) plannedJobs?: number;
}

export class CreateApplicationDto implements CreateApplicationRequest {
  @ApiProperty({ type: ApplicationTargetDto })
  @ValidateNested()
  @Type(() => ApplicationTargetDto)
  target!: ApplicationTargetDto;

  @ApiPropertyOptional({ type: ApplicationFormDto, description: 'Checked field by field; unknown fields are refused' })
  @IsOptional()
  @IsObject()
  form?: ApplicationForm;

  @ApiPropertyOptional({ description: 'Submit at once (with `Idempotency-Key` a retry answers the first result)' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

class VersionedDto {
  @ApiProperty({ example: 3, description: 'The version the caller last read; a stale one is a 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class UpdateApplicationDto extends VersionedDto implements UpdateApplicationRequest {
  @ApiProperty({ type: ApplicationFormDto, description: 'The whole form: it replaces the saved answers' })
  @IsObject()
  form!: ApplicationForm;
}

export class TransitionDto extends VersionedDto implements TransitionRequest {
  @ApiProperty({ enum: APPLICATION_ACTIONS })
  @IsIn(APPLICATION_ACTIONS)
  action!: ApplicationAction;

  @ApiPropertyOptional({
    maxLength: MAX_REASON_LENGTH,
    description: 'Required to request information, to reject and to resubmit (the answer)',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  reason?: string;
}

export class AssignDto extends VersionedDto implements AssignRequest {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'An officer or administrator; null releases',
  })
  @ValidateIf((_o, value) => value !== null)
  @IsUUID('all', { message: 'assigneeId must be a UUID or null' })
  assigneeId!: string | null;
}

export class PostMessageDto implements PostMessageRequest {
  @ApiProperty({ maxLength: MAX_MESSAGE_LENGTH })
  @Transform(trimmed)
  @IsString()
  @Length(1, MAX_MESSAGE_LENGTH)
  body!: string;
}

export class DeleteDraftQuery {
  @ApiProperty({ description: 'The version the caller last read' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class UploadQuery {
  @ApiPropertyOptional({ description: 'Index into `requiredDocuments`; empty for another document' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(99)
  requirement?: number;
}

export class MyApplicationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: `Comma list of ${APPLICATION_STATUSES.join(', ')}` })
  @IsOptional()
  @CsvOf(APPLICATION_STATUSES)
  status?: ApplicationStatus[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The queue's filters, without paging or sort (the counts and the export take these). */
export class QueueFilterQuery extends LangQueryDto {
  @ApiPropertyOptional({ description: `Comma list of ${APPLICATION_STATUSES.filter((s) => s !== 'draft').join(', ')}` })
  @IsOptional()
  @CsvOf(APPLICATION_STATUSES.filter((s) => s !== 'draft'))
  status?: ApplicationStatus[];

  @ApiPropertyOptional({ description: 'Comma list of programme codes' })
  @IsOptional()
  @CsvCodes(/^[a-z0-9][a-z0-9-]{0,63}$/)
  programme?: string[];

  @ApiPropertyOptional({ description: 'Comma list of district codes' })
  @IsOptional()
  @CsvCodes(/^[a-z][a-z0-9-]{0,63}$/)
  district?: string[];

  @ApiPropertyOptional({ description: `Comma list of ${APPLICATION_TARGET_KINDS.join(', ')}` })
  @IsOptional()
  @CsvOf(APPLICATION_TARGET_KINDS)
  targetKind?: ApplicationTargetKind[];

  @ApiPropertyOptional({ description: '`me`, `none` (unassigned) or an officer’s id' })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'assignee must be me, none or a UUID',
  })
  assignee?: string;

  @ApiPropertyOptional({ description: 'Only the overdue ones (true) or only the others (false)' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Reference, project title or applicant name' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  q?: string;
}

export class QueueQuery extends QueueFilterQuery {
  @ApiPropertyOptional({ enum: QUEUE_SORTS, description: 'Default: overdue first, then the nearest deadline' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;

  @PageNumber()
  page?: number;

  @PageSize()
  pageSize?: number;
}

export const isUuid = (value: string): boolean => UUID.test(value);

/* Responses --------------------------------------------------------------------------------- */

export class PersonRefResponse implements PersonRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Aruzhan Bekova' }) fullName!: string;
  @ApiProperty({ example: 'entrepreneur' }) role!: string;
}

class TargetResponse {
  @ApiProperty({ enum: APPLICATION_TARGET_KINDS }) kind!: ApplicationTargetKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'grants-new-entrepreneurs' }) code!: string;
  @ApiProperty() title!: string;
}

export class ApplicationSummaryResponse implements ApplicationSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'KBDM-2026-000123' }) reference!: string;
  @ApiProperty({ type: TargetResponse }) target!: ApplicationSummary['target'];
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ nullable: true, type: String }) projectTitle!: string | null;
  @ApiProperty({ type: ItemRefDto, nullable: true }) district!: ItemRef | null;
  @ApiProperty({ type: PersonRefResponse }) applicant!: PersonRef;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) assignee!: PersonRef | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ example: '2026-12-17', nullable: true, type: String, description: 'Region date' })
  decisionDue!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'While information is requested: working days left' })
  pausedWorkingDaysLeft!: number | null;
  @ApiProperty({ example: 3 }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class RequiredDocumentResponse implements RequiredDocument {
  @ApiProperty() index!: number;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
}

export class ApplicationDocumentResponse implements ApplicationDocument {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: Number }) requirement!: number | null;
  @ApiProperty({ example: 'business-plan.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ type: PersonRefResponse }) uploadedBy!: PersonRef;
}

class ApplicationEventResponse implements ApplicationEvent {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: PersonRefResponse }) actor!: PersonRef;
  @ApiProperty({ enum: ['created', 'assigned', ...APPLICATION_ACTIONS] }) action!: ApplicationEvent['action'];
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) from!: ApplicationStatus | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) to!: ApplicationStatus;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiPropertyOptional({ type: PersonRefResponse, nullable: true }) assignee?: PersonRef | null;
}

export class ApplicationResponse extends ApplicationSummaryResponse implements Application {
  @ApiProperty({ type: ApplicationFormDto }) form!: ApplicationForm;
  @ApiProperty({ enum: ['portal', 'egov', 'operator'] }) filingChannel!: FilingChannel;
  @ApiProperty({ type: [RequiredDocumentResponse] }) requiredDocuments!: RequiredDocument[];
  @ApiProperty({ type: [ApplicationDocumentResponse] }) documents!: ApplicationDocument[];
  @ApiProperty({ type: [ApplicationEventResponse] }) events!: ApplicationEvent[];
  @ApiProperty({ enum: APPLICATION_ACTIONS, isArray: true, description: 'What the caller may do now' })
  actions!: ApplicationAction[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ApplicationMessageResponse implements ApplicationMessage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: PersonRefResponse }) author!: PersonRef;
  @ApiProperty() body!: string;
}

export class QueueCountsResponse implements QueueCounts {
  @ApiProperty({ example: { submitted: 4, in_review: 2 }, description: 'Every status, zero included' })
  byStatus!: Record<ApplicationStatus, number>;
  @ApiProperty() overdue!: number;
  @ApiProperty() total!: number;
}
