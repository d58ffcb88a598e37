// Analyst data and downloads: exact counts and per-pupil rows, so analist role only.

import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import { sqlFile } from '../../pipeline/db/sql-file.js';
import { readAnalyse } from '../data/analyse.js';
import { csvChunks } from '../data/csv.js';
import { chooseMonth } from '../data/months.js';
import { readQuality } from '../data/quality.js';
import type { DataSource } from '../data/source.js';
import { requireAnalist } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';

/** A download streamed as DuckDB writes it (dashboard/data/csv.ts), never held whole. */
function csvDownload(c: Context, source: DataSource, fileName: string, file: string, params: Record<string, string | number>, columns: string[]) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${fileName}"`);
  return stream(c, (out) =>
    source.read(async (conn) => {
      for await (const chunk of csvChunks(conn, sqlFile(file), params, columns)) {
        if (out.aborted) return;
        await out.write(chunk);
      }
    }),
  );
}

const classificationColumns = [
  'leerling_id', 'peildatum', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'signalen', 'artikel',
  'streak_start', 'streak_dagen', 'aanwezigheid_w4', 'ongeoorloofd_uren_w4', 'brin', 'sector', 'kwalificatieplichtig',
  'reden', 'vestiging', 'leeftijd', 'traject_soort',
];

export function analyseApi({ source }: { source: DataSource }) {
  return new Hono<AppEnv>()
    .use('*', requireAnalist)
    .get('/overzicht', (c) => cachedJson(c, source, `analyse:${c.req.query('maand') ?? ''}`, (conn) => readAnalyse(conn, c.req.query('maand'))))
    .get('/datakwaliteit', (c) => cachedJson(c, source, `kwaliteit:${c.req.query('maand') ?? ''}`, (conn) => readQuality(conn, c.req.query('maand'))))
    .get('/export/classificaties.csv', async (c) => {
      const { gekozen } = await source.read((conn) => chooseMonth(conn, c.req.query('maand')));
      return csvDownload(c, source, `classificaties-${gekozen?.maand ?? 'leeg'}.csv`, 'dashboard/data/sql/export-classifications.sql',
        { peildatum: gekozen?.peildatum ?? '1900-01-01' }, classificationColumns);
    })
    .get('/export/maandtellingen.csv', (c) =>
      csvDownload(c, source, 'maandtellingen.csv', 'dashboard/data/sql/export-counts.sql', {}, [
        'maand', 'peildatum', 'dimensie', 'waarde', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'aantal',
      ]),
    )
    .get('/export/quarantaine.csv', (c) =>
      csvDownload(c, source, 'quarantaine.csv', 'dashboard/data/sql/quarantine.sql', { limit: 1_000_000 },
        ['file_name', 'line', 'kolom', 'reason_nl', 'reason_en', 'record']),
    );
}
