import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../pipeline/generate/generate.js';
import { passesElfproef } from '../../pipeline/privacy/scrub-bsn.js';
import { UserError } from '../../pipeline/user-error.js';
import { type Table, iso, readTable } from './read-output.js';

const D = '2026-10-31';
const base = mkdtempSync(join(tmpdir(), 'tzm-generate-'));
const first = join(base, 'first');
const again = join(base, 'again');
const other = join(base, 'other');
let summary = '';

beforeAll(async () => {
  summary = await generate({ out: first, pupils: 300, seed: 7 });
  await generate({ out: again, pupils: 300, seed: 7 });
  await generate({ out: other, pupils: 300, seed: 8 });
});

const active = (van: string, tot: string, on = D) => van <= on && (tot === '' || tot >= on);
const absenceFiles = () => readdirSync(first).filter((f) => f.startsWith('verzuim-'));

describe('generate', () => {
  it('returns a short Dutch summary', () => {
    expect(summary).toMatch(/^Synthetische gemeente geschreven in .*: 300 jeugdigen, \d+ scholen, .* verzuimregels/);
  });

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n !== 'verwachting').sort();
    const names = files(first);
    expect(files(again)).toEqual(names);
    for (const name of names) expect([name, readFileSync(join(again, name)).equals(readFileSync(join(first, name)))]).toEqual([name, true]);
    expect(readFileSync(join(other, 'leerlingen.csv')).equals(readFileSync(join(first, 'leerlingen.csv')))).toBe(false);
  });

  it('writes a file of every kind, the two system layouts and the manifests', () => {
    const names = readdirSync(first);
    for (const name of [
      'scholen.csv', 'leerlingen.csv', 'inschrijvingen.csv', 'vrijstellingen.csv', 'trajecten.csv', 'redenen.csv',
      'studiedagen.csv', 'feestdagen.csv', 'vakanties-2024-2025.json', 'vakanties-2025-2026.json', 'vakanties-2026-2027.json',
      'README.md',
    ]) expect(names).toContain(name);
    expect(readdirSync(join(first, 'verwachting')).sort()).toEqual(['bad-rows.csv', 'planted.csv']);
    expect(names.some((n) => /^verzuim-lessen-\d\d[A-Z]{2}\.csv$/.test(n))).toBe(true);
    expect(names.some((n) => /^verzuim-perioden-bestuur-\d\d\.csv$/.test(n))).toBe(true);
    expect(names.some((n) => /^verzuim-uren-\d\d[A-Z]{2}\.csv$/.test(n))).toBe(true);
  });

  it('writes the register as Excel would: semicolons, CRLF, Windows-1252, dd-mm-yyyy', () => {
    const bytes = readFileSync(join(first, 'scholen.csv'));
    expect(bytes.includes(Buffer.from([0x92]))).toBe(true); // ’ as one byte
    expect(bytes.toString('latin1').startsWith('BRIN;Vestiging;Schoolnaam;Sector;Regio;Uren per dag\r\n')).toBe(true);
    const scholen = readTable(first, 'scholen.csv', 'windows-1252', ';');
    expect(scholen.rows.map((r) => r.get('Schoolnaam'))).toContain('Oranjeschool ’t Zonnetje');
    expect(scholen.rows.map((r) => r.get('Schoolnaam'))).toContain('KBS Sint-Thérèse');
    const leerlingen = readTable(first, 'leerlingen.csv', 'windows-1252', ';');
    for (const r of leerlingen.rows.slice(0, 50)) expect(r.get('Geboortedatum')).toMatch(/^\d\d-\d\d-\d{4}$/);
    expect(readFileSync(join(first, 'vrijstellingen.csv'), 'latin1')).toMatch(/^BSN;Artikel;Ingangsdatum;Einddatum\r\n/);
  });

  it('mixes the other shapes: BOM + ISO, tabs, slashes, and the national holiday JSON', () => {
    const inschrijvingen = readFileSync(join(first, 'inschrijvingen.csv'));
    expect([...inschrijvingen.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(inschrijvingen.subarray(3).toString('utf8')).toMatch(/^bsn,brin,vestiging,inschrijfdatum,uitschrijfdatum,aangepast_programma\n\d{9},\d\d[A-Z]{2},0[01],\d{4}-\d\d-\d\d,/);
    expect(readFileSync(join(first, 'trajecten.csv'), 'utf8')).toMatch(/^bsn\tsoort\tvan\ttot\n/);
    expect(readFileSync(join(first, 'redenen.csv'), 'utf8')).toMatch(/^BSN;Registratiedatum;Reden\n\d{9};\d\d\/\d\d\/\d{4};/);
    const json = JSON.parse(readFileSync(join(first, 'vakanties-2026-2027.json'), 'utf8'));
    const herfst = json.content[0].vacations.find((v: { type: string }) => v.type === 'Herfstvakantie');
    expect(herfst.regions).toContainEqual({ region: 'midden', startdate: '2026-10-17T00:00:00.000Z', enddate: '2026-10-25T00:00:00.000Z' });
  });

  it('uses header names the layouts know', () => {
    expect(readTable(first, absenceFiles().find((f) => f.includes('lessen'))!, 'windows-1252', ';').header)
      .toEqual(['BSN leerling', 'BRIN', 'Vestiging', 'Lesdatum', 'Lesuur', 'Absentiecode', 'Geoorloofd', 'Klas']);
    expect(readTable(first, absenceFiles().find((f) => f.includes('perioden'))!, 'utf-8', ',').header)
      .toEqual(['Burgerservicenummer', 'Brinnummer', 'Vestigingsnummer', 'Begindatum', 'Einddatum', 'Beginlesuur', 'Eindlesuur', 'Verzuimsoort', 'Geoorloofd J/N']);
  });
});

