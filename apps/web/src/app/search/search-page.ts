import { ChangeDetectionStrategy, Component, computed, inject, Injector } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { OpportunityClient, PppProjectClient, ProgrammeClient } from '@kbdm/catalogue/web-data-access';
import { SezSlotClient } from '@kbdm/sez/web-data-access';
import type { Lang, Page } from '@kbdm/shared/domain';
import { fill, I18n, LocalNumberPipe, toProblem } from '@kbdm/shared/web-core';
import type { Observable } from 'rxjs';
import { of } from 'rxjs';

/** How many matches of each catalogue the page names before linking to the whole list. */
export const TOP_MATCHES = 5;

type Match = { id: string; title: string; code: string };

/** One catalogue searched: where its list and items live and how to ask it. */
type Section = {
  path: 'opportunities' | 'ppp-projects' | 'programmes' | 'sez-slots';
  title: (t: ReturnType<I18n['t']>) => string;
  search: (injector: Injector, q: string, lang: Lang) => Observable<Page<Match>>;
};

const SECTIONS: Section[] = [
  {
    path: 'opportunities',
    title: (t) => t.catalogue.titles.opportunities,
    search: (i, q, lang) => i.get(OpportunityClient).list({ q, pageSize: TOP_MATCHES }, lang),
  },
  {
    path: 'ppp-projects',
    title: (t) => t.catalogue.titles.pppProjects,
    search: (i, q, lang) => i.get(PppProjectClient).list({ q, pageSize: TOP_MATCHES }, lang),
  },
  {
    path: 'programmes',
    title: (t) => t.catalogue.titles.programmes,
    search: (i, q, lang) => i.get(ProgrammeClient).list({ q, pageSize: TOP_MATCHES }, lang),
  },
  {
    path: 'sez-slots',
    title: (t) => t.catalogue.titles.sezSlots,
    search: (i, q, lang) => i.get(SezSlotClient).list({ q, pageSize: TOP_MATCHES }, lang),
  },
];

/**
 * `/search?q=`: one search across the four catalogues, the best matches of each with their
 * count and a link to the list filtered by the same words. Each catalogue answers on its own,
 * so a slow or failed one never blanks the others.
 */
@Component({
  selector: 'kbdm-search-page',
  imports: [LocalNumberPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
})
export class SearchPage {
  protected readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly q = computed(() => this.params().get('q')?.trim() ?? '');
  protected readonly fill = fill;

  protected readonly sections = SECTIONS.map((section) => {
    const resource = rxResource({
      params: () => ({ q: this.q(), lang: this.i18n.lang() }),
      stream: ({ params }) =>
        params.q ? section.search(this.injector, params.q, params.lang) : of<Page<Match> | null>(null),
    });
    return {
      path: section.path,
      title: computed(() => section.title(this.i18n.t())),
      page: computed(() => (resource.hasValue() ? resource.value() : null)),
      loading: resource.isLoading,
      problem: computed(() => (resource.status() === 'error' ? toProblem(resource.error()) : null)),
      reload: () => resource.reload(),
    };
  });

  protected readonly total = computed(() =>
    this.sections.reduce((sum, section) => sum + (section.page()?.total ?? 0), 0),
  );
  protected readonly settled = computed(() => this.sections.every((s) => !s.loading()));

  protected search(event: Event, q: string): void {
    event.preventDefault();
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: q.trim() || null } });
  }
}
