import type { GeoPoint, LocalizedText, Provenance } from '@kbdm/shared/domain';

/** A city of regional significance or a rural district of Karaganda region. */
export const DISTRICT_KINDS = ['city', 'district'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

export type District = Provenance & {
  id: string;
  /** Stable slug, e.g. `temirtau`. */
  code: string;
  /** Code in the Classifier of Administrative-Territorial Objects (KATO). */
  kato: string;
  kind: DistrictKind;
  name: LocalizedText;
  title: string;
  adminCentre: LocalizedText;
  /** The administrative centre: where the district's marker stands. */
  centre: GeoPoint;
};
