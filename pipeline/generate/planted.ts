// The building blocks of planted situations: who (age and school), what the register holds, which
// absences the school exports, and what classification.md must conclude on the peildatum. Every
// planted timeline keeps a wide margin from the thresholds (holidays, 20 school days, 3 months,
// 28 days), so its expectation does not hinge on a detail of interpretation.

import { type Day, addYears, day } from './dates.js';
import { firstOnOrAfter, lastOnOrBefore, peildatum } from './calendar.js';
import { type Rng, weighted } from './random.js';
import { type Sector } from './schools.js';
import { type SchoolsBySector, birthForAge, enrollAt, secondaryYear } from './population.js';
import { type AbsenceItem, type Dated, type Enrollment, type Expectation } from './pupil.js';

export interface PlantContext {
  rng: Rng;
  bySector: SchoolsBySector;
}

export interface Story {
  birth: Day;
  inSince?: Day | null;
  outFrom?: Day | null;
  startkwalificatie?: Day | null;
  enrollments: Enrollment[];
  vrijstellingen?: (Dated & { artikel: string })[];
  trajecten?: (Dated & { soort: string })[];
  redenen?: { datum: Day; reden: string }[];
  planted?: { enrollment: Enrollment; items: AbsenceItem[] }[];
  expectation: Expectation;
}

export interface Situation {
  name: string;
  /** How many a municipality of 6,000 residents aged 4-18 has. */
  per6000: number;
  build(ctx: PlantContext): Story;
}

/** Ages whose school on the peildatum is certainly of the sector (secondary since 2024 at the latest). */
const agesFor: Record<Sector, [number, number]> = { PO: [7, 11], SBO: [7, 11], SO: [7, 11], VO: [14, 16], VSO: [14, 16], MBO: [17, 17] };

export interface Student {
  birth: Day;
  enrollments: Enrollment[];
  /** The enrollment active on the peildatum. */
  current: Enrollment;
}

/** A pupil of the given sector: primary since the 4th birthday; secondary after primary; MBO after vmbo. */
export function student(ctx: PlantContext, sectors: Partial<Record<Sector, number>>, ages?: [number, number]): Student {
  const { rng, bySector } = ctx;
  const sector = weighted(rng, sectors);
  const [minAge, maxAge] = ages ?? agesFor[sector];
  const birth = birthForAge(rng, minAge, maxAge);
  const y = secondaryYear(birth);
  const start = addYears(birth, 4) + 1;
  const all: Enrollment[] = [];
  if (sector === 'PO' || sector === 'SBO' || sector === 'SO') {
    all.push(enrollAt(rng, bySector, sector, start, null));
  } else if (sector === 'MBO') {
    all.push(enrollAt(rng, bySector, 'VO', day(y, 8, 1), day(2025, 7, 31)));
    all.push(enrollAt(rng, bySector, 'MBO', day(2025, 8, 1), null));
  } else {
    all.push(enrollAt(rng, bySector, 'PO', start, day(y, 7, 31)));
    all.push(enrollAt(rng, bySector, sector, day(y, 8, 1), null));
  }
  const enrollments = all.filter((e) => e.tot === null || e.tot >= day(2024, 1, 1));
  return { birth, enrollments, current: enrollments[enrollments.length - 1] };
}

/** Ends the schooling on `tot` (inclusive): later enrollments are dropped. */
export function leaveSchool(s: Student, tot: Day): Enrollment[] {
  return s.enrollments.filter((e) => e.van <= tot).map((e) => (e.tot === null || e.tot > tot ? { ...e, tot } : e));
}

export function schoolDaysOf(e: Enrollment): Int32Array {
  return e.school.days[e.vestiging];
}

/** Index of the last school day on or before the peildatum at this enrollment's school. */
export function lastIndex(e: Enrollment): number {
  return lastOnOrBefore(schoolDaysOf(e), peildatum);
}

export function indexFrom(e: Enrollment, d: Day): number {
  return firstOnOrAfter(schoolDaysOf(e), d);
}

/** Whole days absent on the school days with index from..to, with a code per day. */
export function fullDays(e: Enrollment, from: number, to: number, code: (d: Day) => string, keep: (d: Day) => boolean = () => true): AbsenceItem[] {
  const days = schoolDaysOf(e);
  const items: AbsenceItem[] = [];
  for (let i = from; i <= to; i++) {
    if (keep(days[i])) items.push({ day: days[i], code: code(days[i]), full: true, from: 1, to: e.school.lessons });
  }
  return items;
}

/** Lesuren first..last absent on the school days with index from..to. */
export function partDays(e: Enrollment, from: number, to: number, first: number, last: number, code: string, hours?: number): AbsenceItem[] {
  const days = schoolDaysOf(e);
  const items: AbsenceItem[] = [];
  for (let i = from; i <= to; i++) items.push({ day: days[i], code, full: false, from: first, to: last, hours });
  return items;
}

/** The school's own code for a category, as its export would show it. */
export function codeFor(e: Enrollment, category: 'ziek' | 'ongeoorloofd' | 'geoorloofd' | 'onbekend'): string {
  const layout = e.school.layout;
  if (layout === 'perioden') return { ziek: 'Ziek', ongeoorloofd: 'Ongeoorloofd', geoorloofd: 'Geoorloofd', onbekend: 'AO' }[category];
  if (layout === 'uren') return { ziek: 'Z', ongeoorloofd: 'O', geoorloofd: 'M', onbekend: 'AO' }[category];
  return { ziek: e.school.flagStyle % 2 === 0 ? 'Z' : 'ZK', ongeoorloofd: 'O', geoorloofd: 'M', onbekend: 'AO' }[category];
}

/** With probability 3/4 one or two reasons registered after `from`; returns them and the latest. */
export function reasons(rng: Rng, from: Day, categories: readonly string[]): { redenen: { datum: Day; reden: string }[]; latest: string } {
  if (!rng.chance(0.75)) return { redenen: [], latest: '' };
  const first = Math.min(from + rng.int(5, 15), peildatum - 20);
  const redenen = [{ datum: first, reden: rng.pick(categories) }];
  if (rng.chance(0.5)) redenen.push({ datum: Math.min(first + rng.int(10, 40), peildatum - 1), reden: rng.pick(categories) });
  return { redenen, latest: redenen[redenen.length - 1].reden };
}

const nothing: Omit<Expectation, 'categorie' | 'fase'> = {
  duur: '-', officieel: 'nee', passend_aanbod: '-', artikel: '', signaal: '', signalen: [], streak_start: null, brin: '', reden: '',
};

export function expectEnrolled(current: Enrollment, e: Partial<Expectation> & { fase: string }): Expectation {
  return { ...nothing, categorie: 'ingeschreven', brin: current.school.brin, ...e, signalen: [...(e.signalen ?? [])].sort() };
}

export function expectAbsoluut(e: Partial<Expectation> & { fase: string }): Expectation {
  return { ...nothing, categorie: 'absoluut_verzuim', ...e, signalen: [...(e.signalen ?? [])].sort() };
}

export function expectVrijgesteld(artikel: string): Expectation {
  return { ...nothing, categorie: 'vrijgesteld', fase: '-', artikel };
}

export function expectBijnaLeerplichtig(): Expectation {
  return { ...nothing, categorie: 'bijna_leerplichtig', fase: '-' };
}

/** Not classified on the peildatum (out of scope or not resident): the monitor's 'buiten_beeld'. */
export function expectBuitenBeeld(): Expectation {
  return { ...nothing, categorie: 'buiten_beeld', fase: '', duur: '', officieel: '', passend_aanbod: '' };
}
