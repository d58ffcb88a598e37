// The pages' layout on a desktop (1280 px) and a phone (390 px), measured with boxes, not pixels:
// what does not fit scrolls inside its own box, never the page, and says so.

import { describe, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { haveChromium } from '../helpers/browser.js';
import { browserSession, logIn, openPage } from '../helpers/browser-session.js';

const session = browserSession();

async function loaded(page: Page) {
  await page.waitForSelector('body[data-geladen]', { timeout: 15_000 });
  expect(await page.getAttribute('body', 'data-geladen')).toBe('ja');
}

async function phone(browser: Browser) {
  return browser.newContext({ viewport: { width: 390, height: 844 } });
}

/** The page itself never scrolls sideways. */
async function pageWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
}

/** A table card's box: does it scroll, does it fit the screen, does it show a shadow that moves. */
async function tableBox(card: Locator) {
  return card.evaluate((box) => {
    const style = getComputedStyle(box);
    const b = box.getBoundingClientRect();
    return {
      overflowX: style.overflowX,
      clientWidth: box.clientWidth,
      scrollWidth: box.scrollWidth,
      right: b.right,
      height: b.height,
      screenHeight: innerHeight,
      showsShadow: /local/.test(style.backgroundAttachment) && /scroll/.test(style.backgroundAttachment),
    };
  });
}

/** After scrolling the card to its right end, the last column head lies inside the card. */
async function lastHeadReachable(card: Locator) {
  return card.evaluate((box) => {
    box.scrollLeft = box.scrollWidth;
    const heads = box.querySelectorAll('thead th');
    const last = heads[heads.length - 1].getBoundingClientRect();
    const b = box.getBoundingClientRect();
    return last.right <= b.right + 1 && last.left >= b.left - 1;
  });
}

/**
 * Per chart: texts that stick out of their drawing (cut off by the card), pairs of tick labels
 * that overlap, and the widest bar. Legends are separate drawings and measured the same way.
 */
async function chartProblems(page: Page) {
  return page.$$eval('figure.chart', (figures) => figures.map((figure) => {
    const title = figure.querySelector('h3')!.textContent!;
    const cut: string[] = [];
    let overlaps = 0;
    for (const svg of figure.querySelectorAll<SVGSVGElement>('.plot svg:not(.swatch)')) {
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const b = text.getBoundingClientRect();
        if (b.width > 0 && (b.left < box.left - 1 || b.right > box.right + 1)) cut.push(text.textContent!);
      }
      const ticks = [...svg.querySelectorAll('[aria-label$="tick label"] text')].map((t) => t.getBoundingClientRect()).filter((b) => b.width > 0);
      for (let i = 0; i < ticks.length; i++) {
        for (let j = i + 1; j < ticks.length; j++) {
          const [a, b] = [ticks[i], ticks[j]];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
        }
      }
    }
    const bars = [...figure.querySelectorAll('.plot [aria-label="bar"] rect')].map((r) => r.getBoundingClientRect().width);
    return { title, cut, overlaps, widestBar: Math.max(0, ...bars) };
  }));
}

describe.skipIf(!haveChromium)('layout in Chromium', () => {
  test('on a phone the school\'s action list scrolls inside its card, the card fits the screen, and a shadow shows there is more', async () => {
    const context = await phone(session.browser);
    const { page, problems } = await logIn(session, context, 'regenboog', '/school/12AB');
    await loaded(page);
    const card = page.locator('.table-card', { has: page.locator('table.action-list') });
    const box = await tableBox(card);
    // the list is wider than the 390 - 2 × 24 = 342 px card: it scrolls there, not the page
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    expect(box.overflowX).toBe('auto');
    expect(box.right).toBeLessThanOrEqual(390);
    expect(await pageWidth(page)).toEqual({ scroll: 390, view: 390 });
    // at most a screen high, so its horizontal scrollbar is in reach without scrolling to its end
    expect(box.height).toBeLessThanOrEqual(box.screenHeight);
    expect(box.showsShadow).toBe(true);
    expect(await lastHeadReachable(card)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on a phone the jaarverslag\'s table (no view code of its own for this) scrolls the same way', async () => {
    const context = await phone(session.browser);
    const { page, problems } = await openPage(session, context, '/jaarverslag');
    await loaded(page);
    const card = page.locator('.table-card', { has: page.locator('table.jaartelling') }).first();
    const box = await tableBox(card);
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(await pageWidth(page)).toEqual({ scroll: 390, view: 390 });
    expect(box.showsShadow).toBe(true);
    expect(await lastHeadReachable(card)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
  test('on a phone each refused row is a short list with the raw record at full width, not a 40 px column', async () => {
    const context = await phone(session.browser);
    const { page, problems } = await logIn(session, context, 'analist', '/analyse');
    await loaded(page);
    const rows = page.locator('table.quarantaine tbody tr');
    await rows.first().waitFor();
    const sizes = await rows.evaluateAll((trs) => trs.map((tr) => {
      const code = tr.querySelector('code')!.getBoundingClientRect();
      const label = getComputedStyle(tr.querySelector('td')!, '::before').content;
      return { codeWidth: code.width, rowHeight: tr.getBoundingClientRect().height, label };
    }));
    // 3 refused rows in the fixture; each record is about 70 characters, so at 342 px minus the
    // 4.5rem labels (~250 px of code, ~30 characters a line) it takes 3 lines: a row of five
    // short fields and three code lines stays well under 300 px (the reader saw ~700 px per row)
    expect(sizes).toHaveLength(3);
    for (const { codeWidth, rowHeight, label } of sizes) {
      expect(codeWidth).toBeGreaterThan(200);
      expect(rowHeight).toBeLessThan(300);
      expect(label).toBe('"Bestand"');
    }
    expect(await pageWidth(page)).toEqual({ scroll: 390, view: 390 });
    expect(problems).toEqual([]);
    await context.close();
  });
  test('on a phone no chart label is cut off or runs into the next, and the bars beside long names keep room', async () => {
    const context = await phone(session.browser);
    const { page, problems } = await logIn(session, context, 'analist', '/analyse');
    await loaded(page);
    const analyse = await chartProblems(page);
    // the reader saw: histogram axis title cut ("ichoolweken thuis…"), sector names cut on the
    // left, and the phase bars 0 px wide beside their names
    expect(analyse.length).toBeGreaterThanOrEqual(4);
    expect(analyse.filter((c) => c.cut.length > 0 || c.overlaps > 0)).toEqual([]);
    const phases = analyse.find((c) => c.title.startsWith('Alle jongeren naar fase'))!;
    // 342 px card - 2 × 17.6 px padding ≈ 306 px drawing; names take at most 40% (122 px), the
    // total 44 px: the longest bar gets about 130 px, more than 100 for sure
    expect(phases.widestBar).toBeGreaterThan(100);
    await page.goto(`${session.server.url}/school/12AB`);
    await loaded(page);
    // weekday names and heatmap dates: each label on its own
    const school = await chartProblems(page);
    expect(school.length).toBeGreaterThanOrEqual(4);
    expect(school.filter((c) => c.cut.length > 0 || c.overlaps > 0)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
