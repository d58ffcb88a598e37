// School days as classification.md §1 defines them, computed from the same holiday data the
// generator writes out, so that planted timelines line up with what the pipeline will see.

import { type Day, day, parseIso, weekday } from './dates.js';
import { feestdagen, schoolYears } from './holidays.js';

/** The fixed timeline: absences from the start of school year 2024-2025 up to the peildatum. */
export const timelineStart: Day = day(2024, 8, 19);
export const peildatum: Day = day(2026, 10, 31);

export type Region = 'noord' | 'midden' | 'zuid';

/** Holiday ranges [van, tot] (inclusive) of a region: its own, `heel Nederland` and feestdagen. */
export function holidayRanges(region: Region): [Day, Day][] {
  const ranges: [Day, Day][] = [];
  for (const year of schoolYears) {
    for (const vacation of year.vacations) {
      for (const r of vacation.regions) {
        if (r.region === region || r.region === 'heel Nederland') ranges.push([parseIso(r.start), parseIso(r.end)]);
      }
    }
  }
  for (const f of feestdagen) ranges.push([parseIso(f.van), parseIso(f.tot)]);
  return ranges;
}

/** Mondays to Fridays from timelineStart to peildatum outside the holidays and the free days. */
export function schoolDays(region: Region, freeDays: readonly Day[]): Int32Array {
  const closed = new Set<Day>(freeDays);
  for (const [van, tot] of holidayRanges(region)) for (let d = van; d <= tot; d++) closed.add(d);
  const days: Day[] = [];
  for (let d = timelineStart; d <= peildatum; d++) {
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !closed.has(d)) days.push(d);
  }
  return Int32Array.from(days);
}

/** Index of the first school day on or after d (days.length when none). */
export function firstOnOrAfter(days: Int32Array, d: Day): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last school day on or before d (-1 when none). */
export function lastOnOrBefore(days: Int32Array, d: Day): number {
  return firstOnOrAfter(days, d + 1) - 1;
}
