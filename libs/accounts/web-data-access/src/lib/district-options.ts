import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MAX_PAGE_SIZE, type Page } from '@kbdm/shared/domain';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';

/** A district as a select offers it: the id a profile stores and the name in the interface language. */
export type DistrictOption = { id: string; title: string };

/**
 * The region's districts for the profile forms, read from `/api/v1/districts` here rather than
 * through the catalogue libraries, which accounts must not depend on.
 */
@Injectable({ providedIn: 'root' })
export class DistrictOptions {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly i18n = inject(I18n);

  private readonly page = rxResource({
    params: () => this.i18n.lang(),
    stream: ({ params }) =>
      this.http.get<Page<DistrictOption>>(`${this.baseUrl}/api/v1/districts`, {
        params: { pageSize: MAX_PAGE_SIZE, sort: 'name', lang: params },
      }),
  });

  readonly options = computed<DistrictOption[]>(() =>
    this.page.hasValue() ? this.page.value().items.map(({ id, title }) => ({ id, title })) : [],
  );
}
