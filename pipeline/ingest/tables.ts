// The validated tables an ingest writes, their columns in append order, and their natural keys.
// The natural key decides what a corrected re-export replaces (README "Rules": natural keys).

export type ColumnType = 'VARCHAR' | 'DATE' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';

export interface TableSpec {
  columns: ReadonlyArray<readonly [name: string, type: ColumnType]>;
  /**
   * Rows of an earlier file with the same key are replaced by the new file's row.
   * For absence tables the key is the school and the month (see `replaceBy`). `pupil_key` in a
   * key stands for the pupil (the BSN while a file is staged), also where the table keeps only
   * the pupil's number.
   */
  key: readonly string[];
  /** Absence exports replace whole months per school and source layout, not single rows. */
  replaceBy?: 'school-month';
  /** For school-month replacement: the date column that places a row in a month. */
  monthOf?: string;
  /**
   * Only rows meeting this condition can be duplicates (inputs.md 1.1): a per-lesson row (with
   * a lesson number) is one lesson; rows without one are registrations, and identical
   * registrations all count. 'false': no duplicate check at all.
   */
  duplicatesAmong?: string;
}

export const TABLES = {
  scholen: {
    columns: [['brin', 'VARCHAR'], ['vestiging', 'VARCHAR'], ['naam', 'VARCHAR'], ['sector', 'VARCHAR'], ['regio', 'VARCHAR'], ['uren_per_dag', 'DOUBLE']],
    key: ['brin', 'vestiging'],
  },
  vakanties: {
    columns: [['regio', 'VARCHAR'], ['brin', 'VARCHAR'], ['vestiging', 'VARCHAR'], ['van', 'DATE'], ['tot', 'DATE'], ['omschrijving', 'VARCHAR']],
    key: ['regio', 'brin', 'vestiging', 'van'],
  },
  leerlingen: {
    columns: [['leerling_id', 'VARCHAR'], ['pupil_key', 'VARCHAR'], ['pupil_no', 'INTEGER'], ['geboortedatum', 'DATE'], ['in_gemeente_sinds', 'DATE'], ['uit_gemeente', 'DATE'], ['startkwalificatie', 'DATE']],
    key: ['leerling_id'],
  },
  inschrijvingen: {
    columns: [['pupil_key', 'VARCHAR'], ['pupil_no', 'INTEGER'], ['brin', 'VARCHAR'], ['vestiging', 'VARCHAR'], ['van', 'DATE'], ['tot', 'DATE'], ['aangepast_programma', 'BOOLEAN']],
    key: ['pupil_key', 'brin', 'vestiging', 'van'],
  },
  vrijstellingen: {
    columns: [['pupil_key', 'VARCHAR'], ['pupil_no', 'INTEGER'], ['artikel', 'VARCHAR'], ['van', 'DATE'], ['tot', 'DATE']],
    key: ['pupil_key', 'artikel', 'van'],
  },
  trajecten: {
    columns: [['pupil_key', 'VARCHAR'], ['pupil_no', 'INTEGER'], ['soort', 'VARCHAR'], ['van', 'DATE'], ['tot', 'DATE']],
    key: ['pupil_key', 'soort', 'van'],
  },
  redenen: {
    columns: [['pupil_key', 'VARCHAR'], ['pupil_no', 'INTEGER'], ['datum', 'DATE'], ['reden', 'VARCHAR']],
    key: ['pupil_key', 'datum'],
  },
  verzuim_events: {
    // the pupil by number only (schema.sql): no 64-character key on every absence row
    columns: [['pupil_no', 'INTEGER'], ['brin', 'VARCHAR'], ['vestiging', 'VARCHAR'], ['datum', 'DATE'], ['lesuur', 'INTEGER'], ['uren', 'DOUBLE'], ['code', 'VARCHAR'], ['categorie', 'VARCHAR']],
    // the same pupil, school, date and lesson twice is a duplicate
    key: ['pupil_key', 'brin', 'vestiging', 'datum', 'lesuur'],
    replaceBy: 'school-month',
    monthOf: 'datum',
    duplicatesAmong: 'lesuur IS NOT NULL',
  },
  verzuim_periods: {
    columns: [['pupil_no', 'INTEGER'], ['brin', 'VARCHAR'], ['vestiging', 'VARCHAR'], ['van', 'DATE'], ['tot', 'DATE'], ['code', 'VARCHAR'], ['categorie', 'VARCHAR']],
    key: ['pupil_key', 'brin', 'vestiging', 'van', 'tot', 'code'],
    replaceBy: 'school-month',
    monthOf: 'van',
    duplicatesAmong: 'false',
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

/** A table of pupils: its rows carry the pupil's number (pupil_numbers), so a file of it names pupils by BSN. */
export const hasPupilNumber = (table: TableName): boolean => TABLES[table].columns.some(([name]) => name === 'pupil_no');
