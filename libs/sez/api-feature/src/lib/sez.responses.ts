import { ApiProperty } from '@nestjs/swagger';
import { GeoPointDto, ItemRefDto, LocalizedTextDto, PageOf, SourceRefDto } from '@kbdm/api/core-http';
import {
  DEAL_FORMS,
  type DealForm,
  SITE_TYPES,
  SLOT_STATUSES,
  type Sez,
  type SezDetail,
  type SezParticipant,
  type SezSlot,
  type SiteType,
  type SlotStatus,
  type SlotUtility,
  UTILITIES,
  type Utility,
} from '@kbdm/sez/domain';
import type { GeoPoint, ItemRef, LocalizedText, SourceRef } from '@kbdm/shared/domain';
import { PppProjectResponse } from '@kbdm/catalogue/api-feature';
import type { PppProject } from '@kbdm/catalogue/domain';
import type { InvestorMatches, SlotMatch } from '@kbdm/sez/domain';
import { MatchDto } from './investor-requests.dto';

/* OpenAPI descriptions of the zone's answers; each implements its contract type. */

class ParticipantCountsDto {
  @ApiProperty({ example: 15 }) registered!: number;
  @ApiProperty({ example: 6 }) operating!: number;
}

export class SezResponse implements Sez {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) profile!: LocalizedText;
  @ApiProperty() areaHa!: number;
  @ApiProperty({ format: 'date' }) establishedOn!: string;
  @ApiProperty({ type: [ItemRefDto] }) targetIndustries!: ItemRef[];
  @ApiProperty({ type: ParticipantCountsDto }) participants!: { registered: number; operating: number };
  @ApiProperty({ type: [LocalizedTextDto] }) constraints!: LocalizedText[];
  @ApiProperty({ type: ItemRefDto, nullable: true }) district!: ItemRef | null;
  @ApiProperty({ type: GeoPointDto, nullable: true }) location!: GeoPoint | null;
  @ApiProperty() slotCount!: number;
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
}

class SezParticipantDto implements SezParticipant {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) product!: LocalizedText;
  @ApiProperty({ type: ItemRefDto }) sector!: ItemRef;
  @ApiProperty() operating!: boolean;
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
}

export class SezDetailResponse extends SezResponse implements SezDetail {
  @ApiProperty({ type: [SezParticipantDto] }) participantList!: SezParticipant[];
}

class SlotUtilityDto implements SlotUtility {
  @ApiProperty({ enum: UTILITIES }) utility!: Utility;
  @ApiProperty({ example: 'MW' }) unit!: string;
  @ApiProperty({ description: 'Maximum capacity of the connection; 0 when the plot has none' }) maximum!: number;
  @ApiProperty({ description: 'What the capacity ledger leaves: the maximum less the active reservations' })
  free!: number;
}

export class SezSlotResponse implements SezSlot {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: ItemRefDto }) sez!: ItemRef;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) site!: LocalizedText;
  @ApiProperty() areaHa!: number;
  @ApiProperty({ type: [ItemRefDto] }) targetIndustries!: ItemRef[];
  @ApiProperty({ type: [SlotUtilityDto] }) utilities!: SlotUtility[];
  @ApiProperty() railSpur!: boolean;
  @ApiProperty() distanceToRailKm!: number;
  @ApiProperty() distanceToRoadKm!: number;
  @ApiProperty({ enum: SITE_TYPES }) siteType!: SiteType;
  @ApiProperty({ enum: DEAL_FORMS, isArray: true }) dealForms!: DealForm[];
  @ApiProperty({ type: Number, nullable: true }) leaseRateKztPerHaYear!: number | null;
  @ApiProperty({ type: Number, nullable: true }) priceKzt!: number | null;
  @ApiProperty() cadastralNumber!: string;
  @ApiProperty({ type: LocalizedTextDto }) zoning!: LocalizedText;
  @ApiProperty({ enum: SLOT_STATUSES }) status!: SlotStatus;
  @ApiProperty({ type: ItemRefDto, nullable: true }) district!: ItemRef | null;
  @ApiProperty({ type: GeoPointDto, nullable: true }) location!: GeoPoint | null;
  @ApiProperty() demo!: boolean;
  @ApiProperty({ type: SourceRefDto, nullable: true }) source!: SourceRef | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class SlotMatchDto {
  @ApiProperty({ type: SezSlotResponse }) slot!: SezSlot;
  @ApiProperty({ type: MatchDto }) match!: SlotMatch;
}

class PppMatchDto {
  @ApiProperty({ type: PppProjectResponse }) project!: PppProject;
  @ApiProperty({ type: MatchDto }) match!: SlotMatch;
}

export class InvestorMatchesResponse implements InvestorMatches {
  @ApiProperty({ type: [SlotMatchDto] }) slots!: InvestorMatches['slots'];
  @ApiProperty({ type: [PppMatchDto] }) pppProjects!: InvestorMatches['pppProjects'];
}

export const SezPage = PageOf(SezResponse, 'SezPage');
export const SezSlotPage = PageOf(SezSlotResponse, 'SezSlotPage');
