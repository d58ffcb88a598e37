// The limiter on its own: failures counted before the check, fading with time, cleared by a
// right password. Times are moved by hand; every expected wait is worked out in the comment.

import { describe, expect, test } from 'vitest';
import { createLoginLimiter } from '../../../dashboard/auth/login-limiter.js';

function limiter(freeFailures = 5, forgetMs = 15 * 60_000) {
  const clock = { t: Date.parse('2025-12-01T09:00:00Z') };
  const it = createLoginLimiter({ freeFailures, firstWaitMs: 1000, maxWaitMs: 15 * 60_000, forgetMs, now: () => clock.t });
  return { it, clock };
}

describe('login limiter', () => {
  test('each attempt is counted when it is let through, so a burst gets only the free attempts', () => {
    const { it } = limiter();
    // 200 attempts in the same instant: 5 free ones pass, the 6th finds 5 failures -> wait 1 s
    const waits = Array.from({ length: 200 }, () => it.attempt('script'));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.slice(5).every((w) => w === 1000)).toBe(true);
  });

  test('the wait doubles after each further failure and is capped at 15 minutes', () => {
    const { it, clock } = limiter(5, 1e12); // fading too slow to matter here
    for (let i = 0; i < 5; i++) it.attempt('a');
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const wait = it.attempt('a'); // refused: not counted
      waits.push(wait);
      clock.t += wait;
      expect(it.attempt('a')).toBe(0); // after the wait: let through (and counted)
    }
    // 5 failures: 1 s; 6: 2 s; 7: 4 s ... 14: 512 s; 15: 1024 s > 900 s -> 900 s (from then on)
    expect(waits.map((w) => w / 1000)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]);
  });

  test('failures fade: one is forgotten every 15 minutes, so old typos never lock anyone out', () => {
    const { it, clock } = limiter(30);
    // an office behind one address: 29 typos in the morning
    for (let i = 0; i < 29; i++) expect(it.attempt('10.0.0.1')).toBe(0);
    // six hours later 6 x 4 = 24 have faded, 5 are left
    clock.t += 6 * 3600_000;
    // 5 left + 25 new = 30 let through; the 31st waits 1 s
    for (let i = 0; i < 25; i++) expect(it.attempt('10.0.0.1')).toBe(0);
    expect(it.attempt('10.0.0.1')).toBe(1000);
    // after a working day (8 h = 32 fadings) all 30 are gone: the office starts clean
    clock.t += 8 * 3600_000;
    for (let i = 0; i < 30; i++) expect(it.attempt('10.0.0.1')).toBe(0);
  });

  test('a right password clears the user, or takes back only its own failure for an address', () => {
    const { it } = limiter(2);
    it.attempt('script');
    it.attempt('script');
    expect(it.attempt('script')).toBe(1000);
    it.succeeded('script');
    expect(it.attempt('script')).toBe(0);

    // an address with 1 typo, then a login that counted as a 2nd failure and was right: 1 left
    it.attempt('10.0.0.1');
    it.attempt('10.0.0.1');
    it.refund('10.0.0.1');
    expect(it.attempt('10.0.0.1')).toBe(0); // 2nd failure
    expect(it.attempt('10.0.0.1')).toBe(1000); // 2 = free: wait
  });
});
