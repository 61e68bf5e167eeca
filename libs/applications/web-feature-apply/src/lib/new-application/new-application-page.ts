import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import {
  APPLICATION_TARGET_KINDS,
  type ApplicationTargetKind,
  type CreateApplicationRequest,
} from '@kbdm/applications/domain';
import { ApplicationsClient, newIdempotencyKey } from '@kbdm/applications/web-data-access';
import { DistrictClient, SectorClient } from '@kbdm/catalogue/web-data-access';
import { MAX_PAGE_SIZE, type ProblemDetails } from '@kbdm/shared/domain';
import { I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { APPLY_STRINGS } from '../apply.strings';
import { prefillFromProfile } from './prefill';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isKind = (value: unknown): value is ApplicationTargetKind =>
  APPLICATION_TARGET_KINDS.some((kind) => kind === value);

/**
 * `/applications/new?kind=&id=`: creates the draft for the programme, opportunity or PPP project,
 * with the answers prefilled from the profile, then replaces this address with the draft's (the
 * way back does not create another). One key per visit: a retry answers the same draft.
 */
@Component({
  selector: 'kbdm-new-application-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().create;
    <h1>{{ s.title }}</h1>
    @if (wrongLink()) {
      <div role="alert" class="problem" data-testid="new-application-wrong-link">
        <p>{{ s.wrongLink }}</p>
        <a mat-stroked-button routerLink="/programmes">{{ s.toCatalogue }}</a>
      </div>
    } @else if (problem(); as problem) {
      <div role="alert" class="problem" data-testid="new-application-problem">
        <p>{{ s.failed }}</p>
        <p>{{ problem.detail ?? problem.title }}</p>
        <p class="actions">
          <button mat-flat-button type="button" (click)="start()">{{ s.retry }}</button>
          <a mat-stroked-button routerLink="/programmes">{{ s.toCatalogue }}</a>
        </p>
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="s.preparing" />
      <p role="status">{{ s.preparing }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 720px;
      margin: 0 auto;
      padding: 24px 16px 48px;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    .problem {
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class NewApplicationPage implements OnInit {
  private readonly i18n = inject(I18n);
  private readonly auth = inject(AuthStore);
  private readonly client = inject(ApplicationsClient);
  private readonly districts = inject(DistrictClient);
  private readonly sectors = inject(SectorClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(APPLY_STRINGS);

  /** From the query string. */
  readonly kind = input<string>();
  readonly id = input<string>();

  protected readonly wrongLink = signal(false);
  protected readonly problem = signal<ProblemDetails | null>(null);
  private readonly key = newIdempotencyKey();
  private request: CreateApplicationRequest | null = null;

  ngOnInit(): void {
    void this.start();
  }

  protected async start(): Promise<void> {
    const kind = this.kind();
    const id = this.id();
    if (!isKind(kind) || !id || !UUID.test(id)) {
      this.wrongLink.set(true);
      return;
    }
    this.problem.set(null);
    try {
      // The same body on a retry: the key stands for this one request.
      this.request ??= { target: { kind, id }, form: await this.prefill() };
      const draft = await firstValueFrom(this.client.create(this.request, this.key));
      await this.router.navigate(['/applications', draft.id], { replaceUrl: true });
    } catch (error) {
      this.problem.set(toProblem(error));
    }
  }

  /** The profile's answers; a catalogue that cannot be read only leaves the district and sector blank. */
  private async prefill() {
    const lang = this.i18n.lang();
    const profile = this.auth.user();
    const [districts, sectorCodes] = await Promise.all([
      firstValueFrom(
        this.districts.list({ pageSize: MAX_PAGE_SIZE }, lang).pipe(
          map((page) => page.items),
          catchError(() => of([])),
        ),
      ),
      firstValueFrom(
        this.sectors.list({ pageSize: MAX_PAGE_SIZE }, lang).pipe(
          map((page) => page.items.map((sector) => sector.code)),
          catchError(() => of([])),
        ),
      ),
    ]);
    return prefillFromProfile(profile, { districts, sectorCodes });
  }
}
