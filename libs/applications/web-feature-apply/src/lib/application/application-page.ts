import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { FormAlert } from '@kbdm/accounts/web-feature-auth';
import { amountLimits, type FormContext, isEditableByApplicant } from '@kbdm/applications/domain';
import {
  APPLICATION_STRINGS,
  ApplicationAnswers,
  ApplicationStore,
  ApplicationTimeline,
  askReason,
  DeadlineNote,
  DocumentList,
  errorPlace,
  FILED_ON_EGOV,
  fieldErrorText,
  MessageThread,
  type Outcome,
  StatusChip,
  targetPath,
} from '@kbdm/applications/web-data-access';
import { ProgrammeClient } from '@kbdm/catalogue/web-data-access';
import type { FieldError } from '@kbdm/shared/domain';
import { fill, formatDate, formatNumber, I18n, injectStrings } from '@kbdm/shared/web-core';
import { APPLY_STRINGS } from '../apply.strings';
import { AnswersForm } from './answers-form';
import { DocumentChecklist } from './document-checklist';

/**
 * `/applications/:id`, the applicant's view of one application. While it is theirs to complete
 * (a draft, or information requested): the form, autosaved, and the documents with their
 * uploads; submit (checked here first with the form's rules, then by the API), or "send answer
 * and resubmit" under the officer's question; nothing to submit where eGov takes the filing.
 * Always: the status, the deadline, the history and the messages; withdraw while it is open.
 */
