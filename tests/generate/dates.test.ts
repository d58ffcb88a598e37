import { describe, expect, it } from 'vitest';
import { addMonths, day, formatDay, leerplichtStart, parseIso, weekday } from '../../pipeline/generate/dates.js';

describe('dates', () => {
  it('subtracts months clamped to the month end (classification.md §1 example)', () => {
    expect(formatDay(addMonths(day(2025, 5, 31), -3), 'iso')).toBe('2025-02-28');
    expect(formatDay(addMonths(day(2026, 10, 31), -3), 'iso')).toBe('2026-07-31');
  });

  it('starts leerplicht on the first of the month after the 5th birthday (§2 examples)', () => {
    expect(formatDay(leerplichtStart(day(2020, 3, 14)), 'iso')).toBe('2025-04-01');
    expect(formatDay(leerplichtStart(day(2020, 3, 1)), 'iso')).toBe('2025-04-01');
    expect(formatDay(leerplichtStart(day(2021, 12, 20)), 'iso')).toBe('2027-01-01');
  });

  it('knows the peildatum 2026-10-31 is a Saturday', () => {
    expect(weekday(parseIso('2026-10-31'))).toBe(6);
    expect(weekday(parseIso('2024-08-19'))).toBe(1);
  });

  it('formats every date style found in the exports', () => {
    const d = day(2026, 3, 5);
    expect(formatDay(d, 'iso')).toBe('2026-03-05');
    expect(formatDay(d, 'dd-mm-yyyy')).toBe('05-03-2026');
    expect(formatDay(d, 'd-m-yyyy')).toBe('5-3-2026');
    expect(formatDay(d, 'dd/mm/yyyy')).toBe('05/03/2026');
  });
});
