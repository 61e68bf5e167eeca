import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isValidBinIin, OKED_CODE_PATTERN } from '@kbdm/accounts/domain';
import { CsvOf, ItemRefDto, LangQueryDto, PageQueryDto, QueryAmount } from '@kbdm/api/core-http';
import {
  type CreateInvestorRequest,
  INTEREST_ACTIONS,
  INTEREST_STATUSES,
  INVESTOR_REQUEST_KINDS,
  INVESTOR_REQUEST_LIMITS as LIMITS,
  INVESTOR_TARGET_KINDS,
  type InvestorPersonRef,
  type InvestorRequest,
  type InvestorRequestAction,
  type InvestorRequestEvent,
  type InvestorRequestKind,
  type InvestorRequestMessage,
  type InvestorRequestStatus,
  type InvestorRequestSummary,
  type InvestorRequestTarget,
  type InvestorRequestTransition,
  type InvestorTargetKind,
  type MatchReason,
  RESERVATION_ACTIONS,
  RESERVATION_STATUSES,
  SLOT_STATUSES,
  type SlotCapacity,
  type SlotMatch,
  type SlotStatus,
  UTILITIES,
  type Utility,
} from '@kbdm/sez/domain';
import type { ItemRef } from '@kbdm/shared/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const ACTIONS = [...new Set<InvestorRequestAction>([...RESERVATION_ACTIONS, ...INTEREST_ACTIONS])].filter(
  (action) => action !== 'expire',
);
const STATUSES = [...new Set<InvestorRequestStatus>([...RESERVATION_STATUSES, ...INTEREST_STATUSES])];

@ValidatorConstraint({ name: 'binIin' })
class BinRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidBinIin(value);
  }

  defaultMessage(): string {
    return 'bin must be 12 digits with a valid control digit';
  }
}

/* Requests ---------------------------------------------------------------------------------- */

class TargetDto {
  @ApiProperty({ enum: INVESTOR_TARGET_KINDS })
  @IsIn(INVESTOR_TARGET_KINDS)
  kind!: InvestorTargetKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

/** Each utility in its own unit: MW, m³/day, m³/day, Gcal/h, m³/h; up to three decimals. */
export class UtilityAmountsDto implements Partial<Record<Utility, number>> {
  @ApiPropertyOptional({ example: 10, description: 'MW' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.utility)
  power?: number;

  @ApiPropertyOptional({ example: 200, description: 'm³/day' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.utility)
  water?: number;

  @ApiPropertyOptional({ example: 150, description: 'm³/day' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.utility)
  sewerage?: number;

  @ApiPropertyOptional({ example: 2, description: 'Gcal/h' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.utility)
  heat?: number;

  @ApiPropertyOptional({ example: 500, description: 'm³/h' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(LIMITS.utility)
  gas?: number;
}

export class CreateInvestorRequestDto implements CreateInvestorRequest {
  @ApiProperty({ enum: INVESTOR_REQUEST_KINDS, description: 'A reservation holds capacity; an interest holds none' })
  @IsIn(INVESTOR_REQUEST_KINDS)
  kind!: InvestorRequestKind;

  @ApiProperty({
    type: TargetDto,
    description: 'A reservation is of a slot; an interest is in a slot or a PPP project',
  })
  @ValidateNested()
  @Type(() => TargetDto)
  target!: TargetDto;

  @ApiProperty({ maxLength: LIMITS.company, example: 'TOO Karaganda Steel Components' })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.company)
  company!: string;

  @ApiProperty({ example: '240140000011', description: '12 digits with a valid control digit' })
  @IsString()
  @Validate(BinRule)
  bin!: string;

  @ApiProperty({ maxLength: LIMITS.product, example: 'Steel structures for construction' })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.product)
  product!: string;

  @ApiProperty({ example: 'C25', description: 'OKED code of what would be produced' })
  @IsString()
  @Matches(OKED_CODE_PATTERN, { message: 'sectorCode must be an OKED code such as C25 or C25.11' })
  sectorCode!: string;

  @ApiProperty({ example: 4_500_000_000 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.plannedInvestmentKzt)
  plannedInvestmentKzt!: number;

  @ApiProperty({ example: 120 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.plannedJobs)
  plannedJobs!: number;

  @ApiProperty({ type: UtilityAmountsDto })
  @ValidateNested()
  @Type(() => UtilityAmountsDto)
  utilities!: UtilityAmountsDto;

  @ApiPropertyOptional({ maxLength: LIMITS.message })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.message)
  message?: string;
}

export class RequestTransitionDto implements InvestorRequestTransition {
  @ApiProperty({ enum: ACTIONS })
  @IsIn(ACTIONS)
  action!: InvestorRequestAction;

  @ApiProperty({ example: 2, description: 'The version the caller last read; a stale one is a 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: LIMITS.message, description: 'Required to release and to decline' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.message)
  reason?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 365,
    description: 'For `hold` and `extend`: days from now; default the configured hold',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class RequestMessageDto {
  @ApiProperty({ maxLength: LIMITS.message })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.message)
  body!: string;
}

export class InvestorRequestsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: `Comma list of ${STATUSES.join(', ')}` })
  @IsOptional()
  @CsvOf(STATUSES)
  status?: InvestorRequestStatus[];

  @ApiPropertyOptional({ description: `Comma list of ${INVESTOR_REQUEST_KINDS.join(', ')}` })
  @IsOptional()
  @CsvOf(INVESTOR_REQUEST_KINDS)
  kind?: InvestorRequestKind[];
}

export class OfficerRequestsQuery extends InvestorRequestsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Requests for this slot only' })
  @IsOptional()
  @IsUUID('all', { message: 'slot must be a UUID' })
  slot?: string;
}

/** `GET /api/v1/investors/matches`: every criterion is optional; only the given ones are judged. */
export class MatchesQuery extends LangQueryDto {
  @ApiPropertyOptional({ example: 'C25', description: 'OKED code at any depth' })
  @IsOptional()
  @IsString()
  @Matches(OKED_CODE_PATTERN, { message: 'sector must be an OKED code such as C25 or C25.11' })
  sector?: string;

  @ApiPropertyOptional({ description: 'Hectares needed' })
  @QueryAmount()
  area?: number;

  @ApiPropertyOptional({ description: 'MW needed' })
  @QueryAmount()
  power?: number;

  @ApiPropertyOptional({ description: 'm³/day of water needed' })
  @QueryAmount()
  water?: number;

  @ApiPropertyOptional({ description: 'm³/h of gas needed' })
  @QueryAmount()
  gas?: number;

  @ApiPropertyOptional({ description: 'What the investor can pay, in tenge: for the land, or a PPP project’s capex' })
  @QueryAmount()
  budget?: number;
}

/* Responses --------------------------------------------------------------------------------- */

class PersonDto implements InvestorPersonRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() role!: string;
}

class TargetResponseDto implements InvestorRequestTarget {
  @ApiProperty({ enum: INVESTOR_TARGET_KINDS }) kind!: InvestorTargetKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: ItemRefDto, nullable: true }) sez!: ItemRef | null;
}

class EventDto implements InvestorRequestEvent {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: PersonDto, nullable: true, description: 'Null for the expiry job' })
  actor!: InvestorPersonRef | null;
  @ApiProperty({ enum: [...RESERVATION_ACTIONS, ...INTEREST_ACTIONS, 'created'] }) action!:
    InvestorRequestAction | 'created';
  @ApiProperty({ enum: STATUSES, nullable: true }) from!: InvestorRequestStatus | null;
  @ApiProperty({ enum: STATUSES }) to!: InvestorRequestStatus;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

