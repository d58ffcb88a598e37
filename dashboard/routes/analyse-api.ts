// Analyst data and downloads: exact counts and per-pupil rows, so analist role only.

import { Hono, type Context } from 'hono';
import { readAnalyse } from '../data/analyse.js';
import { stream } from 'hono/streaming';
import { csvHeader, csvLines, toCsv } from '../data/csv.js';
import { chooseMonth } from '../data/months.js';
import { query, queryChunks } from '../data/query.js';
import { readQuality } from '../data/quality.js';
import type { DataSource } from '../data/source.js';
import { requireAnalist } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';

type CsvRow = Record<string, string | number | boolean | null>;

function csvResponse(c: Context, fileName: string, rows: CsvRow[], columns?: string[]) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${fileName}"`);
  return c.body(toCsv(rows, columns));
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
      const chosen = await source.read((conn) => chooseMonth(conn, c.req.query('maand')));
      const peildatum = chosen.gekozen?.peildatum ?? '1900-01-01';
      // A country's month is millions of rows: written as they are read, never held whole.
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="classificaties-${chosen.gekozen?.maand ?? 'leeg'}.csv"`);
      return stream(c, async (out) => {
        await out.write(csvHeader(classificationColumns));
        await source.read(async (conn) => {
          for await (const rows of queryChunks<CsvRow>(conn, 'dashboard/data/sql/export-classifications.sql', { peildatum })) {
            if (out.aborted) return;
            await out.write(csvLines(rows, classificationColumns));
          }
        });
      });
    })
    .get('/export/maandtellingen.csv', async (c) => {
      const rows = await source.read((conn) => query<CsvRow>(conn, 'dashboard/data/sql/export-counts.sql'));
      return csvResponse(c, 'maandtellingen.csv', rows, [
        'maand', 'peildatum', 'dimensie', 'waarde', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'aantal',
      ]);
    })
    .get('/export/quarantaine.csv', async (c) => {
      const rows = await source.read((conn) => query<CsvRow>(conn, 'dashboard/data/sql/quarantine.sql', { limit: 1_000_000 }));
      return csvResponse(c, 'quarantaine.csv', rows, ['file_name', 'line', 'kolom', 'reason_nl', 'reason_en', 'record']);
    });
}
