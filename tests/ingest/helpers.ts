// Small helpers for ingest tests: write hand-made export files to a fresh folder, ingest them
// into a fresh database file, and read tables back.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../pipeline/db/open.js';
import { ingestFiles, type IngestOptions } from '../../pipeline/ingest/ingest.js';

export const SECRET = 'test-secret-0123456789abcdef';

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'tzm-test-'));
}

/** Writes text (or bytes) to dir/name; text lines are joined with \n. */
export function writeExport(dir: string, name: string, content: string | string[] | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, Array.isArray(content) ? `${content.join('\n')}\n` : content);
  return file;
}

export async function ingest(db: string, files: string[], options: Partial<IngestOptions> = {}) {
  return ingestFiles({ db, files, secret: SECRET, ...options });
}

export async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const database = await openDatabase(db);
  try {
    const reader = await database.connection.runAndReadAll(sql);
    // Counts come back as bigint; tests compare with plain numbers.
    return reader.getRowObjectsJS().map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
    );
  } finally {
    database.close();
  }
}

/** Valid BSNs (elfproef) for hand-made rows; 012345672 lost its zero in Excel as 12345672. */
export const BSN = {
  a: '123456782',
  b: '111222333',
  c: '012345672',
  d: '999999990',
};
