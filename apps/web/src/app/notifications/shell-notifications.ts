import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NotificationBell, NotificationsStore } from '@kbdm/notifications/web-data-access';

/**
 * The bell in the toolbar, wired to the signed-in person's notifications. Loaded deferred with
 * the account menu, so neither the store nor the menu's code is in the first download.
 */
@Component({
  selector: 'kbdm-shell-notifications',
  imports: [NotificationBell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<kbdm-notification-bell
    [notifications]="store.latest()"
    [unread]="store.unread()"
    (opened)="store.refresh()"
    (selected)="store.markRead($event)"
    (markAllRead)="store.markAllRead()"
  />`,
})
export class ShellNotifications {
  protected readonly store = inject(NotificationsStore);
}
