import { Global, Logger, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { mailConfig, type MailConfig } from '@kbdm/api/core-config';
import { MailTransport } from './mail-transport';
import { OutboxMailTransport } from './outbox-mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

/** The transport named by `MAIL_TRANSPORT`. */
export function createMailTransport(config: MailConfig): MailTransport {
  switch (config.transport) {
    case 'outbox':
      new Logger('Mail').log(`E-mail is written to ${config.outboxDir}, not sent (MAIL_TRANSPORT=smtp sends it).`);
      return new OutboxMailTransport({ dir: config.outboxDir, from: config.from });
    case 'smtp':
      // validateEnvironment has refused the smtp transport without SMTP_URL.
      return new SmtpMailTransport({ url: config.smtpUrl!, from: config.from });
  }
}

/** `MailTransport` for every module, by configuration. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(mailConfig)],
  providers: [{ provide: MailTransport, inject: [mailConfig.KEY], useFactory: createMailTransport }],
  exports: [MailTransport],
})
export class CoreMailModule {}
