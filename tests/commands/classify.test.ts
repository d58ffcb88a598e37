import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../pipeline/commands/classify.js';
import { UserError } from '../../pipeline/user-error.js';
import { databaseWith, delivered, enrollment, event, pupil, school, vrijstelling } from '../classify/fixtures.js';

let dir: string;
let dbFile: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tzm-classify-'));
  dbFile = path.join(dir, 'tzm.duckdb');
  const db = await databaseWith({
    scholen: [school()],
    leerlingen: [pupil('L2'), pupil('L1'), pupil('L3', { geboortedatum: '2019-11-20' })],
    inschrijvingen: [enrollment('L1'), enrollment('L2', { aangepast_programma: true })],
    vrijstellingen: [vrijstelling('L3', '5a', '2024-12-01')],
    // W4 up to Fri 14 March 2025 = 17 Feb - 14 Mar, 100 hours: 3 hours absent = attendance 0.970;
    // one late arrival in W4. The school's data covers January to March.
    verzuim_events: [
      ...delivered('2025-01', '2025-03'),
      event('L1', '2025-03-03', 2, 'ongeoorloofd'), event('L1', '2025-03-04', 1, 'ziek'), event('L1', '2025-03-05', 0, 'te_laat'),
    ],
  }, dbFile);
  db.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tzm classify', () => {
  it('writes the §5 fields as CSV, sorted by leerling_id, empty where the spec says empty', async () => {
    const out = path.join(dir, 'out.csv');
    await classifyCommand({ db: dbFile, asOf: '2025-03-14', format: 'csv', out });
    expect(readFileSync(out, 'utf8')).toBe([
      'leerling_id,peildatum,categorie,fase,duur,officieel,passend_aanbod,signalen,artikel,streak_start,streak_dagen,aanwezigheid_w4,ongeoorloofd_uren_w4,brin,sector,kwalificatieplichtig,te_laat_w4,reden',
      'L1,2025-03-14,ingeschreven,1,-,nee,-,,,,0,0.970,2,01AA,VO,nee,1,',
      'L2,2025-03-14,ingeschreven,2,-,nee,-,aangepast_programma,,,0,1.000,0,01AA,VO,nee,0,',
      'L3,2025-03-14,vrijgesteld,-,-,nee,-,,5a,,,,,,,nee,,',
      '',
    ].join('\n'));
  });

  it('writes the same CSV bytes to stdout as DuckDB writes to --out (one format, two writers)', async () => {
    const out = path.join(dir, 'out.csv');
    await classifyCommand({ db: dbFile, asOf: '2025-03-14', format: 'csv', out });
    let text = '';
    const stdout = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
    await classifyCommand({ db: dbFile, asOf: '2025-03-14', format: 'csv', stdout });
    expect(text.split('\n')).toHaveLength(5); // header, L1, L2, L3, and the final newline
    expect(text).toBe(readFileSync(out, 'utf8'));
  });

  it('writes the same rows as JSON, with numbers as numbers and null for empty figures', async () => {
    const out = path.join(dir, 'out.json');
    await classifyCommand({ db: dbFile, asOf: '2025-03-14', format: 'json', out });
    const rows = JSON.parse(readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      leerling_id: 'L1', peildatum: '2025-03-14', categorie: 'ingeschreven', fase: '1', duur: '-', officieel: 'nee',
      passend_aanbod: '-', signalen: '', artikel: '', streak_start: null, streak_dagen: 0, aanwezigheid_w4: 0.97,
      ongeoorloofd_uren_w4: 2, brin: '01AA', sector: 'VO', kwalificatieplichtig: 'nee', te_laat_w4: 1, reden: '',
    });
    expect(rows[2]).toMatchObject({ leerling_id: 'L3', categorie: 'vrijgesteld', artikel: '5a', aanwezigheid_w4: null });
  });

  it('writes to stdout without --out, and only the header for an empty register', async () => {
    const empty = path.join(dir, 'empty.duckdb');
    (await databaseWith({}, empty)).close();
    let text = '';
    const stdout = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
    await classifyCommand({ db: empty, asOf: '2025-03-14', format: 'csv', stdout });
    expect(text).toBe('leerling_id,peildatum,categorie,fase,duur,officieel,passend_aanbod,signalen,artikel,streak_start,streak_dagen,aanwezigheid_w4,ongeoorloofd_uren_w4,brin,sector,kwalificatieplichtig,te_laat_w4,reden\n');
    text = '';
    await classifyCommand({ db: empty, asOf: '2025-03-14', format: 'json', stdout });
    expect(JSON.parse(text)).toEqual([]);
  });

  it('refuses a peildatum that is not a real YYYY-MM-DD date', async () => {
    for (const asOf of ['2025-02-30', '14-03-2025', '2025-3-14', '']) {
      await expect(classifyCommand({ db: dbFile, asOf, format: 'csv' })).rejects.toThrow(UserError);
    }
    await expect(classifyCommand({ db: dbFile, asOf: '2025-02-30', format: 'csv' })).rejects.toThrow(/geen geldige datum.*not a valid date/);
  });

  it('refuses a database that does not exist', async () => {
    await expect(classifyCommand({ db: path.join(dir, 'missing.duckdb'), asOf: '2025-03-14', format: 'csv' }))
      .rejects.toThrow(UserError);
  });
});
