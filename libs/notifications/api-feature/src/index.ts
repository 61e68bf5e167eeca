export { NotificationsModule } from './lib/notifications.module';
export { Notifier } from './lib/notifier';
export type { Recipient } from './lib/notifier';
export { MAX_MAIL_ATTEMPTS, MailDispatcher, retryDelayMs } from './lib/mail-dispatcher';
export { notificationMail } from './lib/notification-text';
