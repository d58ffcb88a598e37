// The shape of every file written: delimiter, encoding, line ends, date style and header names.
// Mixed on purpose, as a municipality receives them: Excel exports from the register (';',
// Windows-1252, CRLF), a web export (',' UTF-8 with BOM, ISO dates), school systems each their own.
// Headers use aliases from schemas/layouts/*.json.

import { type CsvShape } from './write-csv.js';
import { type AbsenceLayout } from './schools.js';

export type RegisterFile = 'scholen' | 'leerlingen' | 'inschrijvingen' | 'vrijstellingen' | 'trajecten' | 'redenen' | 'studiedagen' | 'feestdagen';

const excel: CsvShape = { delimiter: ';', encoding: 'windows-1252', lineEnd: '\r\n', dates: 'dd-mm-yyyy', decimal: ',' };

export const registerShapes: Record<RegisterFile, CsvShape> = {
  scholen: excel,
  leerlingen: excel,
  inschrijvingen: { delimiter: ',', encoding: 'utf-8-bom', lineEnd: '\n', dates: 'iso', decimal: '.' },
  vrijstellingen: { ...excel, dates: 'd-m-yyyy' },
  trajecten: { delimiter: '\t', encoding: 'utf-8', lineEnd: '\n', dates: 'dd-mm-yyyy', decimal: ',' },
  redenen: { delimiter: ';', encoding: 'utf-8', lineEnd: '\n', dates: 'dd/mm/yyyy', decimal: ',' },
  studiedagen: { delimiter: ',', encoding: 'utf-8', lineEnd: '\n', dates: 'iso', decimal: '.' },
  feestdagen: { delimiter: ',', encoding: 'utf-8', lineEnd: '\n', dates: 'iso', decimal: '.' },
};

export const registerHeaders: Record<RegisterFile, string[]> = {
  scholen: ['BRIN', 'Vestiging', 'Schoolnaam', 'Sector', 'Regio', 'Uren per dag'],
  leerlingen: ['Leerlingnummer', 'BSN', 'Geboortedatum', 'Datum vestiging', 'Datum vertrek', 'Startkwalificatie'],
  inschrijvingen: ['bsn', 'brin', 'vestiging', 'inschrijfdatum', 'uitschrijfdatum', 'aangepast_programma'],
  vrijstellingen: ['BSN', 'Artikel', 'Ingangsdatum', 'Einddatum'],
  trajecten: ['bsn', 'soort', 'van', 'tot'],
  redenen: ['BSN', 'Registratiedatum', 'Reden'],
  studiedagen: ['brin', 'vestiging', 'van', 'tot', 'omschrijving'],
  feestdagen: ['regio', 'van', 'tot', 'omschrijving'],
};

export const absenceShapes: Record<AbsenceLayout, CsvShape> = {
  lessen: excel,
  perioden: { delimiter: ',', encoding: 'utf-8', lineEnd: '\n', dates: 'd-m-yyyy', decimal: '.' },
  uren: { delimiter: ';', encoding: 'utf-8-bom', lineEnd: '\r\n', dates: 'dd-mm-yyyy', decimal: ',' },
};

export const absenceHeaders: Record<AbsenceLayout, string[]> = {
  // An extra 'Klas' column, as real exports carry columns nobody asked for.
  lessen: ['BSN leerling', 'BRIN', 'Vestiging', 'Lesdatum', 'Lesuur', 'Absentiecode', 'Geoorloofd', 'Klas'],
  perioden: ['Burgerservicenummer', 'Brinnummer', 'Vestigingsnummer', 'Begindatum', 'Einddatum', 'Beginlesuur', 'Eindlesuur', 'Verzuimsoort', 'Geoorloofd J/N'],
  uren: ['BSN', 'BRIN', 'Vestiging', 'Datum', 'Uren', 'Code'],
};
