import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { validateEnvironment } from '@kbdm/api/core-config';
import { MailTransport } from '@kbdm/api/core-mail';
import { MailOutboxRepository } from '@kbdm/notifications/api-data-access';

/** Attempts before an e-mail is given up (kept in the outbox with its last error). */
export const MAX_MAIL_ATTEMPTS = 8;
/** How long a dispatcher holds a claimed message before another may try it. */
const LEASE_MS = 60_000;
const BATCH = 20;
const INTERVAL_MS = 5_000;

/** 30 s, 1 min, 2 min … up to an hour between attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Sends what the outbox holds, after the transactions that wrote it have committed. Each API
 * instance runs one; `claimDue` leases messages with `FOR UPDATE SKIP LOCKED`, so instances
 * never send one message twice. A failed send is retried with backoff.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (validateEnvironment(process.env).MAIL_DISPATCH === 'off') return;
    this.timer = setInterval(() => void this.dispatchDue().catch(() => undefined), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Sends every message due now; returns how many were sent. One run at a time per instance. */
  dispatchDue(now = new Date()): Promise<number> {
    this.running ??= this.dispatch(now).finally(() => (this.running = null));
    return this.running;
  }

  private async dispatch(now: Date): Promise<number> {
    let sent = 0;
    for (;;) {
      const due = await this.outbox.claimDue(now, BATCH, LEASE_MS);
      if (due.length === 0) return sent;
      for (const mail of due) {
        try {
          await this.transport.send({ to: mail.toAddress, subject: mail.subject, text: mail.bodyText });
          await this.outbox.markSent(mail.id, new Date());
          sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const retryAt =
            mail.attempts >= MAX_MAIL_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(mail.attempts));
          await this.outbox.markFailed(mail.id, message, retryAt, new Date());
          // The recipient's address stays out of the log.
          this.logger.warn(`An e-mail could not be sent (attempt ${mail.attempts}): ${message}`);
        }
      }
      if (due.length < BATCH) return sent;
    }
  }
}
