// How a day of the pupil calendar is divided: in proportion to what the school registered.

import { describe, expect, test } from 'vitest';
import { daySegments, mainKind } from '../../../../dashboard/client/charts/pupil-calendar.js';

const schoolDay = { soort: 'schooldag', gepland: 5, ziek: 0, geoorloofd: 0, ongeoorloofd: 0, onbekend: 0 };

describe('daySegments', () => {
  test('a day with 2 of 5 hours unauthorised is 2/5 red and 3/5 present', () => {
    expect(daySegments({ ...schoolDay, ongeoorloofd: 2 })).toEqual([
      { kind: 'ongeoorloofd', share: 0.4 },
      { kind: 'aanwezig', share: 0.6 },
    ]);
  });

  test('a day split between ziek (2.5 h) and ongeoorloofd (2.5 h) shows both halves, no present part', () => {
    expect(daySegments({ ...schoolDay, ziek: 2.5, ongeoorloofd: 2.5 })).toEqual([
      { kind: 'ongeoorloofd', share: 0.5 },
      { kind: 'ziek', share: 0.5 },
    ]);
  });

  test('a school day with nothing registered is present; any other day is its own kind', () => {
    expect(daySegments(schoolDay)).toEqual([{ kind: 'aanwezig', share: 1 }]);
    expect(daySegments({ ...schoolDay, soort: 'vakantie' })).toEqual([{ kind: 'vakantie', share: 1 }]);
  });

  test('the main kind is the largest part: 1 h geoorloofd on a 5 h day is mainly present', () => {
    expect(mainKind({ ...schoolDay, geoorloofd: 1 })).toBe('aanwezig');
    expect(mainKind({ ...schoolDay, geoorloofd: 1, onbekend: 3 })).toBe('onbekend');
  });
});
