import { TokenBuckets } from './token-buckets';

describe('TokenBuckets', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('lets `limit` requests through at once and refuses the next with the seconds until a token is earned', () => {
    const buckets = new TokenBuckets({ clock });
    for (let i = 0; i < 10; i++) expect(buckets.take('203.0.113.7', 10, 60_000)).toEqual({ allowed: true });
    expect(buckets.take('203.0.113.7', 10, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now += 5_000;
    expect(buckets.take('203.0.113.7', 10, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(buckets.take('203.0.113.7', 10, 60_000)).toEqual({ allowed: true });
    expect(buckets.take('203.0.113.7', 10, 60_000)).toMatchObject({ allowed: false });
  });

  it('counts a limit that does not divide the window without rounding errors', () => {
    const buckets = new TokenBuckets({ clock });
    for (let i = 0; i < 7; i++) expect(buckets.take('a', 7, 60_000).allowed).toBe(true);
    expect(buckets.take('a', 7, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 9 });
    now += 8_000;
    expect(buckets.take('a', 7, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 572;
    expect(buckets.take('a', 7, 60_000).allowed).toBe(true);
  });

  it('keeps each key apart', () => {
    const buckets = new TokenBuckets({ clock });
    expect(buckets.take('a', 1, 60_000).allowed).toBe(true);
    expect(buckets.take('a', 1, 60_000).allowed).toBe(false);
    expect(buckets.take('b', 1, 60_000).allowed).toBe(true);
  });

  it('allows one burst of the limit and then an even pace, never a double burst', () => {
    const buckets = new TokenBuckets({ clock });
    const passedAt: number[] = [];
    for (let t = 0; t < 180_000; t += 250) {
      now = 1_000_000 + t;
      if (buckets.take('a', 5, 60_000).allowed) passedAt.push(t);
    }
    expect(passedAt.slice(0, 5)).toEqual([0, 250, 500, 750, 1_000]);
    // After the burst, one request every 12 s.
    expect(passedAt.slice(5, 8)).toEqual([12_000, 24_000, 36_000]);
    const mostWithin = (span: number) =>
      Math.max(...passedAt.map((start) => passedAt.filter((t) => t >= start && t < start + span).length));
    // The burst and the four tokens earned before the minute is over.
    expect(mostWithin(60_000)).toBe(9);
  });

  it('refills to the limit and no further', () => {
    const buckets = new TokenBuckets({ clock });
    buckets.take('a', 3, 60_000);
    now += 10 * 60_000;
    for (let i = 0; i < 3; i++) expect(buckets.take('a', 3, 60_000).allowed).toBe(true);
    expect(buckets.take('a', 3, 60_000).allowed).toBe(false);
  });

  it('forgets the least recently used keys beyond its size', () => {
    const buckets = new TokenBuckets({ clock, maxKeys: 2 });
    buckets.take('a', 1, 60_000);
    buckets.take('b', 1, 60_000);
    buckets.take('a', 1, 60_000); // refused: a refusal does not count as use
    buckets.take('c', 1, 60_000);
    expect(buckets.size).toBe(2);
    expect(buckets.take('a', 1, 60_000).allowed).toBe(true); // forgotten, so full again
    expect(buckets.take('c', 1, 60_000).allowed).toBe(false);
  });
});
