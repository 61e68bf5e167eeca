import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { isLang } from '@kbdm/shared/domain';
import { API_BASE_URL, I18n, LANGUAGE_NAMES } from '@kbdm/shared/web-core';
import { ShellNotifications } from './notifications/shell-notifications';

/**
 * The shell: toolbar with the portal's name, the catalogue links, the language switcher, the
 * notification bell and the account menu, then the routed page, and a footer with the open data
 * and the API's description.
 */
@Component({
  selector: 'kbdm-root',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    ShellNotifications,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly i18n = inject(I18n);
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly apiBaseUrl = inject(API_BASE_URL);
  protected readonly catalogueLinks = computed(() => {
    const t = this.i18n.t().catalogue.titles;
    return [
      { path: 'opportunities', label: t.opportunities },
      { path: 'ppp-projects', label: t.pppProjects },
      { path: 'programmes', label: t.programmes },
    ];
  });
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected switchLanguage(change: MatButtonToggleChange): void {
    if (isLang(change.value)) this.i18n.use(change.value);
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/');
  }

  // A plain "#main" link would leave the single-page app when a <base href> is set.
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
