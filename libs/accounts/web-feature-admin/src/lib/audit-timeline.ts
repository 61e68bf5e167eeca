import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { type AuditEventView, ROLES, type Role } from '@kbdm/accounts/domain';
import { AdminUsersClient } from '@kbdm/accounts/web-data-access';
import type { Lang } from '@kbdm/shared/domain';
import { type Dictionary, fill, I18n, toProblem } from '@kbdm/shared/web-core';

/** How many of a person's latest events the panel shows. */
export const RECENT_EVENTS = 10;

/** One event as the timeline shows it. */
type TimelineEntry = { id: string; at: string; when: string; action: string; facts: string[] };

const instantFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An instant with its time of day, in the reader's time zone: events happen at a moment, not on a calendar day. */
function formatInstant(iso: string, lang: Lang): string {
  let format = instantFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    instantFormats.set(lang, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);

/** The facts of an event worth a line: who acted (when not the person), the role change, the reason, the sessions. */
export function eventFacts(event: AuditEventView, selfId: string | null, t: Dictionary): string[] {
  const details = event.details ?? {};
  const facts: string[] = [];
  const { from, to, reason, revokedSessions, via } = details;
  if (isRole(from) && isRole(to)) {
    facts.push(fill(t.admin.history.roleChange, { from: t.accounts.roles[from], to: t.accounts.roles[to] }));
  }
  if (typeof reason === 'string' && reason !== '') facts.push(fill(t.admin.history.reason, { reason }));
  if (typeof revokedSessions === 'number') facts.push(fill(t.admin.history.sessionsEnded, { count: revokedSessions }));
  const { code, fields, fileName, added, updated } = details;
  if (typeof code === 'string') facts.push(fill(t.admin.history.item, { code }));
  if (typeof fields === 'string' && fields !== '') {
    facts.push(fill(t.admin.history.fields, { fields: fields.split(',').join(', ') }));
  }
  if (typeof fileName === 'string') facts.push(fill(t.admin.history.file, { name: fileName }));
  if (typeof added === 'number' && typeof updated === 'number') {
    facts.push(fill(t.admin.history.importResult, { added, updated }));
  }
  const who =
    event.actorId !== null && event.actorId === selfId
      ? t.admin.history.byYou
      : event.actorId !== null && event.actorId !== event.targetId
        ? t.admin.history.byAdministrator
        : event.actorId === null && via === 'command'
          ? t.admin.history.byCommand
          : null;
  if (who) facts.push(fill(t.admin.history.actor, { who }));
  return facts;
}

/** A person's latest audit events, newest first, as a short timeline. */
@Component({
  selector: 'kbdm-audit-timeline',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-timeline.html',
  styleUrl: './audit-timeline.scss',
})
export class AuditTimeline {
  protected readonly i18n = inject(I18n);
  private readonly client = inject(AdminUsersClient);

  readonly personId = input.required<string>();
  /** The signed-in administrator, whose own acts read "you". */
  readonly selfId = input<string | null>(null);
  /** Bumped by the panel after each action, so the new event shows. */
  readonly revision = input(0);

  protected readonly events = rxResource({
    params: () => ({ targetId: this.personId(), revision: this.revision() }),
    stream: ({ params }) => this.client.auditEvents({ targetId: params.targetId, pageSize: RECENT_EVENTS }),
  });
  protected readonly problem = computed(() =>
    this.events.status() === 'error' ? toProblem(this.events.error()) : null,
  );
  protected readonly entries = computed<TimelineEntry[]>(() => {
    if (!this.events.hasValue()) return [];
    const t = this.i18n.t();
    const lang = this.i18n.lang();
    const labels: Record<string, string> = t.admin.actions;
    return this.events.value().items.map((event) => ({
      id: event.id,
      at: event.at,
      when: formatInstant(event.at, lang),
      action: labels[event.action] ?? event.action,
      facts: eventFacts(event, this.selfId(), t),
    }));
  });
}
