/** In-app notifications' contract, shared by the API and the web app. */
export { NOTIFICATION_KINDS, notificationPath } from './lib/notification';
export type { Notification, NotificationKind, NotificationPage, NotificationParams } from './lib/notification';