@Component({
  selector: 'kbdm-application-page',
  imports: [
    AnswersForm,
    ApplicationAnswers,
    ApplicationTimeline,
    DeadlineNote,
    DocumentChecklist,
    DocumentList,
    FormAlert,
    MatButtonModule,
    MatProgressBarModule,
    MessageThread,
    RouterLink,
    StatusChip,
  ],
  providers: [ApplicationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-page.html',
  styleUrl: './application-page.scss',
  host: { '(window:beforeunload)': 'warnUnsaved($event)' },
})
export class ApplicationPage {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ApplicationStore);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly programmes = inject(ProgrammeClient);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly strings = injectStrings(APPLY_STRINGS);
  protected readonly common = injectStrings(APPLICATION_STRINGS);

  /** From the route's `:id`. */
  readonly id = input.required<string>();

  private readonly answersForm = viewChild(AnswersForm);
  protected readonly application = this.store.application;
  protected readonly selfId = computed(() => this.auth.user()?.id ?? null);
  protected readonly isApplicant = computed(() => this.application()?.applicant.id === this.selfId());
  protected readonly editable = computed(() => {
    const application = this.application();
    return !!application && this.isApplicant() && isEditableByApplicant(application.status);
  });
  protected readonly onEgov = computed(() => this.application()?.filingChannel === 'egov');
  protected readonly canSubmit = computed(() => {
    const application = this.application();
    return !!application && application.status === 'draft' && !this.onEgov() && application.actions.includes('submit');
  });
  protected readonly canResubmit = computed(() => this.application()?.actions.includes('resubmit') ?? false);
  protected readonly canWithdraw = computed(() => this.application()?.actions.includes('withdraw') ?? false);
  protected readonly targetLink = computed(() => {
    const application = this.application();
    return application ? targetPath(application.target) : null;
  });

  /** The officer's question while the application waits for the applicant's answer. */
  protected readonly question = computed(() => {
    const application = this.application();
    if (application?.status !== 'information_requested') return null;
    const asked = [...application.events]
      .filter((event) => event.action === 'request_information')
      .sort((a, b) => b.at.localeCompare(a.at))[0];
    return asked ? { text: asked.reason ?? '', by: asked.actor.fullName, at: asked.at } : null;
  });

  /** A programme's amount limits make the requested amount a question, checked against them. */
  // A computed, so that a new copy of the application (each save answers one) asks nothing again.
  private readonly programmeId = computed(() => {
    const application = this.application();
    return application?.target.kind === 'programme' && this.editable() ? application.target.id : undefined;
  });
  private readonly programme = rxResource({
    params: () => this.programmeId(),
    stream: ({ params }) =>
      this.programmes.get(
        params,
        untracked(() => this.i18n.lang()),
      ),
  });
  protected readonly amount = computed<FormContext['amount']>(() => {
    if (this.application()?.target.kind !== 'programme' || !this.programme.hasValue()) return undefined;
    return amountLimits(this.programme.value().currentVersion);
  });

  protected readonly errorLines = signal<string[]>([]);
  protected readonly documentErrors = signal<ReadonlyMap<number, string>>(new Map());
  protected readonly notice = signal<string | null>(null);
  protected readonly egovRefused = signal(false);
  protected readonly egovReady = signal(false);
  protected readonly downloading = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    // A notification links staff here too: they review on their own page.
    effect(() => {
      const application = this.application();
      const role = this.auth.role();
      if (application && !this.isApplicant() && (role === 'officer' || role === 'admin')) {
        untracked(() => void this.router.navigate(['/officer/applications', application.id], { replaceUrl: true }));
      }
    });
  }

  protected questionFacts(at: string, by: string): string {
    return `${by}, ${formatDate(at, this.i18n.lang())}`;
  }

  protected async submit(): Promise<void> {
    if (!this.checkHere()) return;
    const outcome = await this.store.submit();
    this.after(outcome, fill(this.strings().page.submitted, { reference: this.application()?.reference ?? '' }));
  }

  /** On eGov nothing is submitted here: the check tells whether the prepared file is complete. */
  protected checkForEgov(): void {
    this.egovReady.set(this.checkHere());
    if (this.egovReady()) void this.announcer.announce(this.strings().page.egovReady, 'polite');
  }

  protected async resubmit(): Promise<void> {
    if (!this.checkHere()) return;
    const s = this.strings().page;
    const answer = await askReason(this.dialog, {
      title: s.resubmitTitle,
      text: s.resubmitText,
      confirm: s.resubmit,
      required: true,
      reasonLabel: s.answerLabel,
    });
    if (answer === undefined) return;
    this.after(await this.store.act('resubmit', answer), s.resubmitted);
  }

  protected async withdraw(): Promise<void> {
    const s = this.strings().page;
    const reason = await askReason(this.dialog, {
      title: s.withdrawTitle,
      text: s.withdrawText,
      confirm: s.withdrawConfirm,
      required: false,
    });
    if (reason === undefined) return;
    this.after(await this.store.act('withdraw', reason), s.withdrawn);
  }

  protected async download(document: Parameters<ApplicationStore['downloadDocument']>[0]): Promise<void> {
    this.downloading.set(document.id);
    const outcome = await this.store.downloadDocument(document);
    this.downloading.set(null);
    if (!outcome.ok) this.errorLines.set([this.common().documents.downloadFailed]);
  }

  protected warnUnsaved(event: BeforeUnloadEvent): void {
    if (this.store.hasUnsavedChanges()) event.preventDefault();
  }

  /** The form's rules run here first; false (with the errors beside their fields) when something is wrong or missing. */
  private checkHere(): boolean {
    this.errorLines.set([]);
    this.notice.set(null);
    this.documentErrors.set(new Map());
    const form = this.answersForm();
    const errors = form?.check() ?? [];
    if (!errors.length) return true;
    this.errorLines.set([
      fill(this.strings().page.needsAttention, { count: formatNumber(errors.length, this.i18n.lang()) }),
    ]);
    form?.focusFirstError();
    return false;
  }

  private after(outcome: Outcome, done: string): void {
    if (outcome.ok) {
      this.errorLines.set([]);
      this.snackBar.open(done, this.strings().page.close, { duration: 8000 });
      return;
    }
    const { problem } = outcome;
    if (outcome.conflict) {
      this.notice.set(this.strings().page.conflict);
      return;
    }
    if (problem.code === FILED_ON_EGOV) {
      this.egovRefused.set(true);
      return;
    }
    const unplaced = this.placeErrors(problem.errors ?? []);
    const lines = [this.strings().page.failed];
    if (!problem.errors?.length || unplaced.length) lines.push(problem.detail ?? problem.title);
    for (const error of unplaced) lines.push(`${error.field}: ${error.message}`);
    this.errorLines.set(lines);
    this.answersForm()?.focusFirstError();
  }

  /** The API's field errors beside their fields and document requirements; gives back the rest. */
  private placeErrors(errors: readonly FieldError[]): FieldError[] {
    const rest = this.answersForm()?.showServerErrors(errors) ?? [...errors];
    const documents = new Map<number, string>();
    const unplaced: FieldError[] = [];
    for (const error of rest) {
      const where = errorPlace(error.field);
      if (where.kind === 'document') documents.set(where.index, fieldErrorText(error, this.common(), this.i18n.lang()));
      else unplaced.push(error);
    }
    this.documentErrors.set(documents);
    return unplaced;
  }
}
