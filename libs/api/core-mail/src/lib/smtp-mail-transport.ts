import type { OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { type MailMessage, MailTransport } from './mail-transport';
import { formatMailbox, parseMailbox } from './mime';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Sends each message through an SMTP server with nodemailer: `smtps://…:465` starts with TLS,
 * `smtp://user:pass@host:587` must upgrade with STARTTLS before it authenticates or sends, unless
 * the server is on this machine or the URL says `?requireTLS=false` (a relay on a private network).
 * The URL carries the password, so it is never logged and never part of an error this class makes.
 */
export class SmtpMailTransport extends MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;
  private readonly from: string;

  constructor(options: { url: string; from: string }) {
    super();
    this.from = formatMailbox(parseMailbox(options.from));
    this.transporter = createTransport({
      url: options.url,
      // Options in the URL's query (`?requireTLS=false`) take precedence over these.
      requireTLS: !LOOPBACK_HOSTS.has(new URL(options.url).hostname),
      // A server that does not answer fails the send within seconds, not nodemailer's minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const info = await this.transporter.sendMail({
      from: this.from,
      to: formatMailbox(parseMailbox(message.to)),
      subject: message.subject,
      text: message.text,
      ...(message.html === undefined ? {} : { html: message.html }),
    });
    return { messageId: info.messageId };
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
