import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monitorCommand } from '../../pipeline/commands/monitor.js';
import { UserError } from '../../pipeline/user-error.js';
import { databaseWith } from '../classify/fixtures.js';
import { town } from '../monitor/town.js';

let dir: string;
let db: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tzm-monitor-'));
  db = path.join(dir, 'tzm.duckdb');
  (await databaseWith(town, db)).close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tzm monitor', () => {
  it('writes the headline counts and target status per month as CSV, with a progress line per month', async () => {
    const out = path.join(dir, 'monitor.csv');
    const targetsFile = path.join(dir, 'targets.json');
    writeFileSync(targetsFile, JSON.stringify({
      targets: [{ id: 'officieel', naam: 'Officieel', metric: { fase: '3', officieel: 'ja' }, baseline: null, reductionPerYear: 0.25 }],
    }));
    const lines: string[] = [];
    const progress = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    await monitorCommand({ db, from: '2025-01', to: '2025-03', format: 'csv', out, targetsFile, progress });
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      'maand,peildatum,in_beeld,fase_1,fase_2,fase_3,fase_3_officieel,fase_3_langer_dan_3m,fase_3_langer_dan_3m_zonder_aanbod,absoluut_verzuim,vrijgesteld,vrijgesteld_5a,bijna_leerplichtig,doel_officieel,doel_officieel_pad,doel_officieel_op_koers',
      '2025-01,2025-01-31,5,2,1,1,1,0,0,1,1,1,0,1,1,ja',
      '2025-02,2025-02-28,5,1,1,2,2,0,0,2,0,0,1,2,0.98,nee',
      '2025-03,2025-03-31,5,1,0,3,3,1,1,2,0,0,1,3,0.95,nee',
      '',
    ]);
    expect(lines.map((l) => l.slice(0, 20))).toEqual(['tzm monitor: 2025-01', 'tzm monitor: 2025-02', 'tzm monitor: 2025-03']);
  });

  it('writes JSON rows', async () => {
    const out = path.join(dir, 'monitor.json');
    await monitorCommand({ db, from: '2025-03', to: '2025-03', format: 'json', out });
    const [march] = JSON.parse(readFileSync(out, 'utf8'));
    expect(march).toMatchObject({ maand: '2025-03', fase_3: 3, doel_langer_dan_3m_zonder_aanbod: 1, doel_langer_dan_3m_zonder_aanbod_op_koers: 'nee' });
  });

  it('refuses months that are not real, and a range that runs backwards', async () => {
    await expect(monitorCommand({ db, from: '2025-13', to: '2025-03', format: 'csv' })).rejects.toThrow(UserError);
    await expect(monitorCommand({ db, from: '2025-1', to: '2025-03', format: 'csv' })).rejects.toThrow(UserError);
    await expect(monitorCommand({ db, from: '2025-04', to: '2025-03', format: 'csv' })).rejects.toThrow(/ligt na.*is after/);
  });

  it('refuses a targets file it cannot use', async () => {
    const targetsFile = path.join(dir, 'bad.json');
    writeFileSync(targetsFile, JSON.stringify({ targets: [{ id: 'x', metric: { kleur: 'rood' }, baseline: null, fixedValue: 0 }] }));
    await expect(monitorCommand({ db, from: '2025-01', to: '2025-03', format: 'csv', targetsFile })).rejects.toThrow(/onbekend metric-veld kleur/);
  });
});
