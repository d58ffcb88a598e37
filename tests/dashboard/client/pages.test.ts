// The pages in a real headless Chromium against a real server on the fixture: charts are drawn
// with marks, each role sees what it may, hostile text stays text. Screenshots of every page go
// to test-output/screenshots/ for a human to look at.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium, reportMissingChromium } from '../helpers/browser.js';
import { browserSession, logIn, openPage, shots } from '../helpers/browser-session.js';
import { startFixtureServer } from '../helpers/fixture-server.js';

const session = browserSession();

async function loaded(page: Page) {
  await page.waitForSelector('body[data-geladen]', { timeout: 15_000 });
  const state = await page.getAttribute('body', 'data-geladen');
  expect(state === 'ja' ? 'ja' : await page.textContent('#inhoud')).toBe('ja');
}

/** Number of Plot mark groups (g[aria-label]) that hold drawn shapes. */
async function markGroups(page: Page): Promise<number> {
  return page.$$eval('figure.chart svg [aria-label]', (groups) =>
    groups.filter((g) => g.querySelector('rect, path, circle, line')).length);
}

async function screenshot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test('Chromium is there for the browser tests (skipped loudly without it; required when CI is set)', () => {
  reportMissingChromium();
});

describe.skipIf(!haveChromium)('dashboard pages in Chromium', () => {
  test('the council page draws every chart without login and shows hostile text as text', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(session, context, '/');
    await loaded(page);
    expect(await page.textContent('.kpi.tone-official .value')).toBe('21');
    expect(await page.$$eval('figure.chart', (f) => f.length)).toBeGreaterThanOrEqual(8);
    expect(await markGroups(page)).toBeGreaterThanOrEqual(15);
    // the reason '=HYPERLINK("x")' is drawn as a label, not interpreted
    expect(await page.locator('svg text', { hasText: '=HYPERLINK("x")' }).count()).toBeGreaterThan(0);
    // November: langdurig ziek 4 and geoorloofd 2 are "<5" but their total 6 is shown, so the bar
    // names them as the uncounted long-term absent, not as an unnamed grey piece
    const comparison = page.locator('figure.chart', { hasText: 'Officieel geteld tegenover alle schoolmissers' }).locator('.legend');
    expect(await comparison.textContent()).toContain('Langdurig ziek of geoorloofd thuis (niet geteld)');
    expect(await comparison.textContent()).not.toContain('Niet uitgesplitst');
    // every chart has its table alternative
    const figures = await page.$$eval('figure.chart', (f) => f.map((x) => Boolean(x.querySelector('details table') || x.querySelector('.empty'))));
    expect(figures.every(Boolean)).toBe(true);
    await screenshot(page, 'raad');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the analyst logs in and sees the analysis page with flows, durations, schools and data quality', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await logIn(session, context, 'analist', '/analyse');
    await loaded(page);
    await page.waitForSelector('#datakwaliteit table');
    expect(await markGroups(page)).toBeGreaterThanOrEqual(8);
    // the school named <script>alert(1)</script> appears literally, as text
    expect(await page.locator('#scholen td a', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(await page.locator('#datakwaliteit').textContent()).toContain('Mytylschool De Brug');
    await page.selectOption('#dimensie', 'signaal');
    expect(await page.locator('figure.chart h3', { hasText: 'signaal' }).count()).toBe(1);
    await page.selectOption('#dimensie', 'fase');
    await screenshot(page, 'analyse');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a school sees only its own pupils, opens a pupil calendar and is refused another school', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await logIn(session, context, 'regenboog', '/school');
    expect(new URL(page.url()).pathname).toBe('/school/12AB');
    await loaded(page);
    expect(await markGroups(page)).toBeGreaterThanOrEqual(4);
    const ids = await page.$$eval('#leerlingen tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
    // 12AB in November: 4 (fase 3) + 2 (fase 3, ziek) + 1 + 3 (fase 2) = 10 pupils, ids L0071..L0080
    expect(ids).toHaveLength(10);
    expect(ids.every((id) => id !== null && id >= 'L0071' && id <= 'L0080')).toBe(true);
    await screenshot(page, 'school');

    await Promise.all([page.waitForURL(/leerling\/L0071/), page.click('#leerlingen a:text-is("L0071")')]);
    await loaded(page);
    expect(await page.$$eval('figure.chart svg [aria-label] rect', (r) => r.length)).toBeGreaterThan(300);
    await screenshot(page, 'leerling');

    const other = await page.goto(`${session.server.url}/school/34CD`);
    expect(other?.status()).toBe(403);
    const api = await page.goto(`${session.server.url}/api/school/12AB/leerling/L0161`);
    expect(api?.status()).toBe(404);
    expect(await page.textContent('body')).not.toContain('L0161"');
    expect(problems).toEqual([]);
    await context.close();
  });

  test("the school's action list sorts on a header click, filters, and marks who moved to fase 3", async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await logIn(session, context, 'regenboog', '/school');
    await loaded(page);
    const ids = () => page.$$eval('#leerlingen tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
    // default: fase 3 first, then lowest attendance, then longest streak (school-api.test.ts)
    expect(await ids()).toEqual(['L0076', 'L0075', 'L0074', 'L0073', 'L0072', 'L0071', 'L0080', 'L0079', 'L0077', 'L0078']);
    // a click on "Aanwezig (4 wk)" sorts ascending (fase 3 at 0% keep their order), a second descending
    await page.click('#leerlingen th button:has-text("Aanwezig (4 wk)")');
    expect(await page.getAttribute('#leerlingen th:has-text("Aanwezig (4 wk)")', 'aria-sort')).toBe('ascending');
    await page.click('#leerlingen th button:has-text("Aanwezig (4 wk)")');
    expect((await ids()).slice(0, 4)).toEqual(['L0080', 'L0079', 'L0077', 'L0078']);
    // the leerling column sorts by id
    await page.click('#leerlingen th button:has-text("Leerling")');
    expect(await ids()).toEqual(['L0071', 'L0072', 'L0073', 'L0074', 'L0075', 'L0076', 'L0077', 'L0078', 'L0079', 'L0080']);
    // L0071-74 moved from fase 2 (October) to fase 3 (November): marked, and the only "new" ones
    expect(await page.locator('#leerlingen .chip.change-naar_fase_3').count()).toBe(4);
    await page.check('#leerlingen input[name=alleenNieuw]');
    expect(await ids()).toEqual(['L0071', 'L0072', 'L0073', 'L0074']);
    await page.uncheck('#leerlingen input[name=alleenNieuw]');
    // filter fase 2, then the signal aangepast_programma (L0078-80)
    await page.selectOption('#leerlingen select[name=fase]', '2');
    expect(await ids()).toEqual(['L0077', 'L0078', 'L0079', 'L0080']);
    await page.selectOption('#leerlingen select[name=signaal]', 'aangepast_programma');
    expect(await ids()).toEqual(['L0078', 'L0079', 'L0080']);
    // a trend line per pupil with more than one month
    expect(await page.locator('#leerlingen svg.attendance-trend').count()).toBe(3);
    expect(await page.getAttribute('#leerlingen a.download', 'href')).toBe('/api/school/12AB/leerlingen.csv?maand=2025-11');
    await screenshot(page, 'school-actielijst');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the pupil calendar becomes a list of weeks with readable cells on a phone', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const { page, problems } = await logIn(session, context, 'regenboog', '/school/12AB/leerling/L0071');
    await loaded(page);
    const cells = await page.$$eval('figure.chart svg [aria-label=rect] rect', (rects) =>
      rects.map((r) => ({ height: r.getBoundingClientRect().height, title: r.textContent ?? '' })));
    // 5-day weeks from the week of Friday 1 August 2025 (Monday 28 July) to the week of the
    // peildatum, Sunday 30 November 2025 (Monday 24 November): 17 weeks later, so 18 weeks x 5
    // days at least, each day at least 28 px high (a part of a day may be narrower)
    expect(cells.length).toBeGreaterThanOrEqual(18 * 5);
    expect(Math.min(...cells.map((c) => c.height))).toBeGreaterThanOrEqual(24);
    // and no weeks to come after that (the reader scrolled past ~2,000 px of them): no school day
    // after the peildatum is left in that last week (30 November is a Sunday)
    expect(cells.filter((c) => c.title.includes('na de peildatum'))).toHaveLength(0);
    // the week labels abbreviate as the desktop does: never "maa"
    const labels = await page.$$eval('figure.chart svg text', (t) => t.map((x) => x.textContent));
    expect(labels).toContain('28 jul');
    expect(labels).toContain('24 nov');
    expect(labels.some((l) => /maa/.test(l ?? ''))).toBe(false);
    // the figure fits the phone: no sideways scrolling of the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${shots}/leerling-telefoon.png`, fullPage: false });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the school with the hostile name sees it as text in its heading', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await logIn(session, context, 'script', '/school/34CD');
    await loaded(page);
    expect(await page.textContent('h1')).toBe('<script>alert(1)</script>');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the login page and a refused page render', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(session, context, '/analyse');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await screenshot(page, 'inloggen');
    await context.close();
  });

  test('before the first monitor run every page says so instead of drawing empty frames', async () => {
    const empty = await startFixtureServer({ empty: true });
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(empty.url);
      await loaded(page);
      expect(await page.textContent('#inhoud')).toContain('Nog geen gegevens voor deze maand.');
      expect(await page.$$('figure.chart svg')).toHaveLength(0);
      await screenshot(page, 'raad-leeg');
    } finally {
      await context.close();
      await empty.close();
    }
  });
});
