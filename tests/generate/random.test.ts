import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, weighted } from '../../pipeline/generate/random.js';

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int() within both bounds', () => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it('never picks a key of weight zero', () => {
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) expect(weighted(rng, { a: 1, b: 0, c: 2 })).not.toBe('b');
  });
});

describe('hashSeed', () => {
  it('depends on every part and their order', () => {
    expect(hashSeed(1, 2)).toBe(hashSeed(1, 2));
    expect(hashSeed(1, 2)).not.toBe(hashSeed(2, 1));
    expect(hashSeed(1, 2)).not.toBe(hashSeed(1, 3));
  });
});
