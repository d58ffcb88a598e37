// Slows down password guessing. Each key (a username, or a client address in a second, more
// generous limiter: many people may share an office address) gets `freeFailures`; after that
// every attempt must wait, twice as long after each further failure (1 s, 2 s, 4 s ... up to
// 15 minutes). Failures fade: one is forgotten every `forgetMs`, so old typos never add up to a
// lock-out. A successful login clears the username's count.
//
// An attempt is counted as a failure *before* its password is checked (`attempt`), in one
// synchronous step: 200 guesses sent at once cannot all pass the check while the count still
// reads 0. A right password then takes its failure back (`succeeded`, `refund`).

export interface LoginLimiter {
  /**
   * Milliseconds to wait before an attempt may be checked; 0 means go on, and the attempt is
   * already counted as a failure. A refused attempt (wait > 0) is not counted.
   */
  attempt(key: string): number;
  /** The password was right: forget every failure of this key. */
  succeeded(key: string): void;
  /** The password was right: take back only this attempt's failure (for a shared address). */
  refund(key: string): void;
}

export interface LimiterOptions {
  freeFailures?: number;
  firstWaitMs?: number;
  maxWaitMs?: number;
  /** One failure is forgotten per this many ms. */
  forgetMs?: number;
  now?: () => number;
}

export function createLoginLimiter({
  freeFailures = 5,
  firstWaitMs = 1000,
  maxWaitMs = 15 * 60_000,
  forgetMs = 15 * 60_000,
  now = Date.now,
}: LimiterOptions = {}): LoginLimiter {
  // `level` failures at time `at`; at time t it has faded to level - (t - at) / forgetMs.
  const failures = new Map<string, { level: number; at: number }>();
  const levelOf = (key: string, t: number) => {
    const entry = failures.get(key);
    return entry ? Math.max(0, entry.level - (t - entry.at) / forgetMs) : 0;
  };
  const waitFor = (key: string, t: number) => {
    const level = Math.round(levelOf(key, t));
    if (level < freeFailures) return 0;
    const wait = Math.min(maxWaitMs, firstWaitMs * 2 ** (level - freeFailures));
    return Math.max(0, (failures.get(key)?.at ?? t) + wait - t);
  };
  const forgetFaded = (t: number) => {
    // a flood of made-up names must not eat memory; faded entries go
    for (const key of failures.keys()) if (levelOf(key, t) === 0) failures.delete(key);
  };
  return {
    attempt(key) {
      const t = now();
      const wait = waitFor(key, t);
      if (wait > 0) return wait;
      if (failures.size > 10_000) forgetFaded(t);
      failures.set(key, { level: levelOf(key, t) + 1, at: t });
      return 0;
    },
    succeeded(key) {
      failures.delete(key);
    },
    refund(key) {
      const entry = failures.get(key);
      if (!entry) return;
      // one failure less, fading on from the same moment (the wait of others is not restarted)
      if (levelOf(key, now()) <= 1) failures.delete(key);
      else failures.set(key, { level: entry.level - 1, at: entry.at });
    },
  };
}
