// The ingest summary lists the codes of each file's loaded absence rows with the category each got
// (pipeline/ingest/loaded-codes.ts): how whoever adds a source system checks its codes.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIngestSummary } from '../../pipeline/ingest/summary.js';
import { BSN, ingest, tempDir, writeExport } from './helpers.js';

describe('the codes of the loaded absence rows', () => {
  it('are counted per code and category, a school\'s own category apart, refused rows left out', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // S means gespijbeld (ongeoorloofd) at 21MG by its own row, schorsing (geoorloofd) elsewhere
    const codes = writeExport(dir, 'codes.csv', ['code;categorie;omschrijving;brin', 'S;ongeoorloofd;Gespijbeld;21MG']);
    const file = writeExport(dir, 'verzuim.csv', [
      'bsn;brin;datum;uren;code',
      `${BSN.a};21MG;05-10-2026;2;S`,
      `${BSN.a};21MG;06-10-2026;2;S`,
      `${BSN.b};12AB;05-10-2026;1;S`,
      `${BSN.b};12AB;06-10-2026;6;Z`,
      `${BSN.b};12AB;07-10-2026;30;Z`, // 30 hours: refused, not counted
    ]);
    const summary = await ingest(db, [file], { codesFile: codes });
    // worked out by hand: S at 21MG twice (ongeoorloofd), S at 12AB once (geoorloofd), one Z loaded
    expect(summary.files[0].loadedCodes).toEqual([
      { code: 'S', categorie: 'ongeoorloofd', count: 2 },
      { code: 'S', categorie: 'geoorloofd', count: 1 },
      { code: 'Z', categorie: 'ziek', count: 1 },
    ]);
    expect(formatIngestSummary(summary)).toContain('    codes (code categorie regels): S ongeoorloofd 2, S geoorloofd 1, Z ziek 1');
  });

  it('leave out a duplicate line, which is not loaded', async () => {
    const dir = tempDir();
    // a per-lesson export (schemas/layouts/lesregistratie.json: each row one lesson of one hour)
    const file = writeExport(dir, 'lessen.csv', [
      'BSN leerling;BRIN;Vestiging;Lesdatum;Lesuur;Absentiecode',
      `${BSN.a};12AB;00;05-10-2026;1;Z`,
      `${BSN.a};12AB;00;05-10-2026;1;Z`, // the same pupil, school, date and lesson: a duplicate
      `${BSN.a};12AB;00;05-10-2026;2;Z`,
      `${BSN.b};12AB;00;05-10-2026;1;O`,
    ]);
    const summary = await ingest(path.join(dir, 'db.duckdb'), [file]);
    expect(summary.files[0]).toMatchObject({ rowsLoaded: 3, rowsRejected: 1 });
    expect(summary.files[0].loadedCodes).toEqual([
      { code: 'Z', categorie: 'ziek', count: 2 },
      { code: 'O', categorie: 'ongeoorloofd', count: 1 },
    ]);
  });

  it('are not listed for a register file', async () => {
    const dir = tempDir();
    const summary = await ingest(path.join(dir, 'db.duckdb'), [writeExport(dir, 'scholen.csv', ['brin;naam;sector;regio', '12AB;A;PO;midden'])]);
    expect(summary.files[0].loadedCodes).toEqual([]);
    expect(formatIngestSummary(summary)).not.toContain('codes (code categorie regels)');
  });
});
