// The result of classification as users get it: exactly the fields of classification.md §5,
// in that order, read from the temp table `classification` left by classifyPeildatum.

import type { DuckDBConnection } from '@duckdb/node-api';

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

export const classificationFields = [
  'leerling_id', 'peildatum', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'signalen',
  'artikel', 'streak_start', 'streak_dagen', 'aanwezigheid_w4', 'ongeoorloofd_uren_w4', 'brin', 'sector',
  'kwalificatieplichtig', 'te_laat_w4', 'reden',
] as const satisfies readonly (keyof ClassificationRow)[];

const selectRows = `
  SELECT leerling_id, strftime(peildatum, '%Y-%m-%d') AS peildatum, categorie, fase, duur, officieel,
    passend_aanbod, signalen, artikel, strftime(streak_start, '%Y-%m-%d') AS streak_start, streak_dagen,
    aanwezigheid_w4, ongeoorloofd_uren_w4, brin, sector, kwalificatieplichtig, te_laat_w4, reden
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
