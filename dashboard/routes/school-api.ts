// A school's data: only its own BRIN (or any, for the analyst), checked before any query runs.
// The BRIN comes from the path alone; other query parameters cannot widen what is read.

import { Hono } from 'hono';
import { sqlFile } from '../../pipeline/db/sql-file.js';
import { csvChunks } from '../data/csv.js';
import { chooseMonth } from '../data/months.js';
import { readPupil } from '../data/pupil.js';
import { readSchool } from '../data/school.js';
import type { DataSource } from '../data/source.js';
import { requireSchool } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';
import { csvResponse, streamDownload } from './download.js';

/** The action list's columns in the download, in the order of the page. */
const actionListColumns = [
  'leerling_id', 'fase', 'duur', 'officieel', 'signalen', 'streak_start', 'streak_dagen',
  'aanwezigheid_w4', 'ongeoorloofd_uren_w4', 'reden', 'traject_soort', 'sinds_vorige_maand',
];

export function schoolApi({ source, logError }: { source: DataSource; logError: (error: unknown) => void }) {
  return new Hono<AppEnv>()
    .use('/:brin/*', requireSchool)
    .get('/:brin/overzicht', async (c) => {
      const brin = c.req.param('brin');
      return cachedJson(c, source, `school:${brin}:${c.req.query('maand') ?? ''}`, (conn) => readSchool(conn, brin, c.req.query('maand')));
    })
    .get('/:brin/leerlingen.csv', async (c) => {
      // The school's own list, for acting on it outside the page: the same rows as the page.
      const brin = c.req.param('brin');
      let fileName = `leerlingen-${brin}.csv`;
      const body = await streamDownload(source, async function* (conn) {
        const { gekozen } = await chooseMonth(conn, c.req.query('maand'));
        fileName = `leerlingen-${brin}-${gekozen?.maand ?? 'leeg'}.csv`;
        yield* csvChunks(conn, sqlFile('dashboard/data/sql/school-pupils.sql'), { brin, peildatum: gekozen?.peildatum ?? '1900-01-01' }, actionListColumns);
      }, logError);
      return csvResponse(c, fileName, body);
    })
    .get('/:brin/leerling/:id', async (c) => {
      const { brin, id } = c.req.param();
      return cachedJson(c, source, `leerling:${brin}:${id}:${c.req.query('maand') ?? ''}`, (conn) => readPupil(conn, brin, id, c.req.query('maand')));
    });
}
