// The register exports: schools, studiedagen, feestdagen, and per resident the rows of
// leerlingen, inschrijvingen, vrijstellingen, trajecten and redenen.

import { parseIso } from './dates.js';
import { feestdagen } from './holidays.js';
import { type CsvFile } from './write-csv.js';
import { type RegisterFile } from './files.js';
import { type School } from './schools.js';
import { type Pupil } from './pupil.js';

export type RegisterFiles = Record<RegisterFile, CsvFile>;

export function schoolRow(school: School, vestiging: string): string[] {
  return [school.brin, vestiging, school.naam, school.sector, school.regio, school.urenPerDag];
}

export function writeStudiedagen(file: CsvFile, schools: readonly School[]): void {
  schools.forEach((school, n) => {
    school.studiedagen.forEach((s, k) => {
      // One omschrijving spans two lines inside quotes, as a pasted note would.
      const last = n === schools.length - 1 && k === school.studiedagen.length - 1;
      const omschrijving = last ? `${s.omschrijving}\n(hele dag geen lessen)` : s.omschrijving;
      file.row([school.brin, s.vestiging ?? '', file.date(s.day), file.date(s.day), omschrijving]);
    });
  });
}

export function writeFeestdagen(file: CsvFile): void {
  for (const f of feestdagen) file.row(['landelijk', file.date(parseIso(f.van)), file.date(parseIso(f.tot)), f.omschrijving]);
}

export function writePupilRegister(files: RegisterFiles, pupil: Pupil): void {
  const { leerlingen, inschrijvingen, vrijstellingen, trajecten, redenen } = files;
  leerlingen.row([
    pupil.id, pupil.bsnWritten, leerlingen.date(pupil.birth), leerlingen.date(pupil.inSince),
    leerlingen.date(pupil.outFrom), leerlingen.date(pupil.startkwalificatie),
  ]);
  for (const e of pupil.enrollments) {
    // The optional column is left empty by some administrations when there is nothing to say.
    const aangepast = e.aangepast ? 'ja' : pupil.index % 3 === 0 ? '' : 'nee';
    inschrijvingen.row([pupil.bsn, e.school.brin, e.vestiging, inschrijvingen.date(e.van), inschrijvingen.date(e.tot), aangepast]);
  }
  for (const v of pupil.vrijstellingen) {
    vrijstellingen.row([pupil.bsn, v.artikel, vrijstellingen.date(v.van), vrijstellingen.date(v.tot)]);
  }
  for (const t of pupil.trajecten) trajecten.row([pupil.bsn, t.soort, trajecten.date(t.van), trajecten.date(t.tot)]);
  for (const r of pupil.redenen) redenen.row([pupil.bsn, redenen.date(r.datum), r.reden]);
}
