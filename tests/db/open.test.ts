// pipeline/db/open.ts: what a killed run spilled to <db>.tmp/ does not outlive it.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/db/open.js';
import { tempDir } from '../ingest/helpers.js';

describe('openDatabase', () => {
  it("removes DuckDB's spill files left by a killed run, and nothing else in the folder", async () => {
    const db = path.join(tempDir(), 'tzm.duckdb');
    mkdirSync(`${db}.tmp`);
    const spill = path.join(`${db}.tmp`, 'duckdb_temp_storage_S32K-0.tmp');
    const other = path.join(`${db}.tmp`, 'notitie.txt');
    writeFileSync(spill, 'bsn 123456782 uit een afgebroken ingest');
    writeFileSync(other, 'van iemand anders');
    (await openDatabase(db)).close();
    expect(existsSync(spill)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it('a reader leaves them alone: only the holder of the write lock may', async () => {
    const db = path.join(tempDir(), 'tzm.duckdb');
    (await openDatabase(db)).close();
    mkdirSync(`${db}.tmp`);
    const spill = path.join(`${db}.tmp`, 'duckdb_temp_storage_S32K-0.tmp');
    writeFileSync(spill, 'in gebruik');
    (await openDatabase(db, { readOnly: true })).close();
    expect(existsSync(spill)).toBe(true);
  });
});
