import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { type MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  IMPORT_ROW_ACTIONS,
  type ImportJob,
  type ImportMode,
  type ImportPreviewRow,
  type ImportRowAction,
  type ImportRowError,
} from '@kbdm/catalogue/domain';
import { CatalogueAdminClient } from '@kbdm/catalogue/web-data-access';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { fill, formatNumber, I18n, injectStrings, saveBlob, toProblem } from '@kbdm/shared/web-core';
import {
  catchError,
  EMPTY,
  exhaustMap,
  firstValueFrom,
  type Observable,
  Subject,
  switchMap,
  takeWhile,
  timer,
} from 'rxjs';
import { ADMIN_PATHS } from '../catalogue-admin.routes';
import { CATALOGUE_ADMIN_STRINGS } from '../catalogue-admin.strings';
import { ImportCounts } from './import-counts';
import { changingRows, isMeasured, isRunning, previewKnown } from './import-status';

/** How often a running job is asked for again. */
export const IMPORT_POLL_MS = 1000;
const PREVIEW_PAGE_SIZE = 50;

const isAction = (value: unknown): value is ImportRowAction => IMPORT_ROW_ACTIONS.some((action) => action === value);

/**
 * `/admin/imports/:id`: one import as it runs — its status in words and a progress bar, asked
 * for every second while the job moves on by itself — then what the file would do (the counts,
 * the preview by action, the bad rows and their CSV) and the decision: import it whole, only
 * its valid rows, or cancel it. Once done, what was added and updated.
 */
