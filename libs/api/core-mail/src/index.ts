export { MailTransport } from './lib/mail-transport';
export type { MailMessage } from './lib/mail-transport';
export { OutboxMailTransport, readOutbox } from './lib/outbox-mail-transport';
export type { OutboxMessage } from './lib/outbox-mail-transport';
export { SmtpMailTransport } from './lib/smtp-mail-transport';
export { CoreMailModule, createMailTransport } from './lib/core-mail.module';
