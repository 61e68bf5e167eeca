import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type DueMail = { id: string; toAddress: string; subject: string; bodyText: string; attempts: number };

/**
 * The e-mail outbox's queue operations. `claimDue` takes a batch with `FOR UPDATE SKIP LOCKED`
 * and a lease (`locked_until`), so several API instances dispatching at once never send one
 * message twice, and a message whose dispatcher died is picked up again once the lease runs out.
 */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claimDue(now: Date, limit: number, leaseMs: number): Promise<DueMail[]> {
    // Wrapped in a SELECT: for a bare UPDATE … RETURNING the driver answers [rows, count].
    const rows: DueMail[] = await this.dataSource.query(
      `WITH claimed AS (UPDATE mail_outbox SET locked_until = $1::timestamptz + ($3 || ' milliseconds')::interval, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
           AND (locked_until IS NULL OR locked_until <= $1)
         ORDER BY next_attempt_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       )
       RETURNING id, to_address AS "toAddress", subject, body_text AS "bodyText", attempts)
       SELECT * FROM claimed`,
      [now, limit, String(leaseMs)],
    );
    return rows;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET sent_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1`,
      [id, at],
    );
  }

  /** Schedules another attempt at `retryAt`, or gives up when it is null. */
  async markFailed(id: string, error: string, retryAt: Date | null, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET locked_until = NULL, last_error = $2,
         next_attempt_at = COALESCE($3, next_attempt_at), failed_at = CASE WHEN $3::timestamptz IS NULL THEN $4::timestamptz END
       WHERE id = $1`,
      [id, error.slice(0, 2000), retryAt, at],
    );
  }
}
