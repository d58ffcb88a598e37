// Month arithmetic (lib/format.js), used by the council view for "the same month a year earlier".

import { describe, expect, test } from 'vitest';
import { monthsBefore } from '../../../../dashboard/client/lib/format.js';

describe('monthsBefore', () => {
  test('12 months before a month is the same month a year earlier, across the new year too', () => {
    expect(monthsBefore('2026-10', 12)).toBe('2025-10');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
    expect(monthsBefore('2026-03', 15)).toBe('2024-12');
  });
});
