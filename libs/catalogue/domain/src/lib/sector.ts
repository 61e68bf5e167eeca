import type { LocalizedText } from '@kbdm/shared/domain';

/** OKED (the national edition of NACE) sections and the divisions the portal uses. */
export const SECTOR_LEVELS = ['section', 'division'] as const;
export type SectorLevel = (typeof SECTOR_LEVELS)[number];

export type Sector = {
  id: string;
  /** `C` for a section, `C23` for a division. */
  code: string;
  section: string;
  level: SectorLevel;
  parentCode: string | null;
  name: LocalizedText;
  title: string;
  /** One of the industries the region seeks anchor investors for. */
  priority: boolean;
};
