// The persistent and severe absence on the school page (its line against the municipality's, per
// month) and on the analyst page (a dot per school and a table), in headless Chromium on the
// fixture (tests/dashboard/helpers/fixture-absence-shares.ts), with Dutch number formats.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium } from '../../helpers/browser.js';
import { browserSession, logIn, shots } from '../../helpers/browser-session.js';
import { passwords } from '../../helpers/users.js';

const session = browserSession();

async function loggedIn(user: keyof typeof passwords, path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const context = await session.browser.newContext({ viewport: { width, height: 900 } });
  const { page, problems } = await logIn(session, context, user, path);
  await page.waitForSelector('body[data-geladen=ja]', { timeout: 15_000 });
  return { page, problems };
}

/** The rows of the table behind a chart, as text. */
async function tableOf(page: Page, title: string): Promise<string[][]> {
  return page.locator('figure.chart', { hasText: title }).locator('details table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

describe.skipIf(!haveChromium)('pupils who missed ≥ 10% / ≥ 50% of the school year', () => {
  test('the school page draws its line against the municipality per month, for both thresholds', async () => {
    const { page, problems } = await loggedIn('regenboog', '/school/12AB');
    const section = page.locator('#verzuim-aandelen');
    expect(await section.locator('figure.chart').count()).toBe(2);
    // two lines per chart (school, municipality), each with a dot per month: 3 + 3
    expect(await section.locator('figure.chart').first().locator('svg [aria-label=line] path').count()).toBe(2);
    expect(await section.locator('figure.chart').first().locator('svg [aria-label=dot] circle').count()).toBe(6);
    // 12AB: 6, 8, 10 of 80 (7,5%, 10,0%, 12,5%); municipality 20, 26, 31 of 202 (9,9%, 12,9%, 15,3%)
    expect(await tableOf(page, 'Leerlingen met ≥ 10% gemist')).toEqual([
      ['september 2025', '6 van 80', '7,5%', '9,9%'],
      ['oktober 2025', '8 van 80', '10,0%', '12,9%'],
      ['november 2025', '10 van 80', '12,5%', '15,3%'],
    ]);
    // ≥ 50%: 0, 2, 2 of 80; municipality 6, 10, 14 of 202
    expect((await tableOf(page, 'Leerlingen met ≥ 50% gemist')).map((r) => r.slice(2))).toEqual([
      ['0,0%', '3,0%'], ['2,5%', '5,0%'], ['2,5%', '6,9%'],
    ]);
    expect(await section.locator('figure.chart .subtitle').first().textContent()).toBe('november 2025: 10 van de 80 leerlingen misten 10% of meer.');
    // the y axis in Dutch percentages
    expect(await section.locator('figure.chart').first().locator('svg text', { hasText: /^\d+%$/ }).count()).toBeGreaterThan(1);
    await page.locator('#verzuim-aandelen').screenshot({ path: `${shots}/school-verzuim-aandelen.png` });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the analyst page shows every school as a dot beside the municipality, and a table sorted by share', async () => {
    const { page, problems } = await loggedIn('analist', '/analyse');
    const section = page.locator('#verzuim-aandelen');
    // three schools, three dots; the municipality's 31 of 202 as a dashed rule
    expect(await section.locator('svg [aria-label=dot] circle').count()).toBe(3);
    expect(await section.locator('svg [aria-label=rule] line').count()).toBe(1);
    const rows = await section.locator('.table-card tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    // November: 34CD 18/99 = 18,2%, 12AB 10/80 = 12,5%, 56EF 3/23 = 13,0%: sorted 34CD, 56EF, 12AB;
    // the earlier months' ≥ 10% shares follow (34CD: 12/99 = 12,1%, 15/99 = 15,2%)
    expect(rows.map((r) => r[1])).toEqual(['–', '34CD', '56EF', '12AB']);
    expect(rows[0]).toEqual(['Gemeente (alle scholen)', '–', '202', '31', '15,3%', '14', '6,9%', '9,9%', '12,9%']);
    expect(rows[1]).toEqual(['<script>alert(1)</script>', '34CD', '99', '18', '18,2%', '10', '10,1%', '12,1%', '15,2%']);
    await section.screenshot({ path: `${shots}/analyse-verzuim-aandelen.png` });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
