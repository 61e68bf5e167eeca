/** One e-mail to one person: plain text always, HTML as an alternative when there is one. */
export type MailMessage = {
  /** An address, alone or as `Name <address>`. */
  to: string;
  subject: string;
  text: string;
  html?: string;
};

/** How e-mail leaves the API, and the injection token for it: the outbox folder or an SMTP server. */
export abstract class MailTransport {
  /** Hands the message on; resolves with its `Message-ID` (angle brackets included). */
  abstract send(message: MailMessage): Promise<{ messageId: string }>;
}
