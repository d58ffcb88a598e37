// The committed sample municipality end to end: every planted bad row is quarantined where
// data-samples/verwachting/bad-rows.csv says, and every planted situation is classified as
// data-samples/verwachting/planted.csv says, by `classify` on one peildatum and by the monitor.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../pipeline/classify/classify.js';
import { openDatabase, type Database } from '../pipeline/db/open.js';
import { runMonitor } from '../pipeline/monitor/run-monitor.js';
import { loadTargets } from '../pipeline/monitor/targets.js';
import { defaultSettings } from '../pipeline/settings.js';
import { ingest, tempDir } from './ingest/helpers.js';

const samples = path.resolve('data-samples');
const expected = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(samples, 'verwachting', name), 'utf8'), { header: true, skipEmptyLines: true }).data;

const PEILDATUM = '2026-10-31';
const FIELDS = ['categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'artikel'] as const;

let db: Database;
let dbFile: string;

beforeAll(async () => {
  dbFile = path.join(tempDir(), 'sample.duckdb');
  await ingest(dbFile, [samples]);
  db = await openDatabase(dbFile);
}, 120_000);
afterAll(() => db?.close());

describe('the sample municipality', () => {
  it('quarantines exactly the planted bad rows, at their file, line and column', async () => {
    const reader = await db.connection.runAndReadAll('SELECT file_name, line, coalesce("column", \'\') AS col FROM quarantine ORDER BY 1, 2');
    const got = reader.getRowObjectsJS().map((r) => `${r.file_name}:${r.line}:${r.col}`);
    const want = expected('bad-rows.csv').map((r) => `${r.file}:${r.line}:${r.column}`).sort();
    expect(got.sort()).toEqual(want);
  });

  it(`classifies every planted situation as planted on ${PEILDATUM}`, async () => {
    const rows = await classify(db.connection, { peildatum: PEILDATUM });
    const byId = new Map(rows.map((row) => [row.leerling_id, row]));
    const mismatches: string[] = [];
    for (const plant of expected('planted.csv')) {
      const row = byId.get(plant.leerling_id);
      if (plant.categorie === 'buiten_beeld') {
        if (row) mismatches.push(`${plant.leerling_id} (${plant.situation}): expected not classified, got ${row.categorie}`);
        continue;
      }
      if (!row) {
        mismatches.push(`${plant.leerling_id} (${plant.situation}): missing`);
        continue;
      }
      for (const field of FIELDS) {
        if (String(row[field]) !== plant[field]) mismatches.push(`${plant.leerling_id} (${plant.situation}): ${field} ${row[field]} != ${plant[field]}`);
      }
      if (plant.signaal && !String(row.signalen).split('|').includes(plant.signaal)) {
        mismatches.push(`${plant.leerling_id} (${plant.situation}): signal ${plant.signaal} not in '${row.signalen}'`);
      }
    }
    expect(mismatches).toEqual([]);
    // and the planted situations cover every phase and category of the rules
    const planted = expected('planted.csv');
    for (const categorie of ['ingeschreven', 'absoluut_verzuim', 'vrijgesteld', 'bijna_leerplichtig', 'buiten_beeld']) {
      expect(planted.some((p) => p.categorie === categorie)).toBe(true);
    }
  });

  it('the monitor stores the same classification for the month and counts it', async () => {
    await runMonitor(db.connection, { from: '2026-09', to: '2026-10', settings: defaultSettings, targets: loadTargets() });
    const reader = await db.connection.runAndReadAll(
      `SELECT leerling_id, categorie, fase, duur, officieel FROM classifications WHERE peildatum = DATE '${PEILDATUM}'`,
    );
    const stored = new Map(reader.getRowObjectsJS().map((r) => [String(r.leerling_id), r]));
    for (const plant of expected('planted.csv').filter((p) => p.categorie !== 'buiten_beeld')) {
      expect({ id: plant.leerling_id, fase: stored.get(plant.leerling_id)?.fase }).toEqual({ id: plant.leerling_id, fase: plant.fase });
    }
    const totals = await db.connection.runAndReadAll(
      `SELECT sum(aantal)::INTEGER AS n FROM monitor_counts WHERE maand = '2026-10' AND dimensie = 'totaal'`,
    );
    expect(totals.getRowObjectsJS()[0].n).toBe(stored.size);
  });
});
