// pipeline/db/open.ts: what a killed run spilled to <db>.tmp/ does not outlive it.

import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLimitFor, openDatabase } from '../../pipeline/db/open.js';
import { BSN, ingest, tempDir, writeExport } from '../ingest/helpers.js';

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

describe('openDatabase: spill files and modes', () => {
  it('removes what DuckDB spilled when the database is closed, and keeps the files for their owner', async () => {
    const db = path.join(tempDir(), 'tzm.duckdb');
    const database = await openDatabase(db);
    mkdirSync(`${db}.tmp`, { recursive: true });
    const spill = path.join(`${db}.tmp`, 'duckdb_temp_storage_S32K-0.tmp');
    writeFileSync(spill, 'bsn 123456782 tijdens een ingest');
    database.close();
    expect(existsSync(spill)).toBe(false);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(`${db}.tmp`).mode & 0o777).toBe(0o700);
  });

  it('turns off the extension autoloading (a SQLite file made DuckDB try to download one)', async () => {
    const database = await openDatabase(path.join(tempDir(), 'tzm.duckdb'));
    try {
      const reader = await database.connection.runAndReadAll(
        "SELECT current_setting('autoload_known_extensions') AS autoload, current_setting('autoinstall_known_extensions') AS autoinstall",
      );
      expect(reader.getRowObjectsJS()).toEqual([{ autoload: false, autoinstall: false }]);
    } finally {
      database.close();
    }
  });

  it('a batch command keeps the memory its blocks took, up to its memory limit; others give it back', async () => {
    const setting = async (options: Parameters<typeof openDatabase>[1]) => {
      const database = await openDatabase(':memory:', options);
      try {
        const reader = await database.connection.runAndReadAll(
          "SELECT current_setting('block_allocator_memory') AS kept, current_setting('memory_limit') AS memory_limit",
        );
        return reader.getRowObjectsJS()[0];
      } finally {
        database.close();
      }
    };
    const batch = await setting({ memoryLimit: '1GB', retainMemory: true });
    expect(batch.kept).toBe(batch.memory_limit);
    expect(batch.kept).not.toBe('0 bytes');
    expect((await setting({ memoryLimit: '1GB' })).kept).toBe('0 bytes');
    // without a limit of its own: up to DuckDB's default, 80% of the memory
    expect((await setting({ retainMemory: true })).kept).not.toBe('0 bytes');
  });
});

