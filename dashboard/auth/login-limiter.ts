// Slows down password guessing. Each key (a username, or a client address in a second, more
// generous limiter: many people may share an office address) gets `freeAttempts` failures;
// after that every attempt must wait, twice as long after each further failure
// (1 s, 2 s, 4 s ... up to 15 minutes). A successful login clears the count.

export interface LoginLimiter {
  /** Milliseconds to wait before the next attempt may be checked; 0 when allowed now. */
  waitMs(keys: string[]): number;
  failed(keys: string[]): void;
  succeeded(keys: string[]): void;
}

export function createLoginLimiter({
  freeAttempts = 5,
  baseDelayMs = 1000,
  maxDelayMs = 15 * 60_000,
  now = Date.now,
}: { freeAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; now?: () => number } = {}): LoginLimiter {
  const failures = new Map<string, { count: number; last: number }>();
  const waitFor = (key: string) => {
    const entry = failures.get(key);
    if (!entry || entry.count < freeAttempts) return 0;
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (entry.count - freeAttempts));
    return Math.max(0, entry.last + delay - now());
  };
  return {
    waitMs: (keys) => Math.max(0, ...keys.map(waitFor)),
    failed(keys) {
      if (failures.size > 10_000) {
        // a flood of made-up names must not eat memory; forget only entries whose wait is over
        for (const [key, entry] of failures) if (entry.last < now() - maxDelayMs) failures.delete(key);
      }
      for (const key of keys) {
        const entry = failures.get(key);
        failures.set(key, { count: (entry?.count ?? 0) + 1, last: now() });
      }
    },
    succeeded(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
