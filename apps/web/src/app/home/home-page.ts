import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { API_BASE_URL } from '../core/api-base-url';
import { I18n } from '../i18n/i18n';
import { FigureCard } from './figure-card';
import { PortalFigures } from './portal-figures';

/** The landing page: what the portal is, its headline figures and the way to its open data. */
@Component({
  selector: 'kbdm-home-page',
  imports: [FigureCard, MatButtonModule],
  providers: [PortalFigures],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  protected readonly i18n = inject(I18n);
  protected readonly figures = inject(PortalFigures);
  private readonly apiBaseUrl = inject(API_BASE_URL);

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
}
