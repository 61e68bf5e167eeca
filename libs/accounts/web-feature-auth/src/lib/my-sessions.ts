import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { AuthClient } from '@kbdm/accounts/web-data-access';
import { I18n, LocalDatePipe, toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';

/** The account page's list of devices signed in, each with a button that signs it out. */
@Component({
  selector: 'kbdm-my-sessions',
  imports: [LocalDatePipe, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = this.t();
    @let lang = i18n.lang();
    <section class="sessions" aria-labelledby="sessions-heading" data-testid="my-sessions">
      <h2 id="sessions-heading">{{ t.heading }}</h2>
      <p class="intro">{{ t.intro }}</p>
      @if (failure(); as failure) {
        <p role="alert" class="failed">
          {{ failure }}
          <button mat-button type="button" (click)="sessions.reload()">{{ t.retry }}</button>
        </p>
      }
      <ul>
        @for (session of sessions.value() ?? []; track session.id) {
          <li data-testid="my-session">
            <strong>{{ session.userAgent || t.unknownDevice }}</strong>
            <span>{{ t.signedIn }}: {{ session.signedInAt | localDate: lang }}</span>
            <span>{{ t.lastActive }}: {{ session.lastActiveAt | localDate: lang }}</span>
            @if (session.ip) {
              <span>{{ t.from }}: {{ session.ip }}</span>
            }
            <button
              mat-stroked-button
              type="button"
              [disabled]="ending() === session.id"
              (click)="end(session.id)"
              data-testid="end-session"
            >
              {{ t.end }}
            </button>
          </li>
        }
      </ul>
      <p role="status" class="status">{{ status() }}</p>
    </section>
  `,
  styles: `
    .sessions {
      margin-top: 32px;
    }
    ul {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      align-items: center;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    strong {
      flex: 1 1 100%;
      overflow-wrap: anywhere;
    }
    .intro,
    span {
      color: var(--mat-sys-on-surface-variant);
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
})
export class MySessions {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(AuthClient);

  protected readonly t = computed(() => this.i18n.t().accounts.sessions);
  protected readonly sessions = rxResource({ stream: () => this.client.mySessions() });
  protected readonly ending = signal<string | null>(null);
  protected readonly status = signal('');
  private readonly endFailure = signal<string | null>(null);
  protected readonly failure = computed(() =>
    this.sessions.status() === 'error' ? this.t().failed : this.endFailure(),
  );

  protected async end(id: string): Promise<void> {
    this.ending.set(id);
    this.endFailure.set(null);
    try {
      await firstValueFrom(this.client.endSession(id));
      this.status.set(this.t().ended);
      this.sessions.reload();
    } catch (error) {
      const problem = toProblem(error);
      this.endFailure.set(problem.detail ?? problem.title);
    } finally {
      this.ending.set(null);
    }
  }
}
