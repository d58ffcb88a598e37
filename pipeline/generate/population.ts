// Who lives here: residents aged 4 to 18 on the peildatum, each with an ordinary school career
// (primary from the day after the 4th birthday, secondary from the August after turning 12,
// MBO after vmbo), and a few percent who moved in or out during the two school years.

import { type Day, addYears, day, parts } from './dates.js';
import { peildatum } from './calendar.js';
import { type Rng, weightedPicker } from './random.js';
import { type School, type Sector } from './schools.js';
import { type Enrollment } from './pupil.js';

export type SchoolsBySector = Record<Sector, School[]>;

/** Only enrollments that still mattered during the timeline go into the register export. */
const registerFrom = day(2024, 1, 1);

export function enrollAt(rng: Rng, bySector: SchoolsBySector, sector: Sector, van: Day, tot: Day | null): Enrollment {
  const school = rng.pick(bySector[sector]);
  return { school, vestiging: rng.pick(school.vestigingen), van, tot, aangepast: false };
}

/** A birth date giving an age in [minAge, maxAge] on the peildatum, a month clear of birthdays. */
export function birthForAge(rng: Rng, minAge: number, maxAge: number): Day {
  const earliest = addYears(peildatum, -(maxAge + 1)) + 31;
  const latest = addYears(peildatum, -minAge) - 31;
  return rng.int(earliest, latest);
}

/** The school year (its August) in which a child born on `birth` enters secondary school. */
export function secondaryYear(birth: Day): number {
  const { year, month } = parts(birth);
  return year + (month <= 9 ? 12 : 13);
}

const primarySector = weightedPicker<Sector>({ PO: 0.95, SBO: 0.03, SO: 0.02 });
const afterSo = weightedPicker<Sector>({ VSO: 0.7, VO: 0.3 });
const afterPrimary = weightedPicker<Sector>({ VO: 0.98, VSO: 0.02 });
const voTrack = weightedPicker({ vmbo: 0.5, havo: 0.28, vwo: 0.22 });

export interface Career {
  enrollments: Enrollment[];
  startkwalificatie: Day | null;
}

export function career(rng: Rng, bySector: SchoolsBySector, birth: Day): Career {
  const y = secondaryYear(birth);
  const all: Enrollment[] = [];
  let startkwalificatie: Day | null = null;
  const primary = primarySector(rng);
  all.push(enrollAt(rng, bySector, primary, addYears(birth, 4) + 1, day(y, 7, 31)));
  const secondary = primary === 'SO' ? afterSo(rng) : afterPrimary(rng);
  if (secondary === 'VSO') {
    all.push(enrollAt(rng, bySector, 'VSO', day(y, 8, 1), null));
  } else {
    const track = voTrack(rng);
    const years = track === 'vmbo' ? 4 : track === 'havo' ? 5 : 6;
    all.push(enrollAt(rng, bySector, 'VO', day(y, 8, 1), day(y + years, 7, 31)));
    if (track === 'vmbo') {
      const mboYears = rng.chance(0.15) ? 2 : 3;
      all.push(enrollAt(rng, bySector, 'MBO', day(y + 4, 8, 1), day(y + 4 + mboYears, 7, 31)));
      startkwalificatie = day(y + 4 + mboYears, 7, rng.int(1, 10));
    } else {
      startkwalificatie = day(y + years, 7, rng.int(6, 12));
    }
  }
  // The register knows the past, not planned end dates.
  const enrollments = all
    .filter((e) => e.van <= peildatum && (e.tot === null || e.tot >= registerFrom))
    .map((e) => (e.tot !== null && e.tot > peildatum ? { ...e, tot: null } : e));
  return { enrollments, startkwalificatie: startkwalificatie !== null && startkwalificatie <= peildatum ? startkwalificatie : null };
}

/** Moving in drops the schools before the move (they are elsewhere); moving out closes the school here. */
export function applyMove(rng: Rng, c: Career): { inSince: Day | null; outFrom: Day | null; career: Career } {
  const r = rng.next();
  if (r < 0.035) {
    const inSince = rng.int(day(2024, 9, 1), day(2026, 10, 20));
    const enrollments = c.enrollments
      .filter((e) => e.tot === null || e.tot >= inSince)
      .map((e) => (e.van < inSince ? { ...e, van: inSince + rng.int(0, 10) } : e))
      .filter((e) => e.van <= peildatum && (e.tot === null || e.tot >= e.van));
    return { inSince, outFrom: null, career: { ...c, enrollments } };
  }
  if (r < 0.07) {
    const outFrom = rng.int(day(2024, 9, 15), peildatum);
    const enrollments = c.enrollments
      .filter((e) => e.van < outFrom)
      .map((e) => (e.tot === null || e.tot >= outFrom ? { ...e, tot: outFrom - 1 } : e));
    const sk = c.startkwalificatie !== null && c.startkwalificatie < outFrom ? c.startkwalificatie : null;
    return { inSince: null, outFrom, career: { enrollments, startkwalificatie: sk } };
  }
  return { inSince: null, outFrom: null, career: c };
}
