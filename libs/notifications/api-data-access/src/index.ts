export { MailOutboxEntity, NotificationEntity } from './lib/notification.entity';
export { NotificationsRepository } from './lib/notifications.repository';
export type { NewNotification } from './lib/notifications.repository';
export { MailOutboxRepository } from './lib/mail-outbox.repository';
export type { DueMail } from './lib/mail-outbox.repository';

/** Every entity of the notifications, for `DatabaseModule.forRoot`. */
export { NOTIFICATIONS_ENTITIES } from './lib/notifications-entities';
