import { registerAs } from '@nestjs/config';
import { join, resolve } from 'node:path';
import { validateEnvironment } from './environment';

/** How e-mail leaves the API: written to the outbox folder (development, the default) or sent over SMTP. */
export type MailTransportKind = 'outbox' | 'smtp';

export type MailConfig = {
  transport: MailTransportKind;
  /** The SMTP server with its credentials; null with the outbox. Never logged. */
  smtpUrl: string | null;
  /** The `From` of every message: an address, alone or as `Name <address>`. */
  from: string;
  /** The outbox transport's folder of `.eml` files. */
  outboxDir: string;
};

export const DEFAULT_MAIL_FROM = 'Karaganda Business Map <no-reply@kbdm.local>';

/** True for an `smtp://` or `smtps://` URL that names a host. */
export function isSmtpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const ADDRESS = '[^\\s<>@"]+@[^\\s<>@"]+';
const BARE_ADDRESS = new RegExp(`^${ADDRESS}$`);
const NAMED_ADDRESS = new RegExp(`^[^<>\\r\\n]*<${ADDRESS}>$`);

/** True for `address` or `Name <address>` on one line (a line break would let it add headers). */
export function isMailFrom(value: string): boolean {
  const trimmed = value.trim();
  return !/[\r\n]/.test(value) && (BARE_ADDRESS.test(trimmed) || NAMED_ADDRESS.test(trimmed));
}

export const mailConfig = registerAs('mail', (): MailConfig => {
  const env = validateEnvironment(process.env);
  const transport = env.MAIL_TRANSPORT ?? 'outbox';
  return {
    transport,
    // validateEnvironment has required SMTP_URL with the smtp transport.
    smtpUrl: transport === 'smtp' ? env.SMTP_URL! : null,
    from: env.MAIL_FROM?.trim() ?? DEFAULT_MAIL_FROM,
    outboxDir: env.MAIL_OUTBOX_DIR ? resolve(env.MAIL_OUTBOX_DIR) : join(resolve(env.DATA_DIR ?? 'data'), 'outbox'),
  };
});
