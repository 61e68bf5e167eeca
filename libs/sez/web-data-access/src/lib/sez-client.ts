import { Injectable } from '@angular/core';
import { CatalogueClient, type ListParams } from '@kbdm/catalogue/web-data-access';
import type { DealForm, SezDetail, SezSlot, SiteType, SlotStatus } from '@kbdm/sez/domain';

/** What `GET /api/v1/sez-slots` filters on, lists joined by commas. */
export type SezSlotFilter = ListParams & {
  sector?: string[];
  district?: string[];
  status?: SlotStatus[];
  siteType?: SiteType[];
  dealForm?: DealForm[];
  minArea?: number;
  maxArea?: number;
  minPower?: number;
  railSpur?: boolean;
};

/** Anchor slots (land plots) of every zone. */
@Injectable({ providedIn: 'root' })
export class SezSlotClient extends CatalogueClient<SezSlot, SezSlotFilter> {
  protected readonly path = 'sez-slots';
}

/** The zones; one zone by id comes with its participants. */
@Injectable({ providedIn: 'root' })
export class SezClient extends CatalogueClient<SezDetail, ListParams> {
  protected readonly path = 'sez';
}
