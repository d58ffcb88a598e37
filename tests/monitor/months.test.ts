import { describe, expect, it } from 'vitest';
import { addMonths, monthEnd, monthRange, monthsBetween, parseMonth } from '../../pipeline/monitor/months.js';
import { UserError } from '../../pipeline/user-error.js';

describe('months', () => {
  it('end on the last calendar day, leap years included', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-02')).toBe('2025-02-28');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
  });

  it('count and step across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthsBetween('2024-11', '2025-02')).toBe(3);
  });

  it('are written YYYY-MM', () => {
    expect(parseMonth('2025-03', 'from')).toBe('2025-03');
    for (const bad of ['2025-3', '2025-00', '2025-13', '03-2025', '']) expect(() => parseMonth(bad, 'from')).toThrow(UserError);
  });
});
