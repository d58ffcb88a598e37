// The municipality's schools: about one per 400 residents (at least one of every sector), all in
// holiday region midden, each with its studiedagen, its school days per vestiging, and the
// absence export it produces (per-lesson for VO, hours for MBO, periods for the rest).

import { type Day, parseIso } from './dates.js';
import { type Region, schoolDays } from './calendar.js';
import { studiedagCandidates } from './holidays.js';
import { type Rng } from './random.js';

export type Sector = 'PO' | 'SBO' | 'SO' | 'VSO' | 'VO' | 'MBO';
export type AbsenceLayout = 'perioden' | 'lessen' | 'uren';

export interface Studiedag {
  vestiging: string | null;
  day: Day;
  omschrijving: string;
}

export interface School {
  brin: string;
  vestigingen: string[];
  naam: string;
  sector: Sector;
  regio: Region;
  /** As written in scholen.csv; '' leaves the pipeline's default of 5.0. */
  urenPerDag: string;
  /** Whole lesuren in a day: the rows of a fully missed day in a per-lesson export. */
  lessons: number;
  layout: AbsenceLayout;
  /** Index into the absence files. */
  absenceFile: number;
  /** How this school fills the unused 'Geoorloofd' column (each system differently). */
  flagStyle: number;
  studiedagen: Studiedag[];
  /** School days per vestiging (classification.md §1). */
  days: Record<string, Int32Array>;
}

export interface AbsenceFile {
  name: string;
  layout: AbsenceLayout;
}

const names: Record<Sector, string[]> = {
  PO: [
    'Oranjeschool ’t Zonnetje', 'CBS De Regenboog', 'OBS De Wegwijzer', 'KBS Sint-Thérèse',
    'Montessorischool ’t Palet', 'Jenaplanschool Het Kompas', 'IKC De Sterrenboog', 'Basisschool "De Linde"',
    'Daltonschool De Achtbaan', 'Dr. Schaepmanschool', 'OBS ’t Gildehuis', 'Vrije School Michaël',
  ],
  SBO: ['SBO De Piramide', 'SBO ’t Anker'],
  SO: ['Mytylschool De Brug', 'SO Het Baken'],
  VSO: ['VSO Het Mozaïek', 'VSO De Ruimte'],
  VO: ['Het Atelier – vmbo', 'Christelijk Lyceum De Populier', 'Stedelijk Gymnasium Érasmus', 'Praktijkschool De Brêge', 'Comenius College'],
  MBO: ['ROC Midden & Rijn', 'Vakcollege Zuidoost'],
};

const shares: [Sector, number][] = [['PO', 0.53], ['SBO', 0.07], ['SO', 0.07], ['VSO', 0.07], ['VO', 0.2], ['MBO', 0.06]];
const layoutOf: Record<Sector, AbsenceLayout> = { PO: 'perioden', SBO: 'perioden', SO: 'perioden', VSO: 'perioden', VO: 'lessen', MBO: 'uren' };
const maxFilesPerLayout = 16;

/** A 2-digit + 2-letter BRIN per school number, all distinct (7919 is coprime with 100 * 26 * 26). */
export function brinFor(n: number, offset: number): string {
  const v = (n * 7919 + offset) % 67_600;
  const letters = Math.floor(v / 100);
  const a = String.fromCharCode(65 + Math.floor(letters / 26));
  const b = String.fromCharCode(65 + (letters % 26));
  return `${String(v % 100).padStart(2, '0')}${a}${b}`;
}

function urenPerDag(sector: Sector, n: number): { written: string; lessons: number } {
  if (sector === 'VO') return n % 2 === 0 ? { written: '7', lessons: 7 } : { written: '6', lessons: 6 };
  if (sector === 'MBO') return { written: '6', lessons: 6 };
  if (sector === 'VSO') return { written: '5,5', lessons: 5 };
  if (sector === 'SBO' || (sector === 'PO' && n % 3 === 1)) return { written: '5', lessons: 5 };
  return { written: '', lessons: 5 };
}

function pickStudiedagen(rng: Rng, hasSecondVestiging: boolean): Studiedag[] {
  const chosen = studiedagCandidates.filter(() => rng.chance(0.4));
  const labels = ['Studiedag', 'Teamscholing', 'Studiedag, hele school', 'Margedag'];
  const result: Studiedag[] = chosen.map((d) => ({ vestiging: null, day: parseIso(d), omschrijving: rng.pick(labels) }));
  if (hasSecondVestiging) {
    const extra = studiedagCandidates.find((d) => !chosen.includes(d));
    if (extra) result.push({ vestiging: '01', day: parseIso(extra), omschrijving: 'Studiedag dependance' });
  }
  return result;
}

export function buildSchools(pupils: number, rng: Rng): { schools: School[]; files: AbsenceFile[] } {
  const total = Math.max(7, Math.round(pupils / 400));
  const offset = rng.int(0, 67_599);
  const schools: School[] = [];
  for (const [sector, share] of shares) {
    const count = Math.max(1, Math.round(share * total));
    const list = names[sector];
    for (let k = 0; k < count; k++) {
      const n = schools.length;
      const base = list[k % list.length];
      const naam = k < list.length ? base : `${base} ${Math.floor(k / list.length) + 1}`;
      const vestigingen = (sector === 'PO' || sector === 'VO') && k % 4 === 1 ? ['00', '01'] : ['00'];
      const uren = urenPerDag(sector, k);
      const studiedagen = pickStudiedagen(rng, vestigingen.length > 1);
      const days: Record<string, Int32Array> = {};
      for (const v of vestigingen) {
        days[v] = schoolDays('midden', studiedagen.filter((s) => s.vestiging === null || s.vestiging === v).map((s) => s.day));
      }
      schools.push({
        brin: brinFor(n, offset), vestigingen, naam, sector, regio: 'midden', urenPerDag: uren.written,
        lessons: uren.lessons, layout: layoutOf[sector], absenceFile: -1, flagStyle: n % 4, studiedagen, days,
      });
    }
  }
  return { schools, files: assignAbsenceFiles(schools) };
}

/** One export per school where there are few (VO, MBO), per school board of four for the
 *  period exports, and never more than 16 files per layout (the national benchmark). */
function assignAbsenceFiles(schools: School[]): AbsenceFile[] {
  const files: AbsenceFile[] = [];
  for (const layout of ['perioden', 'lessen', 'uren'] as const) {
    const group = schools.filter((s) => s.layout === layout);
    const perSchool = layout !== 'perioden' && group.length <= maxFilesPerLayout;
    const count = perSchool ? group.length : Math.min(maxFilesPerLayout, Math.ceil(group.length / 4));
    const first = files.length;
    for (let f = 0; f < count; f++) {
      const label = perSchool ? group[f].brin : `${layout === 'perioden' ? 'bestuur' : 'groep'}-${String(f + 1).padStart(2, '0')}`;
      files.push({ name: `verzuim-${layout}-${label}.csv`, layout });
    }
    group.forEach((s, j) => {
      s.absenceFile = first + Math.floor((j * count) / group.length);
    });
  }
  return files;
}
