import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, validateEnvironment } from '@kbdm/api/core-config';
import { InvestorRequestsRepository } from '@kbdm/sez/api-data-access';
import { InvestorRequestsService } from './investor-requests.service';

const INTERVAL_MS = 60_000;

/**
 * Gives back the capacity of requests and holds past their stored `expires_at`. Driven by the
 * database, not by timers per reservation: a restart loses nothing, and a reservation whose date
 * passed while every instance was down expires at the next run.
 *
 * Several API instances run it at once. Each expiry is its own transaction that claims one due
 * reservation with `FOR UPDATE SKIP LOCKED`: an instance passes over a row another instance holds,
 * and once that one commits the row is no longer due. So no reservation is expired twice, and no
 * instance waits for another. The claimed row is locked before its slot, the order every other
 * path takes too.
 */
@Injectable()
export class ReservationExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReservationExpiry');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly requests: InvestorRequestsRepository,
    private readonly service: InvestorRequestsService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (validateEnvironment(process.env).RESERVATION_EXPIRY === 'off') return;
    this.timer = setInterval(
      () => void this.expireDue().catch((e: unknown) => this.logger.warn(String(e))),
      INTERVAL_MS,
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Expires every reservation due by the clock's now; returns how many. One run at a time per instance. */
  expireDue(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<number> {
    const now = this.clock.now();
    let expired = 0;
    while (await this.expireOne(now)) expired += 1;
    if (expired) this.logger.log(`Expired ${expired} reservation(s)`);
    return expired;
  }

  private expireOne(now: Date): Promise<boolean> {
    return this.requests.transaction(async (manager) => {
      const due = await this.requests.claimDueExpiry(manager, now);
      if (!due) return false;
      if (due.slotId) await this.requests.lockSlot(manager, due.slotId);
      await this.requests.updateVersioned(manager, due.id, due.version, { status: 'expired', expiresAt: null });
      await this.requests.addEvent(manager, {
        requestId: due.id,
        actorId: null,
        action: 'expire',
        fromStatus: due.status,
        toStatus: 'expired',
      });
      if (due.slotId) await this.service.refreshSlotStatus(manager, due.slotId);
      await this.service.tell(manager, null, due, 'investor_request.status_changed', 'expired');
      return true;
    });
  }
}
