// Dutch dates and months (lib/format.js). Short dates and month ticks use the usual
// abbreviations, so March is "mrt" everywhere (the calendar on a phone said "maa" while the
// desktop grid said "mrt"); month arithmetic is used by the council view for "the same month a
// year earlier".

import { describe, expect, test } from 'vitest';
import { dateShort, monthsBefore, nlMonthTick } from '../../../../dashboard/client/lib/format.js';

describe('short Dutch dates', () => {
  test('2 March is "2 mrt", 7 September "7 sep", 31 May "31 mei"', () => {
    expect(dateShort('2026-03-02')).toBe('2 mrt');
    expect(dateShort('2025-09-07')).toBe('7 sep');
    expect(dateShort('2026-05-31')).toBe('31 mei');
  });

  test('a month tick: March 2026 is "mrt 26", October 2025 "okt 25"', () => {
    expect(nlMonthTick(new Date('2026-03-01T00:00:00Z'))).toBe('mrt 26');
    expect(nlMonthTick(new Date('2025-10-01T00:00:00Z'))).toBe('okt 25');
  });
});

describe('monthsBefore', () => {
  test('12 months before a month is the same month a year earlier, across the new year too', () => {
    expect(monthsBefore('2026-10', 12)).toBe('2025-10');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
    expect(monthsBefore('2026-03', 15)).toBe('2024-12');
  });
});
