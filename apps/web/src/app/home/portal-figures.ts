import { httpResource, HttpResourceRef } from '@angular/common/http';
import { computed, inject, Injectable, Signal } from '@angular/core';
import type { Sez } from '@kbdm/sez/domain';
import type { Page } from '@kbdm/shared/domain';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';

/** What the page reads of a zone in `GET /api/v1/sez`. */
export type SezFigures = Pick<Sez, 'id' | 'title' | 'participants'>;

/** One figure as the page shows it: its value once loaded, and whether it is loading or failed. */
export type Figure<T> = {
  value: Signal<T | undefined>;
  loading: Signal<boolean>;
  failed: Signal<boolean>;
  reload: () => void;
};

/** The part of a list answer a count needs: one item is asked for, the total is read. */
type Count = Pick<Page<unknown>, 'total'>;

/**
 * The headline figures of the home page, each loaded on its own so one failing endpoint does
 * not blank the others. Provided by the page, so the requests live as long as it does.
 */
@Injectable()
export class PortalFigures {
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly i18n = inject(I18n);

  // SEZ titles come in the interface language, so the list is asked for again on a switch.
  readonly sezZones = figure(
    httpResource<Page<SezFigures>>(() => ({
      url: `${this.apiBaseUrl}/api/v1/sez`,
      params: { lang: this.i18n.lang() },
    })),
    (page) => page.items,
  );
  readonly opportunities = this.count('opportunities');
  readonly pppProjects = this.count('ppp-projects');
  readonly activeProgrammes = this.count('programmes', { status: 'active' });

  private count(catalogue: string, filters: Record<string, string> = {}): Figure<number> {
    const resource = httpResource<Count>(() => ({
      url: `${this.apiBaseUrl}/api/v1/${catalogue}`,
      params: { ...filters, pageSize: 1 },
    }));
    return figure(resource, (page) => page.total);
  }
}

// A resource's value() throws while it is in error, so the page reads it only through here.
function figure<R, T>(resource: HttpResourceRef<R | undefined>, read: (answer: R) => T): Figure<T> {
  return {
    value: computed(() => {
      const answer = resource.hasValue() ? resource.value() : undefined;
      return answer === undefined ? undefined : read(answer);
    }),
    loading: resource.isLoading,
    failed: computed(() => resource.status() === 'error'),
    reload: () => {
      resource.reload();
    },
  };
}
