import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ApplicationEvent } from '@kbdm/applications/domain';
import { fill, I18n, injectStrings, LocalDateTimePipe } from '@kbdm/shared/web-core';
import { APPLICATION_STRINGS } from './application-strings';
import { personWithRole } from './person-name';

type TimelineEntry = {
  id: string;
  at: string;
  what: string;
  move: string | null;
  who: string;
  assignment: string | null;
  reason: string | null;
};

/** The application's history, oldest first: who did what and when, the move from → to, the reason. */
@Component({
  selector: 'kbdm-application-timeline',
  imports: [LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = strings();
    <h2 id="application-history-heading">{{ s.history.heading }}</h2>
    <ol class="timeline" aria-labelledby="application-history-heading" data-testid="timeline">
      @for (entry of entries(); track entry.id) {
        <li data-testid="timeline-entry">
          <p class="what">
            <strong>{{ entry.what }}</strong>
            @if (entry.move) {
              <span class="move">{{ entry.move }}</span>
            }
          </p>
          <p class="who">
            <time [attr.datetime]="entry.at">{{ entry.at | localDateTime: i18n.lang() }}</time> · {{ entry.who }}
          </p>
          @if (entry.assignment) {
            <p>{{ entry.assignment }}</p>
          }
          @if (entry.reason) {
            <p class="reason">
              <span class="label">{{ s.history.reason }}:</span> {{ entry.reason }}
            </p>
          }
        </li>
      } @empty {
        <li>{{ s.history.empty }}</li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 16px;
      border-inline-start: 2px solid var(--mat-sys-outline-variant);
    }
    li {
      position: relative;
      padding-block: 4px 12px;
    }
    li::before {
      content: '';
      position: absolute;
      inset-inline-start: -23px;
      top: 10px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    p {
      margin: 0 0 2px;
    }
    .move {
      margin-inline-start: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .who {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .reason {
      margin-top: 4px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
      white-space: pre-line;
    }
    .label {
      font-weight: 500;
    }
  `,
})
export class ApplicationTimeline {
  protected readonly i18n = inject(I18n);
  protected readonly strings = injectStrings(APPLICATION_STRINGS);
  readonly events = input.required<readonly ApplicationEvent[]>();

  protected readonly entries = computed<TimelineEntry[]>(() => {
    const s = this.strings();
    const t = this.i18n.t();
    return [...this.events()]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((event) => ({
        id: event.id,
        at: event.at,
        what: s.history.actions[event.action],
        move:
          event.from && event.from !== event.to
            ? fill(s.history.fromTo, {
                from: t.applications.status[event.from],
                to: t.applications.status[event.to],
              })
            : null,
        who: personWithRole(event.actor, t),
        assignment:
          event.action === 'assigned'
            ? event.assignee
              ? fill(s.history.assignedTo, { name: event.assignee.fullName })
              : s.history.released
            : null,
        reason: event.reason,
      }));
  });
}
