// What the generator knows about one resident: the register rows it will write (leerlingen,
// inschrijvingen, vrijstellingen, trajecten, redenen) and the absences each school will export.

import { type Day } from './dates.js';
import { type School } from './schools.js';

export interface Enrollment {
  school: School;
  vestiging: string;
  van: Day;
  tot: Day | null;
  aangepast: boolean;
}

/** One absence on one school day: lesuren from..to, or the whole day. In an hours export,
 *  `hours` (when set) replaces the lesuren count, e.g. 0.5 for arriving late. */
export interface AbsenceItem {
  day: Day;
  code: string;
  full: boolean;
  from: number;
  to: number;
  hours?: number;
}

export interface Dated {
  van: Day;
  tot: Day | null;
}

/** What planted.csv states for a pupil on the peildatum (classification.md §5 fields). */
export interface Expectation {
  categorie: 'ingeschreven' | 'absoluut_verzuim' | 'vrijgesteld' | 'bijna_leerplichtig' | 'buiten_beeld';
  fase: string;
  duur: string;
  officieel: string;
  passend_aanbod: string;
  artikel: string;
  signaal: string;
  signalen: string[];
  streak_start: Day | null;
  brin: string;
  reden: string;
}

export interface Pupil {
  index: number;
  id: string;
  bsn: string;
  /** The BSN as the register export shows it: 8 digits when a spreadsheet dropped the leading zero. */
  bsnWritten: string;
  birth: Day;
  inSince: Day | null;
  outFrom: Day | null;
  startkwalificatie: Day | null;
  enrollments: Enrollment[];
  vrijstellingen: (Dated & { artikel: string })[];
  trajecten: (Dated & { soort: string })[];
  redenen: { datum: Day; reden: string }[];
  /** Planted absences per enrollment (normal ones are drawn while writing). */
  planted: { enrollment: Enrollment; items: AbsenceItem[] }[];
  /** Ordinary absence noise is drawn only up to this day (planted pupils: before their story). */
  noiseUntil: Day;
  situation: string | null;
  expectation: Expectation | null;
}
