// A snapshot never changes, so the server computes each page's data once per snapshot.

import { mkdtemp, rm } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../pipeline/db/open.js';
import { publishSnapshot } from '../../../pipeline/db/snapshot.js';
import { databaseSource, openSnapshotSource, type DataSource } from '../../../dashboard/data/source.js';

describe('DataSource.cached', () => {
  it('computes an answer once per key, and does not keep failures', async () => {
    const db = await openDatabase(':memory:');
    const source = databaseSource(db);
    let calls = 0;
    const read = async () => ++calls;
    expect(await source.cached('raad:2026-10', read)).toBe(1);
    expect(await source.cached('raad:2026-10', read)).toBe(1);
    expect(await source.cached('raad:2026-09', read)).toBe(2);
    await expect(source.cached('stuk', async () => Promise.reject(new Error('tijdelijk')))).rejects.toThrow('tijdelijk');
    expect(await source.cached('stuk', read)).toBe(3);
    db.close();
  });
});

describe('openSnapshotSource', () => {
  it('looks for a newer snapshot on its own clock, so the first request after a quiet spell already reads it', async () => {
    await withPublishedRow(async (dbFile, writer) => {
      // one row stored, published; the source opens that snapshot
      const source = await openSnapshotSource({ dbFile, checkEveryMs: 20 });
      const rows = () => source.read(async (c) => Number((await c.runAndReadAll('SELECT count(*) FROM proef')).getRows()[0][0]));
      expect(await rows()).toBe(1);

      // a second row published while nobody asks; after a few looks (20 ms apart) the very
      // next request reads 2 rows, without having to trigger the look itself
      await writer.connection.run('INSERT INTO proef VALUES (2)');
      await publishSnapshot(dbFile, { connection: writer.connection });
      writer.close();
      await new Promise((r) => setTimeout(r, 300));
      expect(await rows()).toBe(2);
      await source.close();
    });
  });

  it('works out the prepared answers of each snapshot before a request reads it; a failing preparation is not kept', async () => {
    await withPublishedRow(async (dbFile, writer) => {
      const count = async (c: DuckDBConnection) => Number((await c.runAndReadAll('SELECT count(*) FROM proef')).getRows()[0][0]);
      // the preparation caches 'raad' as "rows in the snapshot"; the second time it fails once
      let prepared = 0;
      const prepare = async (snapshot: DataSource) => {
        prepared++;
        if (prepared === 2) throw new Error('tijdelijk');
        return snapshot.cached('raad', count);
      };
      const source = await openSnapshotSource({ dbFile, checkEveryMs: 20, prepare });
      expect(prepared).toBe(1); // before the source was handed out
      const asked = async () => source.cached('raad', async () => -1); // -1: worked out on request
      expect(await asked()).toBe(1);

      // a second row: the failed preparation leaves the answer to the request (2 rows);
      // a third row: prepared again, so the request finds 3 ready
      await writer.connection.run('INSERT INTO proef VALUES (2)');
      await publishSnapshot(dbFile, { connection: writer.connection });
      await new Promise((r) => setTimeout(r, 300));
      expect(prepared).toBe(2);
      expect(await source.cached('raad', count)).toBe(2);
      await writer.connection.run('INSERT INTO proef VALUES (3)');
      await publishSnapshot(dbFile, { connection: writer.connection });
      writer.close();
      await new Promise((r) => setTimeout(r, 300));
      expect(prepared).toBe(3);
      expect(await asked()).toBe(3);
      await source.close();
    });
  });
});

/** A database in a fresh folder with a table `proef` of one row, published as a snapshot; `writer` stays open. */
async function withPublishedRow(run: (dbFile: string, writer: Database) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tzm-source-'));
  const dbFile = path.join(dir, 'tzm.duckdb');
  try {
    const writer = await openDatabase(dbFile);
    await writer.connection.run('CREATE TABLE proef AS SELECT 1 AS n');
    await publishSnapshot(dbFile, { connection: writer.connection });
    await run(dbFile, writer);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