class AmountsResponseDto implements Record<Utility, number> {
  @ApiProperty() power!: number;
  @ApiProperty() water!: number;
  @ApiProperty() sewerage!: number;
  @ApiProperty() heat!: number;
  @ApiProperty() gas!: number;
}

class ParticipantStateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() operating!: boolean;
}

export class InvestorRequestSummaryResponse implements InvestorRequestSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'INV-2026-000012' }) reference!: string;
  @ApiProperty({ enum: INVESTOR_REQUEST_KINDS }) kind!: InvestorRequestKind;
  @ApiProperty({ enum: STATUSES }) status!: InvestorRequestStatus;
  @ApiProperty({ type: TargetResponseDto }) target!: InvestorRequestTarget;
  @ApiProperty() company!: string;
  @ApiProperty({ type: PersonDto, nullable: true }) investor!: InvestorPersonRef | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class InvestorRequestResponse extends InvestorRequestSummaryResponse implements InvestorRequest {
  @ApiProperty() version!: number;
  @ApiProperty() bin!: string;
  @ApiProperty() product!: string;
  @ApiProperty({ type: ItemRefDto, nullable: true }) sector!: ItemRef | null;
  @ApiProperty() plannedInvestmentKzt!: number;
  @ApiProperty() plannedJobs!: number;
  @ApiProperty({ type: AmountsResponseDto }) utilities!: Record<Utility, number>;
  @ApiProperty() message!: string;
  @ApiProperty({ type: ParticipantStateDto, nullable: true }) participant!: { id: string; operating: boolean } | null;
  @ApiProperty({ type: [EventDto] }) events!: InvestorRequestEvent[];
  @ApiProperty({ enum: ACTIONS, isArray: true }) actions!: InvestorRequestAction[];
}

export class InvestorRequestMessageResponse implements InvestorRequestMessage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: PersonDto }) author!: InvestorPersonRef;
  @ApiProperty() body!: string;
}

class CapacityLineDto {
  @ApiProperty({ enum: UTILITIES }) utility!: Utility;
  @ApiProperty() unit!: string;
  @ApiProperty() maximum!: number;
  @ApiProperty({ description: 'Held by active reservations' }) taken!: number;
  @ApiProperty() free!: number;
}

export class SlotCapacityResponse implements SlotCapacity {
  @ApiProperty({ format: 'uuid' }) slotId!: string;
  @ApiProperty({ enum: SLOT_STATUSES }) status!: SlotStatus;
  @ApiProperty({ type: [CapacityLineDto] }) utilities!: SlotCapacity['utilities'];
}

class MatchReasonDto implements MatchReason {
  @ApiProperty() criterion!: MatchReason['criterion'];
  @ApiProperty() met!: boolean;
  @ApiProperty({ description: 'The reason in kk, ru and en' }) text!: MatchReason['text'];
}

export class MatchDto implements SlotMatch {
  @ApiProperty() fits!: boolean;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReason[];
}
