// `tzm ingest`: its flags as the command reads them (pipeline/commands/ingest.ts).

import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandHelp, parseCommand } from '../../pipeline/cli-flags.js';
import { ingest } from '../../pipeline/commands/ingest.js';
import { BSN, query, tempDir, writeExport } from '../ingest/helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('--codes more than once', () => {
  it('gives a list of the files, each whole: a comma in a file name is part of it', () => {
    const { flags } = parseCommand('ingest', ingest, ['--db', 'x.duckdb', '--codes', 'school a, b.csv', '--codes=c.csv', 'v.csv'], { ingest });
    expect(flags.codes).toEqual(['school a, b.csv', 'c.csv']);
    expect(parseCommand('ingest', ingest, ['--db', 'x.duckdb', 'v.csv'], { ingest }).flags.codes).toEqual([]);
    expect(commandHelp('ingest', ingest)).toMatch(/--codes F +eigen verzuimcodes .*\(mag vaker\)/);
  });

  it('loads with the rows of every table given', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'db.duckdb');
    // school 21MG's table says S is gespijbeld; another table adds VL (verlof) for every school
    const a = writeExport(dir, 'codes-21MG.csv', ['code;categorie;omschrijving;brin', 'S;ongeoorloofd;Gespijbeld;21MG']);
    const b = writeExport(dir, 'codes-extra.csv', ['code;categorie;omschrijving', 'VL;geoorloofd;Verlof']);
    const file = writeExport(dir, 'v.csv', ['bsn;brin;datum;uren;code', `${BSN.a};21MG;06-10-2025;1;S`, `${BSN.a};21MG;07-10-2025;2;VL`]);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // the summary
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the new key's line
    const parsed = parseCommand('ingest', ingest, ['--db', db, '--codes', a, '--codes', b, file], { ingest });
    expect(await ingest.run(parsed)).toBe(0);
    // S: 21MG's own row (ongeoorloofd, not the default geoorloofd); VL from the second table
    expect(await query(db, 'SELECT code, categorie FROM verzuim_events ORDER BY datum')).toEqual([
      { code: 'S', categorie: 'ongeoorloofd' },
      { code: 'VL', categorie: 'geoorloofd' },
    ]);
  });
});
