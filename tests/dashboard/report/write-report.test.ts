// The printable report: one file, nothing fetched, public figures only, charts drawn offline.

import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeReport } from '../../../dashboard/report/write-report.js';
import { UserError } from '../../../pipeline/user-error.js';
import { haveChromium, launchBrowser } from '../helpers/browser.js';
import { createFixture } from '../helpers/fixture.js';
import { havePdftotext, pdfPages } from '../helpers/pdf-pages.js';

let dir: string;
let dbFile: string;
let html: string;
const out = () => path.join(dir, 'rapport-2025-11.html');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tzm-report-'));
  dbFile = path.join(dir, 'tzm.duckdb');
  (await createFixture({ file: dbFile })).close();
  await writeReport({ db: dbFile, month: '2025-11', out: out(), now: new Date('2025-12-02T10:00:00Z') });
  html = await readFile(out(), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeReport', () => {
  test('one self-contained file: no external script, style or image', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('@page { size: A4');
    expect(html).toContain('Gemaakt op 2 december 2025');
    expect(html).toContain('<h1>Thuiszitters in november 2025</h1>');
  });

  test('no script at all: the charts are static SVG drawn when the report was written', () => {
    expect(html).not.toMatch(/<script/i);
    // every figure has its chart drawn, with Plot's marks inside
    const figures = html.match(/<figure class="chart[^"]*"/g) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(6);
    expect((html.match(/<svg[^>]*class="plot[^"]*"/g) ?? []).length).toBeGreaterThanOrEqual(figures.length - 1);
  });

  test('the content is the public, suppressed view: no pupil ids, the official count of November', () => {
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '');
    expect(text).not.toMatch(/L\d{4}|pk-|pupil_key/);
    // the headline card: 21 official thuiszitters (fixture-pupils.ts)
    expect(text).toMatch(/class="kpi tone-official"[\s\S]*?class="value">21</);
  });

  test('each chart is followed by its table of numbers, and legends are drawn in SVG', () => {
    expect(html).not.toContain('<details class="as-table"');
    const tables = html.match(/<table class="data as-table-printed"/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    // a CSS background swatch would print empty; an SVG swatch keeps its fill
    expect(html).toMatch(/<ul class="legend"[^>]*><li><svg class="swatch"[^>]*><(rect|line|circle) /);
  });

  test('an unknown month or a malformed one is a user error, and writes nothing', async () => {
    await expect(writeReport({ db: dbFile, month: '2024-01', out: path.join(dir, 'x.html') })).rejects.toThrow(UserError);
    await expect(writeReport({ db: dbFile, month: '2025-1', out: path.join(dir, 'x.html') })).rejects.toThrow(/JJJJ-MM/);
    await expect(readFile(path.join(dir, 'x.html'))).rejects.toThrow();
  });

  test('a report that fails the disclosure audit is not written, and the refusal names cells, not their counts', async () => {
    // November: niet geteld 6 = langdurig ziek 4 + langdurig geoorloofd 2. Counts that break that
    // sum (ziek raised by 5 to 9, shown) leave geoorloofd, "<5" so 1..4, at 6 - 9 = -3: no value
    // fits, and the audit refuses rather than publish figures a reader cannot trust.
    const broken = path.join(dir, 'broken.duckdb');
    const db = await createFixture({ file: broken });
    await db.connection.run(`UPDATE monitor_counts SET aantal = aantal + 5 WHERE maand = '2025-11' AND dimensie = 'signaal' AND waarde = 'langdurig_ziek'`);
    db.close();
    const target = path.join(dir, 'afgekeurd.html');
    const refusal = await writeReport({ db: broken, month: '2025-11', out: target }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as Error).message).toMatch(/openbaarheidscontrole afgekeurd, er is niets geschreven.*2025-11\/langdurig_geoorloofd \(tegenstrijdig\)/);
    // the message holds cell names (month/figure), never a count
    expect((refusal as Error).message.replace(/\d{4}-\d{2}\/[\w:-]+/g, '')).not.toMatch(/\d/);
    await expect(readFile(target)).rejects.toThrow();
    await expect(readFile(`${target}.partial`)).rejects.toThrow();
  });

  describe.skipIf(!haveChromium)('opened in Chromium without network and without JavaScript', () => {
    test('shows every chart and prints to A4 with legends and tables, backgrounds off', async () => {
      const browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: false });
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(out()).href);
      const marks = await page.$$eval('figure.chart svg [aria-label]', (g) => g.filter((x) => x.querySelector('rect, path, circle')).length);
      expect(marks).toBeGreaterThanOrEqual(15);
      expect(await page.textContent('.kpi.tone-official .value')).toBe('21');
      await mkdir('test-output/screenshots', { recursive: true });
      await copyFile(out(), 'test-output/rapport.html'); // for a human to open
      await page.screenshot({ path: 'test-output/screenshots/rapport.png', fullPage: true });
      await page.emulateMedia({ media: 'print' });
      // in print every legend swatch has a visible fill or stroke, and every chart a table after it
      const swatches = await page.$$eval('ul.legend svg.swatch > *', (shapes) => shapes.map((s) => {
        const style = getComputedStyle(s);
        return style.fill !== 'none' && style.fill !== 'rgba(0, 0, 0, 0)' ? style.fill : style.stroke;
      }));
      expect(swatches.length).toBeGreaterThanOrEqual(10);
      expect(swatches.every((paint) => paint !== 'none' && paint !== '')).toBe(true);
      const chartsWithoutTable = await page.$$eval('figure.chart', (figures) =>
        figures.filter((f) => f.querySelector('svg.plot, svg[class^=plot]') && !f.querySelector('table.as-table-printed')).length);
      expect(chartsWithoutTable).toBe(0);
      expect(await page.$$eval('table.as-table-printed', (t) => t.filter((x) => getComputedStyle(x).display === 'none').length)).toBe(0);
      await page.screenshot({ path: 'test-output/screenshots/rapport-print.png', fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      await import('node:fs/promises').then((fs) => fs.writeFile('test-output/rapport.pdf', pdf));
      expect(pdf.length).toBeGreaterThan(10_000);
      // a phone: the sheet fits the screen, no sideways scrolling
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: 'test-output/screenshots/rapport-telefoon.png', fullPage: false });
      expect(problems).toEqual([]);
      await browser.close();
    });

    test('printed, no page holds only a heading and no heading stands at the foot of a page', async () => {
      if (!havePdftotext) console.warn('pdftotext (poppler-utils) ontbreekt: de paginacontrole van het rapport is overgeslagen');
      const browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: false });
      await page.goto(pathToFileURL(out()).href);
      await page.emulateMedia({ media: 'print' });
      // section headings and chart titles, by their start (a title may wrap in a half column)
      const headings = (await page.$$eval('h2, figure.chart h3', (hs) => hs.map((h) => h.textContent!.trim())))
        .filter(Boolean).map((h) => h.slice(0, 18));
      expect(headings).toContain('Doelen');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      await browser.close();
      const pages = pdfPages(pdf);
      if (!pages) return;
      expect(pages.length).toBeGreaterThan(2);
      const startsWithHeading = (line: string) => headings.some((h) => line.startsWith(h));
      pages.forEach((lines, i) => {
        const where = `pagina ${i + 1}: ${lines.slice(0, 3).join(' / ')}`;
        // a heading, its intro and nothing more is a few lines; a page with content has more
        // (the last page may be short: it is the explanation's end)
        if (i < pages.length - 1) expect(lines.length, where).toBeGreaterThan(8);
        // the last two lines of a page (a title and its badge) are never a heading
        expect(lines.slice(-2).filter(startsWithHeading), where).toEqual([]);
      });
    });
  });
});
