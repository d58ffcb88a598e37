// The result of classification as users get it: exactly the fields of classification.md §5,
// in that order, read from the temp table `classification` left by classifyPeildatum.

import type { DuckDBConnection } from '@duckdb/node-api';
import { classificationFields, dateFields } from './classification-fields.js';

export interface ClassificationRow {
  leerling_id: string;
  peildatum: string;
  categorie: string;
  fase: string;
  duur: string;
  officieel: string;
  passend_aanbod: string;
  signalen: string;
  artikel: string;
  streak_start: string | null;
  streak_dagen: number | null;
  aanwezigheid_w4: number | null;
  ongeoorloofd_uren_w4: number | null;
  brin: string;
  sector: string;
  kwalificatieplichtig: string;
  te_laat_w4: number | null;
  reden: string;
}

// The row type names exactly the fields of the one list: a field missing on either side does not compile.
type Field = (typeof classificationFields)[number];
const rowHasEveryField: [Exclude<keyof ClassificationRow, Field>, Exclude<Field, keyof ClassificationRow>] extends [never, never] ? true : never = true;

const selectRows = `
  SELECT ${classificationFields.map((f) => (dateFields.includes(f) ? `strftime(${f}, '%Y-%m-%d') AS ${f}` : f)).join(', ')}
  FROM classification
  ORDER BY leerling_id`;

export async function readClassificationRows(connection: DuckDBConnection): Promise<ClassificationRow[]> {
  const reader = await connection.runAndReadAll(selectRows);
  return reader.getRowObjectsJS() as unknown as ClassificationRow[];
}

/** The same rows in batches, so that a municipality-sized result never sits in memory at once. */
export async function* classificationRowBatches(connection: DuckDBConnection): AsyncGenerator<ClassificationRow[]> {
  const result = await connection.stream(selectRows);
  for await (const batch of result.yieldRowObjectJs()) {
    yield batch as unknown as ClassificationRow[];
  }
}

/** A row as the CSV shows it: empty strings for empty fields, attendance with 3 decimals. */
export function csvRecord(row: ClassificationRow): Record<string, string> {
  return {
    ...row,
    streak_start: row.streak_start ?? '',
    streak_dagen: row.streak_dagen === null ? '' : String(row.streak_dagen),
    aanwezigheid_w4: row.aanwezigheid_w4 === null ? '' : row.aanwezigheid_w4.toFixed(3),
    ongeoorloofd_uren_w4: row.ongeoorloofd_uren_w4 === null ? '' : String(row.ongeoorloofd_uren_w4),
    te_laat_w4: row.te_laat_w4 === null ? '' : String(row.te_laat_w4),
  };
}
