// Builds resident number i: an ordinary one (population.ts) or a planted story (situations-*.ts),
// from its own random stream, so the same (pupils, seed) always yields the same person.

import { type Day, day } from './dates.js';
import { peildatum } from './calendar.js';
import { createRng, hashSeed, type Rng } from './random.js';
import { bsnFor } from './bsn-numbers.js';
import { type SchoolsBySector, applyMove, career, secondaryYear } from './population.js';
import { type PlantedSlots } from './planted-slots.js';
import { type Pupil } from './pupil.js';

export interface PupilFactory {
  pupils: number;
  seed: number;
  bsnSpace: number;
  bsnKey: number;
  bySector: SchoolsBySector;
  slots: PlantedSlots;
}

/** Planted pupils keep ordinary absences only in 2024-2025, well before their story starts. */
const plantedNoiseUntil = day(2025, 7, 18);

export function pupilId(i: number, pupils: number): string {
  return `LL${String(i + 1).padStart(Math.max(6, String(pupils + 10).length), '0')}`;
}

export function makePupil(f: PupilFactory, i: number): { pupil: Pupil; rng: Rng } {
  const rng = createRng(hashSeed(f.seed, i, 11));
  const planted = f.slots.situationOf(i);
  // Slot 0 always gets a BSN with a leading zero that the register export lost.
  const bsn = bsnFor(i, f.bsnSpace, f.bsnKey, planted?.slot === 0);
  const bsnWritten = bsn.startsWith('0') && (planted?.slot === 0 || rng.chance(0.5)) ? bsn.slice(1) : bsn;
  const base = { index: i, id: pupilId(i, f.pupils), bsn, bsnWritten };
  if (planted) {
    const story = planted.situation.build({ rng, bySector: f.bySector });
    return {
      rng,
      pupil: {
        ...base, birth: story.birth, inSince: story.inSince ?? null, outFrom: story.outFrom ?? null,
        startkwalificatie: story.startkwalificatie ?? null, enrollments: story.enrollments,
        vrijstellingen: story.vrijstellingen ?? [], trajecten: story.trajecten ?? [], redenen: story.redenen ?? [],
        planted: story.planted ?? [], noiseUntil: plantedNoiseUntil, situation: planted.situation.name, expectation: story.expectation,
      },
    };
  }
  // Aged 4 to 18 on the peildatum.
  const birth = rng.int(day(2007, 11, 1), day(2022, 10, 31));
  const { inSince, outFrom, career: c } = applyMove(rng, career(rng, f.bySector, birth));
  return {
    rng,
    pupil: {
      ...base, birth, inSince, outFrom, startkwalificatie: c.startkwalificatie, enrollments: c.enrollments,
      vrijstellingen: [], trajecten: [], redenen: [], planted: [], noiseUntil: peildatum, situation: null, expectation: null,
    },
  };
}

/** A pupil from another municipality at one of our VO or MBO schools: in the absence exports only. */
export function makeVisitor(f: PupilFactory, x: number): { pupil: Pupil; rng: Rng } {
  const { pupil, rng } = makePupil({ ...f, slots: { count: 0, situationOf: () => null } }, f.pupils + x);
  const visiting = pupil.enrollments.filter((e) => e.school.sector === 'VO' || e.school.sector === 'MBO');
  return { rng, pupil: { ...pupil, enrollments: visiting } };
}

/** The class a VO pupil is in on a day, e.g. "3B". */
const august2025 = day(2025, 8, 1);
const august2026 = day(2026, 8, 1);

export function klasFor(birth: Day, index: number): (d: Day) => string {
  const first = secondaryYear(birth);
  const letter = 'ABCD'[index % 4];
  return (d) => {
    const year = d >= august2026 ? 2026 : d >= august2025 ? 2025 : 2024;
    return `${Math.min(6, Math.max(1, year - first + 1))}${letter}`;
  };
}
