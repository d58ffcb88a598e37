// Analyst data and downloads: exact counts and per-pupil rows, so analist role only.

import { Hono } from 'hono';
import { storedFields } from '../../pipeline/classify/classification-fields.js';
import { sqlFile } from '../../pipeline/db/sql-file.js';
import { readAnalyse } from '../data/analyse.js';
import { csvChunks } from '../data/csv.js';
import { chooseMonth } from '../data/months.js';
import { readQuality } from '../data/quality.js';
import type { DataSource } from '../data/source.js';
import { requireAnalist } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';
import { csvResponse, streamDownload } from './download.js';

// The stored columns (pipeline/classify/classification-fields.ts), §5 first (with te_laat_w4 of
// classification.md 1.1), then the dashboard fields.
export const classificationColumns: string[] = [...storedFields];

/** Dutch headers where the column's own name is English (the rest are Dutch already). */
const classificationHeaders = { streak_start: 'reeks_start', streak_dagen: 'reeks_schooldagen' };
const quarantineHeaders = { file_name: 'bestand', line: 'regel', reason_nl: 'reden', reason_en: 'reden_engels', record: 'gegevens' };

export function analyseApi({ source, logError }: { source: DataSource; logError: (error: unknown) => void }) {
  const csv = (file: string, params: Record<string, string | number>, columns: string[], headers: Record<string, string> = {}) =>
    streamDownload(source, (conn) => csvChunks(conn, sqlFile(file), params, columns, headers), logError);
  return new Hono<AppEnv>()
    .use('*', requireAnalist)
    .get('/overzicht', (c) => cachedJson(c, source, `analyse:${c.req.query('maand') ?? ''}`, (conn) => readAnalyse(conn, c.req.query('maand'))))
    .get('/datakwaliteit', (c) => cachedJson(c, source, `kwaliteit:${c.req.query('maand') ?? ''}`, (conn) => readQuality(conn, c.req.query('maand'))))
    .get('/export/classificaties.csv', async (c) => {
      // The month and its rows from one snapshot: the file name is known before the first piece.
      let fileName = 'classificaties-leeg.csv';
      const body = await streamDownload(source, async function* (conn) {
        const { gekozen } = await chooseMonth(conn, c.req.query('maand'));
        fileName = `classificaties-${gekozen?.maand ?? 'leeg'}.csv`;
        yield* csvChunks(conn, sqlFile('dashboard/data/sql/export-classifications.sql'), { peildatum: gekozen?.peildatum ?? '1900-01-01' }, classificationColumns, classificationHeaders);
      }, logError);
      return csvResponse(c, fileName, body);
    })
    .get('/export/maandtellingen.csv', async (c) =>
      csvResponse(c, 'maandtellingen.csv', await csv('dashboard/data/sql/export-counts.sql', {}, [
        'maand', 'peildatum', 'dimensie', 'waarde', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'aantal',
      ])),
    )
    .get('/export/quarantaine.csv', async (c) =>
      csvResponse(c, 'quarantaine.csv', await csv('dashboard/data/sql/quarantine.sql', { limit: 1_000_000 },
        ['file_name', 'line', 'kolom', 'reason_nl', 'reason_en', 'record'], quarantineHeaders)),
    );
}
