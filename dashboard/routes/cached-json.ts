// A cached answer is kept as its JSON text: serialised once per snapshot, not once per request
// (the analyst overview of a country is megabytes; stringifying it per request was most of its
// time under load).

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Context } from 'hono';
import type { DataSource } from '../data/source.js';

export async function cachedJson(c: Context, source: DataSource, key: string, read: (connection: DuckDBConnection) => Promise<unknown>): Promise<Response> {
  return c.body(await cachedJsonText(source, key, read), 200, { 'Content-Type': 'application/json' });
}

/** The answer's JSON text, from the cache or worked out and kept (also to prepare it ahead). */
export function cachedJsonText(source: DataSource, key: string, read: (connection: DuckDBConnection) => Promise<unknown>): Promise<string> {
  return source.cached(key, async (connection) => JSON.stringify(await read(connection)));
}
