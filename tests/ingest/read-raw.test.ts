// A lazily read file's rejected records are read again from the file (read-raw.ts rereadLines);
// a file that changed in between, or no longer has the line, stops the ingest instead of losing a
// rejected row without a word (README "Niets kwijt").

import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadCodeTable, useCodesOf } from '../../pipeline/ingest/absence-codes.js';
import { prepareChecks } from '../../pipeline/ingest/check-rows.js';
import { loadLayouts } from '../../pipeline/ingest/layouts.js';
import { readRaw, rereadLines, type LazyCsv } from '../../pipeline/ingest/read-raw.js';
import { sniffFile } from '../../pipeline/ingest/sniff.js';
import { UserError } from '../../pipeline/user-error.js';
import { BSN, tempDir, writeExport } from './helpers.js';

const lines = ['bsn;brin;datum;uren;code', `${BSN.a};12AB;01-10-2024;1;O`, `${BSN.b};12AB;02-10-2024;2;Z`];

async function lazilyRead(run: (connection: DuckDBConnection, file: string, lazy: LazyCsv) => Promise<void>) {
  const dir = tempDir();
  const file = writeExport(dir, 'verzuim.csv', lines);
  const sniffed = await sniffFile(file, loadLayouts());
  const instance = await DuckDBInstance.create(path.join(dir, 'db.duckdb'));
  const connection = await instance.connect();
  try {
    await prepareChecks(connection, loadCodeTable());
    await useCodesOf(connection, sniffed.format === 'csv' ? sniffed.match.layout.name : '');
    const record = await readRaw(connection, [sniffed], {});
    expect(record?.lazy).toBeDefined();
    await run(connection, file, record!.lazy!);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('rereadLines', () => {
  it('reads the wanted line again: line 3 is the second record (the header is line 1)', async () => {
    await lazilyRead(async (connection, _file, lazy) => {
      await rereadLines(connection, lazy, 'SELECT 1 AS part, 3 AS line');
      const rows = (await connection.runAndReadAll('SELECT part, line, c1, c4 FROM raw_lines')).getRowObjectsJS();
      expect(rows).toEqual([{ part: 1, line: 3n, c1: '12AB', c4: 'Z' }]);
    });
  });

  it('reads every wanted line, and stops at the last: the first and the last record', async () => {
    await lazilyRead(async (connection, _file, lazy) => {
      await rereadLines(connection, lazy, 'SELECT 1 AS part, 2 AS line UNION ALL SELECT 1, 3');
      const rows = (await connection.runAndReadAll('SELECT line, c4 FROM raw_lines ORDER BY line')).getRowObjectsJS();
      expect(rows).toEqual([{ line: 2n, c4: 'O' }, { line: 3n, c4: 'Z' }]);
    });
  });

  it('a file changed since it was read: refused, naming the file and nothing of its content', async () => {
    await lazilyRead(async (connection, file, lazy) => {
      writeFileSync(file, [...lines, `${BSN.a};12AB;03-10-2024;1;O`].join('\n'));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const error = await rereadLines(connection, lazy, 'SELECT 1 AS part, 3 AS line').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(String((error as Error).message)).toContain('verzuim.csv is veranderd');
      expect(String((error as Error).message)).not.toContain(BSN.a);
    });
  });

  it('a line the file does not have: refused rather than dropped', async () => {
    await lazilyRead(async (connection, _file, lazy) => {
      const error = await rereadLines(connection, lazy, 'SELECT 1 AS part, 9 AS line').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
    });
  });
});
