import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { AUDIT_ACTIONS, type AuditAction } from '@kbdm/accounts/domain';
import { AdminUsersClient, AuthStore } from '@kbdm/accounts/web-data-access';
import type { Lang } from '@kbdm/shared/domain';
import { fill, formatDateTime, I18n, injectStrings, toProblem } from '@kbdm/shared/web-core';
import { eventFacts } from './audit-timeline';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type AuditStrings = {
  title: string;
  lead: string;
  action: string;
  anyAction: string;
  actor: string;
  target: string;
  idHint: string;
  wrongId: string;
  show: string;
  clear: string;
  when: string;
  what: string;
  who: string;
  on: string;
  details: string;
  empty: string;
  loading: string;
  loadFailed: string;
  command: string;
};

const STRINGS: Readonly<Record<Lang, AuditStrings>> = {
  en: {
    title: 'Audit log',
    lead: 'Who did what, newest first: sign-ins, accounts, roles and sessions.',
    action: 'Action',
    anyAction: 'Any action',
    actor: 'Who acted (id)',
    target: 'Acted on (id)',
    idHint: 'An account or session id, as the log shows it',
    wrongId: 'An id looks like 8-4-4-4-12 hexadecimal digits',
    show: 'Show',
    clear: 'Clear',
    when: 'When',
    what: 'Action',
    who: 'Who',
    on: 'On',
    details: 'Details',
    empty: 'No events under these filters.',
    loading: 'Loading…',
    loadFailed: 'The audit log could not be loaded.',
    command: 'a command on the server',
  },
  ru: {
    title: 'Журнал аудита',
    lead: 'Кто что сделал, новые сверху: входы, учётные записи, роли и сеансы.',
    action: 'Действие',
    anyAction: 'Любое действие',
    actor: 'Кто действовал (id)',
    target: 'Над чем (id)',
    idHint: 'Id учётной записи или сеанса, как в журнале',
    wrongId: 'Id выглядит как 8-4-4-4-12 шестнадцатеричных цифр',
    show: 'Показать',
    clear: 'Сбросить',
    when: 'Когда',
    what: 'Действие',
    who: 'Кто',
    on: 'Над чем',
    details: 'Подробности',
    empty: 'Нет событий с такими фильтрами.',
    loading: 'Загрузка…',
    loadFailed: 'Не удалось загрузить журнал аудита.',
    command: 'команда на сервере',
  },
  kk: {
    title: 'Аудит журналы',
    lead: 'Кім не істеді, жаңалары жоғарыда: кірулер, тіркелгілер, рөлдер және сеанстар.',
    action: 'Әрекет',
    anyAction: 'Кез келген әрекет',
    actor: 'Кім әрекет етті (id)',
    target: 'Неге (id)',
    idHint: 'Журналдағыдай тіркелгі немесе сеанс id-і',
    wrongId: 'Id 8-4-4-4-12 он алтылық цифрдан тұрады',
    show: 'Көрсету',
    clear: 'Тазарту',
    when: 'Қашан',
    what: 'Әрекет',
    who: 'Кім',
    on: 'Неге',
    details: 'Толығырақ',
    empty: 'Бұл сүзгілер бойынша оқиға жоқ.',
    loading: 'Жүктелуде…',
    loadFailed: 'Аудит журналы жүктелмеді.',
    command: 'сервердегі команда',
  },
};

/** The administrators' page of a kind of target the log names, where it has one of its own. */
const TARGET_PAGES: Record<string, string> = {
  opportunity: '/admin/catalogue/opportunities',
  import: '/admin/imports',
};

function targetLink(type: string | null, id: string | null): string | null {
  const page = type ? TARGET_PAGES[type] : undefined;
  return page && id ? `${page}/${id}` : null;
}

