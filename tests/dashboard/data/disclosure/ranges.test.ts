import { describe, expect, test } from 'vitest';
import { feasibleRanges } from '../../../../dashboard/data/disclosure/ranges.js';

describe('feasibleRanges', () => {
  test('9 = a + b with a "<5" (1..4) and b "×" (at least 5): a in [1, 4], b in [5, 8], c = b', async () => {
    // a + b = 9, c - b = 0; a in [1,4], b >= 5, c >= 0.
    // a = 9 - b <= 4 and b <= 8 follow from a >= 1: a in [1,4], b in [5,8], c the same as b.
    const ranges = await feasibleRanges(
      {
        unknowns: [{ lower: 1, upper: 4 }, { lower: 5, upper: Infinity }, { lower: 0, upper: Infinity }],
        constraints: [
          { terms: [{ index: 0, coefficient: 1 }, { index: 1, coefficient: 1 }], lower: 9, upper: 9 },
          { terms: [{ index: 2, coefficient: 1 }, { index: 1, coefficient: -1 }], lower: 0, upper: 0 },
        ],
      },
      [0, 1, 2],
    );
    expect(ranges).toEqual([{ min: 1, max: 4 }, { min: 5, max: 8 }, { min: 5, max: 8 }]);
  });

  test('an unknown bounded only from below has no maximum', async () => {
    expect(await feasibleRanges({ unknowns: [{ lower: 0, upper: Infinity }], constraints: [] }, [0])).toEqual([{ min: 0, max: Infinity }]);
  });

  test('contradicting figures are infeasible (a "×" of at least 5 that must be 3)', async () => {
    const system = { unknowns: [{ lower: 5, upper: Infinity }], constraints: [{ terms: [{ index: 0, coefficient: 1 }], lower: 3, upper: 3 }] };
    expect(await feasibleRanges(system, [0])).toBe('infeasible');
  });

  test('many solves stay fast: 300 ranges of a small model in well under a few seconds', async () => {
    const unknowns = Array.from({ length: 30 }, () => ({ lower: 0, upper: Infinity }));
    const constraints = [{ terms: unknowns.map((_, index) => ({ index, coefficient: 1 })), lower: 100, upper: 100 }];
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      const ranges = await feasibleRanges({ unknowns, constraints }, unknowns.map((_, i) => i));
      expect(ranges).toEqual(unknowns.map(() => ({ min: 0, max: 100 })));
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
