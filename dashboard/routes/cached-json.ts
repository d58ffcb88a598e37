// A cached answer is kept as its JSON, serialised and UTF-8 encoded once per snapshot, not once
// per request (the analyst overview of a country is megabytes; stringifying it per request was
// most of its time under load, and a text with a single non-ASCII character is measured and
// encoded again on every write).

import type { DuckDBConnection } from '@duckdb/node-api';
import type { Context } from 'hono';
import type { DataSource } from '../data/source.js';

export async function cachedJson(c: Context, source: DataSource, key: string, read: (connection: DuckDBConnection) => Promise<unknown>): Promise<Response> {
  return c.body(await cachedJsonBytes(source, key, read), 200, { 'Content-Type': 'application/json' });
}

/** The answer's JSON as UTF-8, from the cache or worked out and kept (also to prepare it ahead). */
export function cachedJsonBytes(source: DataSource, key: string, read: (connection: DuckDBConnection) => Promise<unknown>): Promise<Uint8Array<ArrayBuffer>> {
  return source.cached(key, async (connection) => new TextEncoder().encode(JSON.stringify(await read(connection))));
}
