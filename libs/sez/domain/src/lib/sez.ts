import type { GeoPoint, ItemRef, LocalizedText, Provenance } from '@kbdm/shared/domain';

/** A Special Economic Zone with the count of its participants. */
export type Sez = Provenance & {
  id: string;
  code: string;
  name: LocalizedText;
  title: string;
  profile: LocalizedText;
  areaHa: number;
  establishedOn: string;
  /** OKED codes of the industries the zone seeks anchor investors in. */
  targetIndustries: ItemRef[];
  participants: { registered: number; operating: number };
  /** What holds the zone back (power, gas), as its staff name it. */
  constraints: LocalizedText[];
  district: ItemRef | null;
  location: GeoPoint | null;
  slotCount: number;
};

export type SezParticipant = Provenance & {
  id: string;
  name: LocalizedText;
  title: string;
  product: LocalizedText;
  sector: ItemRef;
  operating: boolean;
};

export type SezDetail = Sez & {
  participantList: SezParticipant[];
};
