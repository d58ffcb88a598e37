// Hand-made input rows for classification tests, inserted straight into the validated tables
// (what `tzm ingest` would leave behind). Each builder fills the columns a test does not care
// about; pupil_key is derived from the leerling_id so tests can speak of pupils by id.

import { openDatabase, type Database } from '../../pipeline/db/open.js';
import { classify } from '../../pipeline/classify/classify.js';
import type { ClassificationRow } from '../../pipeline/classify/classification-rows.js';
import { resolveSettings, type Settings } from '../../pipeline/settings.js';
import { carriesPupilNo, keepsPupilKey, numberPupilKeys, storedThrough } from '../dashboard/helpers/insert-rows.js';

type Value = string | number | boolean | null;
type Row = Record<string, Value>;

export interface Inputs {
  scholen?: Row[];
  vakanties?: Row[];
  leerlingen?: Row[];
  inschrijvingen?: Row[];
  vrijstellingen?: Row[];
  trajecten?: Row[];
  redenen?: Row[];
  verzuim_events?: Row[];
  verzuim_periods?: Row[];
}

export const keyOf = (leerlingId: string) => `key-${leerlingId}`;

export const school = (o: Row = {}): Row => ({
  brin: '01AA', vestiging: '00', naam: 'De Linde', sector: 'VO', regio: 'midden', uren_per_dag: 5, ...o,
});

/** A resident born 2012-06-15: in scope (13-14 years old) throughout 2025. */
export const pupil = (id: string, o: Row = {}): Row => ({
  leerling_id: id, pupil_key: keyOf(id), geboortedatum: '2012-06-15',
  in_gemeente_sinds: null, uit_gemeente: null, startkwalificatie: null, ...o,
});

export const enrollment = (id: string, o: Row = {}): Row => ({
  pupil_key: keyOf(id), brin: '01AA', vestiging: '00', van: '2024-08-19', tot: null, aangepast_programma: false, ...o,
});

export const holiday = (van: string, tot: string, o: Row = {}): Row => ({
  regio: 'midden', brin: null, vestiging: null, van, tot, omschrijving: 'vakantie', ...o,
});

export const event = (id: string, datum: string, uren: number, categorie: string, o: Row = {}): Row => ({
  pupil_key: keyOf(id), brin: '01AA', vestiging: '00', datum, uren, code: categorie, categorie, ...o,
});

export const period = (id: string, van: string, tot: string, categorie: string, o: Row = {}): Row => ({
  pupil_key: keyOf(id), brin: '01AA', vestiging: '00', van, tot, code: categorie, categorie, ...o,
});

/**
 * classification.md §1 "Data coverage": one `geen_verzuim` mark (no absent hours) of a pupil of
 * the school on the 1st of each month from `from` to `to` (YYYY-MM), so that the school's data
 * covers those months and their weekdays are school days.
 */
export function delivered(from: string, to: string, brin = '01AA'): Row[] {
  const rows: Row[] = [];
  for (let [y, m] = from.split('-').map(Number); y * 12 + m <= Number(to.slice(0, 4)) * 12 + Number(to.slice(5)); m === 12 ? (y++, m = 1) : m++) {
    rows.push(event('COVER', `${y}-${String(m).padStart(2, '0')}-01`, 0, 'geen_verzuim', { brin }));
  }
  return rows;
}

export const vrijstelling = (id: string, artikel: string, van: string, tot: string | null = null): Row => ({
  pupil_key: keyOf(id), artikel, van, tot,
});

export const traject = (id: string, soort: string, van: string, tot: string | null = null): Row => ({
  pupil_key: keyOf(id), soort, van, tot,
});

export const reden = (id: string, datum: string, categorie: string, o: Row = {}): Row => ({
  pupil_key: keyOf(id), datum, reden: categorie, ...o,
});

/** A fresh database (in memory unless a file is given) holding exactly these rows. */
export async function databaseWith(inputs: Inputs, file = ':memory:'): Promise<Database> {
  const db = await openDatabase(file);
  // Every key gets its number first, as merging a file gives it (pipeline/ingest/pupil-numbers.ts).
  const keys = Object.values(inputs).flatMap((rows: Row[]) => rows.map((row) => row.pupil_key)).filter((key) => typeof key === 'string');
  await numberPupilKeys(db.connection, keys);
  for (const [table, rows] of Object.entries(inputs) as [string, Row[]][]) {
    await storedThrough(db.connection, table, (target) => insertEach(db, table, target, rows));
  }
  return db;
}

/** Inserts `rows` of `table` one by one into `target` (the table, or storedThrough's stand-in). */
async function insertEach(db: Database, table: string, target: string, rows: Row[]): Promise<void> {
  for (const row of rows) {
    const values: Row = { file_id: 1, ...row };
    // the absence tables keep the pupil's number only: the key just finds it
    const columns = Object.keys(values).filter((column) => column !== 'pupil_key' || keepsPupilKey(table));
    const expressions = columns.map((c) => `$${c}`);
    if (carriesPupilNo(table) && !('pupil_no' in values)) {
      columns.push('pupil_no');
      expressions.push('(SELECT pupil_no FROM pupil_numbers WHERE pupil_key = $pupil_key)');
    }
    await db.connection.run(`INSERT INTO ${target} (${columns.join(', ')}) VALUES (${expressions.join(', ')})`, values);
  }
}

/** Classifies on D and returns the rows by leerling_id. */
export async function classifyAll(
  inputs: Inputs,
  peildatum: string,
  overrides: Partial<Settings> = {},
): Promise<Map<string, ClassificationRow>> {
  const db = await databaseWith(inputs);
  try {
    const rows = await classify(db.connection, { peildatum, settings: resolveSettings(overrides) });
    return new Map(rows.map((row) => [row.leerling_id, row]));
  } finally {
    db.close();
  }
}

/** The one classification row of a pupil on D (throws when the pupil is not classified). */
export async function classifyPupil(
  inputs: Inputs,
  peildatum: string,
  leerlingId = 'L1',
  overrides: Partial<Settings> = {},
): Promise<ClassificationRow> {
  const row = (await classifyAll(inputs, peildatum, overrides)).get(leerlingId);
  if (!row) throw new Error(`${leerlingId} is not classified on ${peildatum}`);
  return row;
}

/** Every weekday from van to tot inclusive, as ISO dates: test data for long absences. */
export function weekdays(van: string, tot: string): string[] {
  const days: string[] = [];
  for (let d = new Date(`${van}T00:00:00Z`); d <= new Date(`${tot}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}
