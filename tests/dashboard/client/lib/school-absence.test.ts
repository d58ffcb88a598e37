// A school's absence as shares of its planned hours (lib/school-absence.js), on five hand-made days.

import { describe, expect, test } from 'vitest';
import { dayRates, weekdayRates, weekRates, yearRates } from '../../../../dashboard/client/lib/school-absence.js';

const day = (datum: string, dag: number, week: string, gepland: number, [ziek, geoorloofd, ongeoorloofd]: number[], [gemeente_gepland, gemeente_afwezig]: number[]) =>
  ({ datum, dag, week, gepland, ziek, geoorloofd, ongeoorloofd, gemeente_gepland, gemeente_afwezig });

const dagen = [
  day('2025-09-01', 1, '2025-09-01', 5, [1, 0, 1.5], [100, 6]), // Monday: 2.5 of 5 hours absent
  day('2025-09-02', 2, '2025-09-01', 5, [0, 0, 0], [100, 4]), // Tuesday: all present
  day('2025-09-08', 1, '2025-09-08', 0, [0, 0, 0], [100, 10]), // the school's own study day
  day('2025-09-10', 3, '2025-09-08', 4, [0, 2, 0], [50, 5]), // Wednesday: 2 of 4 hours geoorloofd
  day('2025-09-18', 4, '2025-09-15', 0, [0, 0, 0], [100, 2]), // a week without a school day here
];

describe('yearRates', () => {
  test('the school over its own school days, the municipality over every day', () => {
    // school (2.5 + 0 + 2) / (5 + 5 + 4) = 4.5 / 14; municipality (6 + 4 + 10 + 5 + 2) / 450
    expect(yearRates(dagen).school).toBeCloseTo(4.5 / 14, 10);
    expect(yearRates(dagen).gemeente).toBeCloseTo(27 / 450, 10);
  });

  test('nothing planned is 0, not a division by zero', () => {
    expect(yearRates([])).toEqual({ school: 0, gemeente: 0 });
  });
});

describe('weekdayRates', () => {
  test('a study day counts for the municipality only; a weekday without days is null', () => {
    // Monday: school 2.5 / 5 (the study day left out), municipality (6 + 10) / 200
    // Thursday: only the week without school days: school null, municipality 2 / 100
    expect(weekdayRates(dagen)).toEqual([
      { dag: 1, school: 0.5, gemeente: 0.08 },
      { dag: 2, school: 0, gemeente: 0.04 },
      { dag: 3, school: 0.5, gemeente: 0.1 },
      { dag: 4, school: null, gemeente: 0.02 },
      { dag: 5, school: null, gemeente: null },
    ]);
  });
});

describe('weekRates', () => {
  test('per week the school, the municipality and the kinds of absence', () => {
    // week of 1 Sep: 2.5 / 10 absent, of which ziek 1 / 10 and ongeoorloofd 1.5 / 10; municipality 10 / 200
    // week of 8 Sep: 2 / 4 geoorloofd; municipality 15 / 150
    // week of 15 Sep: nothing planned at the school: its share null, the kinds 0
    expect(weekRates(dagen)).toEqual([
      { week: '2025-09-01', school: 0.25, gemeente: 0.05, ziek: 0.1, geoorloofd: 0, ongeoorloofd: 0.15 },
      { week: '2025-09-08', school: 0.5, gemeente: 0.1, ziek: 0, geoorloofd: 0.5, ongeoorloofd: 0 },
      { week: '2025-09-15', school: null, gemeente: 0.02, ziek: 0, geoorloofd: 0, ongeoorloofd: 0 },
    ]);
  });
});

describe('dayRates', () => {
  test("the school's own school days only, each with its share", () => {
    expect(dayRates(dagen)).toEqual([
      { week: '2025-09-01', dag: 1, rate: 0.5, datum: '2025-09-01' },
      { week: '2025-09-01', dag: 2, rate: 0, datum: '2025-09-02' },
      { week: '2025-09-08', dag: 3, rate: 0.5, datum: '2025-09-10' },
    ]);
  });
});
