/** Whether one more request may pass, and if not, how long to wait. */
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type TokenBucketsOptions = {
  /** Keys kept at most; the least recently used are forgotten first, so a flood of addresses cannot fill memory. */
  maxKeys?: number;
  /** Milliseconds since the epoch; a test may turn it. */
  clock?: () => number;
};

/**
 * One token bucket per key, in this process's memory: a key may make `limit` requests at once,
 * and earns one more every `windowMs / limit` ms. Unlike a fixed window, which lets twice the limit
 * through in a moment around a window's edge, it allows one burst of `limit` and then an even pace.
 * A refused request costs nothing, so a client that keeps knocking still gets through at that pace.
 *
 * Each bucket is kept as the one number the generic cell rate algorithm needs: the moment it will
 * be full again (in the past when it is full).
 */
export class TokenBuckets {
  private readonly fullAt = new Map<string, number>();
  private readonly maxKeys: number;
  private readonly clock: () => number;

  constructor(options: TokenBucketsOptions = {}) {
    this.maxKeys = options.maxKeys ?? 100_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Takes a token from `key`'s bucket if it has one. */
  take(key: string, limit: number, windowMs: number): ThrottleDecision {
    const now = this.clock();
    const msPerToken = windowMs / limit;
    const fullAt = Math.max(now, this.fullAt.get(key) ?? now);
    // The bucket has a token unless refilling it would take longer than refilling all but one.
    const waitMs = Math.round(fullAt - now - (windowMs - msPerToken));
    if (waitMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
    this.remember(key, fullAt + msPerToken);
    return { allowed: true };
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.fullAt.size;
  }

  private remember(key: string, fullAt: number): void {
    // Deleting first moves the key to the end of the Map's order: the first key is the least recently used.
    this.fullAt.delete(key);
    this.fullAt.set(key, fullAt);
    for (const oldest of this.fullAt.keys()) {
      if (this.fullAt.size <= this.maxKeys) break;
      this.fullAt.delete(oldest);
    }
  }
}
