import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  ADMIN_CATALOGUES,
  type AdminCatalogue,
  IMPORT_DEFAULT_LIMITS,
  IMPORT_ROW_ACTIONS,
  type ImportJob,
} from '@kbdm/catalogue/domain';
import { CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
import { DEFAULT_PAGE_SIZE, type ProblemDetails } from '@kbdm/shared/domain';
import { fill, formatNumber, I18n, injectStrings, LocalDateTimePipe, toProblem } from '@kbdm/shared/web-core';
import type { Subscription } from 'rxjs';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS, IMPORT_COLUMN_GROUPS } from '../catalogue-admin.strings';
import { isAdminCatalogue } from '../items/admin-catalogue';

const ACCEPTED = ['.csv', '.xlsx'];
const MEGABYTE = 1024 * 1024;

/**
 * `/admin/imports`: the upload of a spreadsheet (the catalogue, first the one `?catalogue=` names,
 * and a .csv or .xlsx file checked for its type and size before it is sent), the columns the
 * chosen catalogue's file may have with its template, and the earlier imports.
 */
@Component({
  selector: 'kbdm-import-upload-page',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-upload-page.html',
  styleUrl: './import-upload-page.scss',
})
export class ImportUploadPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  private readonly router = inject(Router);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the query string: the catalogue chosen first, and the page of earlier imports. */
  readonly catalogue = input<string>();
  readonly page = input<string>();

  protected readonly paths = ADMIN_PATHS;
  protected readonly catalogues = ADMIN_CATALOGUES;
  protected readonly accept = ACCEPTED.join(',');
  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly columns = ['when', 'catalogue', 'fileName', 'status', 'rows', 'who'];

  protected readonly chosen = linkedSignal<AdminCatalogue>(() => {
    const named = this.catalogue();
    return isAdminCatalogue(named) ? named : 'opportunities';
  });
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  /** The share sent while the file uploads, else null. */
  protected readonly uploading = signal<number | null>(null);
  protected readonly uploadProblem = signal<ProblemDetails | null>(null);
  private upload: Subscription | null = null;

  protected readonly fileHint = computed(() => {
    const lang = this.i18n.lang();
    return fill(this.strings().imports.fileHint, {
      size: this.megabytes(IMPORT_DEFAULT_LIMITS.maxBytes),
      rows: formatNumber(IMPORT_DEFAULT_LIMITS.maxRows, lang),
    });
  });
  protected readonly fileSize = computed(() => {
    const file = this.file();
    return file ? this.megabytes(file.size) : '';
  });
  protected readonly uploadingText = computed(() =>
    fill(this.strings().imports.uploading, { percent: formatNumber(this.uploading() ?? 0, this.i18n.lang()) }),
  );
  protected readonly templateUrl = computed(() => this.client.templateUrl(this.chosen()));
  /** The chosen catalogue's columns, each group with what it holds. */
  protected readonly columnGroups = computed(() => {
    const help = this.strings().imports.columnHelp;
    return IMPORT_COLUMN_GROUPS[this.chosen()].map((group) => ({ ...group, help: help[group.key] }));
  });

  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });
  protected readonly earlier = rxResource({
    params: () => this.pageNumber(),
    stream: ({ params }) => this.client.imports({ page: params, pageSize: DEFAULT_PAGE_SIZE }),
  });
  protected readonly jobs = computed<ImportJob[]>(() => (this.earlier.hasValue() ? this.earlier.value().items : []));
  protected readonly total = computed(() => (this.earlier.hasValue() ? this.earlier.value().total : 0));
  protected readonly earlierProblem = computed(() =>
    this.earlier.status() === 'error' ? toProblem(this.earlier.error()) : null,
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  protected pick(event: Event): void {
    const chosen = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.uploadProblem.set(null);
    this.file.set(chosen);
    this.fileError.set(chosen ? this.check(chosen) : null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.uploading() !== null) return;
    const file = this.file();
    const s = this.strings().imports;
    if (!file) {
      this.fileError.set(s.fileRequired);
      return;
    }
    const error = this.check(file);
    this.fileError.set(error);
    if (error) return;
    this.uploadProblem.set(null);
    this.uploading.set(0);
    this.upload = this.client.upload(this.chosen(), file).subscribe({
      next: (progress) => {
        if (progress.kind === 'progress') this.uploading.set(progress.percent);
        else void this.router.navigate([ADMIN_PATHS.imports, progress.job.id]);
      },
      error: (failure: unknown) => {
        this.uploading.set(null);
        this.uploadProblem.set(toProblem(failure));
      },
      complete: () => this.uploading.set(null),
    });
  }

  /** What the refusal means, in the interface language: 413 too big, 415 wrong type, 400 the file itself. */
  protected refusal(problem: ProblemDetails): string {
    const s = this.strings().imports;
    const c = this.strings().common;
    switch (problem.status) {
      case 413:
        return s.tooLarge;
      case 415:
        return s.unsupported;
      case 403:
        return c.forbidden;
      default:
        return s.badFile;
    }
  }

  protected catalogueName(job: ImportJob): string {
    return this.strings().catalogues[job.catalogue]?.name ?? job.catalogue;
  }

  protected statusWords(job: ImportJob): string {
    return this.strings().job.statuses[job.status];
  }

  /** The counts that are not zero, with their words: `New 3 · With errors 1`. */
  protected countsLine(job: ImportJob): string {
    const words = this.strings().job.actions;
    const lang = this.i18n.lang();
    return IMPORT_ROW_ACTIONS.filter((action) => job.counts[action] > 0)
      .map((action) => `${words[action]} ${formatNumber(job.counts[action], lang)}`)
      .join(' · ');
  }

  protected turn(event: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { page: event.pageIndex > 0 ? event.pageIndex + 1 : null },
      queryParamsHandling: 'merge',
    });
  }

  private check(file: File): string | null {
    const s = this.strings().imports;
    const name = file.name.toLowerCase();
    if (!ACCEPTED.some((extension) => name.endsWith(extension))) return s.wrongType;
    if (file.size > IMPORT_DEFAULT_LIMITS.maxBytes) {
      return fill(s.tooBig, {
        size: this.megabytes(file.size),
        limit: this.megabytes(IMPORT_DEFAULT_LIMITS.maxBytes),
      });
    }
    return null;
  }

  private megabytes(bytes: number): string {
    const size = formatNumber(bytes / MEGABYTE, this.i18n.lang(), bytes < MEGABYTE ? 2 : 1);
    return fill(this.strings().imports.megabytes, { size });
  }
}
