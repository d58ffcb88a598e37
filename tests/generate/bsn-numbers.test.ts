import { describe, expect, it } from 'vitest';
import { bsnFor, failingBsn } from '../../pipeline/generate/bsn-numbers.js';
import { passesElfproef } from '../../pipeline/privacy/scrub-bsn.js';

describe('bsnFor', () => {
  it('gives distinct 9-digit numbers that pass the elfproef', () => {
    const all = Array.from({ length: 5000 }, (_, k) => bsnFor(k, 5000, 99));
    expect(new Set(all).size).toBe(5000);
    for (const bsn of all) expect([bsn, passesElfproef(bsn)]).toEqual([bsn, true]);
  });

  it('finds one with a leading zero when asked', () => {
    const bsn = bsnFor(3, 5000, 99, true);
    expect(bsn).toMatch(/^0\d{8}$/);
    expect(passesElfproef(bsn)).toBe(true);
  });

  it('depends on the key', () => {
    expect(bsnFor(0, 100, 1)).not.toBe(bsnFor(0, 100, 2));
  });
});

describe('failingBsn', () => {
  it('changes the check digit so the elfproef fails', () => {
    // 111222333: 1*9+1*8+1*7+2*6+2*5+2*4+3*3+3*2 = 69, minus 3 = 66 = 6*11.
    expect(passesElfproef('111222333')).toBe(true);
    expect(failingBsn('111222333')).toBe('111222334');
    expect(passesElfproef(failingBsn('111222333'))).toBe(false);
  });
});
