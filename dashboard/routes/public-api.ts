// Public data (no login): aggregates only, small numbers suppressed (dashboard/data/raad.ts,
// jaarverslag.ts).

import { Hono } from 'hono';
import { readJaarverslag } from '../data/jaarverslag.js';
import { readRaad } from '../data/raad.js';
import type { DataSource } from '../data/source.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson } from './cached-json.js';

export function publicApi({ source, upTo }: { source: DataSource; upTo: number }) {
  return new Hono<AppEnv>()
    .get('/raad', (c) =>
      cachedJson(c, source, `raad:${c.req.query('maand') ?? ''}:${upTo}`, (connection) => readRaad(connection, c.req.query('maand'), upTo)),
    )
    .get('/jaarverslag', (c) =>
      cachedJson(c, source, `jaarverslag:${c.req.query('schooljaar') ?? ''}:${upTo}`, (connection) => readJaarverslag(connection, c.req.query('schooljaar'), upTo)),
    );
}
