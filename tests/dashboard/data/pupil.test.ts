// Where a pupil's calendar begins.

import { describe, expect, test } from 'vitest';
import { calendarStart } from '../../../dashboard/data/pupil.js';

describe('calendarStart', () => {
  test('the school year, when the streak began in it or there is none', () => {
    expect(calendarStart('2025-08-01', null)).toBe('2025-08-01');
    expect(calendarStart('2025-08-01', '2025-10-06')).toBe('2025-08-01');
  });

  test('the first of the month the streak began in, when that is before the school year', () => {
    // at home since 2 April: the calendar starts on 1 April, so the start is seen
    expect(calendarStart('2025-08-01', '2025-04-02')).toBe('2025-04-01');
  });
});
