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

/** Rows of `select` in batches, so that a municipality-sized result never sits in memory at once. */
export async function* rowBatches<Row>(connection: DuckDBConnection, select = selectRows): AsyncGenerator<Row[]> {
  const result = await connection.stream(select);
  for await (const batch of result.yieldRowObjectJs()) {
    yield batch as unknown as Row[];
  }
}

/**
 * The rows as the CSV shows them, formatted by DuckDB so that its own writer can write a
 * country's 2.5 million rows (`tzm classify --out`): handing them to JavaScript one value at a
 * time took about a third of a country classify. Dates YYYY-MM-DD, attendance with 3 decimals,
 * hours as JavaScript writes numbers (16, 12.5), NULL (written empty) for an empty field.
 */
export const selectCsvRows = `
  SELECT ${classificationFields.map((f) => `${csvText(f)} AS ${f}`).join(', ')}
  FROM classification
  ORDER BY leerling_id`;

function csvText(field: string): string {
  if (dateFields.includes(field)) return `strftime(${field}, '%Y-%m-%d')`;
  if (field === 'aanwezigheid_w4') return `printf('%.3f', ${field})`;
  if (field === 'ongeoorloofd_uren_w4') return `CASE WHEN ${field} = trunc(${field}) THEN ${field}::BIGINT::VARCHAR ELSE ${field}::VARCHAR END`;
  return `nullif(${field}::VARCHAR, '')`;
}
