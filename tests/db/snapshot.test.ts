// pipeline/db/snapshot.ts: checkpoint, copy under a temporary name, rename; newest few kept.

import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { latestSnapshot, publishSnapshot, snapshotDir } from '../../pipeline/db/snapshot.js';
import { UserError } from '../../pipeline/user-error.js';

let dir: string;
let dbFile: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tzm-snapshot-'));
  dbFile = path.join(dir, 'tzm.duckdb');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function countRows(file: string): Promise<number> {
  const db = await openDatabase(file, { readOnly: true });
  const reader = await db.connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM scholen');
  db.close();
  return Number(reader.getRowObjectsJS()[0].n);
}

describe('publishSnapshot', () => {
  test('no snapshot before the first publish', async () => {
    expect(await latestSnapshot(dbFile)).toBeUndefined();
  });

  test('publishes a readable copy named by UTC time, with what was committed', async () => {
    const db = await openDatabase(dbFile);
    await db.connection.run(`INSERT INTO scholen VALUES ('12AB', '00', 'De Regenboog', 'PO', 'midden', NULL, 1)`);
    db.close();
    const snapshot = await publishSnapshot(dbFile, { now: () => new Date('2025-12-01T08:00:07.123Z') });
    expect(path.basename(snapshot)).toBe('20251201T080007123Z.duckdb');
    expect(await latestSnapshot(dbFile)).toBe(snapshot);
    expect(await countRows(snapshot)).toBe(1);
  });

  test('with the writer still open (its connection given), the checkpoint makes the copy complete', async () => {
    const db = await openDatabase(dbFile);
    await db.connection.run(`INSERT INTO scholen VALUES ('12AB', '00', 'De Regenboog', 'PO', 'midden', NULL, 1)`);
    await db.connection.run(`INSERT INTO scholen VALUES ('34CD', '00', 'Het Lyceum', 'VO', 'midden', NULL, 1)`);
    const snapshot = await publishSnapshot(dbFile, { connection: db.connection });
    db.close();
    expect(await countRows(snapshot)).toBe(2);
  });

  test('keeps the newest three, each name later than the last even on a stuck clock, no partial files', async () => {
    (await openDatabase(dbFile)).close();
    const stuck = () => new Date('2025-12-01T08:00:00.000Z');
    const published: string[] = [];
    for (let i = 0; i < 5; i++) published.push(path.basename(await publishSnapshot(dbFile, { now: stuck })));
    expect(published).toEqual([
      '20251201T080000000Z.duckdb',
      '20251201T080000001Z.duckdb',
      '20251201T080000002Z.duckdb',
      '20251201T080000003Z.duckdb',
      '20251201T080000004Z.duckdb',
    ]);
    expect((await readdir(snapshotDir(dbFile))).sort()).toEqual(published.slice(2));
  });

  test('a database that does not exist is a user error, and creates nothing', async () => {
    await expect(publishSnapshot(dbFile)).rejects.toThrow(UserError);
    expect(existsSync(dbFile)).toBe(false);
  });
});
