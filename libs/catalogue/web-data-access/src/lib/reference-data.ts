import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { District, Sector } from '@kbdm/catalogue/domain';
import { MAX_PAGE_SIZE } from '@kbdm/shared/domain';
import { I18n } from '@kbdm/shared/web-core';
import { DistrictClient, SectorClient } from './catalogue-client';

/** Districts and sectors in the interface language, for the lists' filters and for names. */
@Injectable({ providedIn: 'root' })
export class ReferenceData {
  private readonly i18n = inject(I18n);
  private readonly districtClient = inject(DistrictClient);
  private readonly sectorClient = inject(SectorClient);

  private readonly districtPage = rxResource({
    params: () => this.i18n.lang(),
    stream: ({ params }) => this.districtClient.list({ pageSize: MAX_PAGE_SIZE, sort: 'name' }, params),
  });
  private readonly sectorPage = rxResource({
    params: () => this.i18n.lang(),
    stream: ({ params }) => this.sectorClient.list({ pageSize: MAX_PAGE_SIZE, sort: 'code' }, params),
  });

  readonly districts = computed<District[]>(() =>
    this.districtPage.hasValue() ? this.districtPage.value().items : [],
  );
  readonly sectors = computed<Sector[]>(() => (this.sectorPage.hasValue() ? this.sectorPage.value().items : []));

  /** A district's name by its code (`temirtau`), or the code while the list loads. */
  districtName(code: string): string {
    return this.districts().find((d) => d.code === code)?.title ?? code;
  }
}