describe('BSNs and bad rows', () => {
  const bad = () => readTable(join(first, 'verwachting'), 'bad-rows.csv', 'utf-8', ',').rows.map((r) => ({ file: r.get('file'), line: Number(r.get('line')), column: r.get('column') }));
  const shapes: Record<string, ['utf-8' | 'windows-1252', string, string]> = {
    'leerlingen.csv': ['windows-1252', ';', 'BSN'],
    'inschrijvingen.csv': ['utf-8', ',', 'bsn'],
    'vrijstellingen.csv': ['windows-1252', ';', 'BSN'],
    'trajecten.csv': ['utf-8', '\t', 'bsn'],
    'redenen.csv': ['utf-8', ';', 'BSN'],
  };
  const absenceShape = (name: string): ['utf-8' | 'windows-1252', string, string] =>
    name.includes('lessen') ? ['windows-1252', ';', 'BSN leerling'] : name.includes('perioden') ? ['utf-8', ',', 'Burgerservicenummer'] : ['utf-8', ';', 'BSN'];

  it('lets every BSN pass the elfproef (8 digits left-padded) except the one planted bad BSN', () => {
    const failing: string[] = [];
    let eightDigits = 0;
    for (const name of [...Object.keys(shapes), ...absenceFiles()]) {
      const [encoding, delimiter, column] = shapes[name] ?? absenceShape(name);
      for (const r of readTable(first, name, encoding, delimiter).rows) {
        const raw = r.get(column);
        expect(raw).toMatch(/^\d{8,9}$/);
        if (raw.length === 8) eightDigits++;
        if (!passesElfproef(raw.padStart(9, '0'))) failing.push(`${name}:${r.line}`);
      }
    }
    expect(failing).toEqual(bad().filter((b) => b.column === 'bsn').map((b) => `${b.file}:${b.line}`));
    expect(failing).toHaveLength(1);
    expect(eightDigits).toBeGreaterThan(0);
  });

  it('puts each logged bad row where it says, wrong in the column it names', () => {
    const rows = bad();
    expect(rows.map((r) => r.column).sort()).toEqual(['', 'artikel', 'bsn', 'code', 'in_gemeente_sinds', 'sector', 'tot', 'tot', 'uren', 'uren']);
    const line = (file: string, n: number, encoding: 'utf-8' | 'windows-1252', delimiter: string) => {
      const table = readTable(first, file, encoding, delimiter);
      return { row: table.rows.find((r) => r.line === n)!, previous: table.rows.find((r) => r.line === n - 1)! };
    };
    for (const b of rows) {
      const [encoding, delimiter] = b.file === 'scholen.csv' ? ['windows-1252', ';'] as const : shapes[b.file] ?? absenceShape(b.file);
      const { row, previous } = line(b.file, b.line, encoding, delimiter);
      const v = row.values;
      if (b.column === 'sector') expect(row.get('Sector')).toBe('VAVO');
      if (b.column === 'in_gemeente_sinds') expect(row.get('Datum vestiging')).toBe('31-02-2026');
      if (b.column === 'artikel') expect(row.get('Artikel')).toBe('5d');
      if (b.column === 'code') expect(row.get('Absentiecode')).toBe('X');
      if (b.column === 'uren') expect(['25', '-1,5']).toContain(row.get('Uren'));
      if (b.column === 'tot') expect(iso(v[4]) < iso(v[3])).toBe(true); // van and tot are the 4th and 5th columns in both files
      if (b.column === '') expect(v).toEqual(previous.values);
    }
  });
});