@Component({
  selector: 'kbdm-import-job-page',
  imports: [
    ImportCounts,
    MatButtonModule,
    MatButtonToggleModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-job-page.html',
  styleUrl: './import-job-page.scss',
})
export class ImportJobPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(CatalogueAdminClient);
  private readonly document = inject(DOCUMENT);
  protected readonly strings = injectStrings(CATALOGUE_ADMIN_STRINGS);

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly paths = ADMIN_PATHS;
  protected readonly actions = IMPORT_ROW_ACTIONS;
  protected readonly previewPageSize = PREVIEW_PAGE_SIZE;
  protected readonly previewColumns = ['row', 'code', 'name', 'action', 'changes', 'problems'];
  protected readonly errorColumns = ['row', 'column', 'reason'];

  /** A wrong cell's reason in the reader's language, where the API gave its code. */
  protected reasonOf(error: ImportRowError): string {
    return error.code ? fill(this.strings().job.reasons[error.code], { value: error.value ?? '' }) : error.reason;
  }

  protected readonly job = signal<ImportJob | null>(null);
  protected readonly loadProblem = signal<ProblemDetails | null>(null);
  /** The preview's filter: one action, or every row. */
  protected readonly action = signal<ImportRowAction | null>(null);
  protected readonly previewPage = signal(1);
  protected readonly errorsPage = signal(1);
  /** The request on its way: an apply mode, a cancel or the errors' download. */
  protected readonly acting = signal<ImportMode | 'cancel' | 'download' | null>(null);
  protected readonly actionProblem = signal<string | null>(null);
  private readonly follow = new Subject<string>();

  // Booleans rather than the job: the polls bring a new job object every second.
  private readonly previewReady = computed(() => {
    const job = this.job();
    return job !== null && previewKnown(job);
  });
  private readonly hasInvalid = computed(() => (this.job()?.counts.invalid ?? 0) > 0);

  protected readonly preview = rxResource({
    params: () =>
      this.previewReady() ? { id: this.id(), action: this.action(), page: this.previewPage() } : undefined,
    stream: ({ params }) =>
      this.client.importRows(params.id, {
        action: params.action ?? undefined,
        page: params.page,
        pageSize: PREVIEW_PAGE_SIZE,
      }),
  });
  protected readonly badRows = rxResource({
    params: () => (this.previewReady() && this.hasInvalid() ? { id: this.id(), page: this.errorsPage() } : undefined),
    stream: ({ params }) =>
      this.client.importRows(params.id, { action: 'invalid', page: params.page, pageSize: PREVIEW_PAGE_SIZE }),
  });

  protected readonly previewRows = computed<ImportPreviewRow[]>(() =>
    this.preview.hasValue() ? (this.preview.value()?.items ?? []) : [],
  );
  protected readonly previewTotal = computed(() => (this.preview.hasValue() ? (this.preview.value()?.total ?? 0) : 0));
  protected readonly errorRows = computed<ImportRowError[]>(() =>
    this.badRows.hasValue() ? (this.badRows.value()?.items ?? []).flatMap((row) => row.errors) : [],
  );
  protected readonly badRowsTotal = computed(() => (this.badRows.hasValue() ? (this.badRows.value()?.total ?? 0) : 0));
  protected readonly tablesProblem = computed(() => {
    if (this.preview.status() === 'error') return toProblem(this.preview.error());
    if (this.badRows.status() === 'error') return toProblem(this.badRows.error());
    return null;
  });

  protected readonly title = computed(() => fill(this.strings().job.title, { file: this.job()?.fileName ?? '' }));
  protected readonly running = computed(() => {
    const job = this.job();
    return job !== null && isRunning(job.status);
  });
  protected readonly measured = computed(() => {
    const job = this.job();
    return job !== null && isMeasured(job.status);
  });
  protected readonly percentText = computed(() =>
    fill(this.strings().job.progress, {
      percent: formatNumber(this.job()?.progress.percent ?? 0, this.i18n.lang(), 0),
    }),
  );
  protected readonly rowsRead = computed(() =>
    fill(this.strings().job.rowsRead, { rows: formatNumber(this.job()?.rows ?? 0, this.i18n.lang()) }),
  );
  protected readonly changing = computed(() => {
    const job = this.job();
    return job ? changingRows(job) : 0;
  });
  /** Until it is applied: once queued to apply, the rows are on their way in. */
  protected readonly cancellable = computed(() => {
    const status = this.job()?.status;
    return status === 'queued' || status === 'validating' || status === 'ready';
  });
  protected readonly validOnlyNote = computed(() =>
    fill(this.strings().job.importValidNote, {
      invalid: formatNumber(this.job()?.counts.invalid ?? 0, this.i18n.lang()),
    }),
  );
  protected readonly appliedText = computed(() => {
    const applied = this.job()?.applied;
    const lang = this.i18n.lang();
    return applied
      ? fill(this.strings().job.applied, {
          added: formatNumber(applied.added, lang),
          updated: formatNumber(applied.updated, lang),
        })
      : '';
  });

  protected readonly failureText = computed(() =>
    fill(this.strings().job.failure, { reason: this.job()?.failure ?? '' }),
  );

  constructor() {
    // Every second while the job moves on by itself; a new `follow` (after apply) starts again at once.
    this.follow
      .pipe(
        switchMap((id) =>
          timer(0, IMPORT_POLL_MS).pipe(
            exhaustMap(() => this.client.importJob(id)),
            takeWhile((job) => isRunning(job.status), true),
            catchError((error: unknown) => {
              this.loadProblem.set(toProblem(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((job) => {
        this.loadProblem.set(null);
        this.job.set(job);
      });
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.job.set(null);
        this.follow.next(id);
      });
    });
  }

  protected retry(): void {
    this.loadProblem.set(null);
    this.follow.next(this.id());
  }

  protected actionLabel(action: ImportRowAction): string {
    return this.strings().job.actions[action];
  }

  protected countOf(action: ImportRowAction | 'all'): string {
    const counts = this.job()?.counts;
    if (!counts) return '';
    const count = action === 'all' ? Object.values(counts).reduce((sum, n) => sum + n, 0) : counts[action];
    return formatNumber(count, this.i18n.lang());
  }

  protected chooseAction(change: MatButtonToggleChange): void {
    this.action.set(isAction(change.value) ? change.value : null);
    this.previewPage.set(1);
  }

  protected turnPreview(event: PageEvent): void {
    this.previewPage.set(event.pageIndex + 1);
  }

  protected turnErrors(event: PageEvent): void {
    this.errorsPage.set(event.pageIndex + 1);
  }

  protected async apply(mode: ImportMode): Promise<void> {
    const job = this.job();
    if (!job || this.acting()) return;
    await this.act(mode, () => this.client.applyImport(job.id, mode));
  }

  protected async cancel(): Promise<void> {
    const job = this.job();
    if (!job || this.acting()) return;
    await this.act('cancel', () => this.client.cancelImport(job.id));
  }

  protected async downloadErrors(): Promise<void> {
    const job = this.job();
    if (!job || this.acting()) return;
    this.acting.set('download');
    this.actionProblem.set(null);
    try {
      const csv = await firstValueFrom(this.client.importErrorsCsv(job.id));
      saveBlob(this.document, `${job.fileName.replace(/\.[^.]+$/, '')}-errors.csv`, csv);
    } catch (error) {
      this.actionProblem.set(this.refusal(toProblem(error)));
    } finally {
      this.acting.set(null);
    }
  }

  private async act(what: ImportMode | 'cancel', request: () => Observable<ImportJob>): Promise<void> {
    this.acting.set(what);
    this.actionProblem.set(null);
    try {
      const job = await firstValueFrom(request());
      this.job.set(job);
      if (isRunning(job.status)) this.follow.next(job.id);
    } catch (error) {
      const problem = toProblem(error);
      this.actionProblem.set(this.refusal(problem));
      // The job moved meanwhile (another administrator, the worker): show where it is now.
      if (problem.status === 409) this.follow.next(this.id());
    } finally {
      this.acting.set(null);
    }
  }

  private refusal(problem: ProblemDetails): string {
    const c = this.strings().common;
    if (problem.code === 'import_has_errors') return this.strings().job.hasErrors;
    if (problem.status === 403) return c.forbidden;
    if (problem.status === 404) return c.notFound;
    return `${c.refused} ${problem.detail ?? problem.title}`;
  }
}
