// The fuzz property over damaged exports (mutations.ts): whatever the bytes, the ingest either
// loads or refuses the file with a UserError, never an internal error; every data record is
// accounted for (rows in = loaded + quarantined, counted by csv-reference.ts, not by the code
// under test); quarantine lines are lines where a record starts; both readers give the same
// result (a file without quotes goes to DuckDB's reader, and to csv-records.ts once an empty
// line is added at its end); and loading the same bytes again changes nothing. A refused file
// loads nothing.

import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ingest, tempDir } from '../ingest/helpers.js';
import { UserError } from '../../pipeline/user-error.js';
import { dataRecords, decodeAs, records, type TextEncoding } from './csv-reference.js';
import { fingerprint, integrityProblems, rows, VALIDATED, withConnection } from './db-state.js';
import { encode, encoding, mutation } from './mutations.js';

/** Small valid exports of several kinds, layouts and delimiters. */
const BASES = [
  { name: 'scholen.csv', text: 'brin;naam;sector;regio\n12AB;De Wilg;PO;midden\n34CD;Het Baken;VO;zuid\n56EF;Café ’t Hoekje;SO;noord\n' },
  { name: 'inschrijvingen.csv', text: 'bsn,brin,van,tot\n314159204,12AB,01-08-2024,\n271828109,34CD,2024-08-01,31-07-2025\n57721506,12AB,1-8-2024,\n' },
  { name: 'verzuim.csv', text: 'bsn;brin;vestiging;datum;uren;code\n314159204;12AB;00;02-03-2026;2,5;Z\n314159204;12AB;00;03-03-2026;6;O\n271828109;34CD;01;03-03-2026;1;TL\n' },
  {
    name: 'perioden.csv',
    text: 'Burgerservicenummer,Brinnummer,Vestigingsnummer,Begindatum,Einddatum,Beginlesuur,Eindlesuur,Verzuimsoort,Geoorloofd J/N\n314159204,12AB,00,23-9-2025,24-9-2025,,,ziek,\n271828109,12AB,00,27-5-2025,27-5-2025,1,1,TL,N\n',
  },
  { name: 'leerlingen.csv', text: 'leerling_id\tbsn\tgeboortedatum\tuit_gemeente\nL1\t314159204\t14-03-2015\t\nL2\t271828109\t2012-01-31\t31/07/2026\n' },
];

export interface FuzzOptions {
  numRuns: number;
  seed?: number;
  /** Stop early (without failing) after this many ms, to keep the suite fast. */
  timeLimitMs?: number;
}

/** How the runs ended, so a test can show that the fuzzing reached the loader at all. */
export interface FuzzStats {
  loaded: number;
  refused: number;
  refusals: Map<string, number>;
}

export async function fuzzIngest({ numRuns, seed, timeLimitMs }: FuzzOptions): Promise<FuzzStats> {
  const stats: FuzzStats = { loaded: 0, refused: 0, refusals: new Map() };
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...BASES), encoding, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (base, saveAs, damage) => {
      const bytes = damage.reduce((b, m) => m.apply(b), encode(base.text, saveAs));
      const dir = tempDir();
      const file = path.join(dir, base.name);
      writeFileSync(file, bytes);
      const db = path.join(dir, 'db.duckdb');

      let summary;
      try {
        summary = await ingest(db, [file]);
      } catch (error) {
        if (!(error instanceof UserError)) throw error; // an internal error is a bug
        stats.refused++;
        const reason = error.en.replace(/^[^:]*: /, '').replace(/'.*|\(.*|\d+/g, '…');
        stats.refusals.set(reason, (stats.refusals.get(reason) ?? 0) + 1);
        if (existsSync(db)) expect(await loadedAnything(db)).toBe(false); // a refused file loads nothing
        return;
      }
      const loaded = summary.files[0];
      const text = decodeAs(bytes, loaded.encoding as TextEncoding);
      const delimiter = loaded.delimiter ?? ';';
      // A header spread over lines by a quote is read by line when recognised; skip those.
      fc.pre(!records(text, delimiter)[0]?.fields.some((f) => f.includes('\n')));
      const data = dataRecords(text, delimiter);
      expect(loaded.rowsLoaded + loaded.rowsRejected, `records of ${file}`).toBe(data.length);
      const starts = new Set(data.map((r) => r.line));
      const lines = await withConnection(db, (c) => rows(c, 'SELECT DISTINCT line FROM quarantine'));
      expect(lines.map((r) => Number(r.line)).filter((line) => !starts.has(line))).toEqual([]);
      expect(await integrityProblems(db)).toEqual([]);

      const before = await fingerprint(db);
      if (loaded.encoding === 'utf-8' && !bytes.includes(0x22)) {
        const other = await ingestWithEmptyLineAtEnd(dir, base.name, bytes);
        const shape = (f: typeof loaded) => [f.kind, f.encoding, f.delimiter, f.rowsLoaded, f.rowsRejected];
        expect(shape(other.summary), `both readers on ${file}`).toEqual(shape(loaded));
        const data = [...VALIDATED, 'quarantine'];
        expect(await fingerprint(other.db, data), `both readers on ${file}`).toEqual(await fingerprint(db, data));
      }
      // The same bytes again, also under another name (a copy saved twice): both skipped.
      const copy = path.join(dir, `kopie-${base.name}`);
      copyFileSync(file, copy);
      const again = await ingest(db, [file, copy]);
      expect(again.files.map((f) => [f.status, f.rowsLoaded])).toEqual([['already_loaded', 0], ['already_loaded', 0]]);
      const after = await fingerprint(db);
      expect(dropRuns(after)).toEqual(dropRuns(before));
      stats.loaded++;
    }),
    { numRuns, seed, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false },
  );
  return stats;
}

/** The same UTF-8 file plus an empty line: csv-records.ts reads it instead of DuckDB. */
async function ingestWithEmptyLineAtEnd(dir: string, name: string, bytes: Uint8Array) {
  const newlines = Buffer.from('\n\n');
  mkdirSync(path.join(dir, 'b'));
  const file = path.join(dir, 'b', name);
  writeFileSync(file, Buffer.concat([bytes, newlines]));
  const db = path.join(dir, 'b', 'db.duckdb');
  const summary = (await ingest(db, [file])).files[0];
  return { db, summary };
}

/** A re-run adds its own ingest_runs/ingest_files rows (status already_loaded); the data must not change. */
function dropRuns(state: Record<string, string>) {
  const { ingest_runs: _runs, ingest_files: _files, ...data } = state;
  return data;
}

async function loadedAnything(db: string): Promise<boolean> {
  return withConnection(db, async (c) => {
    for (const table of [...VALIDATED, 'quarantine', 'ingest_files']) {
      const [{ n }] = await rows(c, `SELECT count(*) AS n FROM ${table}`);
      if (Number(n) > 0) return true;
    }
    return false;
  });
}
