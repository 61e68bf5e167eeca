import { computed, DestroyRef, DOCUMENT, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { AuthStore } from '@kbdm/accounts/web-data-access';
import type { Notification, NotificationPage } from '@kbdm/notifications/domain';
import { filter, firstValueFrom, type Subscription } from 'rxjs';
import { NotificationsClient } from './notifications-client';

/** How often the bell asks again while the tab is in view. */
export const NOTIFICATIONS_REFRESH_MS = 60_000;
/** How many of the newest notifications the bell lists. */
export const BELL_PAGE_SIZE = 10;

/**
 * The signed-in person's newest notifications and the unread count, as signals. Asks the API
 * when someone signs in, after each navigation and every minute while the tab is visible (a
 * hidden tab asks nothing, and asks at once when it is shown again); signing out stops it all
 * and forgets what was shown.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly client = inject(NotificationsClient);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  private readonly page = signal<NotificationPage | null>(null);
  readonly latest = computed<readonly Notification[]>(() => this.page()?.items ?? []);
  readonly unread = computed(() => this.page()?.unread ?? 0);

  private readonly visible = signal(true);
  private asking: Subscription | null = null;

  constructor() {
    // Signals and plain timers rather than rxjs's fromEvent and timer, which would join the first download.
    const onVisibility = () => this.visible.set(this.document.visibilityState !== 'hidden');
    onVisibility();
    this.document.addEventListener('visibilitychange', onVisibility);
    inject(DestroyRef).onDestroy(() => this.document.removeEventListener('visibilitychange', onVisibility));

    // Signed in and in view: ask now and every minute; anything else stops the clock.
    effect((onCleanup) => {
      if (!this.auth.signedIn()) {
        untracked(() => this.forget());
        return;
      }
      if (!this.visible()) return;
      untracked(() => this.refresh());
      const clock = setInterval(() => this.refresh(), NOTIFICATIONS_REFRESH_MS);
      onCleanup(() => clearInterval(clock));
    });
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (untracked(this.auth.signedIn)) this.refresh();
      });
  }

  /** Asks again now (the bell was opened, the page changed); a newer question replaces the one on its way. */
  refresh(): void {
    if (!this.auth.signedIn()) return;
    this.asking?.unsubscribe();
    this.asking = this.client.list({ pageSize: BELL_PAGE_SIZE }).subscribe({
      next: (page) => this.page.set(page),
      // A failure waits for the next reason to ask.
      error: () => undefined,
    });
  }

  /** Marks one read at once on screen, then tells the API; the next answer corrects a failure. */
  async markRead(notification: Notification): Promise<void> {
    if (notification.readAt) return;
    const now = new Date().toISOString();
    this.page.update(
      (page) =>
        page && {
          ...page,
          unread: Math.max(0, page.unread - 1),
          items: page.items.map((item) => (item.id === notification.id ? { ...item, readAt: now } : item)),
        },
    );
    try {
      await firstValueFrom(this.client.markRead(notification.id), { defaultValue: undefined });
    } catch {
      this.refresh();
    }
  }

  async markAllRead(): Promise<void> {
    const now = new Date().toISOString();
    this.page.update(
      (page) =>
        page && { ...page, unread: 0, items: page.items.map((item) => ({ ...item, readAt: item.readAt ?? now })) },
    );
    try {
      await firstValueFrom(this.client.markAllRead(), { defaultValue: undefined });
    } catch {
      this.refresh();
    }
  }

  private forget(): void {
    this.asking?.unsubscribe();
    this.asking = null;
    this.page.set(null);
  }
}
