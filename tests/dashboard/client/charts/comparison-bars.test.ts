// Counts inside the council's stacked bars (charts/comparison-bars.js) only where they fit.

import { describe, expect, test } from 'vitest';
import { countFits } from '../../../../dashboard/client/charts/comparison-bars.js';

describe('countFits', () => {
  // the fresh reader's phone: 89 youths on bars of 306 - 130 - 50 = 126 px, domain 89 x 1.05,
  // so 126 / 93.45 = 1.35 px a youth
  const pxPerYouth = 126 / (89 * 1.05);

  test('"9" in a 12 px segment and "12" in a 16 px one do not fit (they need 13 and 20 px)', () => {
    expect(countFits(9, pxPerYouth)).toBe(false);
    expect(countFits(12, pxPerYouth)).toBe(false);
  });

  test('"16" in 21.6 px and "46" in 62 px fit; on a desktop (2.5 px a youth) "9" in 22.5 px does too', () => {
    expect(countFits(16, pxPerYouth)).toBe(true);
    expect(countFits(46, pxPerYouth)).toBe(true);
    expect(countFits(9, 2.5)).toBe(true);
  });
});
