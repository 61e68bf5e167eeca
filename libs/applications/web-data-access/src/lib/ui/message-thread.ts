import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_MESSAGE_LENGTH } from '@kbdm/applications/domain';
import type { ProblemDetails } from '@kbdm/shared/domain';
import { fill, formatNumber, I18n, injectStrings, LocalDateTimePipe, toProblem } from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { ApplicationsClient } from '../applications-client';
import { APPLICATION_STRINGS } from './application-strings';
import { personWithRole } from './person-name';

/**
 * The messages between the applicant and the officers, oldest first, and a box to write one.
 * Closed on a draft: nobody reads it before it is submitted.
 */
@Component({
  selector: 'kbdm-message-thread',
  imports: [LocalDateTimePipe, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings().messages;
    <h2 id="message-thread-heading">{{ s.heading }}</h2>
    @if (!open()) {
      <p class="note" data-testid="messages-closed">{{ s.notOnDraft }}</p>
    } @else {
      @if (thread.isLoading() && !thread.hasValue()) {
        <p role="status">{{ s.loading }}</p>
      } @else if (loadProblem(); as problem) {
        <div role="alert" class="problem">
          <p>{{ s.loadFailed }} {{ problem.detail ?? problem.title }}</p>
          <button mat-stroked-button type="button" (click)="thread.reload()">{{ s.retry }}</button>
        </div>
      } @else {
        <ol class="messages" aria-labelledby="message-thread-heading" data-testid="messages">
          @for (message of messages(); track message.id) {
            <li [class.own]="message.author.id === selfId()" data-testid="message">
              <p class="meta">
                <strong>{{ author(message.author) }}</strong> ·
                <time [attr.datetime]="message.at">{{ message.at | localDateTime: i18n.lang() }}</time>
              </p>
              <p class="body">{{ message.body }}</p>
            </li>
          } @empty {
            <li class="note">{{ s.empty }}</li>
          }
        </ol>
      }
      <form class="compose" (submit)="send($event)" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ s.label }}</mat-label>
          <textarea
            matInput
            rows="3"
            [formControl]="body"
            [attr.maxlength]="maxLength"
            data-testid="message-body"
          ></textarea>
          <mat-hint>{{ hint() }}</mat-hint>
          <mat-error>{{ tooLong() }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="sending()" data-testid="message-send">
            {{ sending() ? s.sending : s.send }}
          </button>
          @if (sendProblem(); as problem) {
            <p role="alert" class="error" data-testid="message-error">
              {{ s.sendFailed }} {{ problem.detail ?? problem.title }}
            </p>
          }
        </div>
      </form>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .messages {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .messages li {
      max-width: 44rem;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
    }
    .messages li.own {
      align-self: flex-end;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .messages li.note {
      background: none;
      padding: 0;
    }
    p {
      margin: 0;
    }
    .meta {
      font: var(--mat-sys-body-small);
      margin-bottom: 2px;
    }
    .body {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .compose mat-form-field {
      width: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .problem,
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class MessageThread {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(ApplicationsClient);
  protected readonly strings = injectStrings(APPLICATION_STRINGS);

  readonly applicationId = input.required<string>();
  /** Whether the thread is open (not on a draft). */
  readonly open = input(true);
  /** The reader's own id: their messages sit on the other side. */
  readonly selfId = input<string | null>(null);
  /** The application's status: a move may have brought a message with it, so the thread is read again. */
  readonly status = input<string | null>(null);

  protected readonly maxLength = MAX_MESSAGE_LENGTH;
  protected readonly thread = rxResource({
    params: () => (this.open() ? { id: this.applicationId(), status: this.status() } : undefined),
    stream: ({ params }) => this.client.messages(params.id),
  });
  protected readonly messages = computed(() => (this.thread.hasValue() ? this.thread.value() : []));
  protected readonly loadProblem = computed(() =>
    this.thread.status() === 'error' ? toProblem(this.thread.error()) : null,
  );
  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(MAX_MESSAGE_LENGTH)],
  });
  protected readonly sending = signal(false);
  protected readonly sendProblem = signal<ProblemDetails | null>(null);
  protected readonly maxLengthText = computed(() => formatNumber(MAX_MESSAGE_LENGTH, this.i18n.lang()));
  protected readonly hint = computed(() => fill(this.strings().messages.hint, { max: this.maxLengthText() }));
  protected readonly tooLong = computed(() => fill(this.strings().reasonDialog.tooLong, { max: this.maxLengthText() }));

  protected author(person: { id: string; fullName: string; role: string }): string {
    const name = personWithRole(person, this.i18n.t());
    return person.id === this.selfId() ? `${name}, ${this.strings().messages.you}` : name;
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.body.value.trim();
    if (!text || this.body.invalid || this.sending()) return;
    this.sending.set(true);
    this.sendProblem.set(null);
    try {
      const message = await firstValueFrom(this.client.postMessage(this.applicationId(), text));
      this.thread.update((messages) => [...(messages ?? []), message]);
      this.body.reset();
    } catch (error) {
      this.sendProblem.set(toProblem(error));
    } finally {
      this.sending.set(false);
    }
  }
}
