// Public data (no login): aggregates only, small numbers suppressed (dashboard/data/raad.ts,
// jaarverslag.ts).

import { Hono } from 'hono';
import { readJaarverslag } from '../data/jaarverslag.js';
import { readRaad } from '../data/raad.js';
import type { DataSource } from '../data/source.js';
import type { AppEnv } from '../middleware/session.js';
import { cachedJson, cachedJsonBytes } from './cached-json.js';

const raadKey = (maand: string | undefined, upTo: number) => `raad:${maand ?? ''}:${upTo}`;

export function publicApi({ source, upTo }: { source: DataSource; upTo: number }) {
  return new Hono<AppEnv>()
    .get('/raad', (c) =>
      cachedJson(c, source, raadKey(c.req.query('maand'), upTo), (connection) => readRaad(connection, c.req.query('maand'), upTo)),
    )
    .get('/jaarverslag', (c) =>
      cachedJson(c, source, `jaarverslag:${c.req.query('schooljaar') ?? ''}:${upTo}`, (connection) => readJaarverslag(connection, c.req.query('schooljaar'), upTo)),
    );
}

/**
 * The council page of the newest month, worked out when a snapshot is opened (serve.ts): its
 * suppression takes seconds the first time (the LP solver is compiled, every month audited), which
 * its first visitor after each monitor run would otherwise wait for.
 */
export function preparePublicPages(snapshot: DataSource, upTo: number): Promise<unknown> {
  return cachedJsonBytes(snapshot, raadKey(undefined, upTo), (connection) => readRaad(connection, undefined, upTo));
}
