import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { FigureCard } from './figure-card';
import { PortalFigures } from './portal-figures';
import { API_BASE_URL, I18n } from '@kbdm/shared/web-core';

/** The landing page: what the portal is, where each kind of visitor starts, its headline figures and its open data. */
@Component({
  selector: 'kbdm-home-page',
  imports: [FigureCard, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink],
  providers: [PortalFigures],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  protected readonly i18n = inject(I18n);
  protected readonly figures = inject(PortalFigures);
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly router = inject(Router);

  protected readonly apiDocsUrl = `${this.apiBaseUrl}/api/docs`;
  protected readonly openApiUrl = `${this.apiBaseUrl}/api/docs/openapi.json`;

  protected readonly counts = computed(() => {
    const t = this.i18n.t().home;
    return [
      { testId: 'opportunities', label: t.opportunities, figure: this.figures.opportunities },
      { testId: 'ppp-projects', label: t.pppProjects, figure: this.figures.pppProjects },
      { testId: 'active-programmes', label: t.activeProgrammes, figure: this.figures.activeProgrammes },
    ];
  });

  protected readonly catalogueLinks = computed(() => {
    const t = this.i18n.t().catalogue.titles;
    return [
      { path: 'opportunities', label: t.opportunities },
      { path: 'ppp-projects', label: t.pppProjects },
      { path: 'programmes', label: t.programmes },
    ];
  });

  // A search from home looks in every catalogue at once.
  protected search(event: Event, q: string): void {
    event.preventDefault();
    const query = q.trim();
    void this.router.navigate(['/search'], { queryParams: query ? { q: query } : {} });
  }
}