// Issue 9 item 8: one Dutch and English line, and nothing changed.
describe('openDatabase: clear refusals', () => {
  async function tables(file: string): Promise<string[]> {
    const instance = await DuckDBInstance.create(file);
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1");
      return reader.getRowObjectsJS().map((row) => String(row.table_name));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }

  it('a SQLite file: refused before DuckDB touches it', async () => {
    const db = path.join(tempDir(), 'oud.sqlite');
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]);
    writeFileSync(db, bytes);
    await expect(openDatabase(db)).rejects.toThrow(/oud.sqlite is een SQLite-bestand, geen tzm-database; niets is gewijzigd/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
  });

  it("another program's DuckDB file: refused, no table added", async () => {
    const db = path.join(tempDir(), 'ander.duckdb');
    const instance = await DuckDBInstance.create(db);
    const connection = await instance.connect();
    await connection.run('CREATE TABLE klanten (naam VARCHAR)');
    connection.closeSync();
    instance.closeSync();
    await expect(openDatabase(db)).rejects.toThrow(/is een DuckDB-database van iets anders dan tzm.*niets is gewijzigd/);
    expect(await tables(db)).toEqual(['klanten']);
  });

  it('a tzm database of an older shape: refused, naming what it lacks', async () => {
    const db = path.join(tempDir(), 'oud.duckdb');
    const database = await openDatabase(db);
    await database.connection.run('ALTER TABLE ingest_files DROP COLUMN rows_replaced');
    database.close();
    await expect(openDatabase(db)).rejects.toThrow(/heeft een oudere opbouw \(tabel ingest_files mist rows_replaced\)/);
  });

  /** A database with one absence row, changed (`olderShape`) as an older version left it, after one more ingest: `query`'s rows. */
  async function afterNextIngest(olderShape: string[], query: string): Promise<Record<string, unknown>[]> {
    const dir = tempDir();
    const db = path.join(dir, 'oud.duckdb');
    await ingest(db, [writeExport(dir, 'verzuim-1.csv', ['bsn;brin;datum;uren;code', `${BSN.a};12AB;02-03-2026;5;Z`])]);
    const old = await DuckDBInstance.create(db);
    const connection = await old.connect();
    for (const sql of olderShape) await connection.run(sql);
    connection.closeSync();
    old.closeSync();
    await ingest(db, [writeExport(dir, 'verzuim-2.csv', ['bsn;brin;datum;uren;code', `${BSN.b};12AB;01-04-2026;2;O`])]);
    const database = await openDatabase(db, { readOnly: true });
    try {
      return (await database.connection.runAndReadAll(query)).getRowObjectsJS();
    } finally {
      database.close();
    }
  }

  /**
   * The absence tables as versions before December 2026 made them, with the one row the first
   * ingest stored and a period added: a text school and code on every row, and in older ones
   * still a pupil_key (`extra`) or a text categorie (`categorie`).
   */
  const oldAbsenceTables = ({ extra = '', categorie = 'verzuim_categorie' } = {}) => [
    `CREATE TABLE old_events AS SELECT pupil_no, brin, vestiging, datum, lesuur, uren, code, categorie, file_id FROM verzuim_events`,
    'DROP VIEW verzuim_events',
    'DROP VIEW verzuim_periods',
    'DROP TABLE verzuim_event_rows',
    'DROP TABLE verzuim_period_rows',
    'DROP TABLE school_codes',
    `CREATE TABLE verzuim_events (pupil_no INTEGER NOT NULL, brin VARCHAR NOT NULL, vestiging VARCHAR NOT NULL, datum DATE NOT NULL,
       lesuur INTEGER, uren DOUBLE NOT NULL, code VARCHAR NOT NULL, categorie ${categorie} NOT NULL, file_id INTEGER NOT NULL${extra})`,
    `CREATE TABLE verzuim_periods (pupil_no INTEGER NOT NULL, brin VARCHAR NOT NULL, vestiging VARCHAR NOT NULL, van DATE NOT NULL,
       tot DATE NOT NULL, code VARCHAR NOT NULL, categorie ${categorie} NOT NULL, file_id INTEGER NOT NULL${extra})`,
    'INSERT INTO verzuim_events BY NAME SELECT * FROM old_events',
    `INSERT INTO verzuim_periods BY NAME SELECT 1 AS pupil_no, '34CD' AS brin, '01' AS vestiging, DATE '2026-03-09' AS van, DATE '2026-03-13' AS tot,
       'ZK' AS code, 'ziek' AS categorie, 1 AS file_id`,
    'DROP TABLE old_events',
  ];

  /** Every absence row after the next ingest, as the views show them, and the absence tables stored. */
  const ABSENCE = `SELECT
       (SELECT list(concat_ws(' ', brin, vestiging, datum, uren, code, categorie) ORDER BY datum) FROM verzuim_events) AS events,
       (SELECT list(concat_ws(' ', brin, vestiging, van, tot, code, categorie)) FROM verzuim_periods) AS periods,
       (SELECT list(table_name ORDER BY table_name) FROM duckdb_tables() WHERE table_name LIKE 'verzuim%') AS tables,
       (SELECT list(DISTINCT data_type) FROM duckdb_columns() WHERE table_name LIKE 'verzuim%' AND column_name = 'categorie') AS types`;

  it.each([
    ['as the last version before left them', {}],
    ['with a pupil_key on every row, NOT NULL', { extra: `, pupil_key VARCHAR NOT NULL DEFAULT 'sleutel'` }],
    ['with the categories as text', { categorie: 'VARCHAR' }],
  ])('a database whose absence rows hold their school and code as text (%s): the next ingest stores them by number and keeps every row', async (_, shape) => {
    const rows = await afterNextIngest(oldAbsenceTables(shape), ABSENCE);
    expect(rows).toEqual([
      {
        events: ['12AB 00 2026-03-02 5.0 Z ziek', '12AB 00 2026-04-01 2.0 O ongeoorloofd'],
        periods: ['34CD 01 2026-03-09 2026-03-13 ZK ziek'],
        tables: ['verzuim_event_rows', 'verzuim_period_rows'],
        types: ["ENUM('ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend', 'te_laat', 'geen_verzuim')"],
      },
    ]);
  });

  it('an ingest creates the tables inside its transaction: a run that fails adds none', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'nieuw.duckdb');
    const good = writeExport(dir, 'leerlingen.csv', ['leerling_id;bsn;geboortedatum', `L1;${BSN.a};01-01-2014`]);
    // a quote that never closes is only found while the file is read, after the database is open
    const broken = writeExport(dir, 'redenen.csv', ['bsn;datum;reden', `${BSN.a};"01-09-2026;gedrag`, ...Array.from({ length: 120_000 }, () => `${BSN.b};01-09-2026;gedrag`)]);
    await expect(ingest(db, [good, broken])).rejects.toThrow(/sluit niet/);
    expect(await tables(db)).toEqual([]);
  });
});

describe('memoryLimitFor', () => {
  it('TZM_MEMORY_LIMIT, when set, holds for every command', () => {
    const before = process.env.TZM_MEMORY_LIMIT;
    process.env.TZM_MEMORY_LIMIT = '3GB';
    try {
      expect(memoryLimitFor('ingest')).toBe('3GB');
      expect(memoryLimitFor('monitor')).toBe('3GB');
    } finally {
      if (before === undefined) delete process.env.TZM_MEMORY_LIMIT;
      else process.env.TZM_MEMORY_LIMIT = before;
    }
  });

  it('without it: ingest 1GB, the monitor at most half the memory in whole GiB (at least 1)', () => {
    const before = process.env.TZM_MEMORY_LIMIT;
    delete process.env.TZM_MEMORY_LIMIT;
    try {
      expect(memoryLimitFor('ingest')).toBe('1GB');
      const monitor = memoryLimitFor('monitor');
      expect(monitor).toMatch(/^\d+GiB$/);
      const gib = Number(monitor.replace('GiB', ''));
      // e.g. 24 GiB of memory: 11 or 12 GiB, never more than half
      expect(gib).toBeGreaterThanOrEqual(1);
      expect(gib * 2 ** 30).toBeLessThanOrEqual(Math.max(totalmem() / 2, 2 ** 30));
    } finally {
      if (before !== undefined) process.env.TZM_MEMORY_LIMIT = before;
    }
  });
});
