/** Notifications in the browser: the API client, the unread count kept fresh as signals, and the toolbar's bell. */
export { NOTIFICATIONS_PATH, NotificationsClient } from './lib/notifications-client';
export type { NotificationsQuery } from './lib/notifications-client';
export { BELL_PAGE_SIZE, NOTIFICATIONS_REFRESH_MS, NotificationsStore } from './lib/notifications-store';
export { NotificationBell } from './lib/notification-bell';
export { notificationText } from './lib/notification-text';
