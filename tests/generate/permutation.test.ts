import { describe, expect, it } from 'vitest';
import { feistel } from '../../pipeline/generate/permutation.js';

describe('feistel', () => {
  it('maps [0, size) onto itself one to one, and inverse undoes forward', () => {
    const p = feistel(1000, 5);
    const images = Array.from({ length: 1000 }, (_, x) => p.forward(x));
    expect(new Set(images).size).toBe(1000);
    expect(Math.max(...images)).toBe(999);
    for (let x = 0; x < 1000; x++) expect(p.inverse(p.forward(x))).toBe(x);
  });

  it('does not leave the order alone', () => {
    const p = feistel(1000, 5);
    expect([0, 1, 2, 3].map(p.forward)).not.toEqual([0, 1, 2, 3]);
  });
});
