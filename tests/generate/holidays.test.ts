import { describe, expect, it } from 'vitest';
import { feestdagen, schoolYears, studiedagCandidates } from '../../pipeline/generate/holidays.js';
import { holidayRanges } from '../../pipeline/generate/calendar.js';
import { parseIso, weekday } from '../../pipeline/generate/dates.js';

describe('holiday data', () => {
  it('runs every school holiday from a Saturday to a Sunday', () => {
    for (const year of schoolYears) {
      for (const v of year.vacations) {
        for (const r of v.regions) {
          expect([v.type, r.region, weekday(parseIso(r.start))]).toEqual([v.type, r.region, 6]);
          expect([v.type, r.region, weekday(parseIso(r.end))]).toEqual([v.type, r.region, 0]);
        }
      }
    }
  });

  it('puts feestdagen on weekdays', () => {
    for (const f of feestdagen) {
      for (const iso of [f.van, f.tot]) expect([iso, weekday(parseIso(iso)) >= 1 && weekday(parseIso(iso)) <= 5]).toEqual([iso, true]);
    }
  });

  it('offers studiedagen only on weekdays other than Wednesday, outside the holidays', () => {
    const ranges = holidayRanges('midden');
    for (const iso of studiedagCandidates) {
      const d = parseIso(iso);
      expect([iso, weekday(d) >= 1 && weekday(d) <= 5 && weekday(d) !== 3]).toEqual([iso, true]);
      expect([iso, ranges.some(([van, tot]) => van <= d && d <= tot)]).toEqual([iso, false]);
    }
  });
});
