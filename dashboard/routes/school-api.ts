// A school's data: only its own BRIN (or any, for the analyst), checked before any query runs.
// The BRIN comes from the path alone; other query parameters cannot widen what is read.

import { Hono } from 'hono';
import { readPupil } from '../data/pupil.js';
import { readSchool } from '../data/school.js';
import type { DataSource } from '../data/source.js';
import { requireSchool } from '../middleware/require-role.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';

export function schoolApi({ source }: { source: DataSource }) {
  return new Hono<AppEnv>()
    .use('/:brin/*', requireSchool)
    .get('/:brin/overzicht', async (c) => {
      const brin = c.req.param('brin');
      return cachedJson(c, source, `school:${brin}:${c.req.query('maand') ?? ''}`, (conn) => readSchool(conn, brin, c.req.query('maand')));
    })
    .get('/:brin/leerling/:id', async (c) => {
      const { brin, id } = c.req.param();
      return cachedJson(c, source, `leerling:${brin}:${id}:${c.req.query('maand') ?? ''}`, (conn) => readPupil(conn, brin, id, c.req.query('maand')));
    });
}
