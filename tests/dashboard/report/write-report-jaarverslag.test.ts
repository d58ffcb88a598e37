// `tzm report --schooljaar`: the jaarverslag section of the printed report, audited with the month
// before anything is written. The fixture holds the hand-made count of 2025-2026
// (helpers/jaartelling-rows.ts); 2024-2025 was not counted.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeReport } from '../../../dashboard/report/write-report.js';
import { UserError } from '../../../pipeline/user-error.js';
import { haveChromium, launchBrowser } from '../helpers/browser.js';
import { createFixture } from '../helpers/fixture.js';

let dir: string;
let dbFile: string;
let plain: string;
let withYear: string;
const made = new Date('2025-12-02T10:00:00Z');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tzm-report-jaar-'));
  dbFile = path.join(dir, 'tzm.duckdb');
  (await createFixture({ file: dbFile })).close();
  await writeReport({ db: dbFile, month: '2025-11', out: path.join(dir, 'maand.html'), now: made });
  await writeReport({ db: dbFile, month: '2025-11', out: path.join(dir, 'jaar.html'), schooljaar: '2025-2026', now: made });
  plain = await readFile(path.join(dir, 'maand.html'), 'utf8');
  withYear = await readFile(path.join(dir, 'jaar.html'), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const body = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '');

describe('writeReport with a school year', () => {
  test('without --schooljaar the report is the monthly report as before; with it, the same plus one section', () => {
    expect(body(plain)).not.toMatch(/jaarverslag/i);
    expect(withYear).toContain('<h2>Jaarverslag leerplicht 2025-2026</h2>');
    // everything before the section is the monthly report, unchanged (chart ids are random)
    const same = (html: string) => body(html).replace(/fig-[a-z0-9]+/g, 'fig');
    expect(same(withYear).split('<section class="block jaarverslag"')[0]).toBe(same(plain).split('</main>')[0]);
  });

  test('the section holds the suppressed table: no pupil ids, small counts as "<5", the rate beside its shown count', () => {
    const section = body(withYear).split('<section class="block jaarverslag"')[1];
    expect(section).not.toMatch(/L00\d\d|J-/);
    expect(section).toContain('geteld tot en met 30 november 2025');
    // 16 uur vso is 1 (jaartelling-rows.ts): "<5", marked
    expect(section).toMatch(/data-regel="relatief_verzuim_16u"[\s\S]*?data-soort="vso"><span class="verborgen klein"[^>]*>&lt;5</);
    // absoluut verzuim 18 and its rate 3,0 per 1,000
    expect(section).toMatch(/data-regel="absoluut_verzuim"[\s\S]*?data-soort="totaal">18</);
    expect(section).toMatch(/data-regel="per_1000.absoluut_verzuim"[\s\S]*?data-soort="totaal">3,0</);
    expect(section).not.toMatch(/<script/i);
  });

  test('the section reads as Dutch for the council: no regel codes, the kinds spelled out', () => {
    const section = body(withYear).split('<section class="block jaarverslag"')[1];
    expect(section).not.toMatch(/<code|regel-code/);
    expect(section).toMatch(/data-regel="absoluut_verzuim.bij_start"><th scope="row">al bij de start van het schooljaar \(1 augustus\)<\/th>/);
    expect(section).toContain('<th scope="col" class="num" data-soort="vso">(Voortgezet) speciaal onderwijs</th>');
    expect(section).toContain('<th scope="col" class="num" data-soort="geen_onderwijs">Geen onderwijs</th>');
  });

  test('a year not counted yet names the command that counts it, and writes nothing', async () => {
    const target = path.join(dir, 'niet-geteld.html');
    const refusal = await writeReport({ db: dbFile, month: '2025-11', out: target, schooljaar: '2024-2025' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as Error).message).toContain(`schooljaar 2024-2025 is nog niet geteld; draai eerst tzm jaartelling --db ${dbFile} --schooljaar 2024-2025`);
    await expect(readFile(target)).rejects.toThrow();
  });

  test('a malformed school year is a usage error (exit 2)', async () => {
    const refusal = await writeReport({ db: dbFile, month: '2025-11', out: path.join(dir, 'x.html'), schooljaar: '2025-2027' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).exitCode).toBe(2);
    expect((refusal as Error).message).toMatch(/JJJJ-JJJJ/);
  });

  test('a jaarverslag that fails the audit is not written, and the refusal names cells, not counts', async () => {
    // 16 uur po raised from 9 to 20 while totaal stays 54: with vo 30 and mbo 14 shown, the hidden
    // vso (1..4) would have to be 54 - 64 < 0; no values fit, so the audit refuses
    const broken = path.join(dir, 'broken.duckdb');
    const db = await createFixture({ file: broken });
    await db.connection.run(`UPDATE jaartelling SET aantal = 20 WHERE regel = 'relatief_verzuim_16u' AND onderwijssoort = 'po'`);
    db.close();
    const target = path.join(dir, 'afgekeurd.html');
    const refusal = await writeReport({ db: broken, month: '2025-11', out: target, schooljaar: '2025-2026' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as Error).message).toMatch(/openbaarheidscontrole afgekeurd, er is niets geschreven.*2025-2026\/relatief_verzuim_16u\/\w+ \(tegenstrijdig\)/);
    expect((refusal as Error).message.replace(/\d{4}-\d{4}\/[\w.:-]+\/\w+|\d{4}-\d{2}\/[\w:-]+/g, '').replace(/tzm/g, '')).not.toMatch(/\d/);
    await expect(readFile(target)).rejects.toThrow();
  });

  test('on the command line: --schooljaar in the report\'s help, a malformed one exit 2 with one line', () => {
    const tzm = (...args: string[]) => spawnSync(process.execPath, [path.resolve('bin/tzm.js'), 'report', ...args], { encoding: 'utf8' });
    expect(tzm('--help').stdout).toMatch(/--schooljaar JJJJ-JJJJ +voegt het jaarverslag van dit schooljaar toe/);
    const bad = tzm('--db', dbFile, '--month', '2025-11', '--out', path.join(dir, 'cli.html'), '--schooljaar', '2025');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tzm: --schooljaar moet de vorm JJJJ-JJJJ hebben.*\n$/);
  });

  describe.skipIf(!haveChromium)('opened in Chromium without JavaScript', () => {
    test('the jaarverslag section is there, every line a row, hidden cells marked', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: false });
        await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
        await page.goto(pathToFileURL(path.join(dir, 'jaar.html')).href);
        expect(await page.textContent('#jaarverslag h2')).toBe('Jaarverslag leerplicht 2025-2026');
        // 36 lines: absoluut verzuim 6 + 1, lrv 6 + 1, niet geteld 6, 16 uur 2, zonder aanbod 1,
        // vrijstellingen 5 x 2, dreigend 1, rates 2
        expect(await page.$$eval('#jaarverslag table.jaartelling tbody tr', (rows) => rows.length)).toBe(36);
        expect(await page.$$eval('#jaarverslag .verborgen', (cells) => cells.length)).toBeGreaterThan(10);
        expect(await page.textContent('#jaarverslag tr[data-regel="lrv"] td[data-soort="totaal"]')).toBe('28');
        await page.screenshot({ path: 'test-output/screenshots/rapport-jaarverslag.png', fullPage: true });
      } finally {
        await browser.close();
      }
    });
  });
});
