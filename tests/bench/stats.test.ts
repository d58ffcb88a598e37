import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/stats.js';

describe('median', () => {
  it('is the middle value of an odd count, in any order', () => {
    expect(median([30, 10, 20])).toBe(20);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('percentile (nearest rank)', () => {
  // 20 latencies 1..20 ms: p95 is the 19th value (ceil(0.95 * 20) = 19), p50 the 10th.
  const latencies = Array.from({ length: 20 }, (_, i) => 20 - i);
  it('p50 and p95 are latencies that were observed', () => {
    expect(percentile(latencies, 50)).toBe(10);
    expect(percentile(latencies, 95)).toBe(19);
  });
  it('p95 of a few values is the largest of them', () => {
    expect(percentile([5, 7, 6], 95)).toBe(7);
  });
});
