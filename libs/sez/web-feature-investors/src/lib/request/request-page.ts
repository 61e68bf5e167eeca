import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import {
  INVESTOR_REQUEST_LIMITS as LIMITS,
  type InvestorRequest,
  type InvestorRequestAction,
  type InvestorRequestEvent,
  UTILITIES,
} from '@kbdm/sez/domain';
import { InvestorRequestsClient, SezSlotClient } from '@kbdm/sez/web-data-access';
import { CapacityBars } from '@kbdm/sez/web-ui';
import type { ProblemDetails } from '@kbdm/shared/domain';
import {
  formatMoney,
  formatNumber,
  I18n,
  injectStrings,
  LocalDatePipe,
  LocalDateTimePipe,
  toProblem,
} from '@kbdm/shared/web-core';
import { firstValueFrom } from 'rxjs';
import { INVESTOR_STRINGS } from '../investors.strings';

/** The moves an officer is asked "why?" for. */
const NEEDS_REASON: readonly InvestorRequestAction[] = ['release', 'decline'];
/** The moves that set how long a hold lasts. */
const TAKES_DAYS: readonly InvestorRequestAction[] = ['hold', 'extend'];
/** Ended without a deal: the thread is closed (as the API keeps it). */
const THREAD_CLOSED = ['released', 'expired', 'withdrawn', 'declined'];

/**
 * One reservation or expression of interest, for its investor (`/investors/requests/:id`) and
 * for the zone's officers (`/officer/investor-requests/:id`): the facts, the plot's capacity now,
 * the moves the caller may make (as the API lists them), the history and the message thread.
 */
@Component({
  selector: 'kbdm-investor-request-page',
  imports: [
    CapacityBars,
    LocalDatePipe,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-page.html',
  styleUrl: './request-page.scss',
})
export class InvestorRequestPage {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(InvestorRequestsClient);
  private readonly slots = inject(SezSlotClient);
  protected readonly strings = injectStrings(INVESTOR_STRINGS);
  private readonly auth = inject(AuthStore);
  private readonly routeData = inject(ActivatedRoute).snapshot.data;
  /** The officers' view (their route, or a notification's link opened by an officer): back to the queue, the investor shown. */
  protected readonly officerView =
    this.routeData['officer'] === true || ['officer', 'admin'].includes(this.auth.role() ?? '');

  /** From the route's `:id`. */
  readonly id = input.required<string>();

  protected readonly request = rxResource({
    params: () => ({ id: this.id(), lang: this.i18n.lang() }),
    stream: ({ params }) => this.client.get(params.id, params.lang),
  });
  protected readonly item = computed(() => (this.request.hasValue() ? this.request.value() : null));
  protected readonly loadProblem = computed(() =>
    this.request.status() === 'error' ? toProblem(this.request.error()) : null,
  );
  /** The plot's capacity, read again after every move (a move can give capacity back). */
  protected readonly slot = rxResource({
    params: () => {
      const item = this.item();
      return item?.target.kind === 'sez_slot'
        ? { id: item.target.id, lang: this.i18n.lang(), status: item.status }
        : undefined;
    },
    stream: ({ params }) => this.slots.get(params.id, params.lang),
  });
  protected readonly slotUtilities = computed(() => (this.slot.hasValue() ? (this.slot.value()?.utilities ?? []) : []));

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(LIMITS.message)],
  });
  protected readonly days = new FormControl<number | null>(null, [Validators.min(1), Validators.max(365)]);
  protected readonly acting = signal(false);
  protected readonly actProblem = signal<ProblemDetails | null>(null);
  protected readonly reasonMissing = signal(false);

  protected readonly thread = rxResource({
    params: () => {
      const item = this.item();
      return item ? { id: item.id, status: item.status } : undefined;
    },
    stream: ({ params }) => this.client.messages(params.id),
  });
  protected readonly messages = computed(() => (this.thread.hasValue() ? (this.thread.value() ?? []) : []));
  protected readonly body = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(LIMITS.message)],
  });
  protected readonly sending = signal(false);
  protected readonly sendProblem = signal<ProblemDetails | null>(null);
  protected readonly selfId = computed(() => this.auth.user()?.id ?? null);
  protected readonly threadOpen = computed(() => {
    const item = this.item();
    return item !== null && !THREAD_CLOSED.includes(item.status);
  });

  protected readonly facts = computed(() => {
    const item = this.item();
    if (!item) return [];
    const units = this.i18n.t().catalogue.utilityUnits as Record<string, string>;
    const unitOf: Record<string, string> = {
      power: 'MW',
      water: 'm3/day',
      sewerage: 'm3/day',
      heat: 'Gcal/h',
      gas: 'm3/h',
    };
    return UTILITIES.filter((u) => item.utilities[u] > 0).map((u) => ({
      label: this.i18n.t().catalogue.utility[u],
      value: `${formatNumber(item.utilities[u], this.i18n.lang())} ${units[unitOf[u]] ?? unitOf[u]}`,
    }));
  });

  protected statusLabel(status: string): string {
    return (this.i18n.t().investors.status as Record<string, string>)[status] ?? status;
  }

  protected actionLabel(action: InvestorRequestAction): string {
    return (this.strings().action as Record<string, string>)[action] ?? action;
  }

  protected eventLabel(event: InvestorRequestEvent): string {
    return (this.strings().event as Record<string, string>)[event.action] ?? event.action;
  }

  protected money(value: number): string {
    return formatMoney(value, 'KZT', this.i18n.lang());
  }

  protected needsReason(actions: readonly InvestorRequestAction[]): boolean {
    return actions.some((a) => NEEDS_REASON.includes(a));
  }

  protected takesDays(actions: readonly InvestorRequestAction[]): boolean {
    return actions.some((a) => TAKES_DAYS.includes(a));
  }

  protected async act(item: InvestorRequest, action: InvestorRequestAction): Promise<void> {
    const reason = this.reason.value.trim();
    this.reasonMissing.set(NEEDS_REASON.includes(action) && !reason);
    if (this.reasonMissing() || this.reason.invalid || this.days.invalid || this.acting()) return;
    this.acting.set(true);
    this.actProblem.set(null);
    try {
      const days = TAKES_DAYS.includes(action) && this.days.value ? { days: this.days.value } : {};
      const moved = await firstValueFrom(
        this.client.transition(
          item.id,
          { action, version: item.version, ...(reason ? { reason } : {}), ...days },
          this.i18n.lang(),
        ),
      );
      this.request.set(moved);
      this.reason.reset();
      this.days.reset();
    } catch (error) {
      this.actProblem.set(toProblem(error));
      // Someone else moved it first: show what it is now.
      if (toProblem(error).status === 409) this.request.reload();
    } finally {
      this.acting.set(false);
    }
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const item = this.item();
    const text = this.body.value.trim();
    if (!item || !text || this.body.invalid || this.sending()) return;
    this.sending.set(true);
    this.sendProblem.set(null);
    try {
      const message = await firstValueFrom(this.client.postMessage(item.id, text));
      this.thread.update((messages) => [...(messages ?? []), message]);
      this.body.reset();
    } catch (error) {
      this.sendProblem.set(toProblem(error));
    } finally {
      this.sending.set(false);
    }
  }
}