/** `/admin/audit`: the whole audit log with its filters (action, who, on what) and the page in the URL. */
@Component({
  selector: 'kbdm-audit-log-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings();
    @let t = i18n.t().admin.people;
    <h1>{{ s.title }}</h1>
    <p class="lead">{{ s.lead }}</p>
    <form class="filters" [formGroup]="form" (submit)="show($event)" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ s.action }}</mat-label>
        <mat-select formControlName="action" data-testid="audit-action">
          <mat-option value="">{{ s.anyAction }}</mat-option>
          @for (action of actions; track action) {
            <mat-option [value]="action">{{ label(action) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ s.actor }}</mat-label>
        <input matInput formControlName="actorId" autocomplete="off" data-testid="audit-actor" />
        <mat-hint>{{ s.idHint }}</mat-hint>
        <mat-error>{{ s.wrongId }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ s.target }}</mat-label>
        <input matInput formControlName="targetId" autocomplete="off" data-testid="audit-target" />
        <mat-error>{{ s.wrongId }}</mat-error>
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" data-testid="audit-show">{{ s.show }}</button>
        <button mat-button type="button" (click)="clear()">{{ s.clear }}</button>
      </div>
    </form>
    @if (events.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="s.loading" />
    }
    @if (problem(); as p) {
      <p role="alert" class="error">{{ s.loadFailed }} {{ p.detail ?? p.title }}</p>
    }
    <div class="scroll">
      <table data-testid="audit-table">
        <caption class="cdk-visually-hidden">
          {{
            s.title
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ s.when }}</th>
            <th scope="col">{{ s.what }}</th>
            <th scope="col">{{ s.who }}</th>
            <th scope="col">{{ s.on }}</th>
            <th scope="col">{{ s.details }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id) {
            <tr data-testid="audit-row">
              <td>
                <time [attr.datetime]="row.at">{{ row.when }}</time>
              </td>
              <td>{{ row.action }}</td>
              <td>
                <code>{{ row.actor }}</code>
              </td>
              <td>
                @if (row.link) {
                  <a [routerLink]="row.link" data-testid="audit-target-link"
                    ><code>{{ row.target }}</code></a
                  >
                } @else {
                  <code>{{ row.target }}</code>
                }
              </td>
              <td>{{ row.facts }}</td>
            </tr>
          } @empty {
            @if (!events.isLoading()) {
              <tr>
                <td colspan="5" class="note">{{ s.empty }}</td>
              </tr>
            }
          }
        </tbody>
      </table>
    </div>
    @if (total() > pageSize) {
      <nav class="pages">
        <button mat-button type="button" [disabled]="pageNumber() <= 1" (click)="turn(-1)">{{ t.previous }}</button>
        <span data-testid="audit-range">{{ range() }}</span>
        <button mat-button type="button" [disabled]="pageNumber() * pageSize >= total()" (click)="turn(1)">
          {{ t.next }}
        </button>
      </nav>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 80rem;
      margin: 0 auto;
      padding: 16px;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    .filters,
    .actions,
    .pages {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 12px;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    code {
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AuditLogPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(AdminUsersClient);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);
  protected readonly strings = injectStrings(STRINGS);

  /** From the query string. */
  readonly action = input<string>();
  readonly actorId = input<string>();
  readonly targetId = input<string>();
  readonly page = input<string>();

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    action: '',
    actorId: ['', Validators.pattern(UUID)],
    targetId: ['', Validators.maxLength(64)],
  });

  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });
  private readonly filter = computed(() => ({
    action: AUDIT_ACTIONS.find((a) => a === this.action()),
    actorId: UUID.test(this.actorId() ?? '') ? this.actorId() : undefined,
    targetId: this.targetId() || undefined,
  }));
  protected readonly events = rxResource({
    params: () => ({ ...this.filter(), page: this.pageNumber() }),
    stream: ({ params }) => this.client.auditEvents({ ...params, pageSize: PAGE_SIZE }),
  });
  protected readonly problem = computed(() =>
    this.events.status() === 'error' ? toProblem(this.events.error()) : null,
  );
  protected readonly total = computed(() => (this.events.hasValue() ? this.events.value().total : 0));
  protected readonly rows = computed(() => {
    if (!this.events.hasValue()) return [];
    const t = this.i18n.t();
    const lang = this.i18n.lang();
    return this.events.value().items.map((event) => ({
      id: event.id,
      at: event.at,
      when: formatDateTime(event.at, lang),
      action: this.label(event.action),
      actor: event.actorId ?? (event.details?.['via'] === 'command' ? this.strings().command : '—'),
      target: event.targetId ?? '—',
      link: targetLink(event.targetType, event.targetId),
      facts: eventFacts(event, this.auth.user()?.id ?? null, t).join('; '),
    }));
  });
  protected readonly range = computed(() => {
    const from = (this.pageNumber() - 1) * PAGE_SIZE + 1;
    const to = Math.min(this.total(), this.pageNumber() * PAGE_SIZE);
    return fill(this.i18n.t().admin.people.range, { from, to, total: this.total() });
  });

  constructor() {
    effect(() => {
      const filter = this.filter();
      this.form.setValue({
        action: filter.action ?? '',
        actorId: filter.actorId ?? '',
        targetId: filter.targetId ?? '',
      });
    });
  }

  protected label(action: string): string {
    return (this.i18n.t().admin.actions as Record<string, string>)[action] ?? action;
  }

  protected show(event: Event): void {
    event.preventDefault();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: {
        action: (value.action as AuditAction | '') || null,
        actorId: value.actorId.trim() || null,
        targetId: value.targetId.trim() || null,
        page: null,
      },
    });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected turn(step: number): void {
    const page = this.pageNumber() + step;
    void this.router.navigate([], { queryParams: { page: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }
}
