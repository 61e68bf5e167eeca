import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import { type ApplicationAction, type ApplicationDocument, TRANSITIONS } from '@kbdm/applications/domain';
import {
  APPLICATION_STRINGS,
  ApplicationAnswers,
  ApplicationStore,
  ApplicationTimeline,
  ASSIGNED_ELSEWHERE,
  askReason,
  DeadlineNote,
  DocumentList,
  MessageThread,
  type Outcome,
  personWithRole,
  StatusChip,
  targetPath,
} from '@kbdm/applications/web-data-access';
import { fill, formatDate, I18n, injectStrings } from '@kbdm/shared/web-core';
import { REVIEW_STRINGS } from '../review.strings';
import { AssignmentPanel } from './assignment-panel';

/**
 * `/officer/applications/:id`: one application for an officer — the answers, the documents, the
 * history and the messages; who has it; and the moves the API offers (`actions`), each asking
 * for its reason first. When someone else acted first (a stale version), the application is
 * read again and the page says so.
 */
@Component({
  selector: 'kbdm-review-page',
  imports: [
    ApplicationAnswers,
    ApplicationTimeline,
    AssignmentPanel,
    DeadlineNote,
    DocumentList,
    MatButtonModule,
    MatProgressBarModule,
    MessageThread,
    RouterLink,
    StatusChip,
  ],
  providers: [ApplicationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  protected readonly i18n = inject(I18n);
  protected readonly store = inject(ApplicationStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(LiveAnnouncer);
  protected readonly strings = injectStrings(REVIEW_STRINGS);
  protected readonly common = injectStrings(APPLICATION_STRINGS);

  /** From the route's `:id`. */
  readonly id = input.required<string>();

  protected readonly application = this.store.application;
  protected readonly selfId = computed(() => this.auth.user()?.id ?? null);
  /** Only the moves the API lists for the caller now; an applicant's own moves are not an officer's to make. */
  protected readonly actions = computed<ApplicationAction[]>(() =>
    (this.application()?.actions ?? []).filter((action) => TRANSITIONS[action].by === 'staff'),
  );
  protected readonly applicant = computed(() => {
    const application = this.application();
    return application ? personWithRole(application.applicant, this.i18n.t()) : '';
  });
  protected readonly submitted = computed(() => {
    const at = this.application()?.submittedAt;
    return at ? fill(this.strings().review.submitted, { date: formatDate(at, this.i18n.lang()) }) : null;
  });
  protected readonly targetLink = computed(() => {
    const application = this.application();
    return application ? targetPath(application.target) : null;
  });

  protected readonly notice = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly downloading = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  /** Asks for the reason (required where the rules say so), then sends the move at the version seen. */
  protected async act(action: ApplicationAction): Promise<void> {
    const text = this.strings().review.actions[action];
    const reason = await askReason(this.dialog, {
      title: text.title,
      text: text.text || undefined,
      confirm: text.button,
      required: TRANSITIONS[action].reasonRequired,
    });
    if (reason === undefined) return;
    this.finish(await this.store.act(action, reason), text.done);
  }

  protected async assign(assigneeId: string | null): Promise<void> {
    const s = this.strings().review;
    const outcome = await this.store.assign(assigneeId);
    const assignee = this.application()?.assignee;
    this.finish(outcome, assignee ? fill(s.assigned, { name: assignee.fullName }) : s.released);
  }

  protected async download(document: ApplicationDocument): Promise<void> {
    this.downloading.set(document.id);
    const outcome = await this.store.downloadDocument(document);
    this.downloading.set(null);
    if (!outcome.ok) this.notice.set(this.common().documents.downloadFailed);
  }

  private finish(outcome: Outcome, done: string): void {
    const s = this.strings().review;
    if (outcome.ok) {
      this.notice.set(null);
      this.status.set(done);
      void this.announcer.announce(done, 'polite');
      return;
    }
    this.status.set(null);
    const { problem } = outcome;
    if (problem.code === ASSIGNED_ELSEWHERE) this.notice.set(s.assignedElsewhere);
    else if (outcome.conflict) this.notice.set(s.conflict);
    else {
      const details = (problem.errors ?? []).map((error) => error.message);
      this.notice.set([s.failed, problem.detail ?? problem.title, ...details].join(' '));
    }
  }
}
