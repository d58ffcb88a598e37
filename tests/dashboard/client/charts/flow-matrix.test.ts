// The flow matrix on the analyst page stays readable: at desktop width the matrix, on a phone
// (390 px) a list of the largest flows; in both no label overlaps another (bounding boxes) and
// nothing sticks out of the page. Headless Chromium on the fixture.

import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { haveChromium } from '../../helpers/browser.js';
import { browserSession, logIn, shots } from '../../helpers/browser-session.js';

const session = browserSession();

async function analysePage(width: number): Promise<{ page: Page; problems: string[] }> {
  const context = await session.browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
  const { page, problems } = await logIn(session, context, 'analist', '/analyse');
  await page.waitForSelector('body[data-geladen=ja]', { timeout: 15_000 });
  return { page, problems };
}

interface Box { text: string; left: number; right: number; top: number; bottom: number }

/** Every text in the flow chart's drawing (chart and legend) with its box on screen (empty texts left out). */
async function textBoxes(page: Page): Promise<{ boxes: Box[]; svg: Box }> {
  const figure = page.locator('figure.chart', { hasText: 'Van toestand naar toestand' });
  return figure.locator('.plot').evaluate((svg) => {
    const box = (e: Element, text: string) => {
      const r = e.getBoundingClientRect();
      return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      svg: box(svg, 'drawing'),
      boxes: [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0)
        .map((t) => box(t, t.textContent ?? '')),
    };
  });
}

/** Pairs of texts whose boxes overlap by more than half a pixel each way. */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) found.push(`"${a.text}" / "${b.text}"`);
    }
  }
  return found;
}

describe.skipIf(!haveChromium)('the flow chart', () => {
  test('on a phone (390 px): the largest flows as a list, no label overlapping another, all inside the page', async () => {
    const { page, problems } = await analysePage(390);
    await page.locator('figure.chart', { hasText: 'Van toestand naar toestand' }).screenshot({ path: `${shots}/stromen-telefoon.png` });
    const { boxes, svg } = await textBoxes(page);
    // November (fixture): the flows that changed state are listed with their labels
    expect(boxes.some((b) => b.text.includes('→'))).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.left, b.text).toBeGreaterThanOrEqual(svg.left - 0.5);
      expect(b.right, b.text).toBeLessThanOrEqual(Math.min(svg.right, 390) + 0.5);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('at desktop width: the matrix, its labels apart', async () => {
    const { page, problems } = await analysePage(1280);
    await page.locator('figure.chart', { hasText: 'Van toestand naar toestand' }).screenshot({ path: `${shots}/stromen-desktop.png` });
    const { boxes, svg } = await textBoxes(page);
    expect(boxes.some((b) => b.text === 'Buiten beeld')).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    for (const b of boxes) expect(b.left, b.text).toBeGreaterThanOrEqual(svg.left - 0.5);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