describe('planted.csv agrees with the register', () => {
  let planted: Table;
  let bsnOf: Map<string, string>;
  let leerling: Map<string, Table['rows'][number]>;
  const byBsn = (t: Table, column: string) => {
    const map = new Map<string, Table['rows']>();
    for (const r of t.rows) map.set(r.get(column), [...(map.get(r.get(column)) ?? []), r]);
    return map;
  };
  let enrollments: Map<string, Table['rows']>;

  beforeAll(() => {
    planted = readTable(join(first, 'verwachting'), 'planted.csv', 'utf-8', ',');
    const leerlingen = readTable(first, 'leerlingen.csv', 'windows-1252', ';');
    bsnOf = new Map(leerlingen.rows.map((r) => [r.get('Leerlingnummer'), r.get('BSN').padStart(9, '0')]));
    leerling = new Map(leerlingen.rows.map((r) => [r.get('Leerlingnummer'), r]));
    enrollments = byBsn(readTable(first, 'inschrijvingen.csv', 'utf-8', ','), 'bsn');
  });
  const cases = (where: (r: Table['rows'][number]) => boolean) => planted.rows.filter(where);
  const activeEnrollments = (id: string) =>
    (enrollments.get(bsnOf.get(id)!) ?? []).filter((e) => active(e.get('inschrijfdatum'), e.get('uitschrijfdatum')));

  it('plants every situation at least once, even in a small municipality', () => {
    const situations = new Set(planted.rows.map((r) => r.get('situation')));
    for (const s of [
      'ongeoorloofd_lang_3m', 'ongeoorloofd_lang_4w', 'ongeoorloofd_lang_traject', 'langdurig_ziek_3m', 'langdurig_geoorloofd',
      'gedeeltelijk_aanwezig_ongeoorloofd', 'sporadisch_aanwezig', 'ziek_frequent', 'ziek_lang', 'verzuim_16u', 'aangepast_programma',
      'niet_ingeschreven_kort_verhuisd', 'niet_ingeschreven_lang_3m', 'vrijstelling_5a', 'vrijstelling_5b', 'vrijstelling_5c',
      'vrijstelling_15', 'vrijstelling_3a', 'bijna_leerplichtig', 'verhuisd_in', 'verhuisd_uit', 'schoolwissel', 'achttien', 'startkwalificatie',
    ]) expect(situations).toContain(s);
    for (const r of planted.rows) expect(leerling.has(r.get('leerling_id'))).toBe(true);
  });

  it('gives no active enrollment on the peildatum to pupils classified as not enrolled or almost leerplichtig', () => {
    const notEnrolled = cases((r) => r.get('categorie') === 'absoluut_verzuim' || r.get('categorie') === 'bijna_leerplichtig');
    expect(notEnrolled.length).toBeGreaterThan(5);
    for (const r of notEnrolled) expect([r.get('leerling_id'), activeEnrollments(r.get('leerling_id')).length]).toEqual([r.get('leerling_id'), 0]);
  });

  it('gives enrolled cases an active enrollment at the expected school, the latest van winning', () => {
    for (const r of cases((x) => x.get('categorie') === 'ingeschreven')) {
      const latest = activeEnrollments(r.get('leerling_id')).sort((a, b) => b.get('inschrijfdatum').localeCompare(a.get('inschrijfdatum')))[0];
      expect([r.get('leerling_id'), latest?.get('brin')]).toEqual([r.get('leerling_id'), r.get('brin')]);
    }
  });

  it('gives exempt cases an exemption of that article active on the peildatum', () => {
    const vrijstellingen = byBsn(readTable(first, 'vrijstellingen.csv', 'windows-1252', ';'), 'BSN');
    for (const r of cases((x) => x.get('categorie') === 'vrijgesteld')) {
      const own = (vrijstellingen.get(bsnOf.get(r.get('leerling_id'))!) ?? []).filter((v) => active(iso(v.get('Ingangsdatum')), iso(v.get('Einddatum'))));
      expect(own.map((v) => v.get('Artikel'))).toEqual([r.get('artikel')]);
    }
  });

  it('says passend_aanbod ja exactly when a traject is active on the peildatum (fase 3)', () => {
    const trajecten = byBsn(readTable(first, 'trajecten.csv', 'utf-8', '\t'), 'bsn');
    for (const r of cases((x) => x.get('fase') === '3')) {
      const has = (trajecten.get(bsnOf.get(r.get('leerling_id'))!) ?? []).some((t) => active(iso(t.get('van')), iso(t.get('tot'))));
      expect([r.get('leerling_id'), r.get('passend_aanbod')]).toEqual([r.get('leerling_id'), has ? 'ja' : 'nee']);
    }
  });

  it('names the latest reden registered on or before the peildatum', () => {
    const redenen = byBsn(readTable(first, 'redenen.csv', 'utf-8', ';'), 'BSN');
    for (const r of planted.rows) {
      const own = (redenen.get(bsnOf.get(r.get('leerling_id'))!) ?? [])
        .map((x) => ({ datum: iso(x.get('Registratiedatum')), reden: x.get('Reden') }))
        .filter((x) => x.datum <= D)
        .sort((a, b) => a.datum.localeCompare(b.datum));
      expect([r.get('leerling_id'), r.get('reden')]).toEqual([r.get('leerling_id'), own.at(-1)?.reden ?? '']);
    }
  });

  it('backs each fase 3 streak with absences on its first day and on the last school day, 30 October', () => {
    const days = new Map<string, Set<string>>();
    for (const name of absenceFiles()) {
      const [encoding, delimiter, bsnColumn, dateColumn] = name.includes('lessen') ? ['windows-1252', ';', 'BSN leerling', 'Lesdatum'] as const
        : name.includes('perioden') ? ['utf-8', ',', 'Burgerservicenummer', 'Begindatum'] as const : ['utf-8', ';', 'BSN', 'Datum'] as const;
      for (const r of readTable(first, name, encoding, delimiter).rows) {
        const bsn = r.get(bsnColumn).padStart(9, '0');
        const set = days.get(bsn) ?? new Set();
        set.add(iso(r.get(dateColumn)));
        if (name.includes('perioden')) set.add(iso(r.get('Einddatum')));
        days.set(bsn, set);
      }
    }
    const streaks = cases((x) => x.get('fase') === '3' && x.get('categorie') === 'ingeschreven');
    expect(streaks.length).toBeGreaterThan(3);
    for (const r of streaks) {
      const own = days.get(bsnOf.get(r.get('leerling_id'))!) ?? new Set();
      expect([r.get('leerling_id'), own.has(r.get('streak_start')), own.has('2026-10-30')]).toEqual([r.get('leerling_id'), true, true]);
    }
  });

  it('leaves out of the classification only youths who are 18, moved out, have a startkwalificatie, or are 4 and at school', () => {
    for (const r of cases((x) => x.get('categorie') === 'buiten_beeld')) {
      const l = leerling.get(r.get('leerling_id'))!;
      const birth = iso(l.get('Geboortedatum'));
      const eighteen = `${Number(birth.slice(0, 4)) + 18}${birth.slice(4)}` <= D;
      const movedOut = l.get('Datum vertrek') !== '' && iso(l.get('Datum vertrek')) <= D;
      const qualified = l.get('Startkwalificatie') !== '' && iso(l.get('Startkwalificatie')) <= D;
      const fiveAfterD = `${Number(birth.slice(0, 4)) + 5}${birth.slice(4)}` > D;
      const youngAtSchool = fiveAfterD && activeEnrollments(r.get('leerling_id')).length > 0;
      expect([r.get('leerling_id'), eighteen || movedOut || qualified || youngAtSchool]).toEqual([r.get('leerling_id'), true]);
    }
  });
});

describe('generate options', () => {
  it('refuses a municipality too small to hold the planted situations', async () => {
    await expect(generate({ out: join(base, 'tiny'), pupils: 10, seed: 1 })).rejects.toBeInstanceOf(UserError);
  });
});
