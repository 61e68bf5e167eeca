import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, type Params, Router } from '@angular/router';
import { type AdminUser, ROLES, type Role } from '@kbdm/accounts/domain';
import { AdminUsersClient, type AdminUsersFilter, AuthStore } from '@kbdm/accounts/web-data-access';
import { DEFAULT_PAGE_SIZE } from '@kbdm/shared/domain';
import { fill, I18n, LocalDatePipe, formatNumber, toProblem } from '@kbdm/shared/web-core';
import { openCreatePerson } from './create-person-dialog';
import { PersonPanel } from './person-panel';

/** One person as the table shows them. */
type PersonRow = { person: AdminUser; role: string; status: string; isSelf: boolean };

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

/** The list's view from the URL's query: `q`, `role` and `page`, each ignored when it is not valid. */
export function peopleFilter(
  q: string | undefined,
  role: string | undefined,
  page: string | undefined,
): AdminUsersFilter {
  const pageNumber = Number(page);
  return {
    q: q?.trim() || undefined,
    role: isRole(role) ? role : undefined,
    page: Number.isInteger(pageNumber) && pageNumber > 1 ? pageNumber : 1,
    pageSize: DEFAULT_PAGE_SIZE,
  };
}

/**
 * `/admin/users`: the people of the portal for administrators — search, role filter and pages in
 * the URL; a panel beside (or, on a phone, below) the list to act on one person; a dialog to
 * appoint an officer or administrator.
 */
@Component({
  selector: 'kbdm-people-page',
  imports: [
    LocalDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PersonPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-page.html',
  styleUrl: './people-page.scss',
})
export class PeoplePage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(AdminUsersClient);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** From the query string. */
  readonly q = input<string>();
  readonly role = input<string>();
  readonly page = input<string>();

  protected readonly roles = ROLES;
  protected readonly filter = computed(() => peopleFilter(this.q(), this.role(), this.page()));
  protected readonly people = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.client.list(params),
  });
  protected readonly items = computed(() => (this.people.hasValue() ? this.people.value().items : []));
  protected readonly total = computed(() => (this.people.hasValue() ? this.people.value().total : undefined));
  protected readonly loadProblem = computed(() =>
    this.people.status() === 'error' ? toProblem(this.people.error()) : null,
  );
  protected readonly hasFilters = computed(() => this.filter().q !== undefined || this.filter().role !== undefined);
  protected readonly selfId = computed(() => this.auth.user()?.id ?? null);

  /** The table's rows with their labels in the interface language. */
  protected readonly rows = computed<PersonRow[]>(() => {
    const t = this.i18n.t();
    return this.items().map((person) => ({
      person,
      role: t.accounts.roles[person.role],
      status: person.deactivatedAt ? t.admin.people.deactivated : t.admin.people.active,
      isSelf: person.id === this.selfId(),
    }));
  });

  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.items().find((person) => person.id === this.selectedId()) ?? null);

  protected readonly pageNumber = computed(() => this.filter().page ?? 1);
  protected readonly hasNext = computed(() => this.pageNumber() * DEFAULT_PAGE_SIZE < (this.total() ?? 0));
  protected readonly range = computed(() => {
    const total = this.total() ?? 0;
    const lang = this.i18n.lang();
    const from = total === 0 ? 0 : (this.pageNumber() - 1) * DEFAULT_PAGE_SIZE + 1;
    const to = Math.min(total, this.pageNumber() * DEFAULT_PAGE_SIZE);
    return fill(this.i18n.t().admin.people.range, {
      from: formatNumber(from, lang),
      to: formatNumber(to, lang),
      total: formatNumber(total, lang),
    });
  });
  protected readonly found = computed(() =>
    fill(this.i18n.t().admin.people.found, { count: formatNumber(this.total() ?? 0, this.i18n.lang()) }),
  );

  protected search(event: Event, q: string): void {
    event.preventDefault();
    this.navigate({ q: q.trim() || null, page: null });
  }

  protected filterRole(role: unknown): void {
    this.navigate({ role: isRole(role) ? role : null, page: null });
  }

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? page : null });
  }

  protected clearFilters(): void {
    this.navigate({ q: null, role: null, page: null });
  }

  protected open(person: AdminUser): void {
    this.selectedId.set(person.id);
  }

  // Back to the person's name in the list, where the keyboard user left it.
  protected close(): void {
    const id = this.selectedId();
    this.selectedId.set(null);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-person-id="${id}"]`)?.focus(), {
      injector: this.injector,
    });
  }

  /** The account as the API answered after an action, put in its row without asking for the page again. */
  protected replace(updated: AdminUser): void {
    this.people.update(
      (page) => page && { ...page, items: page.items.map((person) => (person.id === updated.id ? updated : person)) },
    );
  }

  protected async create(): Promise<void> {
    const created = await openCreatePerson(this.dialog);
    if (!created) return;
    const t = this.i18n.t();
    this.snackBar.open(
      fill(t.admin.create.done, { name: created.fullName, role: t.accounts.roles[created.role] }),
      undefined,
      { duration: 5000 },
    );
    // Show the new person at once: searched by their e-mail, with their panel open.
    if (this.filter().q === created.email && !this.filter().role && this.pageNumber() === 1) this.people.reload();
    else this.navigate({ q: created.email, role: null, page: null });
    this.selectedId.set(created.id);
  }

  // Another view of the list closes the panel; the person may not be in it.
  private navigate(queryParams: Params): void {
    this.selectedId.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
