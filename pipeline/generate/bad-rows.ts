// A handful of realistic bad rows, each written among ordinary rows of an ordinary (never a
// planted) pupil and logged with file, physical line and the canonical column it must be
// rejected on (empty: the row as a whole, e.g. a duplicate). Listed in bad-rows.csv.

import { type Day, day } from './dates.js';
import { firstOnOrAfter, lastOnOrBefore, timelineStart } from './calendar.js';
import { type CsvFile } from './write-csv.js';
import { type RegisterFiles } from './register-rows.js';
import { type Who } from './absence-rows.js';
import { type AbsenceItem, type Enrollment, type Pupil } from './pupil.js';

export interface BadRow {
  file: string;
  line: number;
  column: string;
  what: string;
}

type Plan = 'sector' | 'bsn' | 'datum' | 'inschrijving' | 'artikel' | 'code' | 'dubbel' | 'uren_hoog' | 'uren_negatief' | 'periode';

export interface BadRowContext {
  /** Leerling ids and valid BSNs for register rows that belong to no pupil. */
  extraId(n: number): string;
  extraBsn(n: number): string;
  failingBsn: string;
  /** The first export file of each absence layout gets the absence bad rows. */
  isFirstOfLayout(file: CsvFile): boolean;
}

export function createBadRows(ctx: BadRowContext) {
  const rows: BadRow[] = [];
  const done = new Set<Plan>();
  const log = (plan: Plan, file: CsvFile, values: string[], column: string, what: string): void => {
    rows.push({ file: file.name, line: file.row(values), column, what });
    done.add(plan);
  };
  const due = (plan: Plan, file: CsvFile, after: number): boolean => !done.has(plan) && file.rows >= after;

  return {
    rows,

    /** An unknown sector: the VAVO department of a ROC, which the spec's sectors do not include. */
    school(file: CsvFile, brin: string): void {
      log('sector', file, [brin, '02', 'VAVO Midden – volwassenenonderwijs', 'VAVO', 'midden', ''], 'sector', 'onbekende sector VAVO / unknown sector VAVO');
    },

    afterPupil(files: RegisterFiles, pupil: Pupil): void {
      const { leerlingen, inschrijvingen, vrijstellingen } = files;
      if (due('bsn', leerlingen, 25)) {
        log('bsn', leerlingen, [ctx.extraId(1), ctx.failingBsn, leerlingen.date(pupil.birth), '', '', ''], 'bsn', 'BSN voldoet niet aan de elfproef / BSN fails the elfproef');
      }
      if (due('datum', leerlingen, 60)) {
        log('datum', leerlingen, [ctx.extraId(2), ctx.extraBsn(2), leerlingen.date(pupil.birth), '31-02-2026', '', ''], 'in_gemeente_sinds', 'datum bestaat niet (31 februari) / impossible date (31 February)');
      }
      const e = pupil.enrollments[0];
      if (e && due('inschrijving', inschrijvingen, 40)) {
        log('inschrijving', inschrijvingen, [pupil.bsn, e.school.brin, e.vestiging, '2025-09-01', '2025-08-15', 'nee'], 'tot', 'uitschrijfdatum ligt voor inschrijfdatum / tot is before van');
      }
      if (due('artikel', vrijstellingen, 3)) {
        log('artikel', vrijstellingen, [pupil.bsn, '5d', vrijstellingen.date(day(2026, 2, 1)), ''], 'artikel', 'onbekend artikel 5d / unknown article 5d');
      }
    },

    afterAbsences(file: CsvFile, who: Who, e: Enrollment, items: readonly AbsenceItem[], until: Day): void {
      if (!ctx.isFirstOfLayout(file)) return;
      const free = (): Day[] => freeDays(e, items, until);
      const { layout } = e.school;
      if (layout === 'lessen') {
        if (due('code', file, 100)) {
          const [d] = free();
          if (d !== undefined) log('code', file, [who.bsn, e.school.brin, e.vestiging, file.date(d), '3', 'X', '', who.klas(d)], 'code', 'onbekende absentiecode X / unknown absence code X');
        } else if (due('dubbel', file, 300) && items.length > 0) {
          log('dubbel', file, [...file.last], '', 'dubbele regel (zelfde leerling, lesdatum en lesuur) / duplicate row');
        }
      } else if (layout === 'uren') {
        if (due('uren_hoog', file, 40)) {
          const [d] = free();
          if (d !== undefined) log('uren_hoog', file, [who.bsn, e.school.brin, e.vestiging, file.date(d), '25', 'Z'], 'uren', '25 uur op één dag / 25 hours in one day');
        } else if (due('uren_negatief', file, 120)) {
          const [d] = free();
          if (d !== undefined) log('uren_negatief', file, [who.bsn, e.school.brin, e.vestiging, file.date(d), '-1,5', 'TL'], 'uren', 'negatief aantal uren / negative hours');
        }
      } else if (due('periode', file, 80)) {
        const [d1, d2] = free();
        if (d2 !== undefined) {
          log('periode', file, [who.bsn, e.school.brin, e.vestiging, file.date(d2), file.date(d1), '', '', 'Ziek', 'J'], 'tot', 'einddatum ligt voor begindatum / tot is before van');
        }
      }
    },
  };
}

/** School days of the enrollment, up to `until`, on which this pupil has no absence at all. */
function freeDays(e: Enrollment, items: readonly AbsenceItem[], until: Day): Day[] {
  const days = e.school.days[e.vestiging];
  const taken = new Set(items.map((i) => i.day));
  const first = firstOnOrAfter(days, Math.max(e.van, timelineStart));
  const last = lastOnOrBefore(days, Math.min(e.tot ?? until, until));
  const result: Day[] = [];
  for (let i = first; i <= last && result.length < 2; i++) if (!taken.has(days[i])) result.push(days[i]);
  return result;
}
