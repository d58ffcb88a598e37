// The annual count's pages in a real headless Chromium against a real server on the fixture (with
// the hand-made count of 2025-2026, helpers/jaartelling-rows.ts): the analysts' table with a youth
// list behind each figure, and the council's jaarverslag with its suppressed cells marked.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium } from '../helpers/browser.js';
import { browserSession, logIn, openPage, shots } from '../helpers/browser-session.js';
import { lrvPoIds } from '../helpers/jaartelling-rows.js';
import { passwords } from '../helpers/users.js';

const session = browserSession();

async function loaded(page: Page) {
  await page.waitForSelector('body[data-geladen]', { timeout: 15_000 });
  expect(await page.getAttribute('body', 'data-geladen')).toBe('ja');
}

/** Whether the youth list's heading and its first youth are both inside the window (not below its edge). */
async function listInView(page: Page): Promise<{ heading: boolean; firstYouth: boolean }> {
  return page.evaluate(() => {
    const inside = (selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    };
    return { heading: inside('#jaartelling-lijst h3'), firstYouth: inside('#jaartelling-lijst tbody tr') };
  });
}

describe.skipIf(!haveChromium)('the annual count in Chromium', () => {
  test('the analyst sees the count in the form\'s order, opens the youths behind a figure, and the year not counted says how to count it', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page: login, problems } = await openPage(session, context, '/inloggen?terug=%2Fanalyse');
    await login.fill('#gebruiker', 'analist');
    await login.fill('#wachtwoord', passwords.analist);
    await Promise.all([login.waitForURL((url) => url.pathname === '/analyse'), login.click('button[type=submit]')]);
    await loaded(login);
    const page = login;
    const year = page.locator('#jaartelling [data-schooljaar="2025-2026"]');
    await year.locator('table.jaartelling').waitFor();
    // 36 lines, absoluut verzuim first with its code beside the words, dreigend before the rates
    const codes = await year.locator('tbody tr .regel-code').allTextContents();
    expect(codes).toHaveLength(36);
    expect(codes[0]).toBe('absoluut_verzuim');
    expect(codes.slice(-3)).toEqual(['dreigend', 'per_1000.absoluut_verzuim', 'per_1000.relatief_verzuim_16u']);
    // the analysts keep DUO's short kinds, as in the CSV
    expect(await year.locator('thead th').allTextContents()).toEqual(['Regel', 'po', 'vso', 'vo', 'mbo', 'onbekend', 'geen onderwijs', 'totaal']);
    // exact for the analyst: 16 uur vso is 1, the rate per kind 0,8
    expect(await year.locator('tr[data-regel="relatief_verzuim_16u"] td[data-soort="vso"]').textContent()).toBe('1');
    expect(await year.locator('tr[data-regel="per_1000.absoluut_verzuim"] td[data-soort="po"]').textContent()).toBe('0,8');
    expect(await year.textContent()).toContain('geteld tot en met 30 november 2025 · berekend op 1 december 2025 om 08:30');
    expect(await page.textContent('#jaartelling [data-schooljaar="2024-2025"]')).toContain('Schooljaar 2024-2025 is nog niet geteld. Tel het met: tzm jaartelling --db DATABASE --schooljaar 2024-2025');
    expect(await year.locator('a[download]').getAttribute('href')).toBe('/api/analyse/export/jaartelling.csv?schooljaar=2025-2026');

    // lrv, po: 6 youths of 12AB (jaartelling-rows.ts), each leading to the pupil's calendar
    await year.locator('tr[data-regel="lrv"] td[data-soort="po"] a').click();
    const list = page.locator('#jaartelling-lijst');
    await list.locator('table').waitFor();
    expect(await list.locator('h3').textContent()).toContain('po · 2025-2026: 6 jongeren');
    // right under the table of 2025-2026, not after the last year, and in view (see listInView)
    expect(await page.locator('#jaartelling [data-schooljaar="2025-2026"] + #jaartelling-lijst').count()).toBe(1);
    expect(await listInView(page)).toEqual({ heading: true, firstYouth: true });
    // the newest month end of the fixture, written as dates are elsewhere
    expect(await list.locator('.meta').textContent()).toBe('lrv · school en fase op de laatste peildatum, 30 november 2025');
    expect(await list.locator('tbody tr td:first-child').allTextContents()).toEqual(lrvPoIds);
    expect(await list.locator('tbody a').first().getAttribute('href')).toBe('/school/12AB/leerling/L0071');
    await page.locator('#jaartelling').screenshot({ path: `${shots}/analyse-jaartelling.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on a phone too, a figure opens its youths under its own table, scrolled into view', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page, problems } = await logIn(session, context, 'analist', '/analyse');
    await loaded(page);
    const year = page.locator('#jaartelling [data-schooljaar="2025-2026"]');
    // absoluut verzuim, vo: 7 made-up youths, far down the page from the table's first line
    await year.locator('tr[data-regel="absoluut_verzuim"] td[data-soort="vo"] a').click();
    await page.locator('#jaartelling-lijst table').waitFor();
    expect(await page.textContent('#jaartelling-lijst h3')).toContain('vo · 2025-2026: 7 jongeren');
    expect(await page.locator('#jaartelling [data-schooljaar="2025-2026"] + #jaartelling-lijst').count()).toBe(1);
    expect(await listInView(page)).toEqual({ heading: true, firstYouth: true });
    await page.screenshot({ path: `${shots}/analyse-jaartelling-lijst-390.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the jaarverslag is in the council\'s menu, public, with small numbers hidden and marked', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(session, context, '/');
    await loaded(page);
    await Promise.all([page.waitForURL((url) => url.pathname === '/jaarverslag'), page.click('nav a:text-is("Jaarverslag")')]);
    await loaded(page);
    expect(await page.getAttribute('nav a[href="/jaarverslag"]', 'aria-current')).toBe('page');
    const year = page.locator('#jaarverslag [data-schooljaar="2025-2026"]');
    expect(await year.locator('tbody tr').count()).toBe(36);
    // Dutch only for the council: no regel codes, the kinds spelled out as the council page's sectors
    expect(await year.locator('.regel-code, code').count()).toBe(0);
    expect(await year.locator('tr[data-regel="absoluut_verzuim.bij_start"] th').textContent()).toBe('al bij de start van het schooljaar (1 augustus)');
    expect(await year.locator('thead th').allTextContents()).toEqual(['Regel', 'Primair onderwijs', '(Voortgezet) speciaal onderwijs', 'Voortgezet onderwijs', 'Mbo', 'Onbekend', 'Geen onderwijs', 'Totaal']);
    expect(await page.textContent('#jaarverslag .explain')).toContain('Onbekend: ingeschreven op een school die niet in de scholenlijst van de monitor staat.');
    // 16 uur vso is 1: "<5", marked and explained in its title; no figure links for the public
    const vso = year.locator('tr[data-regel="relatief_verzuim_16u"] td[data-soort="vso"] .verborgen');
    expect(await vso.textContent()).toBe('<5');
    expect(await vso.getAttribute('title')).toBe('een aantal van 1 tot en met 4');
    expect(await year.locator('a').count()).toBe(0);
    expect(await year.locator('tr[data-regel="absoluut_verzuim"] td[data-soort="totaal"]').textContent()).toBe('18');
    expect(await year.locator('tr[data-regel="per_1000.absoluut_verzuim"] td[data-soort="po"]').textContent()).toBe('–');
    expect(await page.textContent('#jaarverslag')).toContain('Schooljaar 2024-2025 is nog niet geteld.');
    await page.locator('#jaarverslag').screenshot({ path: `${shots}/jaarverslag.png` });
    // printed on A4 (186 mm between the margins, about 703 px), the spelled-out heads still fit:
    // the table is no wider than its card, whose overflow would be cut off on paper
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const fit = await year.evaluate((card) => ({ table: card.scrollWidth, card: card.clientWidth }));
    expect(fit.table).toBeLessThanOrEqual(fit.card);
    expect(problems).toEqual([]);
    await context.close();
  });
});
