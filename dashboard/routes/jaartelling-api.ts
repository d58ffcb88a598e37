// The annual count for the analysts (mounted under /api/analyse): the table of the running and the
// previous school year, the youths behind each figure, and both as CSV for Dutch Excel. Exact
// figures and pupil ids, so analist role only.

import type { DuckDBConnection } from '@duckdb/node-api';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { sqlFile } from '../../pipeline/db/sql-file.js';
import { csvChunks } from '../data/csv.js';
import { linesToShow, parseSchooljaar, soorten } from '../data/jaartelling-lines.js';
import { readJaartelling } from '../data/jaartelling.js';
import { queryRows } from '../../pipeline/db/run-sql.js';
import type { DataSource } from '../data/source.js';
import { requireAnalist } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';
import { csvResponse, streamDownload } from './download.js';

const tableColumns = ['schooljaar', 'tot', 'regel', 'omschrijving', ...soorten];
const youthColumns = ['leerling_id', 'brin', 'school', 'categorie', 'fase'];

/** The asked school year, checked against the pattern and against what was counted. */
async function countedSchooljaar(connection: DuckDBConnection, text: string | undefined): Promise<string> {
  const schooljaar = parseSchooljaar(text);
  if (schooljaar === undefined) throw new HTTPException(400, { message: 'schooljaar moet de vorm JJJJ-JJJJ hebben, twee opeenvolgende jaren' });
  const stored = await connection.runAndReadAll('SELECT 1 FROM jaartelling WHERE schooljaar = $schooljaar LIMIT 1', { schooljaar });
  if (stored.getRows().length === 0) {
    throw new HTTPException(404, { message: `schooljaar ${schooljaar} is nog niet geteld (tzm jaartelling --schooljaar ${schooljaar})` });
  }
  return schooljaar;
}

/** One figure: a count line the year stored and a kind; the rates have no list. */
async function figureOf(connection: DuckDBConnection, c: Context) {
  const schooljaar = await countedSchooljaar(connection, c.req.query('schooljaar'));
  const regel = c.req.query('regel') ?? '';
  const onderwijssoort = c.req.query('onderwijssoort') ?? '';
  if (!(soorten as readonly string[]).includes(onderwijssoort)) throw new HTTPException(400, { message: `onderwijssoort is een van ${soorten.join(', ')}` });
  const stored = await connection.runAndReadAll('SELECT 1 FROM jaartelling WHERE schooljaar = $schooljaar AND regel = $regel LIMIT 1', { schooljaar, regel });
  if (stored.getRows().length === 0 || regel.startsWith('per_1000.')) throw new HTTPException(404, { message: 'geen lijst voor deze regel' });
  const line = linesToShow([regel]).find((l) => l.regel === regel);
  return { schooljaar, regel, omschrijving: line?.omschrijving ?? regel, onderwijssoort };
}

const youthParams = ({ schooljaar, regel, onderwijssoort }: { schooljaar: string; regel: string; onderwijssoort: string }) => ({ schooljaar, regel, onderwijssoort });

export function jaartellingApi({ source, logError }: { source: DataSource; logError: (error: unknown) => void }) {
  return new Hono<AppEnv>()
    .use('/jaartelling', requireAnalist)
    .use('/jaartelling/*', requireAnalist)
    .use('/export/jaartelling*', requireAnalist)
    .get('/jaartelling', (c) => cachedJson(c, source, `jaartelling:${c.req.query('schooljaar') ?? ''}`, (conn) => readJaartelling(conn, c.req.query('schooljaar'))))
    .get('/jaartelling/leerlingen', (c) =>
      source.read(async (conn) => {
        const figure = await figureOf(conn, c);
        const rows = await queryRows<{ peildatum: string | null }>(conn, 'dashboard/data/sql/jaartelling-leerlingen.sql', youthParams(figure));
        // the month end the schools are taken from, once
        return c.json({ ...figure, peildatum: rows[0]?.peildatum ?? null, leerlingen: rows.map(({ peildatum, ...row }) => row) });
      }),
    )
    .get('/export/jaartelling.csv', async (c) => {
      let fileName = 'jaartelling.csv';
      const body = await streamDownload(source, async function* (conn) {
        const schooljaar = await countedSchooljaar(conn, c.req.query('schooljaar'));
        fileName = `jaartelling-${schooljaar}.csv`;
        const stored = await conn.runAndReadAll('SELECT DISTINCT regel FROM jaartelling WHERE schooljaar = $schooljaar', { schooljaar });
        const lines = linesToShow(stored.getRows().map(([regel]) => String(regel)));
        const params = { schooljaar, regels: lines.map((l) => l.regel).join('|'), omschrijvingen: lines.map((l) => l.omschrijving).join('|') };
        yield* csvChunks(conn, sqlFile('dashboard/data/sql/export-jaartelling.sql'), params, tableColumns);
      }, logError);
      return csvResponse(c, fileName, body);
    })
    .get('/export/jaartelling-leerlingen.csv', async (c) => {
      let fileName = 'jaartelling-leerlingen.csv';
      const body = await streamDownload(source, async function* (conn) {
        const figure = await figureOf(conn, c);
        fileName = `jaartelling-${figure.schooljaar}-${figure.regel.replace(/[^\w.-]/g, '_')}-${figure.onderwijssoort}.csv`;
        yield* csvChunks(conn, sqlFile('dashboard/data/sql/jaartelling-leerlingen.sql'), youthParams(figure), youthColumns);
      }, logError);
      return csvResponse(c, fileName, body);
    });
}
