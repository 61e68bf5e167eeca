import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import type { Notification } from '@kbdm/notifications/domain';
import { fill, formatNumber, I18n, LocalDateTimePipe } from '@kbdm/shared/web-core';
import { notificationText } from './notification-text';

type BellItem = { notification: Notification; text: string; link: UrlTree | null; unread: boolean };

/**
 * The toolbar's bell: an icon button with the unread count as a badge (and in its name, which
 * screen readers read), opening a menu of the newest notifications in the interface language,
 * each a link to what it is about, and "mark all read". Inputs in, outputs out.
 */
@Component({
  selector: 'kbdm-notification-bell',
  imports: [LocalDateTimePipe, MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = i18n.t().notifications;
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label()"
      [matBadge]="badge()"
      [matBadgeHidden]="unread() === 0"
      matBadgeSize="small"
      (menuOpened)="opened.emit()"
      data-testid="notification-bell"
    >
      <mat-icon aria-hidden="true">
        <svg viewBox="0 0 24 24" focusable="false">
          <path
            d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
          />
        </svg>
      </mat-icon>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <p class="heading">{{ t.heading }}</p>
      @for (item of items(); track item.notification.id) {
        <a
          mat-menu-item
          class="item"
          [class.unread]="item.unread"
          [routerLink]="item.link"
          (click)="selected.emit(item.notification)"
          data-testid="notification"
        >
          <span class="text">{{ item.text }}</span>
          <span class="when"
            >{{ item.notification.createdAt | localDateTime: i18n.lang() }}
            @if (item.unread) {
              · {{ t.unread }}
            }
          </span>
        </a>
      } @empty {
        <p class="none" data-testid="notifications-none">{{ t.none }}</p>
      }
      @if (unread() > 0) {
        <button mat-menu-item type="button" (click)="markAllRead.emit()" data-testid="notifications-mark-all">
          {{ t.markAllRead }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    mat-icon svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
    .heading {
      margin: 0;
      padding: 8px 16px 4px;
      font: var(--mat-sys-title-small);
    }
    .none {
      margin: 0;
      padding: 8px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .item {
      height: auto;
      min-height: 56px;
      padding-block: 8px;
      white-space: normal;
      line-height: 1.3;
    }
    .text,
    .when {
      display: block;
    }
    .unread .text {
      font-weight: 600;
    }
    .when {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationBell {
  protected readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  readonly notifications = input.required<readonly Notification[]>();
  readonly unread = input.required<number>();
  /** The menu was opened: a good moment to ask for the newest. */
  readonly opened = output();
  /** A notification was followed (to mark it read). */
  readonly selected = output<Notification>();
  readonly markAllRead = output();

  protected readonly badge = computed(() =>
    this.unread() > 99 ? '99+' : formatNumber(this.unread(), this.i18n.lang()),
  );
  protected readonly label = computed(() => {
    const t = this.i18n.t().notifications;
    return this.unread() > 0 ? fill(t.labelUnread, { count: formatNumber(this.unread(), this.i18n.lang()) }) : t.label;
  });
  protected readonly items = computed<BellItem[]>(() => {
    const t = this.i18n.t();
    return this.notifications().map((notification) => ({
      notification,
      text: notificationText(notification, t),
      // Only a path of this portal: a link elsewhere would make the bell an open redirect.
      link: /^\/(?![/\\])/.test(notification.link) ? this.router.parseUrl(notification.link) : null,
      unread: notification.readAt === null,
    }));
  });
}
